import { runDurableObjectAlarm } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { chatSite, conversationStub, startChat, type ChatSite } from "../../test/chat";
import { call, createSite, signIn } from "../../test/fixtures";

let site: ChatSite;
let chatId: string;
beforeAll(async () => {
  site = await chatSite("team");
  const chat = await startChat(site, { name: "Queue Customer" });
  chatId = chat.conversationId;
  await runDurableObjectAlarm(conversationStub(chatId));
  for (const [type, summary, priority] of [
    ["Task", "Check refund", "High"],
    ["Request", "Invoice copy", "Low"],
  ] as const) {
    await call("POST", "/api/work-items", { cookie: site.agentCookie, body: { spaceId: site.billing.id, type, summary, priority } });
  }
});

const keys = (res: { body: { items: { type: string }[] } }) => res.body.items.map((i) => i.type);

describe("queues", () => {
  it("admins create queues whose JQL includes or excludes conversations, each with its count", async () => {
    const chats = await call("POST", `/api/spaces/${site.billing.id}/queues`, { cookie: site.adminCookie, body: { name: "Chats", jql: "type = Conversation" } });
    expect(chats.status).toBe(201);
    expect(chats.body).toMatchObject({ name: "Chats", count: 1, position: 0 });
    const other = await call("POST", `/api/spaces/${site.billing.id}/queues`, { cookie: site.adminCookie, body: { name: "Not chats", jql: "type != Conversation ORDER BY priority DESC" } });
    expect(other.body).toMatchObject({ count: 2, position: 1 });
    const listed = await call("GET", `/api/spaces/${site.billing.id}/queues`, { cookie: site.agentCookie });
    expect(listed.body.queues.map((q: { name: string; count: number }) => [q.name, q.count])).toEqual([
      ["Chats", 1],
      ["Not chats", 2],
    ]);
    const items = await call("GET", `/api/queues/${chats.body.id}/items`, { cookie: site.agentCookie });
    expect(items.body.items.map((i: { id: string }) => i.id)).toEqual([chatId]);
    const excluded = await call("GET", `/api/queues/${other.body.id}/items`, { cookie: site.agentCookie });
    expect(excluded.body.items.map((i: { summary: string }) => i.summary)).toEqual(["Check refund", "Invoice copy"]);
    const sorted = await call("GET", `/api/queues/${other.body.id}/items?sort=priority&dir=asc&pageSize=1&page=1`, { cookie: site.agentCookie });
    expect(sorted.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(sorted.body.items.map((i: { summary: string }) => i.summary)).toEqual(["Invoice copy"]);

    const reordered = await call("PUT", `/api/spaces/${site.billing.id}/queues/order`, { cookie: site.adminCookie, body: { queueIds: [other.body.id, chats.body.id] } });
    expect(reordered.status).toBe(200);
    const after = await call("GET", `/api/spaces/${site.billing.id}/queues`, { cookie: site.agentCookie });
    expect(after.body.queues.map((q: { name: string }) => q.name)).toEqual(["Not chats", "Chats"]);
    const renamed = await call("PATCH", `/api/queues/${chats.body.id}`, { cookie: site.adminCookie, body: { name: "Live chats" } });
    expect(renamed.body.name).toBe("Live chats");
    expect((await call("DELETE", `/api/queues/${chats.body.id}`, { cookie: site.adminCookie })).status).toBe(200);
  });

  it("checks the JQL on save, with Jira's words, and saves nothing bad", async () => {
    const unfinished = await call("POST", `/api/spaces/${site.billing.id}/queues`, { cookie: site.adminCookie, body: { name: "Broken", jql: "type = " } });
    expect(unfinished.status).toBe(400);
    expect(unfinished.body.error.message).toBe("Error in the JQL Query: Expecting either a value, list or function before the end of the query.");
    const bad = await call("POST", `/api/spaces/${site.billing.id}/queues`, { cookie: site.adminCookie, body: { name: "Broken", jql: "type = Task statuss = Open" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/\(line 1, character \d+\)/);
    const unknown = await call("POST", `/api/spaces/${site.billing.id}/queues`, { cookie: site.adminCookie, body: { name: "Broken", jql: "colour = red" } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/Field 'colour' does not exist/);
    const byAgent = await call("POST", `/api/spaces/${site.billing.id}/queues`, { cookie: site.agentCookie, body: { name: "Mine", jql: "type = Task" } });
    expect(byAgent.status).toBe(403);
    const list = await call("GET", `/api/spaces/${site.billing.id}/queues`, { cookie: site.adminCookie });
    expect(list.body.queues.map((q: { name: string }) => q.name)).not.toContain("Broken");
  });

  it("search never reaches beyond the agent's spaces, whatever the JQL says", async () => {
    const other = await createSite();
    const stranger = await signIn(other.admin.email);
    await call("POST", "/api/work-items", { cookie: stranger, body: { spaceId: other.billing.id, type: "Task", summary: "Their secret" } });
    const mine = await call("GET", "/api/search?jql=" + encodeURIComponent('summary ~ "secret" OR type = Task'), { cookie: site.agentCookie });
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((i: { summary: string }) => i.summary)).toEqual(["Check refund"]);
    const theirs = await call("GET", "/api/search?jql=" + encodeURIComponent(`space = ${site.billing.id}`), { cookie: stranger });
    expect(theirs.status).toBe(400);
    expect(keys(await call("GET", "/api/search?jql=", { cookie: site.agentCookie }))).toHaveLength(3);
    // An agent outside the space sees nothing of it.
    const created = await call("POST", "/api/agents", { cookie: site.adminCookie, body: { name: "Nia", email: `nia-${site.siteId}@example.test`, password: "a long password" } });
    const nia = await signIn(created.body.email, "a long password");
    expect((await call("GET", "/api/search?jql=", { cookie: nia })).body.total).toBe(0);
  });
});
