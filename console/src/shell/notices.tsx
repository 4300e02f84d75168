import { For } from "solid-js";
import { useSession } from "../session";

/** Things Parley tells the agent: a missed offer that made them unavailable, an offer taken back. */
export function Notices() {
  const session = useSession();
  return (
    <div class="notices" aria-live="polite">
      <For each={session.live.state.notices}>
        {(notice) => (
          <div class={`notice ${notice.kind}`} role={notice.kind === "warning" ? "alert" : "status"}>
            <span>{notice.text}</span>
            <button type="button" class="link" aria-label="Dismiss" onClick={() => session.live.dismiss(notice.id)}>
              ×
            </button>
          </div>
        )}
      </For>
    </div>
  );
}
