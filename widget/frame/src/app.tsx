import { createEffect, createSignal, For, onCleanup, Show, type JSX } from "solid-js";
import type { TranscriptEntry } from "../../../protocol/conversation";
import type { Chat } from "./chat";
import { strings } from "./strings";

/** Text with its http(s) links clickable; everything else stays text. */
function Linked(props: { text: string }): JSX.Element {
  const parts = () => props.text.split(/(https?:\/\/[^\s]+)/g);
  return (
    <For each={parts()}>
      {(part) =>
        /^https?:\/\//.test(part) ? (
          <a href={part} target="_blank" rel="noopener noreferrer">
            {part}
          </a>
        ) : (
          part
        )
      }
    </For>
  );
}

function Bubble(props: { entry: TranscriptEntry; aiAgentName: string }) {
  const e = () => props.entry;
  const label = () => (e().author.type === "customer" ? strings.you : e().author.name);
  return (
    <Show
      when={e().author.type !== "system"}
      fallback={
        <li class="system" data-event={e().event ?? undefined}>
          {e().body}
        </li>
      }
    >
      <li class={`bubble ${e().author.type}`} data-seq={e().seq}>
        <span class="author">
          {label()}
          <Show when={e().author.type === "ai"}>
            <span class="ai-badge">{strings.aiBadge}</span>
          </Show>
        </span>
        <span class="body">
          <Linked text={e().body} />
        </span>
      </li>
    </Show>
  );
}

