/**
 * The work-item store against D1: key numbering, history and comments for the routes, and every write the
 * conversation actor's projector needs — each idempotent, so a retried batch changes nothing twice.
 */
import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createSite, type TestSite } from "../../test/fixtures";
import { database } from "../db/client";
import { customers, experiences, knowledgeGaps, workItemComments, workItems } from "../db/schema";
import { runBatch, workItemStore, type ConversationSnapshot } from "./store";

const db = database(env.DB);
const store = workItemStore(db);
let site: TestSite;
let billing: { id: string; key: string };
const T0 = Date.UTC(2026, 10, 1, 9, 0);

beforeAll(async () => {
  site = await createSite();
  billing = { id: site.billing.id, key: "BILL" };
  await db.insert(customers).values({ id: "cu_store", siteId: site.siteId, name: "Store Customer" });
  await db.insert(experiences).values({
    id: "exp_store",
    siteId: site.siteId,
    name: "Store chat",
    slug: `store-${site.siteId.slice(-8)}`,
    supportMode: "ai_team",
    channels: ["widget"],
    spaceId: billing.id,
    greeting: "Hi",
    aiAgentName: "AI",
  });
});

const item = (id: string, at = T0) => ({
  id,
  siteId: site.siteId,
  space: billing,
  type: "Task" as const,
  priority: "Medium",
  labels: [],
  summary: `Item ${id}`,
  description: "",
  assigneeId: null,
  reporterAgentId: site.agent.id,
  customerId: null,
  at,
});

const snapshot = (version: number, extra: Partial<ConversationSnapshot> = {}): ConversationSnapshot => ({
  id: "cv_store",
  siteId: site.siteId,
  space: billing,
  version,
  status: "Open",
  summary: "Where is my refund?",
  customerId: "cu_store",
  experienceId: "exp_store",
  channel: "widget",
  supportMode: "ai_team",
  outcome: null,
  handoffReason: null,
  handoffDetail: null,
  aiTurns: 0,
  messageCount: 1,
  assigneeId: null,
  page: null,
  rating: null,
  createdAt: T0,
  updatedAt: T0 + version,
  resolvedAt: null,
  ...extra,
});

const row = (id: string) => db.select().from(workItems).where(eq(workItems.id, id)).get();

