import { env, runDurableObjectAlarm } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { agentSocket, assignDirectly, chatSite, closeChat, conversationStub, customerSocket, startChat } from "../test/chat";
import { call } from "../test/fixtures";

const workItem = (id: string) => env.DB.prepare("SELECT * FROM work_items WHERE id = ?").bind(id).first<Record<string, unknown>>();

describe("internal notes", () => {
  it("are for the team only: agents and watchers write and see them; the customer's socket, welcome and transcript never have them", async () => {
    const site = await chatSite("team");
    const chat = await startChat(site, { name: "Casey" }, "My parcel is lost");
    await assignDirectly(chat.conversationId, { id: site.agent.id, name: "Abe Agent" }, site.billing.id);
    const customer = await customerSocket(chat.conversationId, chat.customerToken);
    await customer.hello(0);
    const agent = await agentSocket(chat.conversationId, site.agentCookie);
    await agent.hello(0);
    const watcher = await agentSocket(chat.conversationId, site.adminCookie);
    expect((await watcher.hello(0)).you.canWrite).toBe(false);

    agent.send({ type: "note", body: "Tracking says delivered to a neighbour" });
    watcher.send({ type: "note", body: "Refund if not found by Friday" });
    await agent.waitFor((f) => f.type === "ack");
    await watcher.waitFor((f) => f.type === "ack");
    await agent.waitForEntry((e) => e.note === true, 2);
    agent.send({ type: "message", body: "Could you check with your neighbours?" });
    await customer.waitForEntry((e) => e.body === "Could you check with your neighbours?");
    expect(customer.entries().some((e) => e.note)).toBe(false);
    expect(customer.entries().map((e) => e.body).join("\n")).not.toMatch(/neighbour\b|Friday/);

    const reconnect = await customerSocket(chat.conversationId, chat.customerToken);
    expect((await reconnect.hello(0)).messages.some((m) => m.note || m.body.includes("Friday"))).toBe(false);
    const forAgents = await call("GET", `/api/conversations/${chat.conversationId}`, { cookie: site.agentCookie });
    expect(forAgents.body.transcript.filter((e: { note?: boolean }) => e.note).map((e: { body: string }) => e.body)).toEqual([
      "Tracking says delivered to a neighbour",
      "Refund if not found by Friday",
    ]);

    // A customer cannot write one, and notes never reach the work item's Request text.
    customer.send({ type: "note", body: "sneaky" });
    expect((await customer.waitFor((f) => f.type === "error"))[0]).toMatchObject({ code: "not_allowed" });
    customer.send({ type: "leave_email", email: "casey@example.test" });
    await customer.waitForEntry((e) => e.event === "email_left");
    await runDurableObjectAlarm(conversationStub(chat.conversationId));
    const comments = await env.DB.prepare("SELECT body FROM work_item_comments WHERE work_item_id = ?").bind(chat.conversationId).all<{ body: string }>();
    expect(comments.results.map((c) => c.body)).toEqual(expect.arrayContaining(["Internal note: Tracking says delivered to a neighbour", "Internal note: Refund if not found by Friday"]));
    const request = await env.DB.prepare("SELECT description FROM work_items WHERE type = 'Request' AND customer_id = ?").bind(chat.customer.id).first<{ description: string }>();
    expect(request!.description).toContain("My parcel is lost");
    expect(request!.description).not.toMatch(/Friday|Tracking says/);
  });
});

describe("leaving an email", () => {
  it("makes one Request per conversation (a second updates it) and is refused once the conversation closed", async () => {
    const site = await chatSite("ai");
    const chat = await startChat(site, {}, "hello");
    const socket = await customerSocket(chat.conversationId, chat.customerToken);
    await socket.hello(0);
    for (const email of ["first@example.test", "second@example.test", "third@example.test"]) {
      socket.send({ type: "leave_email", email });
      await socket.waitForEntry((e) => e.event === "email_left" && e.body.includes(email));
    }
    await runDurableObjectAlarm(conversationStub(chat.conversationId));
    const requests = await env.DB.prepare("SELECT description FROM work_items WHERE type = 'Request' AND customer_id = ?").bind(chat.customer.id).all<{ description: string }>();
    expect(requests.results).toHaveLength(1);
    expect(requests.results[0]!.description).toContain("third@example.test");

    socket.send({ type: "close" });
    await socket.waitForState("closed");
    socket.send({ type: "leave_email", email: "late@example.test" });
    const [refused] = await socket.waitFor((f) => f.type === "error");
    expect(refused).toMatchObject({ code: "conversation_closed" });
  });
});

