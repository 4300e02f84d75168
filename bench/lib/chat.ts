/**
 * Parley's conversation sockets as the widget and the console use them (protocol v1): hello and resume
 * with lastSeq, messages with client ids, acks; and the set-up the benchmarks and fault tests share
 * (a space, experiences, agents with open consoles, conversations started through the widget API).
 */
import { DEMO_PASSWORD } from "../../scripts/demo/seed.ts";
import { ApiClient } from "./client.ts";

export interface Entry {
  seq: number;
  author: { type: string; id: string | null; name: string };
  body: string;
  event: string | null;
  clientId: string | null;
  createdAt: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One conversation socket, customer's or agent's. Keeps what a client must keep to resume: the newest
 * sequence number seen, which messages were acknowledged, and how often each entry arrived (a duplicate
 * shows as a count above 1). Arrival times are taken on receipt, before anything else runs.
 */
export class ChatSocket {
  ws: WebSocket | null = null;
  lastSeq = 0;
  readonly frames: any[] = [];
  /** entry seq → how many times it reached this client (welcome backlog and live frames together) */
  readonly received = new Map<number, number>();
  /** client id → the acknowledged entry seq */
  readonly acks = new Map<string, number>();
  readonly ackedAt = new Map<string, number>();
  /** client id of an entry → when its message frame arrived here */
  readonly arrivedAt = new Map<string, number>();
  errors: any[] = [];
  closed = true;
  /** the close code (and reason) of the last socket, for error messages */
  closeReason = "";
  keepFrames = true;
  private waiters = new Set<() => void>();
  private listeners = new Set<(frame: any, at: number) => void>();

  readonly client: ApiClient;
  readonly path: string;
  readonly protocols: string[] | undefined;

  constructor(client: ApiClient, path: string, protocols?: string[]) {
    this.client = client;
    this.path = path;
    this.protocols = protocols;
  }

  static customer(base: string, conversationId: string, token: string): ChatSocket {
    return new ChatSocket(new ApiClient(base), `/widget/v1/conversations/${conversationId}/ws`, ["parley.v1", `parley-token.${token}`]);
  }

  static agent(client: ApiClient, conversationId: string): ChatSocket {
    return new ChatSocket(client, `/api/conversations/${conversationId}/ws`);
  }

  /** Opens the socket (again) and says hello with the newest seq this client has; resolves with the welcome. */
  async connect(lastSeq = this.lastSeq): Promise<any> {
    const ws = await this.client.socket(this.path, this.protocols);
    this.ws = ws;
    this.closed = false;
    ws.addEventListener("message", (event) => this.onFrame(JSON.parse(String(event.data)), performance.now()));
    ws.addEventListener("close", (event) => {
      this.closeReason = `${event.code}${event.reason ? ` ${event.reason}` : ""}`;
      if (this.ws === ws) this.closed = true;
      this.wake();
    });
    const welcome = this.waitFor("welcome", (f) => f.type === "welcome");
    this.send({ type: "hello", id: `hello-${Date.now()}`, lastSeq });
    return welcome;
  }

  private onFrame(frame: any, at: number): void {
    if (this.keepFrames) this.frames.push(frame);
    for (const listen of this.listeners) listen(frame, at);
    if (frame.type === "welcome") for (const entry of frame.messages as Entry[]) this.entry(entry, at);
    else if (frame.type === "message") this.entry(frame.message as Entry, at);
    else if (frame.type === "ack") {
      this.acks.set(frame.clientId, frame.messageSeq);
      if (!this.ackedAt.has(frame.clientId)) this.ackedAt.set(frame.clientId, at);
    } else if (frame.type === "error") this.errors.push(frame);
    this.wake();
  }

  private entry(entry: Entry, at: number): void {
    this.received.set(entry.seq, (this.received.get(entry.seq) ?? 0) + 1);
    if (entry.seq > this.lastSeq) this.lastSeq = entry.seq;
    if (entry.clientId && !this.arrivedAt.has(entry.clientId)) this.arrivedAt.set(entry.clientId, at);
  }

