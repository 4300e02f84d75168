/**
 * The console's live line to the agent's actor (`/api/agent/ws`): offers, withdrawn offers, assignments
 * and availability arrive here on every open tab. It reconnects by itself with backoff, and asks for the
 * whole status again after every event, so the store is never more than one frame behind the actor.
 */
import { createStore, produce } from "solid-js/store";
import { type AgentStatus, ConsoleFrame, type Offer } from "../../../protocol/console";

export interface Notice {
  id: number;
  kind: "info" | "warning";
  text: string;
  /** What it is about (e.g. one conversation's transfer): a newer notice on the same topic replaces it. */
  topic?: string;
}

export interface LiveState {
  /** The socket is open (the console is "connected" for routing). */
  online: boolean;
  status: AgentStatus | null;
  notices: Notice[];
}

type Listener = (frame: ConsoleFrame) => void;

const INFO_NOTICE_MS = 8000;

/** The newest transcript entry a packet holds (0 when none). */
const newestSeq = (offer: Offer) => offer.packet.lastMessages.at(-1)?.seq ?? 0;

/**
 * A status answer may have been made before a newer packet of the same offer arrived: keep the packet
 * that holds the newer messages, so a card never steps back to older ones.
 */
function withNewestPackets(next: AgentStatus, current: AgentStatus | null): AgentStatus {
  if (!current) return next;
  return {
    ...next,
    offers: next.offers.map((offer) => {
      const shown = current.offers.find((o) => o.packet.conversationId === offer.packet.conversationId);
      return shown && newestSeq(shown) > newestSeq(offer) ? { ...offer, packet: shown.packet } : offer;
    }),
  };
}

/**
 * Takes a status answer in place: an offer already shown keeps its object (its card, with a decline reason
 * being typed, stays the same card) and takes the answer's fields; the other facts are replaced.
 */
function keepCards(s: LiveState, next: AgentStatus): void {
  if (!s.status) {
    s.status = next;
    return;
  }
  const shown = s.status.offers;
  const offers = next.offers.map((offer) => {
    const same = shown.find((o) => o.packet.conversationId === offer.packet.conversationId);
    return same ? Object.assign(same, offer) : offer;
  });
  Object.assign(s.status, next, { offers });
}

export function socketUrl(path: string): string {
  const url = new URL(path, location.href);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return url.toString();
}

export function createAgentSocket() {
  const [state, setState] = createStore<LiveState>({ online: false, status: null, notices: [] });
  const listeners = new Set<Listener>();
  let ws: WebSocket | null = null;
  let retry = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let noticeId = 0;

  /** Shows a notice once: the same words again, or a newer notice on the same topic, replace the one shown. */
  const notify = (kind: Notice["kind"], text: string, topic?: string) => {
    const id = ++noticeId;
    setState("notices", (list) => [...list.filter((n) => n.text !== text && (topic === undefined || n.topic !== topic)), { id, kind, text, ...(topic ? { topic } : {}) }]);
    // Passing news goes by itself; a warning (you were made unavailable) stays until dismissed.
    if (kind === "info") setTimeout(() => setState("notices", (list) => list.filter((n) => n.id !== id)), INFO_NOTICE_MS);
    return id;
  };

  const apply = (frame: ConsoleFrame) => {
    switch (frame.type) {
      case "status":
        setState(produce((s) => keepCards(s, withNewestPackets(frame.status, s.status))));
        return;
      case "offer":
        // A conversation already offered comes again when its customer writes while waiting: the card takes
        // the newer packet in place (its countdown still runs to expiresAt).
        setState(
          produce((s) => {
            if (!s.status) return;
            const shown = s.status.offers.find((o) => o.packet.conversationId === frame.offer.packet.conversationId);
            if (shown) {
              shown.packet = frame.offer.packet;
              shown.expiresAt = frame.offer.expiresAt;
            } else s.status.offers.push(frame.offer);
          }),
        );
        break;
      case "offer_withdrawn":
        setState("status", "offers", (offers) => offers.filter((o) => o.packet.conversationId !== frame.conversationId));
        if (frame.reason !== "accepted" && frame.reason !== "declined") notify("info", frame.message);
        break;
      case "availability":
        setState("status", "availability", frame.availability);
        if (frame.notice) notify("warning", frame.notice);
        break;
      case "assigned":
      case "conversation_ended":
        break;
    }
    ws?.send("status");
  };

  const connect = () => {
    if (stopped) return;
    const socket = new WebSocket(socketUrl("/api/agent/ws"));
    ws = socket;
    socket.addEventListener("open", () => {
      retry = 0;
      setState("online", true);
    });
    socket.addEventListener("message", (event) => {
      const parsed = ConsoleFrame.safeParse(JSON.parse(String(event.data)));
      if (!parsed.success) return;
      apply(parsed.data);
      for (const listener of listeners) listener(parsed.data);
    });
    socket.addEventListener("close", () => {
      if (ws !== socket) return;
      setState("online", false);
      if (stopped) return;
      timer = setTimeout(connect, Math.min(15_000, 500 * 2 ** retry++));
    });
  };

  connect();

  return {
    state,
    /** Frames as they arrive, after the store has taken them in. */
    listen(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify,
    dismiss: (id: number) => setState("notices", (list) => list.filter((n) => n.id !== id)),
    /** The notices on a topic no longer hold (a transfer asked again, or taken): they go. */
    settle: (topic: string) => setState("notices", (list) => list.filter((n) => n.topic !== topic)),
    /**
     * After a REST call changed something: the socket's frames are the ordered truth (an offer may already
     * have arrived after the answer was made), so ask it again; the answer stands in only while offline.
     */
    setStatus(status: AgentStatus) {
      if (ws?.readyState === WebSocket.OPEN) ws.send("status");
      else setState("status", status);
    },
    offer: (conversationId: string): Offer | undefined => state.status?.offers.find((o) => o.packet.conversationId === conversationId),
    close() {
      stopped = true;
      clearTimeout(timer);
      ws?.close();
    },
  };
}

export type AgentSocket = ReturnType<typeof createAgentSocket>;