describe("leaving an email while in line", () => {
  it("closes the conversation, and the close says it was for the email (not idle, not the team)", async () => {
    const site = await chatSite("team");
    const chat = await startChat(site, {}, "Anyone there?");
    const socket = await customerSocket(chat.conversationId, chat.customerToken);
    await socket.hello(0);
    socket.send({ type: "leave_email", email: "later@example.test" });
    const [closed] = await socket.waitForEntry((e) => e.event === "closed");
    expect(closed!.about).toEqual({ who: "system", name: null, why: "email_left" });
    const again = await customerSocket(chat.conversationId, chat.customerToken);
    const welcome = await again.hello(0);
    expect(welcome.messages.find((m) => m.event === "closed")?.about?.why).toBe("email_left");
  });
});

describe("leaving an email, flooded", () => {
  it("counts against the frame limit: a burst is refused frame by frame, each named, and only the rest are stored", async () => {
    const site = await chatSite("ai");
    const chat = await startChat(site, {}, "hello");
    const socket = await customerSocket(chat.conversationId, chat.customerToken);
    await socket.hello(0);
    const ids = Array.from({ length: 30 }, (_, i) => `email-${i}`);
    for (const id of ids) socket.raw(JSON.stringify({ v: 1, type: "leave_email", id, email: `${id}@example.test` }));
    const refused = () => socket.of("error").filter((e) => e.code === "rate_limited");
    const stored = () => socket.of("message").filter((m) => m.message.event === "email_left");
    await socket.until(() => refused().length + stored().length === ids.length);
    expect(refused().length).toBeGreaterThan(0);
    expect(refused().every((e) => e.clientId !== null && ids.includes(e.clientId))).toBe(true);
    expect(stored().length).toBeLessThan(ids.length);
    await runDurableObjectAlarm(conversationStub(chat.conversationId));
    const requests = await env.DB.prepare("SELECT COUNT(*) AS n FROM work_items WHERE type = 'Request' AND customer_id = ?").bind(chat.customer.id).first<{ n: number }>();
    expect(requests?.n).toBe(1);
  });
});

describe("the customer's page and rating", () => {
  it("the page comes with the first message and as it changes; the work item and the summary carry it", async () => {
    const site = await chatSite("team");
    const chat = await startChat(site, { page: "/shop/brew-pro" }, "Is this one in stock?");
    expect(chat.conversation.page).toBe("/shop/brew-pro");
    const socket = await customerSocket(chat.conversationId, chat.customerToken);
    await socket.hello(0);
    socket.send({ type: "page", path: "/checkout" });
    socket.send({ type: "page", path: "/checkout?coupon=X" });
    const [bad] = await socket.waitFor((f) => f.type === "error");
    expect(bad).toMatchObject({ code: "bad_frame" });
    expect((await conversationStub(chat.conversationId).summary())?.page).toBe("/checkout");
    await runDurableObjectAlarm(conversationStub(chat.conversationId));
    expect((await workItem(chat.conversationId))?.page).toBe("/checkout");
  });

  it("a rating once, after the close: on the conversation, its work item and JQL's satisfaction", async () => {
    const site = await chatSite("team");
    const chat = await startChat(site);
    const unrated = await startChat(site, {}, "another customer");
    const socket = await customerSocket(chat.conversationId, chat.customerToken);
    await socket.hello(0);
    socket.send({ type: "rate", score: 5 });
    expect((await socket.waitFor((f) => f.type === "error"))[0]).toMatchObject({ code: "not_allowed", message: "You can rate the conversation once it has ended." });
    await closeChat(chat);
    socket.send({ type: "rate", score: 0 });
    socket.send({ type: "rate", score: 4, comment: "Quick and kind" });
    const [rated] = await socket.waitFor((f) => f.type === "rated");
    expect(rated).toMatchObject({ rating: { score: 4, comment: "Quick and kind" } });
    socket.send({ type: "rate", score: 1 });
    await socket.waitFor((f) => f.type === "error", 3);
    expect(socket.of("error").map((e) => e.message)).toEqual([
      "You can rate the conversation once it has ended.",
      "A rating is 1 to 5; nothing was stored.",
      "You have already rated this conversation. Thank you!",
    ]);
    expect((await conversationStub(chat.conversationId).summary())?.rating).toEqual({ score: 4, comment: "Quick and kind" });
    await runDurableObjectAlarm(conversationStub(chat.conversationId));
    await runDurableObjectAlarm(conversationStub(unrated.conversationId));
    expect(await workItem(chat.conversationId)).toMatchObject({ satisfaction: 4, satisfaction_comment: "Quick and kind" });
    const search = async (jql: string) =>
      ((await call("GET", `/api/search?jql=${encodeURIComponent(jql)}`, { cookie: site.adminCookie })).body.items as { conversationId: string }[]).map((i) => i.conversationId);
    expect(await search("satisfaction >= 4")).toEqual([chat.conversationId]);
    expect(await search("satisfaction = 4")).toEqual([chat.conversationId]);
    expect(await search("satisfaction is EMPTY")).toEqual([unrated.conversationId]);
    const bad = await call("GET", `/api/search?jql=${encodeURIComponent("satisfaction > great")}`, { cookie: site.adminCookie });
    expect(bad.status).toBe(400);
  });
});

