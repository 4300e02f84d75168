/** On a conversation's work item, for admins: the conversation as it stands now, and an admin's close and reassign. */
import { Show } from "solid-js";
import type { ConversationDetail } from "../../../protocol/conversation-views";
import { AdminActions } from "../conversations/admin-actions";
import { Refusal } from "../ui/refusal";
import { createLoader } from "./load";

const STATE_WORDS = { ai: "With the AI agent", waiting: "Waiting for a person", human: "With a person", closed: "Closed" } as const;

export function ConversationAdmin(props: { conversationId: string; onChanged: () => void }) {
  const detail = createLoader<ConversationDetail>(() => `/api/conversations/${encodeURIComponent(props.conversationId)}`);
  return (
    <section class="panel conversation-admin" aria-labelledby="conversation-admin-title">
      <h2 id="conversation-admin-title">Conversation now</h2>
      <Refusal message={detail.error()} />
      <Show when={detail.data()?.conversation}>
        {(c) => (
          <>
            <p>
              {STATE_WORDS[c().state]}
              <Show when={c().assignee}> · {c().assignee!.name}</Show>
            </p>
            <Show when={c().state !== "closed"} fallback={<p class="empty">It has ended; nothing more to do here.</p>}>
              <AdminActions
                conversation={c()}
                onChanged={() => {
                  void detail.refetch();
                  props.onChanged();
                }}
              />
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
