/**
 * Memory of the runtime with idle conversations: the RSS of the workerd process that runs the Worker and
 * the Durable Objects (/proc/<pid>/status), before and after `count` conversations are opened (customer
 * socket connected, welcomed, then idle), per 1,000. Sampled once a second while they idle, because
 * workerd may hibernate idle objects; the figure is the RSS after `settleMs` of idling.
 * The floor's figure is the same reading for bare echo objects, each holding one idle socket, on a fresh floor
 * runtime as Parley's is on a fresh Parley.
 */
import { benchExperiences, benchSpace, ChatSocket, pool, signInAdmin, sleep, startConversations } from "./lib/chat.ts";
import { round } from "./lib/stats.ts";
import { rssMb, workerdProcesses, type FloorServer } from "./lib/runtime.ts";

export interface MemoryFigures {
  conversations: number;
  runtime_pid: number;
  before_mb: number;
  connected_mb: number;
  settled_mb: number;
  peak_mb: number;
  /** wrangler dev's proxy process, which carries the same sockets */
  proxy_before_mb: number | null;
  proxy_settled_mb: number | null;
  settle_s: number;
  open_s: number;
  mb_per_1000_connected: number;
  mb_per_1000_idle: number;
  timeline_mb: number[];
}

export async function idleMemory(base: string, stateDir: string, count: number, settleMs = 20_000, mode: "ai_team" | "team" = "ai_team"): Promise<MemoryFigures> {
  const port = Number(new URL(base).port);
  const processes = workerdProcesses({ stateDir }, port);
  const runtime = processes.find((p) => p.role === "runtime");
  const proxy = processes.find((p) => p.role === "proxy");
  if (!runtime) throw new Error(`no workerd runtime found for ${stateDir}: ${JSON.stringify(processes)}`);

  // `ai_team` experiences (as the demo's `help`): a conversation starts with the AI and waits for the customer.
  const admin = await signInAdmin(base);
  const space = await benchSpace(admin, "Idle");
  const experiences = await benchExperiences(admin, space, mode, count + 1);
  // Warm up: the code paths a conversation uses are loaded before the first reading.
  const [warm] = await startConversations(base, experiences.slice(-1), 1);
  const warmSocket = ChatSocket.customer(base, warm!.conversationId, warm!.customerToken);
  await warmSocket.connect(0);
  warmSocket.close();
  await sleep(2000);
  const before = rssMb(runtime.pid);
  const proxyBefore = proxy ? rssMb(proxy.pid) : null;

  const t0 = performance.now();
  const started = await startConversations(base, experiences, count);
  const sockets = await pool(started, 16, async (s) => {
    const socket = ChatSocket.customer(base, s.conversationId, s.customerToken);
    await socket.connect(0);
    socket.keepFrames = false;
    return socket;
  });
  const openS = (performance.now() - t0) / 1000;
  const connected = rssMb(runtime.pid);
  const timeline = [connected];
  for (let waited = 0; waited < settleMs; waited += 1000) {
    await sleep(1000);
    timeline.push(rssMb(runtime.pid));
  }
  const settled = timeline.at(-1)!;
  const proxySettled = proxy ? rssMb(proxy.pid) : null;
  const open = sockets.filter((s) => !s.closed).length;
  for (const s of sockets) s.close();
  if (open !== count) throw new Error(`only ${open} of ${count} idle sockets stayed open`);
  const per1000 = (mb: number) => round(((mb - before) * 1000) / count, 1);
  return {
    conversations: count,
    runtime_pid: runtime.pid,
    before_mb: round(before, 1),
    connected_mb: round(connected, 1),
    settled_mb: round(settled, 1),
    peak_mb: round(Math.max(...timeline), 1),
    proxy_before_mb: proxyBefore === null ? null : round(proxyBefore, 1),
    proxy_settled_mb: proxySettled === null ? null : round(proxySettled, 1),
    settle_s: settleMs / 1000,
    open_s: round(openS, 1),
    mb_per_1000_connected: per1000(connected),
    mb_per_1000_idle: per1000(settled),
    timeline_mb: timeline.map((m) => round(m, 1)),
  };
}

export interface FloorMemoryFigures {
  objects: number;
  before_mb: number;
  connected_mb: number;
  settled_mb: number;
  mb_per_1000_idle: number;
}

/** The floor: `count` echo objects, each with one socket that sent one frame and then idles. */
export async function floorIdleMemory(floor: FloorServer, count: number, settleMs = 20_000, mode: "echo" | "store" = "echo"): Promise<FloorMemoryFigures> {
  const runtime = workerdProcesses({ pgid: floor.pgid }, floor.port).find((p) => p.role === "runtime");
  if (!runtime) throw new Error("no workerd runtime found for the floor");
  const wsBase = floor.url.replace(/^http/, "ws");
  const open = async (room: string) => {
    const ws = new WebSocket(`${wsBase}/?room=${room}&mode=${mode}`);
    await new Promise((resolve, reject) => {
      ws.addEventListener("open", resolve, { once: true });
      ws.addEventListener("error", () => reject(new Error(`floor socket ${room} failed`)), { once: true });
    });
    const echoed = new Promise((resolve) => ws.addEventListener("message", resolve, { once: true }));
    ws.send(JSON.stringify({ v: 1, type: "hello", id: "hello", lastSeq: 0 }));
    await echoed;
    return ws;
  };
  const stamp = Date.now().toString(36);
  (await open(`idle-warm-${stamp}`)).close();
  await sleep(2000);
  const before = rssMb(runtime.pid);
  const sockets = await pool(Array.from({ length: count }, (_, i) => i), 16, (i) => open(`idle-${stamp}-${i}`));
  const connected = rssMb(runtime.pid);
  await sleep(settleMs);
  const settled = rssMb(runtime.pid);
  const stillOpen = sockets.filter((ws) => ws.readyState === WebSocket.OPEN).length;
  for (const ws of sockets) ws.close();
  if (stillOpen !== count) throw new Error(`only ${stillOpen} of ${count} idle floor sockets stayed open`);
  return {
    objects: count,
    before_mb: round(before, 1),
    connected_mb: round(connected, 1),
    settled_mb: round(settled, 1),
    mb_per_1000_idle: round(((settled - before) * 1000) / count, 1),
  };
}
