/**
 * "Take": an available member of a space takes a waiting conversation from the line (the router withdraws an
 * offer made to someone else). Shown in the live list and in the pane of a waiting conversation being watched.
 */
import { useNavigate } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { api } from "../api";
import type { Session } from "../session";
import { messageOf } from "../ui/refusal";

/** Whether the agent may take from this space's line: a member who is available there. */
export const canTake = (session: Session, spaceId: string): boolean =>
  session.me.spaces.some((s) => s.id === spaceId) && session.live.state.status?.availability[spaceId] === "available";

export function TakeButton(props: { conversationId: string; who: string }) {
  const navigate = useNavigate();
  const [busy, setBusy] = createSignal(false);
  const [refusal, setRefusal] = createSignal<string | null>(null);
  const take = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      await api("POST", `/api/conversations/${encodeURIComponent(props.conversationId)}/take`);
      navigate(`/conversations/${props.conversationId}`);
    } catch (err) {
      setRefusal(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span class="take">
      <button type="button" class="primary take-button" disabled={busy()} aria-label={`Take the conversation with ${props.who}`} onClick={() => void take()}>
        {busy() ? "Taking…" : "Take"}
      </button>
      <Show when={refusal()}>
        <span class="error take-refusal" role="alert">
          {refusal()}
        </span>
      </Show>
    </span>
  );
}
