/**
 * `npm run bench`: runs Parley locally (wrangler dev on 127.0.0.1, fresh state, as `npm start` does) next to
 * the floor (bench/floor: a bare Durable Object WebSocket echo in the same local runtime), measures, prints a
 * table with pass/miss against the targets, and writes bench/results/latest.json (not committed).
 *
 * Floors, measured in the same run and runtime: the echo floor (a bare Durable Object WebSocket echo) and the
 * durable floor (an object that stores each frame with one SQLite insert into a table with one index, then
 * relays it to the other socket — the least a durable chat message can cost).
 *
 * Steps: the echo floor (one at a time, 200 lanes, variants that add one piece of a message's work each);
 * three runs, interleaved, of the durable floor and Parley's message latency one at a time and with 200
 * conversations (each exchanging a message each way every 4 s) — each ratio is the median of the three —
 * with the runtime's CPU per message; throughput; what the conversations counted they wrote (SQLite rows, D1
 * statements) in steady chat; handoff → offer and fairness with 50 agents (bench/routing.ts); idle memory,
 * 1,000 echo objects on a fresh floor against 1,000 conversations on a fresh Parley (both without wrangler
 * dev's trace collector); the queue page over 100,000 work items
 * against the same page by one hand-written SQL statement (bench/queues.ts: about a minute; BENCH_QUEUES=0
 * skips it).
 *
 * Sizes scale down for development: BENCH_CONVERSATIONS (200), BENCH_IDLE (1000), BENCH_ROUNDS (300),
 * BENCH_CONCURRENT_ROUNDS (4), BENCH_PERIOD_MS (4000), BENCH_THROUGHPUT_MESSAGES (15 per socket),
 * BENCH_HANDOFFS (1000), BENCH_AGENTS (50), BENCH_SETTLE_MS (20000), BENCH_QUEUE_ITEMS (100000).
 * Every step is bounded; a watchdog stops everything after BENCH_TIMEOUT_MS (20 minutes).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, type RunningServer } from "../e2e/server.ts";
import { costsBetween, readCosts, type CostFigures } from "./diagnostics.ts";
import { floorIdleMemory, idleMemory, type FloorMemoryFigures, type MemoryFigures } from "./memory.ts";
import { floorLanes, latencyConcurrent, latencyOneAtATime, liveConversations, throughput, type Conversations, type Lane, type LatencyFigures, type ThroughputFigures } from "./messages.ts";
import { report } from "./report.ts";
import { prepareQueueState, queueBench, type QueueFigures } from "./queues.ts";
import { routingBench, type RoutingFigures } from "./routing.ts";
import { buildIfNeeded } from "./lib/build.ts";
import { sleep } from "./lib/chat.ts";
import { cpuMeter, startFloor, workerdProcesses, type FloorServer, type WorkerdProcess } from "./lib/runtime.ts";
import { inDir, REPO_ROOT, snapshotTree, type TreeSnapshot } from "./lib/snapshot.ts";

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
export const size = {
  conversations: num("BENCH_CONVERSATIONS", 200),
  idle: num("BENCH_IDLE", 1000),
  rounds: num("BENCH_ROUNDS", 300),
  concurrentRounds: num("BENCH_CONCURRENT_ROUNDS", 4),
  periodMs: num("BENCH_PERIOD_MS", 4000),
  throughputPerSocket: num("BENCH_THROUGHPUT_MESSAGES", 15),
  handoffs: num("BENCH_HANDOFFS", 1000),
  agents: num("BENCH_AGENTS", 50),
  settleMs: num("BENCH_SETTLE_MS", 20_000),
  queues: process.env.BENCH_QUEUES !== "0",
  queueItems: num("BENCH_QUEUE_ITEMS", 100_000),
};

/** The work item follows message counts every 30 s: the steady-chat costs are read after one more interval. */
const PROJECTION_INTERVAL_MS = 31_000;
const COST_ROUNDS = 8;

/**
 * Rows written and D1 statements per message in steady chat: every conversation sends a message each way every
 * period for COST_ROUNDS rounds, then waits for the work items to follow. While it waits, each customer types
 * (a frame that writes nothing) so the runtime does not evict the objects, whose counts live in memory.
 */
