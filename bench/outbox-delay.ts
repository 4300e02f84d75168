/**
 * What the work-item outbox costs the message path: the same message figures (one at a time, then 200
 * conversations) on Parley as shipped and on a throwaway copy whose outbox waits 30 s instead of 500 ms before
 * writing the work item to D1 (so no D1 write happens during the measurement). Nothing in the repository
 * changes; the copy is removed afterwards. `node bench/outbox-delay.ts`, about 3 minutes, bounded.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../e2e/server.ts";
import { latencyConcurrent, latencyOneAtATime, liveConversations } from "./messages.ts";
import { cpuMeter, workerdProcesses } from "./lib/runtime.ts";
import { inDir, snapshotTree } from "./lib/snapshot.ts";
import { grid } from "./lib/stats.ts";

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const rows: (string | number)[][] = [];

for (const delayMs of [500, 30_000]) {
  const tree = snapshotTree();
  const outbox = join(tree.dir, "durable-objects", "conversation", "outbox.ts");
  const source = readFileSync(outbox, "utf8");
  if (!source.includes("export const OUTBOX_DELAY_MS = 500;")) throw new Error("OUTBOX_DELAY_MS is no longer 500 ms: update this script");
  writeFileSync(outbox, source.replace("export const OUTBOX_DELAY_MS = 500;", `export const OUTBOX_DELAY_MS = ${delayMs};`));
  const stateDir = mkdtempSync(join(tmpdir(), "parley-bench-"));
  const server = await inDir(tree.dir, () => startServer({ stateDir }));
  try {
    const processes = workerdProcesses({ stateDir }, Number(new URL(server.url).port));
    const conv = await liveConversations(server.url, CONVERSATIONS);
    await new Promise((r) => setTimeout(r, 3000)); // the set-up's own outbox writes are done
    const oneMeter = cpuMeter(processes);
    const one = await latencyOneAtATime(conv.lanes, ROUNDS, "one");
    const oneCpu = oneMeter.per(one.samples);
    const manyMeter = cpuMeter(processes);
    const many = await latencyConcurrent(conv.lanes, 4, 4000, "many");
    const manyCpu = manyMeter.per(many.samples);
    conv.close();
    rows.push([
      delayMs === 500 ? "outbox after 500 ms (as shipped)" : "outbox after 30 s (no D1 write while measuring)",
      `${one.p50_ms} / ${one.p99_ms} ms`,
      `${oneCpu.runtime_cpu_ms_per_message} ms`,
      `${many.p50_ms} / ${many.p99_ms} ms`,
      `${manyCpu.runtime_cpu_ms_per_message} ms`,
    ]);
  } finally {
    await server.stop();
    rmSync(stateDir, { recursive: true, force: true });
    tree.remove();
  }
}
grid(
  `Message latency and the runtime's CPU per message, with the work-item outbox's D1 write and without (${CONVERSATIONS} conversations)`,
  ["Parley", "one at a time p50 / p99", "CPU per message", `${CONVERSATIONS} conversations p50 / p99`, "CPU per message"],
  rows,
);
