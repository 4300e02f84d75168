import { useNavigate } from "@solidjs/router";
import { createSignal, For, onCleanup, Show } from "solid-js";
import type { Offer } from "../../../protocol/console";
import { customerName } from "../../../protocol/customers";
import { api } from "../api";
import { useSession } from "../session";
import { Transcript } from "../ui/transcript";
import { duration } from "../ui/time";
import { messageOf } from "../ui/refusal";
import { now } from "../ui/clock";
import { alertOffer, notificationsSupported } from "./offer-alert";
import { customerMessages, summaryBeyondReason } from "./offer-packet";
import "./offers.css";

/** Incoming offers, wherever the agent is in the console: the handoff packet, a countdown, accept or decline. */
export function OfferTray() {
  const session = useSession();
  // Chime once per offer: the same offer comes again, with a newer packet, while its customer writes.
  const alerted = new Set<string>();
  const stop = session.live.listen((frame) => {
    if (frame.type === "offer" && !alerted.has(frame.offer.packet.conversationId)) {
      alerted.add(frame.offer.packet.conversationId);
      alertOffer(frame.offer);
    }
    if (frame.type === "offer_withdrawn") alerted.delete(frame.conversationId);
  });
  onCleanup(stop);
  const offers = () => session.live.state.status?.offers ?? [];
  // Hidden to read the conversation underneath: a small bar says how many wait and the time left; a new offer shows the cards again.
  const [hiddenFor, setHiddenFor] = createSignal<Set<string> | null>(null);
  const hidden = () => {
    const ids = hiddenFor();
    return ids !== null && offers().every((o) => ids.has(o.packet.conversationId));
  };
  const soonest = () => Math.min(...offers().map((o) => o.expiresAt)) - now();
  return (
    <Show when={offers().length > 0}>
      <section class="offer-tray" classList={{ hidden: hidden() }} aria-label="Incoming conversations">
        <Show
          when={!hidden()}
          fallback={
            <button type="button" class="offer-bar" classList={{ urgent: soonest() < 20_000 }} onClick={() => setHiddenFor(null)}>
              {offers().length === 1 ? "1 offer waits" : `${offers().length} offers wait`} · {duration(soonest())} left · Show
            </button>
          }
        >
          <button type="button" class="link hide-offers" onClick={() => setHiddenFor(new Set(offers().map((o) => o.packet.conversationId)))}>
            Hide {offers().length === 1 ? "offer" : "offers"}
          </button>
          <For each={offers()}>{(offer) => <OfferCard offer={offer} now={now()} />}</For>
        </Show>
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
  // Never more than the offer's whole time, whatever this computer's clock says against the server's.
  const left = () => Math.min(props.offer.expiresAt - props.now, props.offer.expiresAt - props.offer.offeredAt);
  const space = () => session.me.spaces.find((s) => s.id === packet().spaceId)?.name ?? "";
  const who = () => customerName(packet().customer);
  const newest = () => customerMessages(packet()).slice(-3);

  const accept = async () => {
    setBusy(true);
    try {
      await api("POST", `/api/offers/${packet().conversationId}/accept`, { spaceId: packet().spaceId });
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
      await api("POST", `/api/offers/${packet().conversationId}/decline`, { spaceId: packet().spaceId, ...(reason().trim() ? { reason: reason().trim() } : {}) });
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
      <Show
        when={props.offer.transfer}
        fallback={
          <>
            <p class="reason">{packet().reason}</p>
            <Show when={summaryBeyondReason(packet())}>{(summary) => <p class="summary">{summary()}</p>}</Show>
          </>
        }
      >
        {(transfer) => (
          <div class="transfer-note">
            <p class="reason">Transfer from {transfer().from.name}</p>
            <Show when={transfer().note} fallback={<p class="summary">No note.</p>}>
              {(note) => (
                <blockquote class="summary" aria-label={`${transfer().from.name}'s note`}>
                  {note()}
                </blockquote>
              )}
            </Show>
          </div>
        )}
      </Show>
      <Show when={newest().length > 0} fallback={<p class="summary">The customer has not written yet.</p>}>
        <ol class="newest" aria-label="The customer's newest messages">
          <For each={newest()}>{(m) => <li>{m.body}</li>}</For>
        </ol>
      </Show>
      {/* A transfer's customer is not waiting: they are chatting with the agent who asked. */}
      <Show when={!props.offer.transfer}>
        <p class="waited">Waiting {duration(props.now - packet().waitingSince)}</p>
      </Show>
      <Show when={packet().lastMessages.length > 0}>
        <details>
          <summary>Whole handoff ({packet().lastMessages.length} {packet().lastMessages.length === 1 ? "message" : "messages"})</summary>
          <Transcript entries={packet().lastMessages} label="Last messages" customer={packet().customer} />
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
