/**
 * The query plans of queue pages (run.ts: a count and a page of 50 rows), read with EXPLAIN QUERY PLAN from
 * D1 itself: the benchmark's filters (bench/queues.ts) must each count from an index alone and read the
 * page in ORDER BY order off an index, rather than reading every work item of the space or sorting every match.
 * Like the benchmark's database, this one has no ANALYZE statistics: SQLite plans from the schema alone.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createSite, type TestSite } from "../../test/fixtures";
import { database } from "../db/client";
import { compileJql, d1JqlContext, parseJql } from "./index";
import { pageQueries } from "./run";

let site: TestSite;

beforeAll(async () => {
  site = await createSite();
  const insert = env.DB.prepare(
    `INSERT INTO work_items (id, site_id, space_id, number, key, type, status, priority, summary, assignee_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Planned', ?, ?, ?)`,
  );
  const types = ["Conversation", "Request", "Task"];
  const statuses = ["Open", "Waiting", "In progress", "Resolved", "Closed"];
  const priorities = ["Highest", "High", "Medium", "Low", "Lowest"];
  const now = Date.now();
  await env.DB.batch(
    Array.from({ length: 30 }, (_, i) =>
      insert.bind(`wi_plan_${i}`, site.siteId, site.billing.id, i + 1, `BILL-${i + 1}`, types[i % 3], statuses[i % 5], priorities[i % 5], i % 2 ? site.agent.id : null, now - i * 86_400_000, now - i * 3_600_000),
    ),
  );
});

interface Plan {
  count: string[];
  rows: string[];
}

async function explain(query: { sql: string; params: unknown[] }): Promise<string[]> {
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
    .bind(...query.params)
    .all<{ detail: string }>();
  return results.map((r) => r.detail);
}

async function plan(jql: string): Promise<Plan> {
  const db = database(env.DB);
  const spaceIds = [site.billing.id];
  const compiled = await compileJql(parseJql(jql), d1JqlContext(db, { siteId: site.siteId, agentId: site.agent.id }, { spaceIds }));
  const queries = pageQueries(db, spaceIds, compiled, { page: 2, pageSize: 50, dir: "desc" });
  return { count: await explain(queries.count.toSQL()), rows: await explain(queries.rows.toSQL()) };
}

/**
 * Reads work_items through this index only, and (for a page) sorts at most ties of its order. An index on the
 * virtual priority_rank column is read alone too (the table is only read for columns the index lacks, which
 * a count needs none of), but EXPLAIN QUERY PLAN does not call it covering.
 */
function expectIndexed({ count, rows }: Plan, index: string, covering = "COVERING ") {
  expect(count).toContainEqual(expect.stringMatching(new RegExp(`^SEARCH work_items USING ${covering}INDEX ${index} \\(space_id=\\?`)));
  expect(rows).toContainEqual(expect.stringMatching(new RegExp(`^SEARCH work_items USING (COVERING )?INDEX ${index} \\(space_id=\\?`)));
  for (const step of [...count, ...rows]) {
    expect(step).not.toMatch(/^SCAN work_items/);
    // Ties of the last ORDER BY term (the page's `id DESC` tie-break) are sorted; never every match.
    expect(step).not.toMatch(/^USE TEMP B-TREE FOR (ORDER BY|LAST \d+ TERMS)/);
  }
}

describe("queue page plans", () => {
  it("type and status: the count from the index, the page in created order", async () => {
    expectIndexed(await plan("type = Conversation AND status = Waiting ORDER BY created ASC"), "work_items_space_type_status_created");
  });

  it("an assignee's open items in updated order", async () => {
    expectIndexed(await plan("assignee = currentUser() AND status != Closed ORDER BY updated DESC"), "work_items_space_assignee_updated");
  });

  it("priorities by rank, most urgent and oldest first", async () => {
    const urgent = await plan("type != Conversation AND priority in (High, Highest) ORDER BY priority DESC, created ASC");
    expectIndexed(urgent, "work_items_space_priority_created", "");
    expect(urgent.count[0]).toMatch(/\(space_id=\? AND priority_rank=\?\)$/);
    expectIndexed(await plan("priority >= High ORDER BY priority DESC, created ASC"), "work_items_space_priority_created", "");
  });

  it("recent items", async () => {
    expectIndexed(await plan("created >= -7d ORDER BY created DESC"), "work_items_space_created");
  });

  it("WAS: the count reads the changes by value once, the page looks up the rows it reads", async () => {
    const was = await plan(`status WAS "In progress" AND updated >= -30d ORDER BY updated DESC`);
    expectIndexed(was, "work_items_space_updated");
    expect(was.count).toContainEqual(expect.stringMatching(/^SEARCH c USING COVERING INDEX changes_field_from_item \(field=\? AND from_value=\?\)$/));
    expect(was.count.join("\n")).not.toMatch(/CORRELATED/);
    expect(was.rows).toContainEqual(expect.stringMatching(/^SEARCH c USING COVERING INDEX changes_field_from_item \(field=\? AND from_value=\? AND work_item_id=\?\)$/));
  });
});
