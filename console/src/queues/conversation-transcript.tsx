import { Show } from "solid-js";
import type { ConversationDetail } from "../../../protocol/conversation-views";
import { Refusal } from "../ui/refusal";
import { Transcript } from "../ui/transcript";
import { createLoader } from "./load";

/** A conversation's whole transcript as it stands now (read from its actor), the AI's part marked. */
export function ConversationTranscript(props: { conversationId: string; heading?: string }) {
  const detail = createLoader<ConversationDetail>(() => `/api/conversations/${encodeURIComponent(props.conversationId)}`);
  return (
    <section class="panel conversation-transcript" aria-label={props.heading ?? "Transcript"}>
      <div class="section-head">
        <h2>{props.heading ?? "Transcript"}</h2>
        <button type="button" class="secondary" onClick={() => void detail.refetch()}>
          Reload transcript
        </button>
      </div>
      <Refusal message={detail.error()} />
      <Show when={detail.data()} fallback={<Show when={!detail.error()}><p class="empty">Loading the transcript…</p></Show>}>
        {(d) => (
          <Show when={d().transcript.length > 0} fallback={<p class="empty">No messages yet.</p>}>
            <Transcript entries={d().transcript} label={props.heading ?? "Transcript"} />
          </Show>
        )}
      </Show>
    </section>
  );
}