  private wake(): void {
    for (const w of [...this.waiters]) w();
  }

  send(frame: Record<string, unknown>): void {
    if (!this.ws || this.closed) throw new Error(`socket ${this.path} is closed`);
    this.ws.send(JSON.stringify({ v: 1, ...frame }));
  }

  raw(data: string | ArrayBuffer | Uint8Array): void {
    this.ws!.send(data);
  }

  message(id: string, body: string): void {
    this.send({ type: "message", id, body });
  }

  /** Waits for the next frame that matches; fails after `ms`, or when the socket closes. */
  async waitFor(what: string, match: (frame: any) => boolean, ms = 10_000): Promise<any> {
    return (await this.waitForAt(what, match, ms)).frame;
  }

  /** Like waitFor, and when the frame arrived (performance.now()). */
  waitForAt(what: string, match: (frame: any) => boolean, ms = 10_000): Promise<{ frame: any; at: number }> {
    let found: { frame: any; at: number } | undefined;
    const listener = (frame: any, at: number) => {
      if (found === undefined && match(frame)) found = { frame, at };
    };
    this.listeners.add(listener);
    return this.until(what, () => found, ms).finally(() => this.listeners.delete(listener));
  }

  /** Checks `probe` after every frame until it answers something; fails after `ms`, or when the socket closes. */
  until<T>(what: string, probe: () => T | undefined | null | false, ms = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      const check = () => {
        const value = probe();
        if (value) {
          done();
          resolve(value);
        } else if (this.closed) {
          done();
          reject(new Error(`${this.path}: closed (${this.closeReason || "by this client"}) while waiting for ${what}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${this.path}: no ${what} within ${ms} ms`));
      }, ms);
      this.waiters.add(check);
      check();
    });
  }

  /** When the message with this client id reached this socket (performance.now()). */
  arrival(clientId: string, ms = 10_000): Promise<number> {
    return this.until(`message ${clientId}`, () => this.arrivedAt.get(clientId), ms);
  }

  ack(clientId: string, ms = 10_000): Promise<number> {
    return this.until(`ack ${clientId}`, () => this.acks.get(clientId), ms);
  }

  /** Entries that reached this client more than once. */
  duplicates(): number[] {
    return [...this.received].filter(([, n]) => n > 1).map(([seq]) => seq);
  }

  close(): void {
    try {
      this.ws?.close();
    } catch {
      /* already closed */
    }
    this.closed = true;
  }
}

// ── Set-up ──────────────────────────────────────────────────────────────────────────────────────────

export const signInAdmin = (base: string) => new ApiClient(base).signIn("admin@acme.test", DEMO_PASSWORD);

/** Runs `fn` over `items` with at most `concurrency` at a time; answers the results in order. */
export async function pool<T, R>(items: T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]!, i);
      }
    }),
  );
  return results;
}

/** A new space with chat on, so a benchmark's agents and line are its own. */
export async function benchSpace(admin: ApiClient, label: string): Promise<{ id: string; key: string }> {
  const stamp = Date.now().toString(36).slice(-5).toUpperCase();
  return admin.call("POST", "/api/spaces", { name: `${label} ${stamp}`, key: `${label.slice(0, 1).toUpperCase()}${stamp}`, chatEnabled: true });
}

/** Conversation starts per experience stay under the widget's rate limit (60 a minute per client and experience). */
export const STARTS_PER_EXPERIENCE = 50;

/** Enough experiences of `mode` routing to the space for `conversations` starts within the widget's rate limit. */
export async function benchExperiences(admin: ApiClient, space: { id: string; key: string }, mode: "ai" | "team" | "ai_team", conversations: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < Math.ceil(conversations / STARTS_PER_EXPERIENCE); i++) {
    const exp = await admin.call("POST", "/api/experiences", {
      name: `Bench ${mode} ${i}`,
      slug: `bench-${space.key.toLowerCase()}-${mode.replace("_", "-")}-${i}`,
      supportMode: mode,
      channels: ["widget"],
      spaceId: space.id,
    });
    ids.push(exp.id);
  }
  return ids;
}

