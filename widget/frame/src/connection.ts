/**
 * The customer's connection to their conversation: start or resume it over HTTP, then the shared
 * conversation socket (protocol/conversation-socket.ts), which resumes from the last sequence seen and
 * resends what was not acknowledged, so the customer sees every message once.
 */
import {
  EarlierConversations,
  StartedConversation,
  SUBPROTOCOL,
  TOKEN_SUBPROTOCOL_PREFIX,
  type ServerFrame,
} from "../../../protocol/conversation";
import { ConversationSocket, type Outgoing } from "../../../protocol/conversation-socket";
import { channel, experienceId, loadSession, saveSession } from "./params";

export interface ConnectionEvents {
  frame(frame: ServerFrame): void;
  status(status: "connecting" | "online" | "offline" | "unavailable", detail?: string): void;
  started(started: StartedConversation): void;
  /** Something the customer should know that does not stop the chat (e.g. an identity that was refused). */
  problem(message: string): void;
}

export class Connection {
  private started: StartedConversation | null = null;
  private readonly socket: ConversationSocket;

  constructor(private readonly events: ConnectionEvents) {
    this.socket = new ConversationSocket({ frame: (f) => events.frame(f), status: (s) => events.status(s) });
  }

  /** Messages sent but not acknowledged yet, by client id, in order. */
  get pending(): Map<string, Outgoing> {
    return this.socket.pending;
  }

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
    // Another conversation than the one on screen starts from nothing; what the customer wrote while the
    // very first start was under way is kept and sent once the socket is open.
    const fresh = this.started !== null && this.started.conversationId !== started.conversationId;
    this.started = started;
    saveSession({ customerToken: started.customerToken, conversationId: started.conversationId });
    this.events.started(started);
    this.connect(fresh);
  }

  send(frame: Outgoing): string {
    return this.socket.send(frame);
  }

  private connect(fresh: boolean): void {
    if (!this.started) return;
    const url = `${location.origin.replace(/^http/, "ws")}/widget/v1/conversations/${this.started.conversationId}/ws`;
    this.socket.open(url, [SUBPROTOCOL, `${TOKEN_SUBPROTOCOL_PREFIX}${this.started.customerToken}`], { fresh });
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
    this.connect(true);
  }

  get seq(): number {
    return this.socket.seq;
  }
}