export function App(props: { chat: Chat; title: string; leaveMessageAfterSeconds: number; onClose: () => void }) {
  const { chat } = props;
  const s = chat.state;
  const [draft, setDraft] = createSignal("");
  const [email, setEmail] = createSignal("");
  const [now, setNow] = createSignal(Date.now());
  const [choice, setChoice] = createSignal<"none" | "keep" | "leave">("none");
  const clock = setInterval(() => setNow(Date.now()), 5000);
  onCleanup(() => clearInterval(clock));
  /** After the experience's wait, a customer still in line may keep waiting or leave a message instead. */
  const offerLeaving = () =>
    state() === "waiting" && choice() === "none" && s.conversation?.waitingSince != null && now() - s.conversation.waitingSince >= props.leaveMessageAfterSeconds * 1000;
  let list: HTMLOListElement | undefined;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  createEffect(() => {
    if (s.conversation?.state === "closed") void chat.loadEarlier();
  });
  /** Earlier conversations other than the one on screen (its own work item may not have reached D1 yet). */
  const earlierOthers = () => s.earlier.filter((e) => e.id !== s.conversation?.id);

  createEffect(() => {
    void s.messages.length;
    void chat.pendingCount();
    queueMicrotask(() => list?.scrollTo({ top: list.scrollHeight }));
  });

  const mode = () => s.conversation?.supportMode;
  const state = () => s.conversation?.state;
  const last = () => s.messages.at(-1);
  const askEmail = () => {
    if (state() === "closed") return false;
    if (state() === "waiting") return choice() === "leave";
    const prompt = [...s.messages].reverse().find((m) => m.event === "email_prompt" || m.event === "email_left");
    return prompt?.event === "email_prompt";
  };
  const canSolve = () => state() === "ai" && last()?.author.type === "ai" && last()!.seq > 1 && last()!.event === null;

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const body = draft().trim();
    if (!body || state() === "closed") return;
    chat.send(body);
    setDraft("");
    clearTimeout(typingTimer);
    chat.typing(false);
  }

  function onInput(value: string) {
    setDraft(value);
    if (!typingTimer) chat.typing(true);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      typingTimer = undefined;
      chat.typing(false);
    }, 2500);
  }

  return (
    <div class="panel" role="dialog" aria-label={props.title}>
      <header class="head">
        <div>
          <h1>{props.title}</h1>
          <p class="sub">
            <Show when={s.agentName} fallback={s.status === "offline" ? strings.offline : s.conversation?.aiAgentName}>
              {(name) => strings.joined(name())}
            </Show>
          </p>
        </div>
        <button type="button" class="icon" aria-label={strings.close} onClick={() => props.onClose()}>
          ×
        </button>
      </header>

      <Show when={s.status !== "unavailable"} fallback={<p class="problem" role="alert">{s.problem ?? strings.unavailable}</p>}>
        <ol class="messages" role="log" aria-live="polite" aria-relevant="additions" ref={list}>
          <For each={s.messages}>{(entry) => <Bubble entry={entry} aiAgentName={s.conversation?.aiAgentName ?? ""} />}</For>
          <For each={chat.pending().filter(([id]) => !s.messages.some((m) => m.clientId === id))}>
            {([, frame]) => (
              <li class="bubble customer pending">
                <span class="author">{strings.you}</span>
                <span class="body">{frame.body}</span>
                <span class="status">{strings.sending}</span>
              </li>
            )}
          </For>
        </ol>

        <Show when={s.typing}>{(t) => <p class="typing" aria-live="polite">{strings.typing(t().name)}</p>}</Show>

        <Show when={state() === "waiting"}>
          <div class="waiting" role="status">
            <strong>{strings.waiting(s.position)}</strong>
            <Show when={s.estimateSeconds !== null}>
              <span>{strings.estimate(s.estimateSeconds!)}</span>
            </Show>
            <span>{strings.waitingHint}</span>
          </div>
        </Show>

        <Show when={offerLeaving()}>
          <div class="waiting" role="status">
            <span>{strings.leaveMessageHint}</span>
            <div class="actions">
              <button type="button" onClick={() => setChoice("keep")}>
                {strings.keepWaiting}
              </button>
              <button type="button" onClick={() => setChoice("leave")}>
                {strings.leaveMessage}
              </button>
            </div>
          </div>
        </Show>

        <Show when={s.error}>{(e) => <p class="problem" role="alert">{e()}</p>}</Show>

        <Show when={askEmail()}>
          <form
            class="email"
            onSubmit={(event) => {
              event.preventDefault();
              if (email().includes("@")) chat.leaveEmail(email().trim());
            }}
          >
            <label for="parley-email">{strings.emailLabel}</label>
            <input id="parley-email" type="email" required autocomplete="email" value={email()} onInput={(e) => setEmail(e.currentTarget.value)} />
            <button type="submit">{strings.emailSubmit}</button>
          </form>
        </Show>

        <Show
          when={state() !== "closed"}
          fallback={
            <div class="closed" role="status">
              <p>{strings.closed}</p>
              <button type="button" class="primary" onClick={() => void chat.startAgain()}>
                {strings.startAgain}
              </button>
              <Show when={earlierOthers().length > 0}>
                <h2 class="earlier-title">{strings.earlier}</h2>
                <ul class="earlier">
                  <For each={earlierOthers()}>
                    {(e) => (
                      <li>
                        <span>{e.summary}</span>
                        <small>{new Date(e.createdAt).toLocaleDateString()}</small>
                        <button type="button" onClick={() => chat.view(e.id)}>
                          {strings.view}
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </div>
          }
        >
          <div class="actions">
            <Show when={mode() === "ai_team" && state() === "ai"}>
              <button type="button" onClick={() => chat.requestPerson()}>
                {strings.talkToPerson}
              </button>
            </Show>
            <Show when={canSolve()}>
              <button type="button" onClick={() => chat.solved()}>
                {strings.solved}
              </button>
            </Show>
          </div>
          <form class="composer" onSubmit={submit}>
            <label class="visually-hidden" for="parley-composer">
              {strings.composerLabel}
            </label>
            <textarea
              id="parley-composer"
              rows={2}
              maxLength={4000}
              placeholder={strings.composerPlaceholder}
              value={draft()}
              onInput={(e) => onInput(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter" && !e.shiftKey) {
                  e.preventDefault();
                  e.currentTarget.form?.requestSubmit();
                }
              }}
            />
            <button type="submit" class="primary">
              {strings.send}
            </button>
          </form>
        </Show>
      </Show>
    </div>
  );
}
