/**
 * Routing benchmark: with 50 agents in one space, how long from a handoff to the offer frame on the
 * agent's console socket (p50, p99), and how evenly 1,000 conversations spread (max − min load).
 * Runs the product as `npm start` does (wrangler dev, 127.0.0.1, fresh state); bounded, stops by itself.
 * `npm run bench` runs `routingBench` as one of its steps; `npm run bench:routing` runs it alone.
 */
import { startServer } from "../e2e/server.ts";
import { benchAgents, benchExperiences, benchSpace, ChatSocket, signInAdmin, sleep, startConversations, STARTS_PER_EXPERIENCE } from "./lib/chat.ts";
import { percentile, round, table } from "./lib/stats.ts";

export interface RoutingFigures {
  agents: number;
  conversations: number;
  handoff_to_offer_p50_ms: number;
  handoff_to_offer_p99_ms: number;
  /** From the customer's request to the `waiting` state at the customer: the conversation's part (it asks the router whether anyone is staffed, writes the AI's message and the handoff, and sends the router the conversation). */
  conversation_part_p50_ms: number;
  /** From the `waiting` state at the customer to the offer at the agent's console: the router's part (line, choice, the agent's actor reserving the slot and pushing the offer). */
  routing_part_p50_ms: number;
  fairness_max_minus_min: number;
  loads: { min: number; max: number };
}

export async function routingBench(base: string, options = { agents: 50, conversations: 1000 }): Promise<RoutingFigures> {
  const admin = await signInAdmin(base);
  await admin.call("PATCH", "/api/settings/chat", { chatCap: 50, offerTimeoutSeconds: 120 });
  const space = await benchSpace(admin, "Bench");
  const experiences = await benchExperiences(admin, space, "ai_team", options.conversations);

  // 50 agents, each signed in with an open console, available, accepting every offer at once.
  const waiters = new Map<string, () => void>();
  const agents = await benchAgents(base, admin, space, options.agents, { autoAccept: true, onOffer: (_agent, id) => waiters.get(id)?.() });

  const latencies: number[] = [];
  const conversationPart: number[] = [];
  const routingPart: number[] = [];
  for (let i = 0; i < options.conversations; i++) {
    // One conversation at a time: the start goes through the widget API, then the customer's socket says hello.
    const [started] = await startConversations(base, [experiences[Math.floor(i / STARTS_PER_EXPERIENCE)]!], 1);
    const { conversationId, customerToken } = started!;
    const customer = ChatSocket.customer(base, conversationId, customerToken);
    // The customer asks for a person after the AI answered their first message, as a person would: the clock
    // measures the handoff, not the AI's answer still being written.
    const answered = customer.waitForAt("the AI's answer", (f) => f.type === "message" && f.message.author.type === "ai");
    answered.catch(() => undefined); // not awaited when the welcome already holds the answer
    const welcome = await customer.connect(0);
    if (!(welcome.messages as { author: { type: string } }[]).some((m) => m.author.type === "ai")) await answered;
    let done!: () => void;
    const arrived = new Promise<void>((resolve) => (done = resolve));
    waiters.set(conversationId, done);
    // The handoff: the customer asks for a person; the clock stops when the offer reaches an agent's console.
    const waiting = customer.waitForAt("the waiting state", (f) => f.type === "state" && f.state === "waiting");
    const t0 = performance.now();
    customer.send({ type: "request_person", id: `rp-${i}` });
    await Promise.race([arrived, sleep(10_000)]);
    const seen = agents.map((a) => a.offers.get(conversationId)).find((at) => at !== undefined);
    if (seen === undefined) throw new Error(`no offer for ${conversationId} (handoff ${i + 1} of ${options.conversations}) within 10 s`);
    latencies.push(seen - t0);
    const waited = (await waiting).at;
    conversationPart.push(waited - t0);
    routingPart.push(seen - waited);
    waiters.delete(conversationId);
    customer.close();
  }
  // Let the last accepts land, then read the loads from the agents' own view.
  const deadline = Date.now() + 10_000;
  const total = () => agents.reduce((n, a) => n + a.accepted.size, 0);
  while (total() < options.conversations && Date.now() < deadline) await sleep(100);
  const loads = agents.map((a) => a.accepted.size);
  for (const a of agents) a.console.close();
  return {
    agents: options.agents,
    conversations: options.conversations,
    handoff_to_offer_p50_ms: round(percentile(latencies, 50)),
    handoff_to_offer_p99_ms: round(percentile(latencies, 99)),
    conversation_part_p50_ms: round(percentile(conversationPart, 50)),
    routing_part_p50_ms: round(percentile(routingPart, 50)),
    fairness_max_minus_min: Math.max(...loads) - Math.min(...loads),
    loads: { min: Math.min(...loads), max: Math.max(...loads) },
  };
}

if (import.meta.main) {
  const server = await startServer();
  try {
    const figures = await routingBench(server.url, { agents: 50, conversations: Number(process.env.BENCH_HANDOFFS ?? 1000) });
    table("Routing (50 agents, 1,000 conversations)", Object.entries(figures).map(([k, v]) => [k, typeof v === "object" ? JSON.stringify(v) : v]));
  } finally {
    await server.stop();
  }
}
