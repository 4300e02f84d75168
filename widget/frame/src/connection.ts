/**
 * The customer's connection to their conversation. Nothing is created until the customer writes: a
 * returning visitor's open conversation is resumed (a request that writes nothing), and the first message
 * starts the conversation with it, in one request. Then the shared conversation socket
 * (protocol/conversation-socket.ts) resumes from the last sequence seen and resends what was not
 * acknowledged, so the customer sees every message once.
 */
import {
  EarlierConversations,
  StartedConversation,
  SUBPROTOCOL,
  TOKEN_SUBPROTOCOL_PREFIX,
  type ServerFrame,
  type StartConversation,
} from "../../../protocol/conversation";
import { ConversationSocket, type OutboxEntry, type Outgoing } from "../../../protocol/conversation-socket";
import { channel, experienceId, loadSession, saveSession } from "./params";

export interface ConnectionEvents {
  frame(frame: ServerFrame): void;
  status(status: "ready" | "connecting" | "online" | "offline" | "unavailable", detail?: string): void;
  started(started: StartedConversation): void;
  /** The messages not acknowledged yet changed. */
  outbox(entries: OutboxEntry[]): void;
  /** Something the customer should know that does not stop the chat (e.g. an identity that was refused). */
  problem(message: string): void;
}

type Identity = NonNullable<StartConversation["identity"]>;

const START_TIMEOUT_MS = 15_000;

export class Connection {
  private started: StartedConversation | null = null;
  /** The host page's verified identity: used to resume, and sent with the first message. */
  private identity: Identity | null = null;
  /** The first message's start request while it is under way (messages written meanwhile wait for the socket). */
  private starting: Promise<void> | null = null;
  private resuming: Promise<void> | null = null;
  private readonly socket: ConversationSocket;
  /** The host page's path, as the loader last said (the frame never reads the host page itself). */
  private page: string | null = null;
  /** The path the conversation last heard of. */
  private pageSent: string | null = null;

  constructor(private readonly events: ConnectionEvents) {
    this.socket = new ConversationSocket({
      frame: (f) => {
        if (f.type === "welcome") {
          this.pageSent = f.conversation.page;
          events.frame(f);
          this.sendPage();
        } else events.frame(f);
      },
      status: (s) => events.status(s),
      outbox: (entries) => events.outbox(entries),
    });
  }

  /** The customer is on this page of the host site: the conversation hears of it when it changes. */
  setPage(path: string): void {
    this.page = path;
    this.sendPage();
  }

  private sendPage(): void {
    if (!this.started || !this.page || this.page === this.pageSent) return;
    this.pageSent = this.page;
    this.socket.send({ type: "page", path: this.page });
  }

  /** Messages sent but not acknowledged yet, by client id, in order. */
  get pending(): Map<string, Outgoing> {
    return this.socket.pending;
  }

  get conversationId(): string | null {
    return this.started?.conversationId ?? null;
  }

  /** On load: resumes the visitor's open conversation if they have one. Writes nothing; no conversation, no socket. */
  resume(): Promise<void> {
    this.resuming ??= this.resumeOnce().finally(() => (this.resuming = null));
    return this.resuming;
  }

  private async resumeOnce(): Promise<void> {
    const session = loadSession();
    if (!session && !this.identity) return this.events.status("ready");
    this.events.status("connecting");
    const res = await this.post({ ...this.who(session) });
    if (res.status === 404) return this.events.status("ready");
    if (res.status === 401 && !this.identity) {
      saveSession(null); // a token from before (rotated secret, another experience): a new visitor
      return this.events.status("ready");
    }
    await this.opened(res);
  }

  /** The host page says who the customer is: resume their conversation (on any device) or keep it for the first message. */
  async identify(identity: Identity): Promise<void> {
    this.identity = identity;
    await this.resuming;
    if (this.started) return; // applies to the next conversation
    await this.resume();
  }

  /** Sends a message; the first one starts the conversation. Answers its client id. */
  send(frame: Outgoing): string {
    const id = this.socket.send(frame);
    if (!this.started && frame.type === "message") this.startWithOldest();
    return id;
  }

