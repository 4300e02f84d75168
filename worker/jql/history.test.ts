/**
 * WAS without predicates reads the changes by value (history.ts: the value now, or a change from one of the
 * values) instead of building each item's intervals. On histories the app writes — each change starts from
 * the value the one before set, the last one sets the current value — both readings must find the same
 * items: checked here on generated histories, against the interval reading forced by a predicate that
 * narrows nothing (AFTER a day before any item existed), and for the count's form of the condition too.
 */
import { env } from "cloudflare:test";
import { and, asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createSite, type TestSite } from "../../test/fixtures";
import { database } from "../db/client";
import { workItems } from "../db/schema";
import { compileJql, d1JqlContext, parseJql, type JqlContext } from "./index";

const NOW = Date.UTC(2025, 5, 18, 12, 0);
const HOUR = 3_600_000;
const STATUSES = ["Open", "Waiting", "In progress", "Resolved", "Closed"];

let site: TestSite;
let ctx: JqlContext;

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return { next, pick: <T>(list: T[]): T => list[Math.floor(next() * list.length)]! };
}

beforeAll(async () => {
  site = await createSite();
  const agents = [site.admin.id, site.agent.id];
  const { next, pick } = random(7);
  const statements: D1PreparedStatement[] = [];
  const change = (item: string, field: string, from: string | null, to: string | null, at: number) =>
    env.DB.prepare(`INSERT INTO work_item_changes (site_id, work_item_id, field, from_value, to_value, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, NULL, ?)`).bind(
      site.siteId,
      item,
      field,
      from,
      to,
      at,
    );
  for (let n = 1; n <= 80; n++) {
    const id = `wi_hist_${n}`;
    const created = NOW - Math.floor(next() * 60) * 24 * HOUR;
    // Status: usually recorded at creation (from nothing), sometimes not; then a chain of changes. Every
    // eighth item has no history at all (its value now is all there is).
    let status = pick(STATUSES);
    let at = created;
    const history = n % 8 !== 0;
    if (history && next() < 0.8) statements.push(change(id, "status", null, status, created));
    for (let k = history ? Math.floor(next() * 5) : 0; k > 0; k--) {
      const to = pick(STATUSES.filter((s) => s !== status));
      at += next() < 0.2 ? 0 : Math.floor(next() * 48) * HOUR; // same-instant changes happen too
      statements.push(change(id, "status", status, to, at));
      status = to;
    }
    // Assignee: unassigned or assigned at creation (recorded or not), then reassigned, unassigned…
    let assignee: string | null = next() < 0.4 ? null : pick(agents);
    at = created;
    if (assignee && next() < 0.7) statements.push(change(id, "assignee", null, assignee, created));
    for (let k = Math.floor(next() * 4); k > 0; k--) {
      const to = pick([null, ...agents].filter((a) => a !== assignee));
      at += 1 + Math.floor(next() * 48) * HOUR;
      statements.push(change(id, "assignee", assignee, to, at));
      assignee = to;
    }
    statements.unshift(
      env.DB.prepare(
        `INSERT INTO work_items (id, site_id, space_id, number, key, type, status, summary, assignee_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'Task', ?, 'History', ?, ?, ?)`,
      ).bind(id, site.siteId, site.billing.id, n, `BILL-${n}`, status, assignee, created, Math.max(at, created)),
    );
  }
  await env.DB.batch(statements);
  ctx = d1JqlContext(database(env.DB), { siteId: site.siteId, agentId: site.agent.id }, { now: NOW });
});

async function run(jql: string) {
  const compiled = await compileJql(parseJql(jql), ctx);
  const db = database(env.DB);
  const inSite = (where: typeof compiled.where) => and(eq(workItems.siteId, site.siteId), where);
  const rows = await db.select({ key: workItems.key }).from(workItems).where(inSite(compiled.where)).orderBy(asc(workItems.number));
  const count = await db.select({ n: sql<number>`count(*)` }).from(workItems).where(inSite(compiled.countWhere)).get();
  const text = db.select().from(workItems).where(compiled.where).toSQL().sql + db.select().from(workItems).where(compiled.countWhere).toSQL().sql;
  return { keys: rows.map((r) => r.key), count: count?.n, intervals: text.includes("lead(") };
}

/** The fast reading (no predicate) against the interval reading, for the page's and the count's forms. */
async function expectSameAsIntervals(clause: string) {
  const fast = await run(clause);
  const reference = await run(`${clause} AFTER "1970/01/02"`);
  expect(fast.intervals, clause).toBe(false);
  expect(reference.intervals, clause).toBe(true);
  expect(fast.keys, clause).toEqual(reference.keys);
  expect(fast.count, clause).toBe(reference.keys.length);
  expect(reference.count, clause).toBe(reference.keys.length);
}

describe("WAS without predicates", () => {
  it("finds what the intervals find, for every status, one or several, WAS and WAS NOT", async () => {
    for (const status of STATUSES) {
      await expectSameAsIntervals(`status WAS "${status}"`);
      await expectSameAsIntervals(`status WAS NOT "${status}"`);
    }
    await expectSameAsIntervals(`status WAS IN (Waiting, "In progress")`);
    await expectSameAsIntervals(`status WAS NOT IN (Open, Closed)`);
    expect((await run(`status WAS Waiting`)).keys.length).toBeGreaterThan(0);
    expect((await run(`status WAS NOT Waiting`)).keys.length).toBeGreaterThan(0);
  });

  it("finds what the intervals find for assignees, including the unassigned now or then", async () => {
    await expectSameAsIntervals(`assignee WAS "${site.admin.email}"`);
    await expectSameAsIntervals(`assignee WAS NOT currentUser()`);
    await expectSameAsIntervals(`assignee WAS IN ("${site.admin.email}", currentUser())`);
    await expectSameAsIntervals(`assignee WAS NOT IN ("${site.admin.email}", currentUser())`);
    await expectSameAsIntervals(`NOT assignee WAS currentUser() AND status WAS Open`);
  });

  it("keeps the interval reading where EMPTY is asked for", async () => {
    const empty = await run(`assignee WAS EMPTY`);
    expect(empty.intervals).toBe(true);
    expect(empty.count).toBe(empty.keys.length);
    expect(empty.keys.length).toBeGreaterThan(0);
  });
});
