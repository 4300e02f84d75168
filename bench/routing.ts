/**
 * Routing benchmark: with 50 agents in one space, how long from a handoff to the offer frame on the
 * agent's console socket (p50, p99), and how evenly 1,000 conversations spread (max − min load).
 * Runs the product as `npm start` does (wrangler dev, 127.0.0.1, fresh state); bounded, stops by itself.
 */
import { DEMO_PASSWORD } from "../scripts/demo/seed.ts";
import { startServer } from "../e2e/server.ts";
import { ApiClient } from "./lib/client.ts";
import { percentile, round, table } from "./lib/stats.ts";

export interface RoutingFigures {
  agents: number;
  conversations: number;
  handoff_to_offer_p50_ms: number;
  handoff_to_offer_p99_ms: number;
  fairness_max_minus_min: number;
}

/** Conversation starts per experience stay under the widget's rate limit (60 a minute per client and experience). */
const STARTS_PER_EXPERIENCE = 50;

export async function routingBench(base: string, options = { agents: 50, conversations: 1000 }): Promise<RoutingFigures> {
  const admin = await new ApiClient(base).signIn("admin@acme.test", DEMO_PASSWORD);
  await admin.call("PATCH", "/api/settings/chat", { chatCap: 50, offerTimeoutSeconds: 120 });
  const space = await admin.call("POST", "/api/spaces", { name: `Bench ${Date.now()}`, key: `B${Date.now().toString(36).slice(-6).toUpperCase()}`, chatEnabled: true });
  const experiences: string[] = [];
  for (let i = 0; i < Math.ceil(options.conversations / STARTS_PER_EXPERIENCE); i++) {
    const exp = await admin.call("POST", "/api/experiences", {
      name: `Bench chat ${i}`,
      slug: `bench-${space.key.toLowerCase()}-${i}`,
      supportMode: "ai_team",
      channels: ["widget"],
      spaceId: space.id,
    });
    experiences.push(exp.id);
  }

  // 50 agents, each signed in with an open console, available, accepting every offer at once.
  const offerSeen = new Map<string, number>();
  const waiters = new Map<string, () => void>();
  const accepted = new Map<string, number>();
  const sockets: WebSocket[] = [];
  for (let i = 0; i < options.agents; i++) {
    const email = `bench-${space.key.toLowerCase()}-${i}@acme.test`;
    const created = await admin.call("POST", "/api/agents", { name: `Bench agent ${i}`, email, password: "bench password 123" });
    await admin.call("POST", `/api/spaces/${space.id}/members`, { agentId: created.id });
    const agent = await new ApiClient(base).signIn(email, "bench password 123");
    const ws = await agent.socket("/api/agent/ws");
    sockets.push(ws);
    accepted.set(created.id, 0);
    ws.addEventListener("message", (event) => {
      const frame = JSON.parse(String(event.data));
      if (frame.type !== "offer") return;
      const id = frame.offer.packet.conversationId as string;
      offerSeen.set(id, performance.now());
      waiters.get(id)?.();
      void agent.call("POST", `/api/offers/${id}/accept`).then(() => accepted.set(created.id, accepted.get(created.id)! + 1));
    });
    await agent.call("PUT", "/api/me/availability", { status: "available" });
  }

  const latencies: number[] = [];
  const customer = new ApiClient(base);
  for (let i = 0; i < options.conversations; i++) {
    const experienceId = experiences[Math.floor(i / STARTS_PER_EXPERIENCE)]!;
    let done!: () => void;
    const arrived = new Promise<void>((resolve) => (done = resolve));
    const started = await customer.call("POST", "/widget/v1/conversations", { experienceId, channel: "widget" });
    const ws = await customer.socket(`/widget/v1/conversations/${started.conversationId}/ws`, ["parley.v1", `parley-token.${started.customerToken}`]);
    await handshake(ws);
    waiters.set(started.conversationId, done);
    // The handoff: the customer asks for a person; the clock stops when the offer reaches an agent's console.
    const t0 = performance.now();
    ws.send(JSON.stringify({ v: 1, type: "request_person", id: `rp-${i}` }));
    await Promise.race([arrived, new Promise((r) => setTimeout(r, 10_000))]);
    const seen = offerSeen.get(started.conversationId);
    if (seen === undefined) throw new Error(`no offer for ${started.conversationId} within 10 s`);
    latencies.push(seen - t0);
    ws.close();
  }
  // Let the last accepts land, then read the loads from the agents' own view.
  const deadline = Date.now() + 10_000;
  while ([...accepted.values()].reduce((a, b) => a + b, 0) < options.conversations && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const loads = [...accepted.values()];
  for (const ws of sockets) ws.close();
  return {
    agents: options.agents,
    conversations: options.conversations,
    handoff_to_offer_p50_ms: round(percentile(latencies, 50)),
    handoff_to_offer_p99_ms: round(percentile(latencies, 99)),
    fairness_max_minus_min: Math.max(...loads) - Math.min(...loads),
  };
}

/** Says hello and waits for the welcome, so the socket is live before the clock starts. */
function handshake(ws: WebSocket): Promise<void> {
  return new Promise((resolve) => {
    ws.addEventListener("message", function onMessage(event) {
      if (JSON.parse(String(event.data)).type !== "welcome") return;
      ws.removeEventListener("message", onMessage);
      resolve();
    });
    ws.send(JSON.stringify({ v: 1, type: "hello", id: "hello", lastSeq: 0 }));
  });
}

if (import.meta.main) {
  const server = await startServer();
  try {
    const figures = await routingBench(server.url);
    table("Routing (50 agents, 1,000 conversations)", Object.entries(figures));
  } finally {
    await server.stop();
  }
}
