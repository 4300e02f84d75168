/**
 * A client's WebSocket to one conversation (protocol v1), shared by the widget frame and the agent console:
 * it says hello with the last sequence number seen, so a reconnect (reload, network drop, deploy) receives
 * exactly what was missed; messages not yet acknowledged are resent with the same client id after every
 * reconnect, and the conversation stores each once; it reconnects with backoff. Every frame is validated.
 *
 * Unacknowledged messages form an outbox the caller can show: each is `sending` until its ack (or its
 * stored copy) arrives, and `failed` when the conversation refused it by name, or when no ack came within
 * ACK_TIMEOUT_MS while the socket was up. A message refused for the rate limit is kept and resent after a
 * pause; a failed one is resent only when the caller retries it (same client id: stored once).
 */
import { PROTOCOL_VERSION, ServerFrame, type ClientFrame } from "./conversation";

/** A client frame as the caller writes it: the socket adds the version and the client id. */
export type Outgoing = ClientFrame extends infer F ? (F extends { v: number; id: string } ? Omit<F, "v" | "id"> : never) : never;

/** A message not acknowledged yet, as the sender should see it. */
export interface OutboxEntry {
  clientId: string;
  body: string;
  status: "sending" | "failed";
  /** Why it failed, as the conversation worded it (null: no answer in time). */
  problem: string | null;
  /** The conversation refused it for good (e.g. it is closed): retrying cannot help. */
  final: boolean;
}

export interface ConversationSocketEvents {
  frame(frame: ServerFrame): void;
  status(status: "online" | "offline"): void;
  /** The outbox changed (a message sent, acknowledged, refused, timed out or retried). */
  outbox?(entries: OutboxEntry[]): void;
}

/** How long a message may go unacknowledged while the socket is up before it shows as not sent. */
export const ACK_TIMEOUT_MS = 10_000;
/** The first pause before resending what the rate limit refused (doubling, at most 8 s). */
const RATE_PAUSE_MS = 1000;
const OPEN = 1;
const FINAL_CODES = new Set(["conversation_closed", "read_only", "not_allowed", "too_large", "bad_frame"]);
const newId = () => crypto.randomUUID();

interface Tracked {
  status: "sending" | "failed";
  problem: string | null;
  final: boolean;
  /** When it counts as not sent if no ack came (null while the socket is down). */
  deadline: number | null;
}

export class ConversationSocket {
  private ws: WebSocket | null = null;
  /** The socket is open and its welcome arrived: frames written now reach the conversation. */
  private online = false;
  private lastSeq = 0;
  private retry = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private ackTimer: ReturnType<typeof setTimeout> | null = null;
  private rateTimer: ReturnType<typeof setTimeout> | null = null;
  private ratePauses = 0;
  private target: { url: string; protocols: string[] } | null = null;
  /** Messages sent but not acknowledged yet, by client id, in order. */
  readonly pending = new Map<string, Outgoing>();
  private readonly tracked = new Map<string, Tracked>();

  constructor(private readonly events: ConversationSocketEvents) {}

  /** Opens (or re-opens) the socket to a conversation; a different conversation starts from nothing. */
  open(url: string, protocols: string[], options: { fresh?: boolean } = {}): void {
    if (options.fresh) this.forget();
    this.target = { url, protocols };
    this.connect();
  }

  send(frame: Outgoing): string {
    const id = newId();
    // Messages and agents' internal notes are kept until acknowledged and resent after a reconnect.
    if (frame.type === "message" || frame.type === "note") {
      this.pending.set(id, frame);
      this.tracked.set(id, { status: "sending", problem: null, final: false, deadline: this.online ? Date.now() + ACK_TIMEOUT_MS : null });
      this.changed();
    }
    this.write({ ...frame, id });
    return id;
  }

  /** Sends a message that failed again, with the same client id (the conversation stores it once). */
  resend(clientId: string): void {
    const frame = this.pending.get(clientId);
    const t = this.tracked.get(clientId);
    if (!frame || !t) return;
    Object.assign(t, { status: "sending", problem: null, final: false, deadline: this.online ? Date.now() + ACK_TIMEOUT_MS : null });
    this.write({ ...frame, id: clientId });
    this.changed();
  }

  /** Marks a message as not sent (e.g. the request that was to carry it failed). */
  fail(clientId: string, problem: string | null): void {
    const t = this.tracked.get(clientId);
    if (!t) return;
    Object.assign(t, { status: "failed", problem, deadline: null });
    this.changed();
  }

  /** Drops a message from the outbox for good. */
  discard(clientId: string): void {
    this.tracked.delete(clientId);
    if (this.pending.delete(clientId)) this.changed();
  }

  /** The messages not acknowledged yet, in the order they were written. */
  outbox(): OutboxEntry[] {
    const out: OutboxEntry[] = [];
    for (const [clientId, frame] of this.pending) {
      const t = this.tracked.get(clientId);
      if (frame.type === "message" && t) out.push({ clientId, body: frame.body, status: t.status, problem: t.problem, final: t.final });
    }
    return out;
  }

  /** Forgets the conversation it was on: the next one starts from nothing. */
  forget(): void {
    this.lastSeq = 0;
    this.pending.clear();
    this.tracked.clear();
    this.changed();
  }