async function steadyChatCosts(conv: Conversations): Promise<CostFigures> {
  const before = await readCosts(conv.admin, conv.ids);
  await latencyConcurrent(conv.lanes, COST_ROUNDS, size.periodMs, "costs");
  const until = Date.now() + PROJECTION_INTERVAL_MS;
  while (Date.now() < until) {
    conv.customers.forEach((c, i) => c.send({ type: "typing", id: `keep-${Date.now()}-${i}`, typing: false }));
    await sleep(3000);
  }
  return costsBetween(before, await readCosts(conv.admin, conv.ids));
}

// wrangler dev's local trace collector (on by default since wrangler 4.15x) records every request, RPC and
// D1 call of both runtimes in a Durable Object of the same workerd process; production has no such thing, and
// it grows with the calls a conversation makes, so the memory figures would partly measure the dev tool.
process.env.X_LOCAL_OBSERVABILITY ??= "false";
const started = Date.now();
const log = (step: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${step}`);

// Everything this run starts, stopped on the way out whatever happens.
let floor: FloorServer | null = null;
let server: RunningServer | null = null;
let tree: TreeSnapshot | null = null;
const stateDirs: string[] = [];
async function cleanup(): Promise<void> {
  await Promise.allSettled([floor?.stop(), server?.stop()]);
  floor = server = null;
  for (const dir of stateDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  tree?.remove();
  tree = null;
}
const watchdog = setTimeout(async () => {
  console.error(`bench: still running after ${num("BENCH_TIMEOUT_MS", 1_200_000) / 1000} s; stopping`);
  await cleanup();
  process.exit(2);
}, num("BENCH_TIMEOUT_MS", 1_200_000));
watchdog.unref();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void cleanup().then(() => process.exit(130)));

type Cpu = ReturnType<ReturnType<typeof cpuMeter>["per"]>;
type Measured = LatencyFigures & { cpu: Cpu };

/** One run of message latency: the durable floor and Parley, one at a time and with 200 at once. */
export interface MessageRun {
  durable: { one: Measured; at_200: Measured };
  parley: { one: Measured; at_200: Measured };
}

export interface Results {
  floor: Measured & { at_200: Measured; variants: Record<string, Measured>; memory: FloorMemoryFigures };
  runs: MessageRun[];
  throughput: ThroughputFigures & { cpu: Cpu };
  costs: CostFigures;
  handoff: RoutingFigures;
  memory: MemoryFigures;
  queues: QueueFigures | null;
}

async function measure(): Promise<Results> {
  buildIfNeeded();
  // Parley runs from a copy of the tree: edits made meanwhile would make wrangler dev reload and cut the sockets.
  tree = snapshotTree();
  const stateDir = mkdtempSync(join(tmpdir(), "parley-bench-"));
  stateDirs.push(stateDir);
  log("starting the floor worker and Parley (wrangler dev, 127.0.0.1)");
  const snapshot = tree.dir;
  [floor, server] = await Promise.all([startFloor(), inDir(snapshot, () => startServer({ stateDir }))]);
  const floorProcesses = workerdProcesses({ pgid: floor.pgid }, floor.port);
  const measured = async (lanes: Lane[], processes: WorkerdProcess[], run: (lanes: Lane[]) => Promise<LatencyFigures>): Promise<Measured> => {
    const meter = cpuMeter(processes);
    const figures = await run(lanes);
    return { ...figures, cpu: meter.per(figures.samples) };
  };
  const oneAtATime = (label: string) => (lanes: Lane[]) => latencyOneAtATime(lanes, size.rounds, label);
  const atOnce = (label: string) => (lanes: Lane[]) => latencyConcurrent(lanes, size.concurrentRounds, size.periodMs, label);

  log(`echo floor: ${size.rounds} rounds one at a time, then ${size.conversations} lanes at once, then the variants`);
  const echo = await floorLanes(floor.url, size.conversations, "echo");
  const floorOne = await measured(echo.lanes, floorProcesses, oneAtATime("echo"));
  const floor200 = await measured(echo.lanes, floorProcesses, atOnce("echo200"));
  echo.close();
  const variants: Results["floor"]["variants"] = {};
  for (const mode of ["relay", "store", "store_alarm", "hop", "d1"] as const) {
    const lanes = await floorLanes(floor.url, 20, mode);
    variants[mode] = await measured(lanes.lanes, floorProcesses, oneAtATime(mode));
    lanes.close();
  }

  log(`messages: ${size.conversations} live conversations; the durable floor's ${size.conversations} lanes`);
  const conv = await liveConversations(server.url, size.conversations);
  const durable = await floorLanes(floor.url, size.conversations, "durable");
  const processes = workerdProcesses({ stateDir }, Number(new URL(server.url).port));
  const runs: MessageRun[] = [];
  for (let run = 1; run <= 3; run++) {
    log(`messages, run ${run} of 3: one at a time, then ${size.conversations} at once (a round every ${size.periodMs} ms each), floor and Parley in turn`);
    const durableOne = await measured(durable.lanes, floorProcesses, oneAtATime(`durable${run}`));
    const parleyOne = await measured(conv.lanes, processes, oneAtATime(`one${run}`));
    const durable200 = await measured(durable.lanes, floorProcesses, atOnce(`durable200-${run}`));
    const parley200 = await measured(conv.lanes, processes, atOnce(`many${run}`));
    runs.push({ durable: { one: durableOne, at_200: durable200 }, parley: { one: parleyOne, at_200: parley200 } });
  }
  durable.close();
  log(`throughput: ${size.throughputPerSocket} messages from every customer and agent`);
  const throughputMeter = cpuMeter(processes);
  const tp = await throughput(conv, size.throughputPerSocket);
  const throughputCpu = throughputMeter.per(tp.acked);
  log(`costs: ${COST_ROUNDS} rounds of steady chat (a message each way every ${size.periodMs} ms), then ${PROJECTION_INTERVAL_MS / 1000} s for the work items to follow`);
  const costs = await steadyChatCosts(conv);
  conv.close();

  await floor.stop();
  floor = null;

  log(`handoff: ${size.handoffs} handoffs to ${size.agents} agents`);
  const handoff = await routingBench(server.url, { agents: size.agents, conversations: size.handoffs });
  await server.stop();
  server = null;

  // Memory on fresh runtimes, last, the floor's and Parley's alike: a runtime that already served the other
  // phases keeps the pages it grew, which hides part of the next objects' cost.
  log(`floor: ${size.idle} idle echo objects on a fresh floor (${size.settleMs / 1000} s idle)`);
  floor = await startFloor();
  const floorMemory = await floorIdleMemory(floor, size.idle, size.settleMs);
  await floor.stop();
  floor = null;
  log(`memory: ${size.idle} idle conversations on a fresh Parley (${size.settleMs / 1000} s idle)`);
  const memoryState = mkdtempSync(join(tmpdir(), "parley-bench-"));
  stateDirs.push(memoryState);
  server = await inDir(snapshot, () => startServer({ stateDir: memoryState }));
  const memory = await idleMemory(server.url, memoryState, size.idle, size.settleMs);
  await server.stop();
  server = null;

  let queues: QueueFigures | null = null;
  if (size.queues) {
    log(`queues: preparing ${size.queueItems.toLocaleString("en")} work items`);
    const queueState = await inDir(snapshot, () => prepareQueueState(size.queueItems));
    stateDirs.push(queueState);
    server = await inDir(snapshot, () => startServer({ stateDir: queueState, vars: { BENCH_ROUTES: "1" } }));
    queues = await queueBench(server.url, size.queueItems);
    await server.stop();
    server = null;
  }
  return {
    floor: { ...floorOne, at_200: floor200, variants, memory: floorMemory },
    runs,
    throughput: { ...tp, cpu: throughputCpu },
    costs,
    handoff,
    memory,
    queues,
  };
}

try {
  const results = await measure();
  const out = report(results, size, started);
  mkdirSync(join(REPO_ROOT, "bench", "results"), { recursive: true });
  writeFileSync(join(REPO_ROOT, "bench", "results", "latest.json"), `${JSON.stringify(out, null, 2)}\n`);
  log(`wrote bench/results/latest.json (${out.duration_s} s)`);
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
