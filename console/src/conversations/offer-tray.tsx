import { useNavigate } from "@solidjs/router";
import { createSignal, For, onCleanup, Show } from "solid-js";
import type { Offer } from "../../../protocol/console";
import { api } from "../api";
import { useSession } from "../session";
import { Transcript } from "../ui/transcript";
import { duration } from "../ui/time";
import { messageOf } from "../ui/refusal";
import { alertOffer, notificationsSupported } from "./offer-alert";
import "./offers.css";

/** Incoming offers, wherever the agent is in the console: the handoff packet, a countdown, accept or decline. */
export function OfferTray() {
  const session = useSession();
  const [now, setNow] = createSignal(Date.now());
  const tick = setInterval(() => setNow(Date.now()), 1000);
  const stop = session.live.listen((frame) => frame.type === "offer" && alertOffer(frame.offer));
  onCleanup(() => {
    clearInterval(tick);
    stop();
  });
  const offers = () => session.live.state.status?.offers ?? [];
  return (
    <Show when={offers().length > 0}>
      <section class="offer-tray" aria-label="Incoming conversations">
        <For each={offers()}>{(offer) => <OfferCard offer={offer} now={now()} />}</For>
      </section>
    </Show>
  );
}

function OfferCard(props: { offer: Offer; now: number }) {
  const session = useSession();
  const navigate = useNavigate();
  const [declining, setDeclining] = createSignal(false);
  const [reason, setReason] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const packet = () => props.offer.packet;
  const left = () => props.offer.expiresAt - props.now;
  const space = () => session.me.spaces.find((s) => s.id === packet().spaceId)?.name ?? "";
  const who = () => packet().customer.name ?? packet().customer.email ?? "Visitor";

  const accept = async () => {
    setBusy(true);
    try {
      await api("POST", `/api/offers/${packet().conversationId}/accept`);
      navigate(`/conversations/${packet().conversationId}`);
    } catch (err) {
      session.live.notify("warning", messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const decline = async () => {
    setBusy(true);
    try {
      await api("POST", `/api/offers/${packet().conversationId}/decline`, reason().trim() ? { reason: reason().trim() } : {});
    } catch (err) {
      session.live.notify("warning", messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article class="offer" aria-label={`Offer: ${who()}`}>
      <header>
        <strong>{who()}</strong>
        <span class="space">{space()}</span>
        <span class="countdown" classList={{ urgent: left() < 20_000 }} aria-label="Time left to accept">
          {duration(left())}
        </span>
      </header>
      <p class="reason">{packet().reason}</p>
      <p class="summary">{packet().summary}</p>
      <p class="waited">Waiting {duration(props.now - packet().waitingSince)}</p>
      <Show when={packet().lastMessages.length > 0}>
        <details>
          <summary>Last messages</summary>
          <Transcript entries={packet().lastMessages} label="Last messages" />
        </details>
      </Show>
      <Show
        when={declining()}
        fallback={
          <div class="actions">
            <button type="button" class="primary" disabled={busy()} onClick={() => void accept()}>
              Accept
            </button>
            <button type="button" class="secondary" disabled={busy()} onClick={() => setDeclining(true)}>
              Decline
            </button>
            <Show when={notificationsSupported() && Notification.permission === "default"}>
              <button type="button" class="link" onClick={() => void Notification.requestPermission()}>
                Notify me of new offers
              </button>
            </Show>
          </div>
        }
      >
        <form
          class="actions"
          onSubmit={(e) => {
            e.preventDefault();
            void decline();
          }}
        >
          <label>
            Reason (optional)
            <input value={reason()} maxLength={500} onInput={(e) => setReason(e.currentTarget.value)} />
          </label>
          <button type="submit" class="danger" disabled={busy()}>
            Decline offer
          </button>
          <button type="button" class="link" onClick={() => setDeclining(false)}>
            Back
          </button>
        </form>
      </Show>
    </article>
  );
}
