import { env, runDurableObjectAlarm } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { assignDirectly, chatSite, closeChat, conversationStub, startChat, type ChatSite } from "../../test/chat";
import { call, createSite, signIn } from "../../test/fixtures";
import { visitorName } from "../../protocol/customers";

let site: ChatSite;
beforeAll(async () => {
  site = await chatSite("team");
});

const history = async (id: string) =>
  (
    await env.DB.prepare("SELECT field, from_value, to_value FROM work_item_changes WHERE work_item_id = ? ORDER BY id").bind(id).all<{
      field: string;
      from_value: string | null;
      to_value: string;
    }>()
  ).results.map((r) => `${r.field}:${r.from_value ?? "∅"}→${r.to_value}`);

describe("work items", () => {
  it("creates Requests and Tasks with keys in the space's sequence, records changes and takes comments", async () => {
    const created = await call("POST", "/api/work-items", {
      cookie: site.agentCookie,
      body: { spaceId: site.billing.id, type: "Task", summary: "Call back about invoice 88", labels: ["callback"] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ key: "BILL-1", type: "Task", status: "Open", priority: "Medium", labels: ["callback"] });
    const chat = await startChat(site);
    await runDurableObjectAlarm(conversationStub(chat.conversationId));
    const request = await call("POST", "/api/work-items", { cookie: site.agentCookie, body: { spaceId: site.billing.id, type: "Request", summary: "Refund" } });
    expect(request.body.key).toBe("BILL-3");

    const id = created.body.id;
    const moved = await call("PATCH", `/api/work-items/${id}`, { cookie: site.agentCookie, body: { status: "In progress", assigneeId: site.agent.id, priority: "High" } });
    expect(moved.body).toMatchObject({ status: "In progress", priority: "High", assignee: { id: site.agent.id, name: "Abe Agent" } });
    await call("PATCH", `/api/work-items/${id}`, { cookie: site.agentCookie, body: { status: "Resolved" } });
    expect(await history(id)).toEqual(["status:∅→Open", "status:Open→In progress", "assignee:∅→" + site.agent.id, "status:In progress→Resolved"]);
    const commented = await call("POST", `/api/work-items/${id}/comments`, { cookie: site.agentCookie, body: { body: "Left a voicemail." } });
    expect(commented.status).toBe(201);
    const read = await call("GET", `/api/work-items/${id}`, { cookie: site.agentCookie });
    expect(read.body.comments).toMatchObject([{ body: "Left a voicemail.", authorName: "Abe Agent" }]);
    expect(read.body.resolvedAt).toBeGreaterThan(0);
  });

  it("refuses bad input and other spaces, changing nothing", async () => {
    const bad = await call("POST", "/api/work-items", { cookie: site.agentCookie, body: { spaceId: site.billing.id, type: "Conversation", summary: "x" } });
    expect(bad.status).toBe(400);
    const notMine = await call("POST", "/api/work-items", { cookie: site.agentCookie, body: { spaceId: site.support.id, type: "Task", summary: "x" } });
    expect(notMine.status).toBe(404);
    const outsider = await call("POST", "/api/work-items", { cookie: site.agentCookie, body: { spaceId: site.billing.id, type: "Task", summary: "x", assigneeId: "ag_nobody" } });
    expect(outsider.status).toBe(400);
    expect(outsider.body.error.message).toBe("The assignee must be a member of the work item's space.");
    const other = await createSite();
    const created = await call("POST", "/api/work-items", { cookie: site.agentCookie, body: { spaceId: site.billing.id, type: "Task", summary: "Mine" } });
    const stranger = await signIn(other.admin.email);
    expect((await call("GET", `/api/work-items/${created.body.id}`, { cookie: stranger })).status).toBe(404);
    expect((await call("PATCH", `/api/work-items/${created.body.id}`, { cookie: stranger, body: { summary: "Hijacked" } })).status).toBe(404);
    expect((await call("GET", `/api/work-items/${created.body.id}`, { cookie: site.agentCookie })).body.summary).toBe("Mine");
  });

  it("leaves a conversation's status and assignee to the chat", async () => {
    const chat = await startChat(site);
    await runDurableObjectAlarm(conversationStub(chat.conversationId));
    const res = await call("PATCH", `/api/work-items/${chat.conversationId}`, { cookie: site.agentCookie, body: { status: "Resolved" } });
    expect(res.status).toBe(409);
    const labelled = await call("PATCH", `/api/work-items/${chat.conversationId}`, { cookie: site.agentCookie, body: { labels: ["vip"], priority: "High" } });
    expect(labelled.body).toMatchObject({ labels: ["vip"], priority: "High", status: "Waiting" });
    // The next sync from the conversation keeps the labels.
    await assignDirectly(chat.conversationId, { id: site.agent.id, name: "Abe Agent" }, site.billing.id);
    await runDurableObjectAlarm(conversationStub(chat.conversationId));
    expect((await call("GET", `/api/work-items/${chat.conversationId}`, { cookie: site.agentCookie })).body).toMatchObject({ labels: ["vip"], status: "In progress" });
  });
});

describe("customers", () => {
  it("finds customers by name or email and shows every conversation in the agent's spaces, newest first", async () => {
    const first = await startChat(site, { name: "Robin Example", email: "robin@example.test" });
    await runDurableObjectAlarm(conversationStub(first.conversationId));
    await closeChat(first);
    const second = await startChat(site, { customerToken: first.customerToken });
    await runDurableObjectAlarm(conversationStub(second.conversationId));
    const found = await call("GET", "/api/customers?q=ROBIN", { cookie: site.agentCookie });
    expect(found.body.customers.map((c: { email: string }) => c.email)).toEqual(["robin@example.test"]);
    expect((await call("GET", "/api/customers?q=robin%25", { cookie: site.agentCookie })).body.customers).toEqual([]);
    const profile = await call("GET", `/api/customers/${first.customer.id}`, { cookie: site.agentCookie });
    expect(profile.body.conversations.map((c: { id: string }) => c.id)).toEqual([second.conversationId, first.conversationId]);
    expect(profile.body.conversations[0]).toMatchObject({ status: "Waiting", type: "Conversation" });
    const other = await createSite();
    expect((await call("GET", `/api/customers/${first.customer.id}`, { cookie: await signIn(other.admin.email) })).status).toBe(404);
  });

  it("finds an anonymous visitor by the name the console shows them under ('Visitor 4821', or the number alone)", async () => {
    const visitor = await startChat(site, {}, "Where is my order?");
    const named = visitorName(visitor.customer.id);
    const number = named.slice("Visitor ".length);
    for (const q of [named, named.toLowerCase(), number]) {
      const found = await call("GET", `/api/customers?q=${encodeURIComponent(q)}`, { cookie: site.agentCookie });
      expect(found.body.customers.map((c: { id: string }) => c.id), q).toContain(visitor.customer.id);
    }
    // Another site's visitors are never found.
    const other = await createSite();
    const theirs = await call("GET", `/api/customers?q=${encodeURIComponent(named)}`, { cookie: await signIn(other.admin.email) });
    expect(theirs.body.customers).toEqual([]);
  });

  it("a PATCH's change and its history rows are one batch: when the history cannot be written, the change is not kept either", async () => {
    const created = await call("POST", "/api/work-items", { cookie: site.agentCookie, body: { spaceId: site.billing.id, type: "Task", summary: "Atomic" } });
    // D1 refuses this one history row (a trigger of the test's), as a failed write would.
    await env.DB.prepare(
      `CREATE TRIGGER refuse_closed_history BEFORE INSERT ON work_item_changes WHEN NEW.to_value = 'Closed' BEGIN SELECT RAISE(ABORT, 'no'); END`,
    ).run();
    const res = await call("PATCH", `/api/work-items/${created.body.id}`, { cookie: site.agentCookie, body: { status: "Closed", priority: "High" } });
    await env.DB.prepare("DROP TRIGGER refuse_closed_history").run();
    expect(res.status).toBe(500);
    const after = await call("GET", `/api/work-items/${created.body.id}`, { cookie: site.agentCookie });
    expect(after.body).toMatchObject({ status: "Open", priority: "Medium", resolvedAt: null });
    expect(await history(created.body.id)).toEqual(["status:∅→Open"]);
  });
});