export interface Started {
  conversationId: string;
  customerToken: string;
}

/** Starts `count` conversations through the widget API, spread over the experiences (50 each). */
export function startConversations(base: string, experienceIds: string[], count: number, concurrency = 8): Promise<Started[]> {
  const customer = new ApiClient(base);
  return pool(Array.from({ length: count }, (_, i) => i), concurrency, async (i) => {
    const experienceId = experienceIds[Math.floor(i / STARTS_PER_EXPERIENCE)];
    if (!experienceId) throw new Error(`not enough experiences for ${count} conversations`);
    // A conversation starts with the customer's first message.
    const firstMessage = { clientId: `start-${i}`, body: "Hello" }; // small talk: an AI conversation stays with the AI
    const started = await customer.call("POST", "/widget/v1/conversations", { experienceId, channel: "widget", firstMessage });
    return { conversationId: started.conversationId as string, customerToken: started.customerToken as string };
  });
}

export interface BenchAgent {
  id: string;
  client: ApiClient;
  /** The console's socket to the agent's actor (offers arrive here). */
  console: WebSocket;
  /** conversation id → when its offer frame arrived (performance.now()) */
  offers: Map<string, number>;
  accepted: Set<string>;
  /** accepts the product refused (with its answer) */
  refused: string[];
}

/**
 * `count` new agents in the space, each signed in with an open console and available. With `autoAccept`
 * they accept every offer at once (as the routing benchmark's agents do). `onOffer` sees every offer first.
 */
export async function benchAgents(
  base: string,
  admin: ApiClient,
  space: { id: string; key: string },
  count: number,
  options: { autoAccept?: boolean; onOffer?: (agent: BenchAgent, conversationId: string, at: number) => void } = {},
): Promise<BenchAgent[]> {
  const agents: BenchAgent[] = [];
  for (let i = 0; i < count; i++) {
    const email = `bench-${space.key.toLowerCase()}-${i}@acme.test`;
    const created = await admin.call("POST", "/api/agents", { name: `Bench agent ${i}`, email, password: "bench password 123" });
    await admin.call("POST", `/api/spaces/${space.id}/members`, { agentId: created.id });
    const client = await new ApiClient(base).signIn(email, "bench password 123");
    const ws = await client.socket("/api/agent/ws");
    const agent: BenchAgent = { id: created.id, client, console: ws, offers: new Map(), accepted: new Set(), refused: [] };
    ws.addEventListener("message", (event) => {
      const at = performance.now();
      const frame = JSON.parse(String(event.data));
      if (frame.type !== "offer") return;
      const id = frame.offer.packet.conversationId as string;
      agent.offers.set(id, at);
      options.onOffer?.(agent, id, at);
      if (options.autoAccept) {
        client.call("POST", `/api/offers/${id}/accept`).then(
          () => agent.accepted.add(id),
          (err: Error) => agent.refused.push(err.message),
        );
      }
    });
    await client.call("PUT", "/api/me/availability", { status: "available" });
    agents.push(agent);
  }
  return agents;
}

/**
 * Waits for an event by polling an observable fact: `probe` (sync or async: a socket's state, a row read
 * through the API) until it answers something truthy, which is returned. Fails after `ms` with an error that
 * names what did not happen (`what` may be a function, to say what the probe last saw). Tests wait with this,
 * never with a fixed sleep that stands for "it has happened by now".
 */
export async function until<T>(
  what: string | (() => string),
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  ms = 10_000,
  everyMs = 50,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${typeof what === "function" ? what() : what}`);
    await sleep(everyMs);
  }
}

export { sleep };
