/**
 * Queries that parse and validate must never answer 500: nesting and size are bounded with Jira-style
 * messages, and the deepest and largest queries the bounds allow run on D1 itself.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { call, createSite, signIn, type TestSite } from "../../test/fixtures";
import { MAX_CLAUSES, MAX_NESTING } from "./limits";

let site: TestSite;
let agent: string;
let admin: string;
beforeAll(async () => {
  site = await createSite();
  agent = await signIn(site.agent.email);
  admin = await signIn(site.admin.email);
  await call("POST", "/api/work-items", { cookie: admin, body: { spaceId: site.billing.id, type: "Task", summary: "Check refund", labels: ["x"] } });
});

const search = (jql: string, cookie = agent) => call("GET", `/api/search?jql=${encodeURIComponent(jql)}`, { cookie });
const parse = (jql: string, validation = "strict") => call("POST", `/api/jql/parse?validation=${validation}`, { cookie: agent, body: { queries: [jql] } });

const nots = (n: number, clause = "status = Open") => `${"NOT ".repeat(n)}${clause}`;
const parens = (n: number, clause = "a = b") => `${"(".repeat(n)}${clause}${")".repeat(n)}`;
const deep = `The query nests more than ${MAX_NESTING} levels of parentheses, AND, OR and NOT. Write it with fewer levels.`;

describe("JQL depth and size limits", () => {
  it("50 nested NOTs answer 400 with Jira's words on /api/search and /api/jql/parse, not D1's 500", async () => {
    const res = await search(nots(50));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(`Error in the JQL Query: ${deep} (line 1, character 81)`);
    const parsed = await parse(nots(50));
    expect(parsed.status).toBe(200);
    expect(parsed.body.queries[0].errors).toEqual([`Error in the JQL Query: ${deep} (line 1, character 81)`]);
  });

  it("about 1,000 nested parentheses (or '!') answer 400 instead of overflowing the parser's stack", async () => {
    for (const jql of [parens(990), `${"!".repeat(1990)}a = b`, `a in ${parens(990, "b")}`]) {
      expect(jql.length).toBeLessThanOrEqual(2000);
      const parsed = await parse(jql, "none");
      expect(parsed.status, jql.slice(0, 12)).toBe(200);
      expect(parsed.body.queries[0].errors[0]).toMatch(/^Error in the JQL Query: The query nests more than 20 levels/);
      const res = await search(jql);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/nests more than 20 levels/);
    }
  });

  it("refuses more clauses than the limit, naming where", async () => {
    const many = Array.from({ length: MAX_CLAUSES + 1 }, () => "key = BILL-1").join(" OR ");
    const res = await call("POST", "/api/jql/parse?validation=none", { cookie: agent, body: { queries: [many] } });
    expect(res.body.queries[0].errors).toEqual([`Error in the JQL Query: The query has more than ${MAX_CLAUSES} clauses. Split it into smaller queries. (line 1, character 1601)`]);
  });

  it("the deepest and the largest queries the limits allow run on D1", async () => {
    const allowed = [
      nots(MAX_NESTING),
      nots(MAX_NESTING - 1, "status WAS IN (Open, Resolved) BY currentUser() DURING (-30d, now()) AND assignee CHANGED FROM EMPTY TO currentUser() AFTER -1w"),
      parens(MAX_NESTING, "status = Open"),
      Array.from({ length: MAX_CLAUSES }, () => "labels is EMPTY").join(" OR "),
      Array.from({ length: MAX_CLAUSES }, () => "labels is EMPTY").join(" AND "),
      // OR and AND alternating, each level a NOT of two clauses: the tree is MAX_NESTING deep.
      Array.from({ length: MAX_NESTING / 2 }).reduce<string>((inner, _, i) => `NOT (labels = x ${i % 2 ? "AND" : "OR"} ${inner})`, "summary ~ refund"),
      // As deep, each level five clauses wide, around a history clause.
      Array.from({ length: MAX_NESTING / 2 }).reduce<string>((inner) => `NOT (labels = x OR labels = y OR status = Open OR priority = High OR ${inner})`, "status WAS Open BY currentUser()"),
    ];
    for (const jql of allowed) {
      expect(jql.length, jql).toBeLessThanOrEqual(2000);
      const res = await search(jql);
      expect(res.status, `${jql.slice(0, 80)} ${JSON.stringify(res.body).slice(0, 300)}`).toBe(200);
    }
    expect((await search(nots(MAX_NESTING + 1))).status).toBe(400);
  });

  it("a queue with such a query is refused on save; one stored before shows its error in the list, never 0, and its items answer 400", async () => {
    const saved = await call("POST", `/api/spaces/${site.billing.id}/queues`, { cookie: admin, body: { name: "Deep", jql: nots(50) } });
    expect(saved.status).toBe(400);
    expect(saved.body.error.message).toMatch(/nests more than 20 levels/);
    const good = await call("POST", `/api/spaces/${site.billing.id}/queues`, { cookie: admin, body: { name: "Tasks", jql: "type = Task" } });
    expect(good.status).toBe(201);
    const patched = await call("PATCH", `/api/queues/${good.body.id}`, { cookie: admin, body: { jql: parens(990) } });
    expect(patched.status).toBe(400);
    // A queue stored before the limits existed.
    await env.DB.prepare("INSERT INTO queues (id, site_id, space_id, name, jql, position) VALUES ('q_old_deep', ?, ?, 'Old deep', ?, 5)")
      .bind(site.siteId, site.billing.id, nots(50))
      .run();
    const list = await call("GET", `/api/spaces/${site.billing.id}/queues`, { cookie: agent });
    expect(list.status).toBe(200);
    expect(list.body.queues.map((q: { name: string; count: number | null; countError: string | null }) => [q.name, q.count, q.countError])).toEqual([
      ["Tasks", 1, null],
      ["Old deep", null, `Error in the JQL Query: ${deep} (line 1, character 81)`],
    ]);
    const items = await call("GET", "/api/queues/q_old_deep/items", { cookie: agent });
    expect(items.status).toBe(400);
    expect(items.body.error.message).toMatch(/nests more than 20 levels/);
  });
});
