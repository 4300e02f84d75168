/**
 * `npm run bench`: runs Parley locally (wrangler dev on 127.0.0.1, fresh state, as `npm start` does) next to
 * the floor (bench/floor: a bare Durable Object WebSocket echo in the same local runtime), measures, prints a
 * table with pass/miss against the targets, and writes bench/results/latest.json (not committed).
 *
 * Steps: the floor (one message at a time, then 200 lanes at once, variants that add one piece of Parley's
 * work each, and 1,000 idle echo objects); message latency with 1 and 200 conversations (each exchanging a
 * message each way every 4 s) and throughput over 200; handoff → offer and fairness with 50 agents
 * (bench/routing.ts); idle memory with 1,000 conversations on a fresh Parley; the queue page over 100,000 work
 * items (bench/queues.ts, on a state it prepares first: about a minute; BENCH_QUEUES=0 skips it).
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
import { floorIdleMemory, idleMemory, type FloorMemoryFigures, type MemoryFigures } from "./memory.ts";
import { floorLanes, latencyConcurrent, latencyOneAtATime, liveConversations, throughput, type LatencyFigures, type ThroughputFigures } from "./messages.ts";
import { prepareQueueState, queueBench, type QueueFigures } from "./queues.ts";
import { routingBench, type RoutingFigures } from "./routing.ts";
import { buildIfNeeded } from "./lib/build.ts";
import { cpuMeter, machine, startFloor, workerdProcesses, type FloorServer } from "./lib/runtime.ts";
import { inDir, REPO_ROOT, snapshotTree, type TreeSnapshot } from "./lib/snapshot.ts";
import { grid, round } from "./lib/stats.ts";

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const size = {
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

const TARGETS = { message_p50: 1.5, message_p99: 2, handoff_p50: 3, fairness: 1 };

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

interface Results {
  floor: LatencyFigures & { cpu: Cpu; at_200: LatencyFigures & { cpu: Cpu }; variants: Record<string, LatencyFigures & { cpu: Cpu }>; memory: FloorMemoryFigures };
  messages: { one: LatencyFigures & { cpu: Cpu }; at_200: LatencyFigures & { cpu: Cpu } };
  throughput: ThroughputFigures & { cpu: Cpu };
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

  log(`floor: ${size.rounds} rounds one at a time, then ${size.conversations} lanes at once`);
  const echo = await floorLanes(floor.url, size.conversations, "echo");
  const floorProcesses = workerdProcesses({ pgid: floor.pgid }, floor.port);
  const floorOneMeter = cpuMeter(floorProcesses);
  const floorOne = await latencyOneAtATime(echo.lanes, size.rounds, "floor");
  const floorOneCpu = floorOneMeter.per(floorOne.samples);
  const floorMeter = cpuMeter(floorProcesses);
  const floor200 = await latencyConcurrent(echo.lanes, size.concurrentRounds, size.periodMs, "floor200");
  const floorCpu = floorMeter.per(floor200.samples);
  echo.close();
  const variants: Results["floor"]["variants"] = {};
  for (const mode of ["relay", "store", "store_alarm", "hop", "d1"] as const) {
    const lanes = await floorLanes(floor.url, 20, mode);
    const meter = cpuMeter(floorProcesses);
    const figures = await latencyOneAtATime(lanes.lanes, size.rounds, mode);
    variants[mode] = { ...figures, cpu: meter.per(figures.samples) };
    lanes.close();
  }
  log(`floor: ${size.idle} idle echo objects (${size.settleMs / 1000} s idle)`);
  const floorMemory = await floorIdleMemory(floor, size.idle, size.settleMs);
  await floor.stop();
  floor = null;

  log(`messages: ${size.conversations} live conversations`);
  const conv = await liveConversations(server.url, size.conversations);
  log(`messages: ${size.rounds} rounds one at a time`);
  const processes = workerdProcesses({ stateDir }, Number(new URL(server.url).port));
  const oneMeter = cpuMeter(processes);
  const one = await latencyOneAtATime(conv.lanes, size.rounds, "one");
  const oneCpu = oneMeter.per(one.samples);
  log(`messages: ${size.conversations} conversations at once, a round every ${size.periodMs} ms each`);
  const messagesMeter = cpuMeter(processes);
  const at200 = await latencyConcurrent(conv.lanes, size.concurrentRounds, size.periodMs, "many");
  const messagesCpu = messagesMeter.per(at200.samples);
  log(`throughput: ${size.throughputPerSocket} messages from every customer and agent`);
  const throughputMeter = cpuMeter(processes);
  const tp = await throughput(conv, size.throughputPerSocket);
  const throughputCpu = throughputMeter.per(tp.acked);
  conv.close();

  log(`handoff: ${size.handoffs} handoffs to ${size.agents} agents`);
  const handoff = await routingBench(server.url, { agents: size.agents, conversations: size.handoffs });
  await server.stop();
  server = null;

  // Memory on a fresh runtime, last: 1,000 live objects make every later figure pay for a bigger heap.
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
    server = await inDir(snapshot, () => startServer({ stateDir: queueState }));
    queues = await queueBench(server.url, size.queueItems);
    await server.stop();
    server = null;
  }
  return {
    floor: { ...floorOne, cpu: floorOneCpu, at_200: { ...floor200, cpu: floorCpu }, variants, memory: floorMemory },
    messages: { one: { ...one, cpu: oneCpu }, at_200: { ...at200, cpu: messagesCpu } },
    throughput: { ...tp, cpu: throughputCpu },
    handoff,
    memory,
    queues,
  };
}

function report(r: Results) {
  const ratio = (a: number, b: number) => round(a / b, 2);
  const ratios = {
    message_p50: ratio(r.messages.one.p50_ms, r.floor.p50_ms),
    message_p99: ratio(r.messages.one.p99_ms, r.floor.p99_ms),
    message_p50_at_200: ratio(r.messages.at_200.p50_ms, r.floor.at_200.p50_ms),
    message_p99_at_200: ratio(r.messages.at_200.p99_ms, r.floor.at_200.p99_ms),
    handoff_p50: ratio(r.handoff.handoff_to_offer_p50_ms, r.floor.p50_ms),
    handoff_p99: ratio(r.handoff.handoff_to_offer_p99_ms, r.floor.p99_ms),
  };
  const targets = [
    { figure: "message p50, one at a time", parley: r.messages.one.p50_ms, floor: r.floor.p50_ms, ratio: ratios.message_p50, target: TARGETS.message_p50 },
    { figure: "message p99, one at a time", parley: r.messages.one.p99_ms, floor: r.floor.p99_ms, ratio: ratios.message_p99, target: TARGETS.message_p99 },
    { figure: `message p50, ${size.conversations} conversations`, parley: r.messages.at_200.p50_ms, floor: r.floor.at_200.p50_ms, ratio: ratios.message_p50_at_200, target: TARGETS.message_p50 },
    { figure: `message p99, ${size.conversations} conversations`, parley: r.messages.at_200.p99_ms, floor: r.floor.at_200.p99_ms, ratio: ratios.message_p99_at_200, target: TARGETS.message_p99 },
    { figure: "handoff → offer p50", parley: r.handoff.handoff_to_offer_p50_ms, floor: r.floor.p50_ms, ratio: ratios.handoff_p50, target: TARGETS.handoff_p50 },
  ].map((t) => ({ ...t, pass: t.ratio <= t.target }));
  const fairnessPass = r.handoff.fairness_max_minus_min <= TARGETS.fairness;
  const m = machine();

  console.log(`\nParley benchmark, ${new Date().toISOString()}: ${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB, Node ${m.node}, wrangler ${m.wrangler}`);
  grid(
    "Targets (ratios to the floor: a bare Durable Object WebSocket echo, same runtime, same run)",
    ["figure", "Parley", "floor", "ratio", "target", ""],
    [
      ...targets.map((t) => [t.figure, `${t.parley} ms`, `${t.floor} ms`, `${t.ratio}×`, `≤ ${t.target}×`, t.pass ? "pass" : "MISS"]),
      [`fairness, ${r.handoff.agents} agents (max − min load)`, r.handoff.fairness_max_minus_min, "", "", `≤ ${TARGETS.fairness}`, fairnessPass ? "pass" : "MISS"],
    ],
  );
  grid("Figures", ["figure", "value"], [
    ["floor p50 / p99, one at a time", `${r.floor.p50_ms} / ${r.floor.p99_ms} ms`],
    [`floor p50 / p99, ${size.conversations} lanes`, `${r.floor.at_200.p50_ms} / ${r.floor.at_200.p99_ms} ms`],
    [`load with ${size.conversations} conversations`, `each sends a message each way every ${size.periodMs / 1000} s (${round((size.conversations * 2 * 1000) / size.periodMs, 0)} msgs/s in all)`],
    ["message customer → agent / agent → customer p50", `${r.messages.one.there_p50_ms} / ${r.messages.one.back_p50_ms} ms`],
    ["ack to the sender p50 / p99, one at a time", `${r.messages.one.ack_p50_ms} / ${r.messages.one.ack_p99_ms} ms`],
    [`ack to the sender p50 / p99, ${size.conversations} conversations`, `${r.messages.at_200.ack_p50_ms} / ${r.messages.at_200.ack_p99_ms} ms`],
    ["handoff → offer p99", `${r.handoff.handoff_to_offer_p99_ms} ms (${ratios.handoff_p99}× floor p99)`],
    ["handoff: conversation's part / router's and agent's part, p50", `${r.handoff.conversation_part_p50_ms} / ${r.handoff.routing_part_p50_ms} ms`],
    [`throughput, ${r.throughput.conversations} conversations: stored (acked)`, `${r.throughput.acked_per_s} msgs/s (${r.throughput.acked}/${r.throughput.sent} in ${r.throughput.seconds} s)`],
    ["throughput: delivered to the other party", `${r.throughput.delivered_per_s} msgs/s (${r.throughput.delivered}; clients offer at most ${r.throughput.offered_max_per_s}/s; ${r.throughput.errors} errors)`],
    [`idle memory, ${r.memory.conversations} conversations (runtime RSS)`, `${r.memory.mb_per_1000_idle} MB per 1,000 (${r.memory.before_mb} → ${r.memory.settled_mb} MB after ${r.memory.settle_s} s idle; ${r.memory.mb_per_1000_connected} MB per 1,000 right after connecting)`],
    [`idle memory, floor: ${r.floor.memory.objects} echo objects with a socket`, `${r.floor.memory.mb_per_1000_idle} MB per 1,000 (Parley: ${ratio(r.memory.mb_per_1000_idle, r.floor.memory.mb_per_1000_idle)}×)`],
    ["wrangler dev's proxy with the idle sockets", `${r.memory.proxy_before_mb} → ${r.memory.proxy_settled_mb} MB`],
    ...(r.queues ? Object.entries(r.queues.filters).map(([k, v]) => [`queue page over ${r.queues!.items.toLocaleString("en")} items: ${k}`, `p50 ${v.p50_ms} ms, p99 ${v.p99_ms} ms (${v.count} items)`]) : [["queue page over 100,000 items", "not run (BENCH_QUEUES=0)"]]),
  ]);
  const cpu = (c: Cpu) => (c.runtime_cpu_ms_per_message === null ? "" : `${c.runtime_cpu_ms_per_message} ms`);
  grid(
    "What a message costs in the runtime: latency one at a time, and the runtime's CPU per message (workerd's own /proc figures)",
    ["variant", "p50", "p99", "p50 vs echo", "CPU per message"],
    [
      ["floor: echo", `${r.floor.p50_ms} ms`, `${r.floor.p99_ms} ms`, "1×", cpu(r.floor.cpu)],
      ...Object.entries(r.floor.variants).map(([k, v]) => [
        { relay: "floor: relay to the other socket", store: "floor: SQLite insert, then echo", store_alarm: "floor: SQLite insert + setAlarm, then echo", hop: "floor: a call to another object, then echo", d1: "floor: D1 insert, then echo" }[k] ?? k,
        `${v.p50_ms} ms`,
        `${v.p99_ms} ms`,
        `${ratio(v.p50_ms, r.floor.p50_ms)}×`,
        cpu(v.cpu),
      ]),
      ["Parley: one at a time", `${r.messages.one.p50_ms} ms`, `${r.messages.one.p99_ms} ms`, `${ratio(r.messages.one.p50_ms, r.floor.p50_ms)}×`, cpu(r.messages.one.cpu)],
      [`floor: ${size.conversations} lanes`, `${r.floor.at_200.p50_ms} ms`, `${r.floor.at_200.p99_ms} ms`, "", cpu(r.floor.at_200.cpu)],
      [`Parley: ${size.conversations} conversations`, `${r.messages.at_200.p50_ms} ms`, `${r.messages.at_200.p99_ms} ms`, "", cpu(r.messages.at_200.cpu)],
      [`Parley: throughput (${r.throughput.acked_per_s} msgs/s)`, "", "", "", `${cpu(r.throughput.cpu)} (runtime busy ${Math.round((r.throughput.cpu.runtime_cpu_share ?? 0) * 100)}% of a core)`],
    ],
  );

  return {
    at: new Date().toISOString(),
    machine: m,
    sizes: size,
    duration_s: Math.round((Date.now() - started) / 1000),
    floor: { p50_ms: r.floor.p50_ms, p99_ms: r.floor.p99_ms },
    ratios,
    fairness_max_minus_min: r.handoff.fairness_max_minus_min,
    throughput_msgs_per_s: r.throughput.acked_per_s,
    idle_memory_mb_per_1000: r.memory.mb_per_1000_idle,
    floor_idle_memory_mb_per_1000: r.floor.memory.mb_per_1000_idle,
    targets: [
      ...targets.map((t) => ({ figure: t.figure, ratio: t.ratio, target: t.target, pass: t.pass })),
      { figure: "fairness", value: r.handoff.fairness_max_minus_min, target: TARGETS.fairness, pass: fairnessPass },
    ],
    raw: r,
  };
}

try {
  const results = await measure();
  const out = report(results);
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
