/**
 * The customer's connection to their conversation: start or resume it over HTTP, then one WebSocket that
 * says hello with the last sequence number seen, so a reconnect (reload, network drop, deploy) receives
 * exactly what was missed. Messages not yet acknowledged are resent with the same client id after every
 * reconnect; the conversation stores each once. Every frame is validated with the shared protocol schemas.
 */
import {
  EarlierConversations,
  PROTOCOL_VERSION,
  ServerFrame,
  StartedConversation,
  SUBPROTOCOL,
  TOKEN_SUBPROTOCOL_PREFIX,
  type ClientFrame,
} from "../../../protocol/conversation";
import { channel, experienceId, loadSession, saveSession } from "./params";

type Outgoing = ClientFrame extends infer F ? (F extends { v: number; id: string } ? Omit<F, "v" | "id"> : never) : never;

export interface ConnectionEvents {
  frame(frame: ServerFrame): void;
  status(status: "connecting" | "online" | "offline" | "unavailable", detail?: string): void;
  started(started: StartedConversation): void;
  /** Something the customer should know that does not stop the chat (e.g. an identity that was refused). */
  problem(message: string): void;
}

const newId = () => crypto.randomUUID();

export class Connection {
  private ws: WebSocket | null = null;
  private started: StartedConversation | null = null;
  private lastSeq = 0;
  private retry = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Messages sent but not acknowledged yet, by client id, in order. */
  readonly pending = new Map<string, Outgoing>();

  constructor(private readonly events: ConnectionEvents) {}

  /** Starts, or resumes, the customer's conversation (a verified identity or a fresh start when asked). */
  async start(options: { identity?: { id: string; hash: string; name?: string; email?: string }; startNew?: boolean } = {}): Promise<void> {
    this.events.status("connecting");
    const session = loadSession();
    const body = {
      experienceId,
      channel,
      ...(session ? { customerToken: session.customerToken } : {}),
      ...(session && !options.startNew ? { conversationId: session.conversationId } : {}),
      ...(options.identity ? { identity: options.identity } : {}),
      ...(options.startNew ? { startNew: true } : {}),
    };
    let res = await fetch("/widget/v1/conversations", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    if (res.status === 401 && session && !options.identity) {
      // A token from before (rotated secret, another experience): start afresh as a new visitor.
      res = await fetch("/widget/v1/conversations", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ experienceId, channel }) });
    }
    const data: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const message = (data as { error?: { message?: string } } | null)?.error?.message ?? `The chat answered ${res.status}.`;
      // A refused identity leaves the current conversation as it was; anything else means no chat.
      if (options.identity && this.started) this.events.problem(message);
      else this.events.status("unavailable", message);
      return;
    }
    const started = StartedConversation.parse(data);
    if (this.started?.conversationId !== started.conversationId) {
      this.lastSeq = 0;
      this.pending.clear();
    }
    this.started = started;
    saveSession({ customerToken: started.customerToken, conversationId: started.conversationId });
    this.events.started(started);
    this.connect();
  }

  send(frame: Outgoing): string {
    const id = newId();
    if (frame.type === "message") this.pending.set(id, frame);
    this.write({ ...frame, id });
    return id;
  }

  private write(frame: Outgoing & { id: string }): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify({ v: PROTOCOL_VERSION, ...frame }));
  }

  private connect(): void {
    if (!this.started) return;
    if (this.timer) clearTimeout(this.timer);
    this.ws?.close();
    const url = `${location.origin.replace(/^http/, "ws")}/widget/v1/conversations/${this.started.conversationId}/ws`;
    const ws = new WebSocket(url, [SUBPROTOCOL, `${TOKEN_SUBPROTOCOL_PREFIX}${this.started.customerToken}`]);
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

  /** The customer's earlier conversations with this experience, newest first. */
  async earlier(): Promise<EarlierConversations["conversations"]> {
    if (!this.started) return [];
    const res = await fetch("/widget/v1/conversations", { headers: { authorization: `Bearer ${this.started.customerToken}` } });
    if (!res.ok) return [];
    return EarlierConversations.parse(await res.json()).conversations;
  }

  /** Opens another of the customer's conversations (an earlier one is read-only: it is closed). */
  view(conversationId: string): void {
    if (!this.started || conversationId === this.started.conversationId) return;
    this.started = { ...this.started, conversationId };
    this.lastSeq = 0;
    this.pending.clear();
    this.connect();
  }

  get seq(): number {
    return this.lastSeq;
  }
}
