/**
 * Message latency and throughput, and the floor they are compared to.
 *
 * A lane is one conversation (or, for the floor, one echo object): a round sends one message each way and
 * answers the two one-way times. Parley: the customer's message reaches the agent's socket, then the agent's
 * reply reaches the customer's. Floor: a frame comes back from a bare Durable Object echo, twice (one
 * socket each way, so the floor has as many sockets and frames as Parley). Both run through `wrangler dev`
 * on 127.0.0.1 with the same client code, so the only difference is what the server does per message.
 */
import { ApiClient } from "./lib/client.ts";
import { benchAgents, benchExperiences, benchSpace, ChatSocket, pool, signInAdmin, sleep, startConversations, until, type BenchAgent } from "./lib/chat.ts";
import { percentile, round } from "./lib/stats.ts";

/** Each socket sends at most this often, under the product's limit of 5 frames a second (bursts of 10). */
const MIN_SEND_INTERVAL_MS = 250;

export interface Lane {
  /** One message each way; answers the two one-way delivery times in ms (and the sender's ack times when there are acks). */
  round(tag: string): Promise<{ oneWay: [number, number]; ack?: [number, number] }>;
  lastRoundAt: number;
}

export interface LatencyFigures {
  rounds: number;
  samples: number;
  p50_ms: number;
  p99_ms: number;
  there_p50_ms: number;
  back_p50_ms: number;
  ack_p50_ms?: number;
  ack_p99_ms?: number;
  max_ms: number;
}

function figures(rounds: number, there: number[], back: number[], acks: number[]): LatencyFigures {
  const all = [...there, ...back];
  return {
    rounds,
    samples: all.length,
    p50_ms: round(percentile(all, 50)),
    p99_ms: round(percentile(all, 99)),
    there_p50_ms: round(percentile(there, 50)),
    back_p50_ms: round(percentile(back, 50)),
    ...(acks.length ? { ack_p50_ms: round(percentile(acks, 50)), ack_p99_ms: round(percentile(acks, 99)) } : {}),
    max_ms: round(Math.max(...all)),
  };
}

/** One message in flight at a time: `rounds` rounds over the lanes in turn. */
export async function latencyOneAtATime(lanes: Lane[], rounds: number, label: string): Promise<LatencyFigures> {
  const there: number[] = [];
  const back: number[] = [];
  const acks: number[] = [];
  for (let i = 0; i < rounds + 10; i++) {
    const lane = lanes[i % lanes.length]!;
    const wait = lane.lastRoundAt + MIN_SEND_INTERVAL_MS - performance.now();
    if (wait > 0) await sleep(wait);
    lane.lastRoundAt = performance.now();
    const r = await lane.round(`${label}-${i}`);
    if (i < 10) continue; // warm-up
    there.push(r.oneWay[0]);
    back.push(r.oneWay[1]);
    if (r.ack) acks.push(...r.ack);
  }
  return figures(rounds, there, back, acks);
}

/** Every lane at once: each does `rounds` rounds, one every `periodMs`, starting at a random moment. */
export async function latencyConcurrent(lanes: Lane[], rounds: number, periodMs: number, label: string): Promise<LatencyFigures> {
  const there: number[] = [];
  const back: number[] = [];
  const acks: number[] = [];
  await Promise.all(
    lanes.map(async (lane, l) => {
      await sleep(Math.random() * periodMs);
      for (let i = 0; i < rounds; i++) {
        const start = performance.now();
        const r = await lane.round(`${label}-${l}-${i}`);
        there.push(r.oneWay[0]);
        back.push(r.oneWay[1]);
        if (r.ack) acks.push(...r.ack);
        const rest = periodMs - (performance.now() - start);
        if (rest > 0) await sleep(rest);
      }
    }),
  );
  return figures(rounds * lanes.length, there, back, acks);
}

// ── The floor ───────────────────────────────────────────────────────────────────────────────────────

class EchoSocket {
  readonly arrivedAt = new Map<string, number>();
  private waiting = new Map<string, (at: number) => void>();
  readonly ws: WebSocket;
  constructor(ws: WebSocket) {
    this.ws = ws;
    ws.addEventListener("message", (event) => {
      const at = performance.now();
      const id = JSON.parse(String(event.data)).id as string;
      const wake = this.waiting.get(id);
      if (wake) {
        this.waiting.delete(id);
        wake(at);
      } else this.arrivedAt.set(id, at);
    });
  }

