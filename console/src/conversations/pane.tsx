import { createEffect, createSignal, For, onCleanup, Show } from "solid-js";
import type { ConversationState } from "../../../protocol/conversation";
import { useSession } from "../session";
import { AvailabilitySwitch } from "../shell/availability";
import { Transcript } from "../ui/transcript";
import type { Channel } from "./channel";
import { Composer } from "./composer";
import { CustomerCard } from "./customer-card";

const STATE_WORDS: Record<ConversationState, string> = { ai: "With the AI agent", waiting: "Waiting for a person", human: "With a person", closed: "Closed" };

/** One conversation: its whole transcript (the AI's part marked), the composer, close, and the customer beside it. */
export function ConversationPane(props: { channel: Channel }) {
  const session = useSession();
  const s = () => props.channel.state;
  const conversation = () => s().conversation;
  const [outcome, setOutcome] = createSignal<"resolved" | "unresolved">("resolved");
  const [confirming, setConfirming] = createSignal(false);
  let scroller: HTMLDivElement | undefined;

  createEffect(() => {
    void s().entries.length;
    void s().unsent.length;
    queueMicrotask(() => scroller?.scrollTo({ top: scroller.scrollHeight }));
  });
  onCleanup(() => setConfirming(false));

  const canWrite = () => s().you?.canWrite === true && conversation()?.state !== "closed";
  const readOnlyNote = () => {
    const c = conversation();
    if (!c) return "";
    if (c.state === "closed") return "This conversation has ended.";
    if (c.assignee && c.assignee.id !== session.me.agent.id) return `${c.assignee.name} has this conversation. You are watching.`;
    return "You are watching this conversation. Accept an offer to reply.";
  };

  return (
    <div class="conversation-pane">
      <section class="thread" aria-label="Conversation">
        <header class="thread-head">
          <div>
            <h1>{conversation()?.customer.name ?? "Visitor"}</h1>
            <p class="meta">
              <span class={`state ${conversation()?.state ?? ""}`}>{conversation() ? STATE_WORDS[conversation()!.state] : "Connecting…"}</span>
              <Show when={conversation()?.workItemKey}> · {conversation()!.workItemKey}</Show>
              <Show when={conversation()?.assignee}> · {conversation()!.assignee!.name}</Show>
              <Show when={conversation()?.state === "waiting" && conversation()?.position}> · place {conversation()!.position} in line</Show>
              <Show when={!s().online}>
                <span class="offline"> · reconnecting…</span>
              </Show>
            </p>
          </div>
          <Show when={canWrite()}>
            <Show
              when={confirming()}
              fallback={
                <button type="button" class="secondary" onClick={() => setConfirming(true)}>
                  Close conversation
                </button>
              }
            >
              <form
                class="close-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  props.channel.close(outcome());
                  setConfirming(false);
                }}
              >
                <label>
                  Outcome
                  <select value={outcome()} onChange={(e) => setOutcome(e.currentTarget.value as "resolved" | "unresolved")}>
                    <option value="resolved">Resolved</option>
                    <option value="unresolved">Not resolved</option>
                  </select>
                </label>
                <button type="submit" class="danger">
                  Close
                </button>
                <button type="button" class="link" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </form>
            </Show>
          </Show>
        </header>
        <div class="thread-body" ref={scroller}>
          <Transcript entries={s().entries} />
          <For each={s().unsent}>
            {(u) => (
              <p class="unsent" aria-label="Sending">
                {u.body}
              </p>
            )}
          </For>
        </div>
        <p class="typing" aria-live="polite">
          <Show when={s().typing}>{s().typing!.name} is typing…</Show>
        </p>
        <Show when={s().error}>
          <p class="error" role="alert">
            {s().error}
          </p>
        </Show>
        <Show when={canWrite()} fallback={<p class="read-only">{readOnlyNote()}</p>}>
          <Composer channel={props.channel} />
        </Show>
      </section>
      <div class="side">
        <div class="panel">
          <AvailabilitySwitch compact />
        </div>
        <Show when={conversation()}>{(c) => <CustomerCard customerId={c().customer.id} conversationId={c().id} />}</Show>
      </div>
    </div>
  );
}
