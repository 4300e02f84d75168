import { createEffect, createMemo, createSignal, For, on, onCleanup, Show } from "solid-js";
import { MAX_MESSAGE_CHARS } from "../../../protocol/conversation";
import { fillSavedReply, type SavedReply } from "../../../protocol/saved-replies";
import { useSession } from "../session";
import type { Channel } from "./channel";
import { reloadSavedReplies, savedReplies, searchReplies, slashQuery } from "./saved-replies";

export type ComposerMode = "reply" | "note";

/**
 * Where the agent writes: a reply to the customer, or an internal note only the team sees ("Reply | Internal
 * note"; an agent who watches writes notes only). Enter sends, Shift+Enter breaks the line; typing is shown to
 * the customer (replies only). "/" opens the saved replies (a listbox: arrows move, Enter inserts the filled
 * text to edit, Escape closes).
 */
export function Composer(props: { channel: Channel; canReply: boolean; whyNoReply?: string }) {
  const session = useSession();
  const [mode, setMode] = createSignal<ComposerMode>(props.canReply ? "reply" : "note");
  // Accepted while watching: reply at once. Handed on (or the chat ended): notes only.
  createEffect(on(() => props.canReply, (can) => setMode(can ? "reply" : "note"), { defer: true }));
  const noting = () => mode() === "note";
  const [text, setText] = createSignal("");
  const [caret, setCaret] = createSignal(0);
  const [active, setActive] = createSignal(0);
  /** Escape closes the list until the agent types another "/". */
  const [dismissedAt, setDismissedAt] = createSignal<number | null>(null);
  let input: HTMLTextAreaElement | undefined;
  let typing = false;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const setTyping = (on: boolean) => {
    if (on && noting()) return; // a note is for the team: the customer never sees anyone typing it
    if (on === typing) return;
    typing = on;
    props.channel.typing(on);
  };
  onCleanup(() => {
    clearTimeout(idle);
    if (typing) props.channel.typing(false);
  });

  const command = createMemo(() => {
    if (noting()) return null;
    const found = slashQuery(text(), caret());
    return found && found.start !== dismissedAt() ? found : null;
  });
  const matches = createMemo(() => {
    const c = command();
    const list = c ? savedReplies() : null;
    return c && list ? searchReplies(list, c.query).slice(0, 8) : [];
  });
  const open = () => command() !== null;
  // Each "/" command reads the replies afresh (shown meanwhile as last loaded): an admin may have added one since.
  createEffect(on(() => command()?.start ?? null, (start) => void (start !== null && reloadSavedReplies())));
  const optionId = (i: number) => `saved-reply-${i}`;

  const send = () => {
    const body = text().trim();
    if (!body) return;
    if (noting()) props.channel.note(body);
    else props.channel.send(body);
    setText("");
    setCaret(0);
    clearTimeout(idle);
    setTyping(false);
  };

  const insert = (reply: SavedReply) => {
    const c = command();
    if (!c || !input) return;
    const conversation = props.channel.state.conversation;
    const filled = fillSavedReply(reply.body, {
      // Only a name the customer gave: an anonymous visitor is greeted as "there", never as "Visitor 4821" or by email.
      "customer.name": conversation?.customer.name?.trim() || "there",
      "agent.name": session.me.agent.name,
    });
    const next = text().slice(0, c.start) + filled + text().slice(caret());
    const at = c.start + filled.length;
    setText(next);
    input.value = next;
    input.setSelectionRange(at, at);
    setCaret(at);
    setDismissedAt(slashQuery(next, at)?.start ?? null); // a "/" inside the reply opens nothing
    input.focus();
    setTyping(true);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (open()) {
      const n = matches().length;
      if (e.key === "ArrowDown" && n > 0) {
        e.preventDefault();
        setActive((i) => (i + 1) % n);
        return;
      }
      if (e.key === "ArrowUp" && n > 0) {
        e.preventDefault();
        setActive((i) => (i - 1 + n) % n);
        return;
      }
      if (e.key === "Escape") {
        e.preventDefault();
        setDismissedAt(command()!.start);
        return;
      }
      if ((e.key === "Enter" || e.key === "Tab") && n > 0) {
        e.preventDefault();
        insert(matches()[Math.min(active(), n - 1)]!);
        return;
      }
    }
    if (e.key === "Enter" && !e.shiftKey) {
      e.preventDefault();
      send();
    }
  };

  const choose = (next: ComposerMode) => {
    if (next === mode()) return;
    clearTimeout(idle);
    setTyping(false);
    setMode(next);
    input?.focus();
  };

  return (
    <form
      class="composer"
      classList={{ noting: noting() }}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <div class="composer-modes" role="group" aria-label="What to write">
        <button type="button" aria-pressed={!noting()} disabled={!props.canReply} onClick={() => choose("reply")} title={props.canReply ? undefined : props.whyNoReply}>
          Reply
        </button>
        <button type="button" aria-pressed={noting()} onClick={() => choose("note")}>
          Internal note
        </button>
        <Show when={noting()}>
          <span class="composer-hint">Only your team sees notes; the customer never does.</span>
        </Show>
      </div>
      <label class="sr-only" for="composer-text">
        {noting() ? "Internal note" : "Reply"}
      </label>
      <Show when={open()}>
        <div class="reply-picker">
          <ul id="saved-replies-list" role="listbox" aria-label="Saved replies">
            <For
              each={matches()}
              fallback={
                <li class="empty" role="presentation">
                  {savedReplies() === null
                    ? "Loading saved replies…"
                    : savedReplies()!.length === 0
                      ? (session.isAdmin ? "No saved replies yet. Add them in Settings → Saved replies." : "No saved replies yet. An admin adds them in Settings → Saved replies.")
                      : `No saved reply matches “${command()!.query}”.`}
                </li>
              }
            >
              {(reply, i) => (
                <li
                  id={optionId(i())}
                  role="option"
                  aria-selected={i() === active()}
                  onMouseDown={(e) => {
                    e.preventDefault(); // keep the textarea focused
                    insert(reply);
                  }}
                >
                  <strong>{reply.title}</strong>
                  <span>{reply.body}</span>
                </li>
              )}
            </For>
          </ul>
          <p class="picker-hint">↑ ↓ to choose, Enter to insert, Esc to close</p>
        </div>
      </Show>
      <textarea
        id="composer-text"
        ref={input}
        rows={3}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open()}
        aria-controls="saved-replies-list"
        aria-activedescendant={open() && matches().length > 0 ? optionId(Math.min(active(), matches().length - 1)) : undefined}
        placeholder={noting() ? "Write an internal note for the team… (Enter to add it, Shift+Enter for a new line)" : "Write a reply… (Enter to send, Shift+Enter for a new line, / for saved replies)"}
        maxLength={MAX_MESSAGE_CHARS}
        value={text()}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setCaret(e.currentTarget.selectionStart);
          setActive(0);
          if (dismissedAt() !== null && slashQuery(e.currentTarget.value, e.currentTarget.selectionStart)?.start !== dismissedAt()) setDismissedAt(null);
          setTyping(e.currentTarget.value.length > 0);
          clearTimeout(idle);
          idle = setTimeout(() => setTyping(false), 4000);
        }}
        onKeyUp={(e) => setCaret(e.currentTarget.selectionStart)}
        onClick={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setDismissedAt(command()?.start ?? null)}
        onFocus={(e) => {
          setCaret(e.currentTarget.selectionStart);
          setDismissedAt(null);
        }}
      />
      <button type="submit" class="primary" disabled={text().trim().length === 0}>
        {noting() ? "Add note" : "Send"}
      </button>
    </form>
  );
}
