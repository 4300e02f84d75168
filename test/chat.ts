/**
 * Chat test helpers: a site with an experience, conversations started through the real widget API, and
 * WebSocket clients opened through the Worker exactly as browsers open them.
 */
import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { PROTOCOL_VERSION, type ServerFrame, type StartedConversation, type TranscriptEntry } from "../protocol/conversation";
import type { SupportMode } from "../protocol/domain";
import { BASE, call, createSite, signIn, type TestSite } from "./fixtures";

/** Hex HMAC-SHA256, as a site's server signs a customer id for identity verification. */
export async function hmacHex(secret: string, text: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const sig = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(text)));
  return [...sig].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export interface ChatSite extends TestSite {
  experienceId: string;
  identitySecret: string;
  adminCookie: string;
  agentCookie: string;
}

export async function chatSite(supportMode: SupportMode = "team"): Promise<ChatSite> {
  const site = await createSite("premium");
  const adminCookie = await signIn(site.admin.email);
  const agentCookie = await signIn(site.agent.email);
  const res = await call("POST", "/api/experiences", {
    cookie: adminCookie,
    body: {
      name: `Chat ${supportMode}`,
      slug: `chat-${supportMode.replace("_", "-")}-${site.siteId.slice(-8)}`,
      supportMode,
      channels: ["widget", "support_site"],
      spaceId: site.billing.id,
      greeting: "Hello! How can we help?",
      aiAgentName: "Robo",
    },
  });
  if (res.status !== 201) throw new Error(`experience: ${JSON.stringify(res.body)}`);
  const identity = await call("GET", "/api/settings/identity", { cookie: adminCookie });
  return { ...site, experienceId: res.body.id, identitySecret: identity.body.identitySecret, adminCookie, agentCookie };
}

/** What a customer writes first when a test does not say: a conversation starts with the customer's first message. */
export const FIRST_MESSAGE = "Hello, I have a question.";

/**
 * Starts a conversation as the widget does, with the customer's first message (`first`, or a default);
 * `extra` adds or overrides fields of the start request.
 */
export async function startChat(site: { experienceId: string }, extra: Record<string, unknown> = {}, first = FIRST_MESSAGE): Promise<StartedConversation> {
  return startConversation({ experienceId: site.experienceId, channel: "widget", firstMessage: { clientId: clientId(), body: first }, ...extra });
}

