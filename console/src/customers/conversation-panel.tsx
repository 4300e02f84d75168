import { A, type RouteSectionProps } from "@solidjs/router";
import { ConversationTranscript } from "../queues/conversation-transcript";

/** The transcript of the conversation opened from a customer's profile, with a way to its work item. */
export function ConversationPanel(props: RouteSectionProps) {
  const id = () => props.params.conversationId ?? "";
  return (
    <div class="conversation-panel">
      <ConversationTranscript conversationId={id()} heading="Transcript" />
      <p class="panel-links">
        <A href={`/queues/items/${id()}`}>Open the work item (comments, fields)</A>
      </p>
    </div>
  );
}
