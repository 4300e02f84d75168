/**
 * The customer ends a chat with the team (in line, or with a person) themselves, after a confirmation: a
 * tap by mistake changes nothing. The conversation closes for both sides and the customer is asked to rate it.
 */
import { createSignal, Show } from "solid-js";
import { strings } from "./strings";

export function EndChat(props: { onEnd: () => void }) {
  const [asking, setAsking] = createSignal(false);
  return (
    <Show
      when={asking()}
      fallback={
        <button type="button" class="end" onClick={() => setAsking(true)}>
          {strings.endChat}
        </button>
      }
    >
      <div class="confirm-end" role="group" aria-label={strings.endChatQuestion}>
        <span>{strings.endChatQuestion}</span>
        <button
          type="button"
          class="danger"
          onClick={() => {
            setAsking(false);
            props.onEnd();
          }}
        >
          {strings.endChatConfirm}
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          {strings.keepChatting}
        </button>
      </div>
    </Show>
  );
}
