import { A } from "@solidjs/router";
import { createEffect, createSignal, For, Show } from "solid-js";
import type { ConversationState } from "../../../protocol/conversation";
import { customerName } from "../../../protocol/customers";
import { useSession } from "../session";
import { AvailabilitySwitch } from "../shell/availability";
import { authorName } from "../ui/names";
import { RatingBadge } from "../ui/rating";
import { Transcript } from "../ui/transcript";
import type { Channel } from "./channel";
import { Composer } from "./composer";
import { createProfile, CustomerCard } from "./customer-card";
import { PaneActions } from "./pane-actions";
import { presenceWords } from "./presence";
import { now } from "../ui/clock";
import { SaveAsAiAnswer } from "./save-answer";

const STATE_WORDS: Record<ConversationState, string> = { ai: "With the AI agent", waiting: "Waiting for a person", human: "With a person", closed: "Closed" };

/**
 * One conversation: its whole transcript (the AI's part marked, internal notes marked), the composer (replies
 * and notes), what can be done to it (transfer, close, take, an admin's close and reassign), the customer's
 * rating, and the customer beside it.
 */
export function ConversationPane(props: { channel: Channel }) {
  const session = useSession();
  const s = () => props.channel.state;
  const conversation = () => s().conversation;
  const profile = createProfile(() => conversation()?.customer.id);
  /** The profile knows the customer's email too; until it loads, the conversation's own customer. */
  const customer = () => profile() ?? conversation()?.customer;
  /** On a phone the customer's side is its own screen. */
  const [showCustomer, setShowCustomer] = createSignal(false);
  let scroller: HTMLDivElement | undefined;

  createEffect(() => {
    void s().entries.length;
    void s().unsent.length;
    queueMicrotask(() => scroller?.scrollTo({ top: scroller.scrollHeight }));
  });

  const canWrite = () => s().you?.canWrite === true && conversation()?.state !== "closed";
  const readOnlyNote = () => {
    const c = conversation();
    if (!c) return "";
    if (c.state === "closed") return "This conversation has ended.";
    if (c.assignee && c.assignee.id !== session.me.agent.id) return `${c.assignee.name} has this conversation. You are watching.`;
    if (c.state === "waiting") return "Waiting for a person. You are watching: take it, or accept its offer, to reply.";
    return "You are watching this conversation. Accept an offer to reply.";
  };

  return (
    <div class="conversation-pane" classList={{ "show-customer": showCustomer() }}>
      <section class="thread" aria-label="Conversation">
        <header class="thread-head">
          <A href="/conversations" class="narrow-only back">
            ← Conversations
          </A>
          <div class="thread-title">
            <h1>{customer() ? customerName(customer()!) : "Connecting…"}</h1>
            <p class="meta">
              <span class={`state ${conversation()?.state ?? ""}`}>{conversation() ? STATE_WORDS[conversation()!.state] : "Connecting…"}</span>
              <Show when={conversation()?.workItemKey}> · {conversation()!.workItemKey}</Show>
              <Show when={conversation()?.assignee}> · {conversation()!.assignee!.name}</Show>
              <Show when={conversation()?.state !== "closed" && presenceWords(conversation()?.customerPresence, now())}>
                {(words) => <span class="presence" classList={{ here: conversation()!.customerPresence!.here }}> · {words()}</span>}
              </Show>
              <Show when={conversation()?.state === "waiting" && conversation()?.position}> · place {conversation()!.position} in line</Show>
              <Show when={!s().online}>
                <span class="offline"> · reconnecting…</span>
              </Show>
            </p>
            <Show when={conversation()?.rating}>
              {(rating) => (
                <p class="thread-rating">
                  Customer's rating: <RatingBadge rating={rating()} comment />
                </p>
              )}
            </Show>
          </div>
          <button type="button" class="secondary narrow-only" onClick={() => setShowCustomer(true)}>
            Customer
          </button>
          <PaneActions channel={props.channel} />
        </header>
        <div class="thread-body" ref={scroller}>
          <Transcript
            entries={s().entries}
            customer={customer()}
            seenUpTo={s().customerReadUpTo}
            actions={(entry) => (
              // An agent's own reply in a conversation the AI handed off: offer to save it for the AI.
              <Show when={entry.author.type === "agent" && !entry.note && entry.author.id === session.me.agent.id && s().entries.some((e) => e.author.type === "ai" && e.seq > 1) && conversation()}>
                {(c) => <SaveAsAiAnswer entry={entry} entries={s().entries} conversationId={c().id} />}
              </Show>
            )}
          />
          <For each={s().unsent}>
            {(u) => (
              <p class="unsent" classList={{ note: u.note }} aria-label={u.note ? "Adding the note" : "Sending"}>
                {u.body}
              </p>
            )}
          </For>
        </div>
        <p class="typing" aria-live="polite">
          <Show when={s().typing}>{authorName(s().typing!, customer())} is typing…</Show>
        </p>
        <Show when={s().error}>
          <p class="error" role="alert">
            {s().error}
          </p>
        </Show>
        <Show when={!canWrite()}>
          <p class="read-only">{readOnlyNote()}</p>
        </Show>
        <Show when={conversation()}>
          <Composer channel={props.channel} canReply={canWrite()} whyNoReply={readOnlyNote()} />
        </Show>
      </section>
      <div class="side">
        <button type="button" class="link narrow-only back" onClick={() => setShowCustomer(false)}>
          ← Back to the conversation
        </button>
        <div class="panel">
          <AvailabilitySwitch compact />
        </div>
        <Show when={conversation()}>{(c) => <CustomerCard profile={profile} conversationId={c().id} />}</Show>
      </div>
    </div>
  );
}