  /** Stops for good: no reconnect. */
  close(): void {
    this.target = null;
    this.online = false;
    for (const t of [this.timer, this.ackTimer, this.rateTimer]) if (t) clearTimeout(t);
    const ws = this.ws;
    this.ws = null;
    ws?.close();
  }

  get seq(): number {
    return this.lastSeq;
  }

  private write(frame: Outgoing & { id: string }): void {
    if (this.ws?.readyState === OPEN) this.ws.send(JSON.stringify({ v: PROTOCOL_VERSION, ...frame }));
  }

  private connect(): void {
    if (!this.target) return;
    if (this.timer) clearTimeout(this.timer);
    const previous = this.ws;
    this.ws = null;
    this.online = false;
    previous?.close();
    const ws = new WebSocket(this.target.url, this.target.protocols);
    this.ws = ws;
    ws.addEventListener("open", () => {
      this.retry = 0;
      ws.send(JSON.stringify({ v: PROTOCOL_VERSION, type: "hello", id: newId(), lastSeq: this.lastSeq }));
    });
    ws.addEventListener("message", (event) => {
      let data: unknown;
      try {
        data = JSON.parse(String(event.data));
      } catch {
        return;
      }
      const parsed = ServerFrame.safeParse(data);
      if (parsed.success) this.receive(parsed.data);
    });
    ws.addEventListener("close", () => {
      if (this.ws !== ws) return;
      this.online = false;
      // While the socket is down nothing can be acknowledged: the clock starts again when it is back.
      for (const t of this.tracked.values()) t.deadline = null;
      this.events.status("offline");
      const delay = Math.min(15_000, 500 * 2 ** this.retry++);
      this.timer = setTimeout(() => this.connect(), delay);
    });
  }

  private receive(frame: ServerFrame): void {
    if (frame.type === "welcome") {
      this.online = true;
      this.track(frame.messages.map((m) => m.seq));
      for (const m of frame.messages) if (m.clientId) this.acknowledged(m.clientId);
      this.events.status("online");
      this.events.frame(frame);
      this.resendAll(); // stored once, acknowledged again
      return;
    }
    if (frame.type === "message") {
      this.track([frame.message.seq]);
      if (frame.message.clientId) this.acknowledged(frame.message.clientId);
    }
    if (frame.type === "ack") this.acknowledged(frame.clientId);
    if (frame.type === "error") this.refused(frame.code, frame.message, frame.clientId);
    this.events.frame(frame);
  }

  private acknowledged(clientId: string): void {
    if (!this.pending.delete(clientId)) return;
    this.tracked.delete(clientId);
    this.ratePauses = 0;
    this.changed();
  }

  /** A refusal that names a message: the rate limit means "later", anything else "not sent". */
  private refused(code: string, message: string, clientId: string | null): void {
    if (code === "rate_limited") {
      // Without a client id the refused frame is unknown: every unacknowledged message is resent (stored once).
      this.pauseAndResend();
      return;
    }
    const t = clientId ? this.tracked.get(clientId) : undefined;
    if (!t) return;
    Object.assign(t, { status: "failed", problem: message, final: FINAL_CODES.has(code), deadline: null });
    this.changed();
  }

  private pauseAndResend(): void {
    if (this.rateTimer) return;
    const pause = Math.min(8000, RATE_PAUSE_MS * 2 ** this.ratePauses++);
    const now = Date.now();
    for (const t of this.tracked.values()) if (t.status === "sending" && t.deadline !== null) t.deadline = Math.max(t.deadline, now + pause + ACK_TIMEOUT_MS);
    this.rateTimer = setTimeout(() => {
      this.rateTimer = null;
      this.resendAll();
    }, pause);
  }

  /** Writes every message still sending again, and starts its clock. */
  private resendAll(): void {
    if (!this.online) return;
    const deadline = Date.now() + ACK_TIMEOUT_MS;
    for (const [id, message] of this.pending) {
      const t = this.tracked.get(id);
      if (t?.status !== "sending") continue;
      t.deadline = deadline;
      this.write({ ...message, id });
    }
    this.armAckTimer();
  }

  /** Marks as failed what was not acknowledged in time; re-arms for the next deadline. */
  private armAckTimer(): void {
    if (this.ackTimer) clearTimeout(this.ackTimer);
    this.ackTimer = null;
    let next = Infinity;
    for (const t of this.tracked.values()) if (t.status === "sending" && t.deadline !== null) next = Math.min(next, t.deadline);
    if (next === Infinity) return;
    this.ackTimer = setTimeout(() => {
      this.ackTimer = null;
      const now = Date.now();
      let expired = false;
      for (const t of this.tracked.values()) {
        if (t.status === "sending" && t.deadline !== null && t.deadline <= now) {
          Object.assign(t, { status: "failed", problem: null, deadline: null });
          expired = true;
        }
      }
      if (expired) this.changed();
      else this.armAckTimer();
    }, Math.max(0, next - Date.now()) + 10);
  }

  private changed(): void {
    this.armAckTimer();
    this.events.outbox?.(this.outbox());
  }

  private track(seqs: number[]): void {
    for (const seq of seqs) if (seq > this.lastSeq) this.lastSeq = seq;
  }
}