describe("the work-item store", () => {
  it("numbers keys per space, shared by every writer: Tasks, conversations and Requests", async () => {
    const [, , key] = await runBatch(db, [store.create(item("wi_s1")), store.create(item("wi_s2")), store.keyOf("wi_s2")]);
    expect(key).toEqual([{ key: "BILL-2" }]);
    const [, conversationKey] = await runBatch(db, [store.upsertConversation(snapshot(1)), store.keyOf("cv_store")]);
    expect(conversationKey).toEqual([{ key: "BILL-3" }]);
    const request = { id: "req_store", siteId: site.siteId, space: billing, summary: "Call me", description: "Transcript", customerId: "cu_store", experienceId: "exp_store", channel: "widget" as const, supportMode: "ai" as const, at: T0 };
    await runBatch(db, [store.insertRequestOnce(request)]);
    expect((await row("req_store"))).toMatchObject({ key: "BILL-4", number: 4, type: "Request", status: "Open", experienceId: "exp_store" });
    // The other space counts on its own.
    await runBatch(db, [store.create({ ...item("wi_sup"), space: { id: site.support.id, key: "SUP" } })]);
    expect((await row("wi_sup"))?.key).toBe("SUP-1");
  });

  it("a conversation's snapshot updates its work item only when newer, and keeps its key", async () => {
    await runBatch(db, [store.upsertConversation(snapshot(5, { status: "In progress", assigneeId: site.agent.id, messageCount: 7 }))]);
    expect(await row("cv_store")).toMatchObject({ key: "BILL-3", status: "In progress", assigneeId: site.agent.id, messageCount: 7, sourceVersion: 5 });
    // An older or equal version (a retried outbox after a later write) changes nothing.
    for (const version of [4, 5]) {
      await runBatch(db, [store.upsertConversation(snapshot(version, { status: "Waiting", messageCount: 2 }))]);
      expect(await row("cv_store")).toMatchObject({ status: "In progress", messageCount: 7, sourceVersion: 5 });
    }
    await runBatch(db, [store.upsertConversation(snapshot(9, { status: "Resolved", outcome: "resolved_by_agent", resolvedAt: T0 + 9 }))]);
    expect(await row("cv_store")).toMatchObject({ key: "BILL-3", number: 3, status: "Resolved", aiOutcome: "resolved_by_agent", resolvedAt: T0 + 9, experienceId: "exp_store" });
  });

  it("a conversation moved to another space keeps its key, and neither space's next key takes it or skips a number", async () => {
    const support = { id: site.support.id, key: "SUP" };
    const moved = (version: number, space = support) => ({ ...snapshot(version, { space }), id: "cv_moved" });
    await runBatch(db, [store.upsertConversation(moved(1))]);
    const key = (await row("cv_moved"))!.key;
    // Transferred to Billing support: the item moves, its key stays.
    await runBatch(db, [store.upsertConversation(moved(2, billing))]);
    expect(await row("cv_moved")).toMatchObject({ key, spaceId: billing.id });
    // The space it left numbers on from its own keys; the space it joined too.
    const [, , supportKey, billingKey] = await runBatch(db, [
      store.create({ ...item("wi_after_sup"), space: support }),
      store.create(item("wi_after_bill")),
      store.keyOf("wi_after_sup"),
      store.keyOf("wi_after_bill"),
    ]);
    expect(supportKey).toEqual([{ key: `SUP-${Number(key.split("-")[1]) + 1}` }]);
    const billingNumbers = (await db.select({ key: workItems.key }).from(workItems).where(eq(workItems.siteId, site.siteId)).all())
      .map((r) => r.key)
      .filter((k) => k.startsWith("BILL-"))
      .map((k) => Number(k.slice(5)))
      .sort((a, b) => a - b);
    expect(billingKey).toEqual([{ key: `BILL-${billingNumbers.length}` }]);
    expect(billingNumbers).toEqual(billingNumbers.map((_, i) => i + 1));
  });

  it("a Request from a conversation is inserted once, however often the batch is retried", async () => {
    const request = { id: "req_once", siteId: site.siteId, space: billing, summary: "Email me", description: "…", customerId: "cu_store", experienceId: null, channel: "widget" as const, supportMode: "ai" as const, at: T0 };
    const first = await runBatch(db, [store.insertRequestOnce(request), store.keyOf("req_once")]);
    const again = await runBatch(db, [store.insertRequestOnce({ ...request, summary: "changed" }), store.keyOf("req_once")]);
    expect(again[1]).toEqual(first[1]);
    expect((await row("req_once"))?.summary).toBe("Email me");
  });

  it("a deleted experience leaves the link empty instead of failing the write", async () => {
    await runBatch(db, [store.upsertConversation({ ...snapshot(1), id: "cv_gone", experienceId: "exp_deleted" })]);
    expect((await row("cv_gone"))?.experienceId).toBeNull();
  });

  it("field changes and comments with a dedupe key are stored once; without one, each is stored", async () => {
    const change = { siteId: site.siteId, workItemId: "cv_store", field: "status" as const, from: "Open", to: "Waiting", by: null, at: T0 + 1, dedupeKey: "cv_store:1" };
    await runBatch(db, [store.addChange(change), store.addChange(change)]);
    await runBatch(db, [store.addChange(change)]);
    expect(await store.history("cv_store", "status")).toEqual([{ from: "Open", to: "Waiting", by: null, at: T0 + 1 }]);
    const manual = { siteId: site.siteId, workItemId: "wi_s1", field: "assignee" as const, from: null, to: site.agent.id, by: site.admin.id, at: T0 + 2 };
    await runBatch(db, [store.addChange(manual), store.addChange({ ...manual, from: site.agent.id, to: null, at: T0 + 3 })]);
    expect((await store.history("wi_s1", "assignee")).map((h) => h.to)).toEqual([site.agent.id, null]);

    const comment = { id: "cmt_store", siteId: site.siteId, workItemId: "cv_store", authorType: "ai" as const, authorId: null, body: "Transcript of the AI part", at: T0 + 4, dedupeKey: "cv_store:2" };
    await runBatch(db, [store.addComment(comment)]);
    await runBatch(db, [store.addComment({ ...comment, id: "cmt_store_retry" })]);
    await runBatch(db, [store.addComment({ ...comment, id: "cmt_agent", authorType: "agent", authorId: site.agent.id, body: "Called back", at: T0 + 5, dedupeKey: undefined })]);
    expect((await store.comments("cv_store")).map((c) => [c.id, c.authorName, c.body])).toEqual([
      ["cmt_store", null, "Transcript of the AI part"],
      ["cmt_agent", "Abe Agent", "Called back"],
    ]);
    expect(await db.select().from(workItemComments).where(eq(workItemComments.id, "cmt_store_retry")).get()).toBeUndefined();
  });

  it("sets a customer's email only on their site's row, adds a knowledge gap once, and turns a resolved-by-AI conversation back", async () => {
    const other = await createSite();
    await runBatch(db, [store.setCustomerEmail(other.siteId, "cu_store", "intruder@example.test")]);
    await runBatch(db, [store.setCustomerEmail(site.siteId, "cu_store", "store@example.test")]);
    expect((await db.select().from(customers).where(eq(customers.id, "cu_store")).get())?.email).toBe("store@example.test");

    const gap = { id: "gap_store", siteId: site.siteId, conversationId: "cv_store", question: "Do you ship to Mars?", topic: "mars ship", at: T0 };
    await runBatch(db, [store.addKnowledgeGap(gap), store.addKnowledgeGap({ ...gap, question: "again" })]);
    expect(await db.select({ question: knowledgeGaps.question }).from(knowledgeGaps).where(eq(knowledgeGaps.id, "gap_store"))).toEqual([{ question: "Do you ship to Mars?" }]);

    await runBatch(db, [store.upsertConversation({ ...snapshot(1), id: "cv_ai", status: "Resolved", outcome: "resolved_by_ai", resolvedAt: T0 + 10 })]);
    expect(await store.resolvedByAiSince("cu_store", "cv_new", T0)).toEqual([{ id: "cv_ai", summary: "Where is my refund?" }]);
    expect(await store.resolvedByAiSince("cu_store", "cv_ai", T0)).toEqual([]);
    await runBatch(db, [store.reopenResolvedByAi("cv_ai", T0 + 20)]);
    expect(await row("cv_ai")).toMatchObject({ aiOutcome: "unresolved", updatedAt: T0 + 20 });
  });

  it("an update and its history go in one batch: when a history row fails, the update is not kept", async () => {
    await env.DB.prepare(
      `CREATE TRIGGER store_test_refuse BEFORE INSERT ON work_item_changes WHEN NEW.to_value = 'Refused' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
    ).run();
    const at = T0 + 100;
    await expect(
      runBatch(db, [store.update("wi_s2", { status: "Closed" }, at), store.addChange({ siteId: site.siteId, workItemId: "wi_s2", field: "status", from: "Open", to: "Refused", by: null, at })]),
    ).rejects.toThrow();
    expect(await row("wi_s2")).toMatchObject({ status: "Open", resolvedAt: null });
    await env.DB.prepare("DROP TRIGGER store_test_refuse").run();
  });
});
