/**
 * Waiting for a person, told honestly: when the team is away (nobody available, or outside its hours) the
 * customer reads so, when it is back, and gets the email form at once; otherwise their place in line and
 * the usual wait, and after the experience's wait the choice to leave a message instead.
 */
import { createSignal, onCleanup, Show } from "solid-js";
import type { Away } from "../../../protocol/conversation";
import { strings } from "./strings";
import { backAt } from "./words";

export function Waiting(props: { position: number | null; estimateSeconds: number | null; away: Away | null }) {
  return (
    <div class="waiting" classList={{ away: props.away !== null }} role="status">
      <Show
        when={props.away}
        fallback={
          <>
            <strong>{strings.waiting(props.position)}</strong>
            <Show when={props.estimateSeconds !== null}>
              <span>{strings.estimate(props.estimateSeconds!)}</span>
            </Show>
            <span>{strings.waitingHint}</span>
          </>
        }
      >
        {(away) => (
          <>
            <strong>{strings.away(away().reason)}</strong>
            <Show when={away().backAt}>{(at) => <span>{strings.backAt(backAt(at()))}</span>}</Show>
            <span>{strings.awayHint}</span>
          </>
        )}
      </Show>
    </div>
  );
}

/** After `afterSeconds` in line (and the team not away), the customer may keep waiting or leave a message. */
export function LeaveOffer(props: { waitingSince: number | null; afterSeconds: number; onLeave: () => void }) {
  const [now, setNow] = createSignal(Date.now());
  const [kept, setKept] = createSignal(false);
  const clock = setInterval(() => setNow(Date.now()), 1000);
  onCleanup(() => clearInterval(clock));
  const due = () => !kept() && props.waitingSince !== null && now() - props.waitingSince >= props.afterSeconds * 1000;
  return (
    <Show when={due()}>
      <div class="waiting" role="status">
        <span>{strings.leaveMessageHint}</span>
        <div class="actions">
          <button type="button" onClick={() => setKept(true)}>
            {strings.keepWaiting}
          </button>
          <button type="button" onClick={() => props.onLeave()}>
            {strings.leaveMessage}
          </button>
        </div>
      </div>
    </Show>
  );
}

export function EmailForm(props: { onSubmit: (email: string) => void; sending: boolean }) {
  const [email, setEmail] = createSignal("");
  return (
    <form
      class="email"
      onSubmit={(event) => {
        event.preventDefault();
        if (email().includes("@")) props.onSubmit(email().trim());
      }}
    >
      <label for="parley-email">{strings.emailLabel}</label>
      <input id="parley-email" type="email" required autocomplete="email" value={email()} onInput={(e) => setEmail(e.currentTarget.value)} />
      <button type="submit" disabled={props.sending}>
        {strings.emailSubmit}
      </button>
    </form>
  );
}