/** POST /widget/v1/conversations with this body; fails the test unless it answers 200. */
export async function startConversation(body: Record<string, unknown>): Promise<StartedConversation> {
  const res = await call<StartedConversation>("POST", "/widget/v1/conversations", { body });
  if (res.status !== 200) throw new Error(`start: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The customer closes their conversation, as the widget's close does (so their next start is a new conversation). */
export async function closeChat(chat: StartedConversation): Promise<void> {
  const socket = await customerSocket(chat.conversationId, chat.customerToken);
  await socket.hello(0);
  socket.send({ type: "close" });
  await socket.waitForState("closed");
  socket.close();
}

/** Gives a waiting conversation to an agent as the router does after an accept (unit tests of the conversation only). */
export async function assignDirectly(conversationId: string, agent: { id: string; name: string }, spaceId: string) {
  return conversationStub(conversationId).assign(agent, { how: "offer", from: null, note: null, spaceId });
}

export const conversationStub = (id: string) => env.CONVERSATION.get(env.CONVERSATION.idFromName(id));

let clientCounter = 0;
export const clientId = () => `c${++clientCounter}-${Math.random().toString(36).slice(2, 8)}`;

/** A socket as a client sees it: every frame received, and ways to wait for the next ones. */
export class TestSocket<F extends { type: string } = ServerFrame> {
  readonly frames: F[] = [];
  private waiters: (() => void)[] = [];
  closed = false;

  constructor(readonly ws: WebSocket) {
    ws.addEventListener("message", (event) => {
      this.frames.push(JSON.parse(event.data as string) as F);
      for (const wake of this.waiters.splice(0)) wake();
    });
    ws.addEventListener("close", () => {
      this.closed = true;
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  send(frame: Record<string, unknown>): void {
    this.ws.send(JSON.stringify({ v: PROTOCOL_VERSION, id: clientId(), ...frame }));
  }

  raw(data: string): void {
    this.ws.send(data);
  }

  of<T extends F["type"]>(type: T): Extract<F, { type: T }>[] {
    return this.frames.filter((f): f is Extract<F, { type: T }> => f.type === type);
  }

  /** Waits until `count` frames match, or fails after a while with what did arrive. */
  async waitFor(predicate: (f: F) => boolean, count = 1, timeoutMs = 10_000): Promise<F[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.filter(predicate);
      if (found.length >= count) return found;
      if (Date.now() > deadline) throw new Error(`timed out; frames so far: ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  /** Waits until `condition` holds (checked at every frame and at the close), or fails after a while. */
  async until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out; frames so far: ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  /** Every transcript entry the socket has seen, the welcome's backlog and live messages alike, once each, in order. */
  entries(): TranscriptEntry[] {
    const bySeq = new Map<number, TranscriptEntry>();
    for (const f of this.frames as unknown as ServerFrame[]) {
      if (f.type === "welcome") for (const m of f.messages) bySeq.set(m.seq, m);
      if (f.type === "message") bySeq.set(f.message.seq, f.message);
    }
    return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  }

  /** Waits until `count` transcript entries match, wherever they arrived (a reply may beat the hello). */
  async waitForEntry(predicate: (e: TranscriptEntry) => boolean, count = 1, timeoutMs = 10_000): Promise<TranscriptEntry[]> {
    await this.until(() => this.entries().filter(predicate).length >= count, timeoutMs);
    return this.entries().filter(predicate);
  }

  /** The conversation's state as this socket last heard it (welcome or state frame). */
  state(): string | null {
    let state: string | null = null;
    for (const f of this.frames as unknown as ServerFrame[]) {
      if (f.type === "welcome") state = f.conversation.state;
      if (f.type === "state") state = f.state;
    }
    return state;
  }

  /** The place in line this socket last heard (welcome or waiting frame). */
  position(): number | null {
    let position: number | null = null;
    for (const f of this.frames as unknown as ServerFrame[]) {
      if (f.type === "welcome") position = f.conversation.position;
      if (f.type === "waiting") position = f.position;
    }
    return position;
  }

  /** Whether the team is away, as this socket last heard it (welcome or waiting frame). */
  summaryAway(): { reason: string; backAt: number | null } | null {
    let away: { reason: string; backAt: number | null } | null = null;
    for (const f of this.frames as unknown as ServerFrame[]) {
      if (f.type === "welcome") away = f.conversation.away;
      if (f.type === "waiting") away = f.away;
    }
    return away;
  }

  async waitForPosition(position: number, timeoutMs = 10_000): Promise<void> {
    await this.until(() => this.position() === position, timeoutMs);
  }

  async waitForState(state: string, timeoutMs = 10_000): Promise<void> {
    await this.until(() => this.state() === state, timeoutMs);
  }

  async hello(lastSeq = 0) {
    const before = this.frames.filter((f) => f.type === "welcome").length;
    this.send({ type: "hello", lastSeq });
    const welcomes = await this.waitFor((f) => f.type === "welcome", before + 1);
    return welcomes.at(-1) as unknown as Extract<ServerFrame, { type: "welcome" }>;
  }

  /**
   * A barrier: the conversation answers frames of one socket in order, so once a fresh hello's welcome is
   * here, everything the frames sent before it caused on this socket has arrived too (a way to assert that
   * something did not happen without sleeping).
   */
  async settle(): Promise<void> {
    const welcomes = this.frames.filter((f) => f.type === "welcome").length;
    const lastSeq = this.entries().at(-1)?.seq ?? 0;
    this.send({ type: "hello", lastSeq });
    await this.waitFor((f) => f.type === "welcome", welcomes + 1);
  }

  close(): void {
    this.ws.close(1000, "bye");
  }
}

export async function upgrade(path: string, headers: Record<string, string>): Promise<{ status: number; socket: TestSocket | null; body: unknown }> {
  const res = await exports.default.fetch(new Request(`${BASE}${path}`, { headers: { upgrade: "websocket", ...headers } }));
  if (!res.webSocket) {
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* text */
    }
    return { status: res.status, socket: null, body };
  }
  res.webSocket.accept();
  return { status: res.status, socket: new TestSocket(res.webSocket), body: null };
}

export function openCustomerSocket(conversationId: string, token: string | null) {
  const protocols = token === null ? "parley.v1" : `parley.v1, parley-token.${token}`;
  return upgrade(`/widget/v1/conversations/${conversationId}/ws`, { "sec-websocket-protocol": protocols });
}

export function openAgentSocket(conversationId: string, cookie: string | null, headers: Record<string, string> = {}) {
  return upgrade(`/api/conversations/${conversationId}/ws`, { ...(cookie ? { cookie } : {}), ...headers });
}

export async function customerSocket(conversationId: string, token: string): Promise<TestSocket> {
  const { socket, status, body } = await openCustomerSocket(conversationId, token);
  if (!socket) throw new Error(`customer socket refused: ${status} ${JSON.stringify(body)}`);
  return socket;
}

export async function agentSocket(conversationId: string, cookie: string): Promise<TestSocket> {
  const { socket, status, body } = await openAgentSocket(conversationId, cookie);
  if (!socket) throw new Error(`agent socket refused: ${status} ${JSON.stringify(body)}`);
  return socket;
}

export const bodies = (socket: TestSocket<ServerFrame>) =>
  socket.of("message").map((f) => ({ seq: f.message.seq, body: f.message.body, author: f.message.author.type }));
