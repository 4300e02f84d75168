/**
 * Compiles queries and runs them against real D1: a handful of work items and their history, written with
 * plain SQL, and the keys each query finds.
 */
import { env } from "cloudflare:test";
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createSite, type TestSite } from "../../test/fixtures";
import { database } from "../db/client";
import { workItems } from "../db/schema";
import { compileJql, d1JqlContext, JqlValidationError, parseJql, validateJql, type JqlContext } from "./index";

const NOW = Date.UTC(2025, 5, 18, 12, 0); // Wednesday 18 June 2025, 12:00 UTC
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let site: TestSite;
let ctx: JqlContext;

interface Item {
  id: string;
  space: "billing" | "support";
  number: number;
  type: string;
  status: string;
  priority?: string;
  labels?: string[];
  summary: string;
  description?: string;
  assignee?: string | null;
  customer?: string | null;
  reporterAgent?: string | null;
  experience?: string | null;
  channel?: string | null;
  supportMode?: string | null;
  aiOutcome?: string | null;
  created: number;
  updated?: number;
  resolved?: number | null;
}

async function insertItem(item: Item) {
  const space = site[item.space];
  const key = `${item.space === "billing" ? "BILL" : "SUP"}-${item.number}`;
  await env.DB.prepare(
    `INSERT INTO work_items (id, site_id, space_id, number, key, type, status, priority, labels, summary, description,
       assignee_id, reporter_agent_id, customer_id, experience_id, channel, support_mode, ai_outcome, created_at, updated_at, resolved_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
    .bind(
      item.id, site.siteId, space.id, item.number, key, item.type, item.status, item.priority ?? "Medium",
      JSON.stringify(item.labels ?? []), item.summary, item.description ?? "", item.assignee ?? null, item.reporterAgent ?? null,
      item.customer ?? null, item.experience ?? null, item.channel ?? null, item.supportMode ?? null, item.aiOutcome ?? null,
      item.created, item.updated ?? item.created, item.resolved ?? null,
    )
    .run();
}

async function change(item: string, field: string, from: string | null, to: string | null, by: string | null, at: number) {
  await env.DB.prepare(
    `INSERT INTO work_item_changes (site_id, work_item_id, field, from_value, to_value, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
    .bind(site.siteId, item, field, from, to, by, at)
    .run();
}

beforeAll(async () => {
  site = await createSite();
  const { agent, admin } = site;
  await env.DB.batch([
    env.DB.prepare(`INSERT INTO customers (id, site_id, name, email) VALUES (?, ?, 'Casey Customer', 'casey@example.test')`).bind("cu_casey", site.siteId),
    env.DB.prepare(`INSERT INTO customers (id, site_id, name, email) VALUES (?, ?, 'Dana Doe', 'dana@example.test')`).bind("cu_dana", site.siteId),
    env.DB.prepare(
      `INSERT INTO experiences (id, site_id, name, slug, support_mode, channels, space_id, greeting, ai_agent_name)
       VALUES (?, ?, 'Web shop', 'shop', 'ai_team', '["widget"]', ?, 'Hi', 'Parley')`,
    ).bind("ex_shop", site.siteId, site.billing.id),
  ]);
  const c1 = NOW - 2 * DAY;
  await insertItem({
    id: "wi_1", space: "billing", number: 1, type: "Conversation", status: "In progress", priority: "High", labels: ["vip", "Refund"],
    summary: "Refund for order 1042", description: "The parcel never arrived", assignee: agent.id, customer: "cu_casey",
    experience: "ex_shop", channel: "widget", supportMode: "ai_team", aiOutcome: "handed_off", created: c1, updated: NOW - HOUR,
  });
  await change("wi_1", "status", null, "Waiting", null, c1);
  await change("wi_1", "status", "Waiting", "In progress", agent.id, c1 + HOUR);
  await change("wi_1", "assignee", null, agent.id, admin.id, c1 + HOUR);

  const c2 = NOW - 10 * DAY;
  await insertItem({
    id: "wi_2", space: "billing", number: 2, type: "Request", status: "Resolved", priority: "Low",
    summary: "100% off coupon_code broken", customer: "cu_dana", channel: "support_site", supportMode: "team",
    created: c2, updated: NOW - 5 * DAY, resolved: NOW - 5 * DAY,
  });
  await change("wi_2", "status", null, "Open", null, c2);
  await change("wi_2", "status", "Open", "Resolved", admin.id, NOW - 5 * DAY);
  await change("wi_2", "assignee", null, admin.id, admin.id, NOW - 6 * DAY);
  await change("wi_2", "assignee", admin.id, null, admin.id, NOW - 5 * DAY);

  await insertItem({
    id: "wi_3", space: "support", number: 1, type: "Task", status: "Open", priority: "Medium", labels: ["internal"],
    summary: `He said "it's broken"`, assignee: admin.id, reporterAgent: admin.id, created: Date.UTC(2024, 0, 15, 10, 0),
  });

  await env.DB.prepare(`INSERT INTO work_item_comments (id, site_id, work_item_id, author_type, author_id, body) VALUES (?, ?, ?, 'agent', ?, ?)`)
    .bind("co_1", site.siteId, "wi_3", admin.id, "Asked the carrier for a tracking number")
    .run();

  const c4 = NOW - 40 * DAY;
  await insertItem({
    id: "wi_4", space: "billing", number: 3, type: "Conversation", status: "Closed", priority: "Highest", assignee: agent.id,
    summary: "Where is my invoice?", customer: "cu_casey", channel: "widget", supportMode: "ai", aiOutcome: "resolved_by_ai",
    created: c4, updated: c4 + 3 * DAY, resolved: c4 + 3 * DAY,
  });
  await change("wi_4", "status", null, "Waiting", null, c4);
  await change("wi_4", "status", "Waiting", "In progress", agent.id, c4 + DAY);
  await change("wi_4", "assignee", null, agent.id, agent.id, c4 + DAY);
  await change("wi_4", "status", "In progress", "Closed", agent.id, c4 + 3 * DAY);

  ctx = d1JqlContext(database(env.DB), { siteId: site.siteId, agentId: agent.id }, { now: NOW });
});

/** The keys a query finds in this site, in the query's order (or by key). */
async function keys(jql: string, context: JqlContext = ctx): Promise<string[]> {
  const compiled = await compileJql(parseJql(jql), context);
  const rows = await database(env.DB)
    .select({ key: workItems.key })
    .from(workItems)
    .where(and(eq(workItems.siteId, site.siteId), compiled.where))
    .orderBy(...(compiled.orderBy.length > 0 ? compiled.orderBy : [asc(workItems.key)]));
  return rows.map((r) => r.key);
}

async function errors(jql: string): Promise<string[]> {
  return validateJql(parseJql(jql), ctx);
}

describe("compiling JQL to D1 queries", () => {
  it("type = Conversation includes chats and type != Conversation excludes them", async () => {
    expect(await keys("type = Conversation")).toEqual(["BILL-1", "BILL-3"]);
    expect(await keys("type != Conversation")).toEqual(["BILL-2", "SUP-1"]);
    expect(await keys("issuetype in (request, TASK)")).toEqual(["BILL-2", "SUP-1"]);
  });

  it("!= and NOT IN never match an empty field, NOT (… = …) does, as in Jira", async () => {
    expect(await keys(`assignee != "${site.agent.email}"`)).toEqual(["SUP-1"]);
    expect(await keys(`NOT assignee = "${site.agent.email}"`)).toEqual(["BILL-2", "SUP-1"]);
    expect(await keys("channel not in (widget)")).toEqual(["BILL-2"]);
    expect(await keys("not channel in (widget)")).toEqual(["BILL-2", "SUP-1"]);
  });

  it("IS EMPTY, IS NOT EMPTY, = EMPTY and EMPTY in a list", async () => {
    expect(await keys("assignee is empty")).toEqual(["BILL-2"]);
    expect(await keys("assignee IS NOT NULL")).toEqual(["BILL-1", "BILL-3", "SUP-1"]);
    expect(await keys("resolved = empty")).toEqual(["BILL-1", "SUP-1"]);
    expect(await keys("labels is empty")).toEqual(["BILL-2", "BILL-3"]);
    expect(await keys(`assignee in (EMPTY, "Ada Admin")`)).toEqual(["BILL-2", "SUP-1"]);
  });

  it("IN and NOT IN with names, emails, ids and functions", async () => {
    expect(await keys(`assignee in ("Abe Agent", "${site.admin.id}")`)).toEqual(["BILL-1", "BILL-3", "SUP-1"]);
    expect(await keys("assignee = currentUser()")).toEqual(["BILL-1", "BILL-3"]);
    expect(await keys("assignee in membersOf(BILL)")).toEqual(["BILL-1", "BILL-3", "SUP-1"]);
    expect(await keys(`reporter = "casey@example.test"`)).toEqual(["BILL-1", "BILL-3"]);
    expect(await keys(`customer in ("Dana Doe", "${site.admin.email}")`)).toEqual(["BILL-2", "SUP-1"]);
    expect(await keys("project = SUP")).toEqual(["SUP-1"]);
    expect(await keys("space not in (Billing)")).toEqual(["SUP-1"]);
    expect(await keys("experience = shop")).toEqual(["BILL-1"]);
    expect(await keys("key in (bill-2, SUP-1)")).toEqual(["BILL-2", "SUP-1"]);
    expect(await keys("labels = refund")).toEqual(["BILL-1"]);
    expect(await keys("labels not in (vip)")).toEqual(["SUP-1"]);
  });

  it("enums, status categories and priority order", async () => {
    expect(await keys(`status = "in progress"`)).toEqual(["BILL-1"]);
    expect(await keys(`statusCategory = Done`)).toEqual(["BILL-2", "BILL-3"]);
    expect(await keys(`statusCategory = "In Progress"`)).toEqual(["BILL-1"]);
    expect(await keys("priority > Medium")).toEqual(["BILL-1", "BILL-3"]);
    expect(await keys("priority <= medium")).toEqual(["BILL-2", "SUP-1"]);
    expect(await keys("supportMode = ai_team OR aiOutcome = resolved_by_ai")).toEqual(["BILL-1", "BILL-3"]);
    expect(await keys("key > BILL-1")).toEqual(["BILL-2", "BILL-3"]);
  });

  it("dates: relative periods, functions with offsets and Jira's formats", async () => {
    expect(await keys("created >= -3d")).toEqual(["BILL-1"]);
    expect(await keys(`created > "-2w 3d"`)).toEqual(["BILL-1", "BILL-2"]);
    expect(await keys("created < -30d")).toEqual(["BILL-3", "SUP-1"]);
    expect(await keys("updated >= -90m")).toEqual(["BILL-1"]);
    expect(await keys("created >= startOfWeek(-1w) AND created < startOfWeek()")).toEqual(["BILL-2"]);
    expect(await keys(`resolved >= startOfMonth() and resolved <= endOfMonth()`)).toEqual(["BILL-2"]);
    expect(await keys(`resolved < startOfMonth("+0M")`)).toEqual(["BILL-3"]);
    expect(await keys(`created = "2024-01-15"`)).toEqual(["SUP-1"]);
    expect(await keys(`created = "2024/01/15 10:00"`)).toEqual(["SUP-1"]);
    expect(await keys(`created < "2024/01/15"`)).toEqual([]);
    expect(await keys(`created != "2024-01-15"`)).toEqual(["BILL-1", "BILL-2", "BILL-3"]);
    expect(await keys("created > startOfDay(-3d) and created < endOfDay(-2d)")).toEqual(["BILL-1"]);
  });

  it("WAS and WAS NOT, with and without predicates", async () => {
    expect(await keys("status was Waiting")).toEqual(["BILL-1", "BILL-3"]);
    expect(await keys("status was Open")).toEqual(["BILL-2", "SUP-1"]); // SUP-1 has no history: its value now
    expect(await keys("status was not Waiting")).toEqual(["BILL-2", "SUP-1"]);
    expect(await keys(`status was in ("In progress", Resolved) before -20d`)).toEqual(["BILL-3"]);
    expect(await keys(`status was "In progress" on "${new Date(NOW - 39 * DAY).toISOString().slice(0, 10)}"`)).toEqual(["BILL-3"]);
    expect(await keys(`status was Resolved after -1d`)).toEqual(["BILL-2"]);
    expect(await keys(`status was Open during (-7d, -6d)`)).toEqual(["BILL-2", "SUP-1"]);
    expect(await keys(`assignee was "${site.admin.email}"`)).toEqual(["BILL-2", "SUP-1"]);
    expect(await keys(`assignee was empty before -20d`)).toEqual(["BILL-3"]);
    expect(await keys(`assignee was currentUser() by "${site.admin.email}"`)).toEqual(["BILL-1"]);
    expect(await keys(`assignee was not in (currentUser())`)).toEqual(["BILL-2", "SUP-1"]);
  });

  it("CHANGED with FROM, TO, BY and dates; the value an item was created with is not a change", async () => {
    expect(await keys("status changed")).toEqual(["BILL-1", "BILL-2", "BILL-3"]);
    expect(await keys(`status changed from Waiting to "In progress"`)).toEqual(["BILL-1", "BILL-3"]);
    expect(await keys(`status changed from Waiting to "In progress" by currentUser() after -7d`)).toEqual(["BILL-1"]);
    expect(await keys(`status changed to Resolved by "Ada Admin" during ("${new Date(NOW - 6 * DAY).toISOString().slice(0, 10)}", now())`)).toEqual(["BILL-2"]);
    expect(await keys(`status changed before -30d`)).toEqual(["BILL-3"]);
    expect(await keys(`status changed on "-38d 22h"`)).toEqual(["BILL-3"]); // the day that instant falls in
    expect(await keys(`assignee changed from empty`)).toEqual(["BILL-1", "BILL-2", "BILL-3"]);
    expect(await keys(`assignee changed to empty`)).toEqual(["BILL-2"]);
    expect(await keys(`assignee changed by (currentUser(), "Ada Admin") on "${new Date(NOW - 39 * DAY).toISOString().slice(0, 10)}"`)).toEqual(["BILL-3"]);
    expect(await keys(`assignee changed on "${new Date(NOW - 40 * DAY).toISOString().slice(0, 10)}"`)).toEqual([]);
  });

  it("text search: summary ~ is a case-insensitive contains-words match; text ~ also reads the description", async () => {
    expect(await keys("summary ~ REFUND")).toEqual(["BILL-1"]);
    expect(await keys(`summary ~ "order refund"`)).toEqual(["BILL-1"]);
    expect(await keys(`summary ~ "order invoice"`)).toEqual([]);
    expect(await keys(`summary !~ refund`)).toEqual(["BILL-2", "BILL-3", "SUP-1"]);
    expect(await keys(`text ~ parcel`)).toEqual(["BILL-1"]);
    expect(await keys(`text ~ "tracking carrier"`)).toEqual(["SUP-1"]);
    expect(await keys(`text ~ "\\"number for\\""`)).toEqual([]);
    expect(await keys(`text ~ "\\"tracking number\\""`)).toEqual(["SUP-1"]);
  });

  it("matches quotes, % and _ literally: no injection, no wildcard leak", async () => {
    expect(await keys(`summary ~ "100%"`)).toEqual(["BILL-2"]);
    expect(await keys(`summary ~ "%"`)).toEqual(["BILL-2"]);
    expect(await keys(`summary ~ "_"`)).toEqual(["BILL-2"]);
    expect(await keys(`summary ~ "coupon_code"`)).toEqual(["BILL-2"]);
    expect(await keys(`summary ~ "coupon%code"`)).toEqual([]);
    expect(await keys(`summary ~ "\\"it's broken\\""`)).toEqual(["SUP-1"]);
    expect(await keys(`summary ~ 'it\\'s'`)).toEqual(["SUP-1"]);
    expect(await keys(`labels = "x') OR 1=1 --"`)).toEqual([]);
    expect(await keys(`labels in ("vip'; DROP TABLE work_items; --", internal)`)).toEqual(["SUP-1"]);
    expect(await errors(`assignee = "x' OR '1'='1"`)).toEqual([`The value 'x' OR '1'='1' does not exist for the field 'assignee'.`]);
  });

  it("AND binds tighter than OR, NOT tighter than AND, and parentheses regroup", async () => {
    expect(await keys("type = Task OR type = Request AND priority = Low")).toEqual(["BILL-2", "SUP-1"]);
    expect(await keys("(type = Task OR type = Request) AND priority = Low")).toEqual(["BILL-2"]);
    expect(await keys("NOT type = Task AND NOT type = Request")).toEqual(["BILL-1", "BILL-3"]);
    expect(await keys("")).toEqual(["BILL-1", "BILL-2", "BILL-3", "SUP-1"]);
  });

  it("a compiled condition cannot escape the caller's AND", async () => {
    const compiled = await compileJql(parseJql("type = Task OR type = Request OR key = BILL-1"), ctx);
    const rows = await database(env.DB)
      .select({ key: workItems.key })
      .from(workItems)
      .where(and(eq(workItems.spaceId, site.billing.id), compiled.where));
    expect(rows.map((r) => r.key).sort()).toEqual(["BILL-1", "BILL-2"]);
  });

  it("ORDER BY several fields and directions", async () => {
    expect(await keys("order by priority desc")).toEqual(["BILL-3", "BILL-1", "SUP-1", "BILL-2"]);
    expect(await keys("type = Conversation order by created")).toEqual(["BILL-3", "BILL-1"]);
    expect(await keys("order by space desc, key desc")).toEqual(["SUP-1", "BILL-3", "BILL-2", "BILL-1"]);
    expect(await keys("ORDER BY assignee ASC, created DESC")).toEqual(["BILL-1", "BILL-3", "SUP-1", "BILL-2"]);
    expect(await keys("order by status")).toEqual(["SUP-1", "BILL-1", "BILL-2", "BILL-3"]);
  });
});

describe("validating JQL", () => {
  it("reports unknown fields, unsupported operators, missing values and bad dates in Jira's words", async () => {
    expect(await errors("foo = bar")).toEqual(["Field 'foo' does not exist or you do not have permission to view it."]);
    expect(await errors("status ~ open")).toEqual(["The operator '~' is not supported by the 'status' field."]);
    expect(await errors("status = Nope")).toEqual(["The value 'Nope' does not exist for the field 'status'."]);
    expect(await errors(`created > "2024-13-45"`)).toEqual([
      "Date value '2024-13-45' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
    ]);
    expect(await errors("status = empty")).toEqual(["The field 'status' does not support searching for EMPTY values."]);
    expect(await errors("summary was x")).toEqual(["The operator 'was' is not supported by the 'summary' field."]);
    expect(await errors("assignee = nobody AND type = Bug")).toEqual([
      "The value 'nobody' does not exist for the field 'assignee'.",
      "The value 'Bug' does not exist for the field 'type'.",
    ]);
    expect(await errors("key = banana")).toEqual(["The issue key 'banana' for field 'key' is invalid."]);
    expect(await errors("order by foo, labels")).toEqual(["Not able to sort using field 'foo'.", "Field 'labels' does not support sorting."]);
  });

  it("checks functions and history predicates", async () => {
    expect(await errors("assignee = bogus()")).toEqual(["Unable to find JQL function 'bogus()'."]);
    expect(await errors("status = currentUser()")).toEqual(["A value provided by the function 'currentUser' is invalid for the field 'status'."]);
    expect(await errors("created > now(1)")).toEqual(["Function 'now' expected '0' arguments but received '1'."]);
    expect(await errors(`created > startOfDay("invalid")`)).toEqual([
      "Duration for function 'startOfDay' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.",
    ]);
    expect(await errors("assignee in membersOf(nowhere)")).toEqual([
      "Function 'membersOf' can not generate a list of agents for space 'nowhere'; the space does not exist.",
    ]);
    expect(await errors("status changed from fred")).toEqual(["The value 'fred' does not exist for the field 'status'."]);
    expect(await errors(`status changed after "20/12/10"`)).toEqual([
      "Date value '20/12/10' for predicate 'after' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
    ]);
    expect(await errors("status changed after currentUser()")).toEqual(["A date for the predicate 'after' provided by the function 'currentUser' is not valid."]);
    expect(await errors("status changed before (11, 12)")).toEqual(["The BEFORE predicate must be supplied with only 1 date value."]);
    expect(await errors("status changed during 11")).toEqual(["The DURING predicate must be supplied with exactly 2 date values."]);
    expect(await errors("assignee changed by nobody")).toEqual(["The user 'nobody' does not exist and cannot be used in the 'by' predicate."]);
  });

  it("keeps within D1's bound-parameter limit: long lists cost one parameter, too many values are refused", async () => {
    const many = Array.from({ length: 300 }, (_, i) => `label${i}`);
    expect(await keys(`labels in (${many.join(", ")}, internal)`)).toEqual(["SUP-1"]);
    const tooMany = Array.from({ length: 81 }, (_, i) => `labels = l${i}`).join(" OR ");
    expect(await errors(tooMany)).toEqual([
      "The query compares too many values at once (81; at most 80). Group values with IN (...) or split the query.",
    ]);
  });

  it("an empty membersOf() matches nobody; the week can start on Monday", async () => {
    expect(await keys("assignee in membersOf(SUP)")).toEqual([]);
    expect(await keys("assignee not in membersOf(SUP)")).toEqual(["BILL-1", "BILL-3", "SUP-1"]);
    const monday = d1JqlContext(database(env.DB), { siteId: site.siteId, agentId: site.agent.id }, { now: NOW, weekStartsOn: 1 });
    expect(await keys("created >= startOfWeek()", monday)).toEqual(["BILL-1"]);
    expect(await keys("created >= startOfWeek()")).toEqual(["BILL-1"]);
    expect(await keys("created >= startOfWeek(1d)", monday)).toEqual([]);
  });

  it("a key compares within its own prefix, wherever the item lives now (a conversation transferred keeps its key)", async () => {
    // SUP-2 was transferred to Billing support: it lives there under its first key.
    await insertItem({ id: "wi_moved", space: "support", number: 2, type: "Conversation", status: "Open", summary: "Moved", created: NOW - DAY });
    await env.DB.prepare("UPDATE work_items SET space_id = ? WHERE id = 'wi_moved'").bind(site.billing.id).run();
    expect(await keys("key = SUP-2")).toEqual(["SUP-2"]);
    expect(await keys("key > SUP-1")).toEqual(["SUP-2"]);
    expect(await keys("key >= BILL-2")).toEqual(["BILL-2", "BILL-3"]);
    expect(await keys("key <= BILL-2")).toEqual(["BILL-1", "BILL-2"]);
    await env.DB.prepare("DELETE FROM work_items WHERE id = 'wi_moved'").run();
  });

  it("compileJql throws the same errors; a valid query has none", async () => {
    await expect(compileJql(parseJql("status = Nope"), ctx)).rejects.toThrow(JqlValidationError);
    expect(await errors("type = Conversation AND assignee = currentUser() ORDER BY created DESC")).toEqual([]);
  });
});