  static open(url: string): Promise<EchoSocket> {
    const ws = new WebSocket(url);
    return new Promise((resolve, reject) => {
      ws.addEventListener("open", () => resolve(new EchoSocket(ws)), { once: true });
      ws.addEventListener("error", () => reject(new Error(`socket ${url} failed`)), { once: true });
    });
  }

  /** Sends a frame shaped like Parley's message frame and answers the time until it comes back. */
  async roundTrip(id: string, to: EchoSocket = this): Promise<number> {
    const t0 = performance.now();
    const arrived = new Promise<number>((resolve, reject) => {
      const early = to.arrivedAt.get(id);
      if (early !== undefined) return resolve(early);
      to.waiting.set(id, resolve);
      setTimeout(() => reject(new Error(`floor: no echo of ${id} within 10 s`)), 10_000).unref();
    });
    this.ws.send(JSON.stringify({ v: 1, type: "message", id, body: `ping ${id}` }));
    return (await arrived) - t0;
  }
}

export interface FloorLanes {
  lanes: Lane[];
  close(): void;
}

/**
 * `count` floor lanes, each an object with two sockets. `echo` (the floor) and `store`/`store_alarm` send each
 * frame back to its sender; `relay` sends it to the object's other socket, as a conversation does.
 */
export type FloorMode = "echo" | "store" | "store_alarm" | "hop" | "d1" | "relay" | "durable";

export async function floorLanes(base: string, count: number, mode: FloorMode = "echo"): Promise<FloorLanes> {
  const wsBase = base.replace(/^http/, "ws");
  const stamp = Date.now().toString(36);
  const pairs = await pool(Array.from({ length: count }, (_, i) => i), 16, async (i) => {
    const url = `${wsBase}/?room=${mode}-${stamp}-${i}&mode=${mode}`;
    return [await EchoSocket.open(url), await EchoSocket.open(url)] as const;
  });
  const lanes = pairs.map(([a, b]): Lane => ({
    lastRoundAt: 0,
    async round(tag) {
      const relays = mode === "relay" || mode === "durable";
      const there = await a.roundTrip(`${tag}-a`, relays ? b : a);
      const back = await b.roundTrip(`${tag}-b`, relays ? a : b);
      return { oneWay: [there, back] };
    },
  }));
  return {
    lanes,
    close: () => pairs.forEach(([a, b]) => (a.ws.close(), b.ws.close())),
  };
}

// ── Parley ──────────────────────────────────────────────────────────────────────────────────────────

export interface Conversations {
  lanes: Lane[];
  /** The conversations, and an admin who may read their diagnostics. */
  ids: string[];
  admin: ApiClient;
  customers: ChatSocket[];
  agents: ChatSocket[];
  close(): void;
}

/**
 * `count` conversations in `human` state: started through the widget API with a `team` experience in a
 * space of its own, offered to and accepted by agents at their consoles (cap 50 each), with the customer's
 * socket and the agent's conversation socket open and welcomed.
 */