  /** Sends a message that was not sent again, with the same client id (stored once). */
  retry(clientId: string): void {
    this.socket.resend(clientId);
    if (!this.started) this.startWithOldest();
  }

  /** Starts the conversation with the oldest message not sent yet (a failed start is retried by the next send or a retry). */
  private startWithOldest(): void {
    if (this.starting) return;
    const oldest = [...this.socket.pending].find(([, f]) => f.type === "message");
    if (!oldest || oldest[1].type !== "message") return;
    const firstMessage = { clientId: oldest[0], body: oldest[1].body };
    this.starting = this.start(firstMessage)
      .catch(() => {
        // Out of reach: every message written so far waits for the customer's retry.
        for (const [id] of this.socket.pending) this.socket.fail(id, null);
        this.events.status("ready");
      })
      .finally(() => (this.starting = null));
  }

  /** After a conversation ended: the next message starts a new one (nothing is created before it). */
  reset(): void {
    this.socket.close();
    this.socket.forget();
    this.started = null;
    this.pageSent = null;
    this.events.status("ready");
  }

  private async start(firstMessage: { clientId: string; body: string }): Promise<void> {
    this.events.status("connecting");
    const page = this.page ? { page: this.page } : {};
    let res = await this.post({ ...this.who(loadSession()), firstMessage, ...page });
    if (res.status === 401 && !this.identity && loadSession()) {
      saveSession(null);
      res = await this.post({ firstMessage, ...page });
    }
    if (res.ok) this.pageSent = this.page;
    await this.opened(res);
  }

  private who(session: { customerToken: string } | null) {
    return { ...(session ? { customerToken: session.customerToken } : {}), ...(this.identity ? { identity: this.identity } : {}) };
  }

  private post(body: Omit<StartConversation, "experienceId" | "channel">): Promise<Response> {
    return fetch("/widget/v1/conversations", {
      method: "POST",
      headers: { "content-type": "application/json" },
      // A start that hangs on a stalled network fails (its message says "Not sent", with a retry) instead of waiting forever.
      ...(body.firstMessage ? { signal: AbortSignal.timeout(START_TIMEOUT_MS) } : {}),
      body: JSON.stringify({ experienceId, channel, ...body }),
    });
  }

  private async opened(res: Response): Promise<void> {
    const data: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const message = (data as { error?: { message?: string } } | null)?.error?.message ?? `The chat answered ${res.status}.`;
      if (this.identity && res.status === 401) {
        // A refused identity: the customer can still chat as a visitor.
        this.identity = null;
        this.events.problem(message);
        this.events.status(this.started ? "online" : "ready");
      } else if (res.status >= 500 || res.status === 429) {
        for (const [id] of this.socket.pending) this.socket.fail(id, message);
        this.events.status(this.started ? "online" : "ready");
      } else this.events.status("unavailable", message);
      return;
    }
    const started = StartedConversation.parse(data);
    this.started = started;
    saveSession({ customerToken: started.customerToken });
    this.events.started(started);
    const url = `${location.origin.replace(/^http/, "ws")}/widget/v1/conversations/${started.conversationId}/ws`;
    // Messages written before the socket opened (the first among them) are resent after its welcome, stored once.
    this.socket.open(url, [SUBPROTOCOL, `${TOKEN_SUBPROTOCOL_PREFIX}${started.customerToken}`]);
  }

  /** The customer's earlier conversations with this experience, newest first. */
  async earlier(): Promise<EarlierConversations["conversations"]> {
    const token = this.started?.customerToken ?? loadSession()?.customerToken;
    if (!token) return [];
    const res = await fetch("/widget/v1/conversations", { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) return [];
    return EarlierConversations.parse(await res.json()).conversations;
  }

  /** Opens another of the customer's conversations (an earlier one is read-only: it is closed). */
  view(conversationId: string): void {
    if (!this.started || conversationId === this.started.conversationId) return;
    this.started = { ...this.started, conversationId };
    const url = `${location.origin.replace(/^http/, "ws")}/widget/v1/conversations/${conversationId}/ws`;
    this.socket.open(url, [SUBPROTOCOL, `${TOKEN_SUBPROTOCOL_PREFIX}${this.started.customerToken}`], { fresh: true });
  }

  get seq(): number {
    return this.socket.seq;
  }
}
