/**
 * Queue benchmark: a space with 100,000 work items (and their status history: Open, then In progress, then
 * their status now, each change starting from the value the one before set), five typical queue filters,
 * median and p99 time of a queue page (GET /api/queues/:id/items: the count and the first 50 rows) over
 * HTTP against the product as `npm start` runs it. Bounded; stops by itself.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_PASSWORD } from "../scripts/demo/seed.ts";
import { startServer } from "../e2e/server.ts";
import { ApiClient } from "./lib/client.ts";
import { percentile, round, table } from "./lib/stats.ts";

export const QUEUE_FILTERS: Record<string, string> = {
  "waiting chats": "type = Conversation AND status = Waiting ORDER BY created ASC",
  "my open items": "assignee = currentUser() AND status != Closed ORDER BY updated DESC",
  "urgent requests": "type != Conversation AND priority in (High, Highest) ORDER BY priority DESC, created ASC",
  "last 7 days": "created >= -7d ORDER BY created DESC",
  "was in progress": 'status WAS "In progress" AND updated >= -30d ORDER BY updated DESC',
};

const AGENTS = ["ag_admin", "ag_ana", "ag_ben", "ag_cy"];
const STATUSES = ["Open", "Waiting", "In progress", "Resolved", "Closed"];
const PRIORITIES = ["Highest", "High", "Medium", "Low", "Lowest"];

/** 100,000 work items in the demo's Billing space, as SQL for `wrangler d1 execute --file`. */
function workItemsSql(count: number, now: number): string {
  const lines: string[] = [];
  let rand = 42;
  const next = () => (rand = (rand * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  for (let start = 0; start < count; start += 500) {
    const items: string[] = [];
    const changes: string[] = [];
    for (let i = start; i < Math.min(count, start + 500); i++) {
      const n = i + 1;
      const type = next() < 0.6 ? "Conversation" : next() < 0.75 ? "Request" : "Task";
      const status = pick(STATUSES);
      const created = Math.floor(now - next() * 90 * 86_400_000);
      const updated = Math.floor(created + next() * (now - created));
      const assignee = next() < 0.8 ? `'${pick(AGENTS)}'` : "NULL";
      items.push(
        `('bench_${n}','site_acme','sp_billing',${n},'BILL-${n}','${type}','${status}','${pick(PRIORITIES)}','Benchmark item ${n}',${assignee},${created},${updated})`,
      );
      // The history the app would have written: created Open, then In progress, then where it is now.
      changes.push(`('site_acme','bench_${n}','status',NULL,'Open',${created})`);
      if (status !== "Open") {
        const started = status === "In progress" ? updated : Math.floor((created + updated) / 2);
        changes.push(`('site_acme','bench_${n}','status','Open','In progress',${started})`);
        if (status !== "In progress") changes.push(`('site_acme','bench_${n}','status','In progress','${status}',${updated})`);
      }
    }
    lines.push(
      `INSERT INTO work_items (id, site_id, space_id, number, key, type, status, priority, summary, assignee_id, created_at, updated_at) VALUES ${items.join(",")};`,
      `INSERT INTO work_item_changes (site_id, work_item_id, field, from_value, to_value, changed_at) VALUES ${changes.join(",")};`,
    );
  }
  return lines.join("\n");
}

function wrangler(args: string[]): void {
  const result = spawnSync(join(process.cwd(), "node_modules", ".bin", "wrangler"), args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, WRANGLER_SEND_METRICS: "false" } });
  if (result.status !== 0) throw new Error(`wrangler ${args.join(" ")} failed`);
}

export interface QueueFigures {
  items: number;
  /** Per filter: Parley's queue page, and the same page by one hand-written indexed SQL statement (the floor). */
  filters: Record<string, { p50_ms: number; p99_ms: number; count: number; sql_p50_ms: number; sql_p99_ms: number; ratio_p50: number }>;
  /** The largest of the five p50 ratios. */
  max_ratio_p50: number;
}

/** Prepares a state folder with the demo site and `count` work items, ready for `startServer({ stateDir })`. */
export async function prepareQueueState(count = 100_000): Promise<string> {
  const stateDir = mkdtempSync(join(tmpdir(), "parley-bench-"));
  process.env.PARLEY_STATE_DIR = stateDir;
  const { applyLocalMigrations, seedDemoSite } = await import("../scripts/local-db.ts");
  applyLocalMigrations();
  await seedDemoSite();
  const file = join(stateDir, "bench-items.sql");
  writeFileSync(file, workItemsSql(count, Date.now()));
  wrangler(["d1", "execute", "DB", "--local", "--persist-to", stateDir, "--file", file]);
  delete process.env.PARLEY_STATE_DIR;
  return stateDir;
}

/** Median and p99 of `rounds` fetches (pages 1 to 3 in turn), after one to warm up; answers the last total. */
async function timed(rounds: number, fetchPage: (page: number) => Promise<{ total: number }>) {
  await fetchPage(1);
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    total = (await fetchPage(1 + (i % 3))).total;
    times.push(performance.now() - t0);
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99), total };
}

export async function queueBench(base: string, count: number, rounds = 30): Promise<QueueFigures> {
  const ana = await new ApiClient(base).signIn("ana@acme.test", DEMO_PASSWORD);
  const admin = await new ApiClient(base).signIn("admin@acme.test", DEMO_PASSWORD);
  const filters: QueueFigures["filters"] = {};
  for (const [name, jql] of Object.entries(QUEUE_FILTERS)) {
    const queue = await admin.call("POST", "/api/spaces/sp_billing/queues", { name: `Bench: ${name}`, jql });
    // Interleaved, so both meet the same machine.
    const parley = await timed(rounds, (page) => ana.call("GET", `/api/queues/${queue.id}/items?page=${page}`));
    const floor = await timed(rounds, (page) => ana.call("GET", `/api/bench/queue-page?filter=${encodeURIComponent(name)}&spaceId=sp_billing&page=${page}`));
    if (floor.total !== parley.total) throw new Error(`queue bench: the SQL floor counts ${floor.total} for "${name}", Parley ${parley.total}`);
    filters[name] = {
      p50_ms: round(parley.p50),
      p99_ms: round(parley.p99),
      count: parley.total,
      sql_p50_ms: round(floor.p50),
      sql_p99_ms: round(floor.p99),
      ratio_p50: round(parley.p50 / floor.p50, 2),
    };
  }
  return { items: count, filters, max_ratio_p50: Math.max(...Object.values(filters).map((f) => f.ratio_p50)) };
}

if (import.meta.main) {
  const count = Number(process.env.BENCH_QUEUE_ITEMS ?? 100_000);
  const stateDir = await prepareQueueState(count);
  const server = await startServer({ stateDir, vars: { BENCH_ROUTES: "1" } });
  try {
    const figures = await queueBench(server.url, count);
    table(`Queue page over ${count.toLocaleString("en")} work items (GET /api/queues/:id/items, 50 rows + count)`, Object.entries(figures.filters).map(([k, v]) => [k, `p50 ${v.p50_ms} ms (SQL ${v.sql_p50_ms} ms, ${v.ratio_p50}×), p99 ${v.p99_ms} ms (${v.count} items)`]));
  } finally {
    await server.stop();
    rmSync(stateDir, { recursive: true, force: true });
  }
}
