/**
 * A client's WebSocket to one conversation (protocol v1), shared by the widget frame and the agent console:
 * it says hello with the last sequence number seen, so a reconnect (reload, network drop, deploy) receives
 * exactly what was missed; messages not yet acknowledged are resent with the same client id after every
 * reconnect, and the conversation stores each once; it reconnects with backoff. Every frame is validated.
 */
import { PROTOCOL_VERSION, ServerFrame, type ClientFrame } from "./conversation";

/** A client frame as the caller writes it: the socket adds the version and the client id. */
export type Outgoing = ClientFrame extends infer F ? (F extends { v: number; id: string } ? Omit<F, "v" | "id"> : never) : never;

export interface ConversationSocketEvents {
  frame(frame: ServerFrame): void;
  status(status: "online" | "offline"): void;
}

const OPEN = 1;
const newId = () => crypto.randomUUID();

export class ConversationSocket {
  private ws: WebSocket | null = null;
  private lastSeq = 0;
  private retry = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private target: { url: string; protocols: string[] } | null = null;
  /** Messages sent but not acknowledged yet, by client id, in order. */
  readonly pending = new Map<string, Outgoing>();

  constructor(private readonly events: ConversationSocketEvents) {}

  /** Opens (or re-opens) the socket to a conversation; a different conversation starts from nothing. */
  open(url: string, protocols: string[], options: { fresh?: boolean } = {}): void {
    if (options.fresh) {
      this.lastSeq = 0;
      this.pending.clear();
    }
    this.target = { url, protocols };
    this.connect();
  }

  send(frame: Outgoing): string {
    const id = newId();
    if (frame.type === "message") this.pending.set(id, frame);
    this.write({ ...frame, id });
    return id;
  }

  /** Stops for good: no reconnect. */
  close(): void {
    this.target = null;
    if (this.timer) clearTimeout(this.timer);
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
    previous?.close();
    const ws = new WebSocket(this.target.url, this.target.protocols);
    this.ws = ws;
    ws.addEventListener("open", () => {
      this.retry = 0;
      ws.send(JSON.stringify({ v: PROTOCOL_VERSION, type: "hello", id: newId(), lastSeq: this.lastSeq }));
    });
    ws.addEventListener("message", (event) => {
      const parsed = ServerFrame.safeParse(JSON.parse(String(event.data)));
      if (!parsed.success) return;
      const frame = parsed.data;
      if (frame.type === "welcome") {
        this.events.status("online");
        this.track(frame.messages.map((m) => m.seq));
        this.events.frame(frame);
        for (const [id, message] of this.pending) this.write({ ...message, id }); // stored once, acknowledged again
        return;
      }
      if (frame.type === "message") this.track([frame.message.seq]);
      if (frame.type === "ack") this.pending.delete(frame.clientId);
      if (frame.type === "error" && frame.clientId) this.pending.delete(frame.clientId);
      this.events.frame(frame);
    });
    ws.addEventListener("close", () => {
      if (this.ws !== ws) return;
      this.events.status("offline");
      const delay = Math.min(15_000, 500 * 2 ** this.retry++);
      this.timer = setTimeout(() => this.connect(), delay);
    });
  }

  private track(seqs: number[]): void {
    for (const seq of seqs) if (seq > this.lastSeq) this.lastSeq = seq;
  }
}
