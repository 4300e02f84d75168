import { A, useLocation, type RouteSectionProps } from "@solidjs/router";
import { Show } from "solid-js";
import type { z } from "zod";
import type { Comment, WorkItem } from "../../../protocol/work-items";
import { useSession } from "../session";
import { Refusal } from "../ui/refusal";
import { Comments } from "./comments";
import { ConversationAdmin } from "./conversation-admin";
import { ConversationTranscript } from "./conversation-transcript";
import { ItemFields } from "./item-fields";
import { createLoader } from "./load";
import "./queues.css";

type Detail = WorkItem & { comments: z.infer<typeof Comment>[] };

/**
 * One work item opened from a queue: its fields, its description, a conversation's transcript, and comments;
 * for admins, an open conversation's close and reassign.
 */
export function ItemPage(props: RouteSectionProps) {
  const session = useSession();
  const location = useLocation<{ from?: string }>();
  const item = createLoader<Detail>(() => `/api/work-items/${encodeURIComponent(props.params.itemId ?? "")}`);
  const back = () => location.state?.from ?? (item.data() ? `/queues/${item.data()!.spaceId}` : "/queues");
  return (
    <article class="item-page" aria-labelledby="item-title">
      <A class="back" href={back()}>
        ← Back to the queue
      </A>
      <Refusal message={item.error()} />
      <Show when={item.data()} fallback={<Show when={!item.error()}><p class="loading">Loading…</p></Show>}>
        {(d) => (
          <>
            <h1 id="item-title">
              <span class="item-key">{d().key}</span> {d().summary || "(no summary yet)"}
            </h1>
            <div class="item-layout">
              <div class="item-main">
                <Show when={d().description}>
                  <section class="panel" aria-labelledby="description-title">
                    <h2 id="description-title">Description</h2>
                    <p class="description">{d().description}</p>
                  </section>
                </Show>
                <Show when={d().type === "Conversation" && d().conversationId}>
                  {(conversationId) => <ConversationTranscript conversationId={conversationId()} />}
                </Show>
                <Comments
                  workItemId={d().id}
                  comments={d().comments}
                  onAdded={(comment) => item.set({ ...d(), comments: [...d().comments, comment] })}
                />
              </div>
              <div class="item-side">
                <ItemFields item={d()} onChanged={(changed) => item.set({ ...changed, comments: d().comments })} />
                <Show when={session.isAdmin && d().type === "Conversation" && d().conversationId}>
                  {(conversationId) => (
                    // The work item follows the conversation a moment later (the actor's outbox): read it again then.
                    <ConversationAdmin conversationId={conversationId()} onChanged={() => setTimeout(() => void item.refetch(), 1500)} />
                  )}
                </Show>
              </div>
            </div>
          </>
        )}
      </Show>
    </article>
  );
}