export async function liveConversations(base: string, count: number): Promise<Conversations> {
  const admin = await signInAdmin(base);
  await admin.call("PATCH", "/api/settings/chat", { chatCap: 50, offerTimeoutSeconds: 120 });
  const space = await benchSpace(admin, "Messages");
  const experiences = await benchExperiences(admin, space, "team", count);
  const agents: BenchAgent[] = await benchAgents(base, admin, space, Math.ceil(count / 40), { autoAccept: true });
  const started = await startConversations(base, experiences, count);
  await until(`${count} accepted offers`, () => agents.reduce((n, a) => n + a.accepted.size, 0) >= count, 60_000);
  const owner = new Map<string, ApiClient>();
  for (const a of agents) for (const id of a.accepted) owner.set(id, a.client);
  const pairs = await pool(started, 8, async (s) => {
    const customer = ChatSocket.customer(base, s.conversationId, s.customerToken);
    const agent = ChatSocket.agent(owner.get(s.conversationId)!, s.conversationId);
    await customer.connect(0);
    await agent.connect(0);
    customer.keepFrames = agent.keepFrames = false;
    return [customer, agent] as const;
  });
  const lanes = pairs.map(([customer, agent]): Lane => ({
    lastRoundAt: 0,
    async round(tag) {
      const t0 = performance.now();
      customer.message(`${tag}-c`, `Customer message ${tag}`);
      const there = (await agent.arrival(`${tag}-c`)) - t0;
      const ackThere = (await customer.ack(`${tag}-c`).then(() => customer.ackedAt.get(`${tag}-c`)!)) - t0;
      const t1 = performance.now();
      agent.message(`${tag}-a`, `Agent reply ${tag}`);
      const back = (await customer.arrival(`${tag}-a`)) - t1;
      const ackBack = (await agent.ack(`${tag}-a`).then(() => agent.ackedAt.get(`${tag}-a`)!)) - t1;
      return { oneWay: [there, back], ack: [ackThere, ackBack] };
    },
  }));
  return {
    lanes,
    ids: started.map((s) => s.conversationId),
    admin,
    customers: pairs.map(([c]) => c),
    agents: pairs.map(([, a]) => a),
    close() {
      for (const [c, a] of pairs) c.close(), a.close();
      for (const a of agents) a.console.close();
    },
  };
}

export interface ThroughputFigures {
  conversations: number;
  sent: number;
  acked: number;
  delivered: number;
  errors: number;
  seconds: number;
  acked_per_s: number;
  delivered_per_s: number;
  /** What the clients could offer at most: every socket at its send interval. */
  offered_max_per_s: number;
}

/**
 * Throughput: in every conversation the customer and the agent each send `perSocket` messages as fast as the
 * protocol's rate limit allows, at most `window` unacknowledged at a time; counts messages stored (acked to
 * the sender) and delivered (at the other party's socket) per second of wall time.
 */
export async function throughput(conv: Conversations, perSocket: number, window = 2, intervalMs = 225): Promise<ThroughputFigures> {
  const sides = conv.customers.flatMap((c, i) => [[c, conv.agents[i]!] as const, [conv.agents[i]!, c] as const]);
  const stamp = Date.now().toString(36);
  let sent = 0;
  let lastAck = 0;
  let lastDelivery = 0;
  const errorsBefore = sides.reduce((n, [s]) => n + s.errors.length, 0);
  const t0 = performance.now();
  await Promise.all(
    sides.map(async ([from, to], s) => {
      await sleep(Math.random() * intervalMs);
      const inFlight: Promise<void>[] = [];
      for (let i = 0; i < perSocket; i++) {
        const id = `tp-${stamp}-${s}-${i}`;
        const start = performance.now();
        from.message(id, `Throughput ${i}`);
        sent++;
        const p = Promise.all([
          from.ack(id, 60_000).then(() => (lastAck = Math.max(lastAck, from.ackedAt.get(id)!))),
          to.arrival(id, 60_000).then((at) => (lastDelivery = Math.max(lastDelivery, at))),
        ]).then(() => {
          inFlight.splice(inFlight.indexOf(p), 1);
        });
        inFlight.push(p);
        if (inFlight.length >= window) await Promise.race(inFlight);
        const rest = intervalMs - (performance.now() - start);
        if (rest > 0) await sleep(rest);
      }
      await Promise.all(inFlight);
    }),
  );
  const mine = (s: number) => (k: string) => k.startsWith(`tp-${stamp}-${s}-`);
  const acked = sides.reduce((n, [from], s) => n + [...from.acks.keys()].filter(mine(s)).length, 0);
  const delivered = sides.reduce((n, [, to], s) => n + [...to.arrivedAt.keys()].filter(mine(s)).length, 0);
  const seconds = (Math.max(lastAck, lastDelivery) - t0) / 1000;
  return {
    conversations: conv.customers.length,
    sent,
    acked,
    delivered,
    errors: sides.reduce((n, [s]) => n + s.errors.length, 0) - errorsBefore,
    seconds: round(seconds),
    acked_per_s: round(acked / ((lastAck - t0) / 1000), 0),
    delivered_per_s: round(delivered / ((lastDelivery - t0) / 1000), 0),
    offered_max_per_s: round((sides.length * 1000) / intervalMs, 0),
  };
}
