import { Show } from "solid-js";
import { markLabel, outcomeLabel, type Mark, type Reviewed } from "./labels";

/** The AI outcome; a conversation still going has none yet, so its status is shown instead. */
export function OutcomeBadge(props: { conversation: Reviewed }) {
  return (
    <Show when={props.conversation.outcome} fallback={<span class="badge outcome-none">No outcome yet ({props.conversation.status})</span>}>
      {(o) => <span class={`badge outcome-${o()}`}>{outcomeLabel[o()]}</span>}
    </Show>
  );
}

/** The reviewer's mark, or that nobody has reviewed the conversation yet. */
export function MarkBadge(props: { mark: Mark | null }) {
  return (
    <Show when={props.mark} fallback={<span class="badge mark-none">Not reviewed</span>}>
      {(m) => <span class={`badge mark-${m()}`}>{markLabel[m()]}</span>}
    </Show>
  );
}