describe("the customer's presence", () => {
  it("the team sees the customer come and go: the last of their pages closing is a leave, another still open is not", async () => {
    const site = await chatSite("team");
    const chat = await startChat(site, {}, "Are you open on Sundays?");
    await assignDirectly(chat.conversationId, { id: site.agent.id, name: "Agent" }, site.billing.id);
    expect((await conversationStub(chat.conversationId).summary())?.customerPresence).toBeNull();
    const agent = await agentSocket(chat.conversationId, site.agentCookie);
    await agent.hello(0);

    const first = await customerSocket(chat.conversationId, chat.customerToken);
    await first.hello(0);
    const [came] = await agent.waitFor((f) => f.type === "presence");
    expect(came).toMatchObject({ customer: { here: true } });
    const second = await customerSocket(chat.conversationId, chat.customerToken);
    await second.hello(0);
    // The first page goes: the customer is still here in the second one, so nothing is said.
    first.ws.close(1000, "page left");
    await first.until(() => first.closed);
    second.send({ type: "typing", typing: true });
    await agent.waitFor((f) => f.type === "typing");
    expect(agent.of("presence")).toHaveLength(1);

    // The last one goes: the team hears the customer left, and when.
    const before = Date.now();
    second.ws.close(1000, "tab closed");
    const [left] = await agent.waitFor((f) => f.type === "presence" && !f.customer.here);
    expect(left).toMatchObject({ customer: { here: false } });
    const summary = await conversationStub(chat.conversationId).summary();
    expect(summary?.customerPresence).toMatchObject({ here: false });
    expect(summary!.customerPresence!.since).toBeGreaterThanOrEqual(before - 1000);
    // A colleague opening the conversation later reads it in the welcome.
    const later = await agentSocket(chat.conversationId, site.agentCookie);
    const welcome = await later.hello(0);
    expect(welcome.conversation.customerPresence).toMatchObject({ here: false });
  });
});

describe("refusals name the frame", () => {
  it("a rate-limited message is refused with its own client id, so the client can keep and resend it", async () => {
    const site = await chatSite("team");
    const chat = await startChat(site);
    const socket = await customerSocket(chat.conversationId, chat.customerToken);
    await socket.hello(0);
    const ids = Array.from({ length: 15 }, (_, i) => `burst-${i}`);
    for (const id of ids) socket.raw(JSON.stringify({ v: 1, type: "message", id, body: `message ${id}` }));
    await socket.waitFor((f) => f.type === "ack" || f.type === "error", ids.length);
    const refused = socket.of("error").filter((e) => e.code === "rate_limited");
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((e) => e.clientId !== null && ids.includes(e.clientId))).toBe(true);
    const acked = socket.of("ack").map((a) => a.clientId);
    expect(new Set([...acked, ...refused.map((e) => e.clientId)])).toEqual(new Set(ids));
  });
});
