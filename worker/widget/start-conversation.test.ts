import { env, runDurableObjectAlarm } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { chatSite, clientId, closeChat, conversationStub, customerSocket, hmacHex, startChat } from "../../test/chat";
import { call } from "../../test/fixtures";

const count = async (table: string) => (await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>())!.n;
const rowsNow = async () => ({ customers: await count("customers"), open: await count("open_conversations"), items: await count("work_items") });
const start = (body: Record<string, unknown>) => call("POST", "/widget/v1/conversations", { body });
const first = (body: string) => ({ clientId: clientId(), body });

describe("starting a conversation from the widget", () => {
  it("creates nothing without the customer's first message: a page view, a loaded widget or an opened panel is no chat", async () => {
    const site = await chatSite("team");
    const before = await rowsNow();
    for (let i = 0; i < 5; i++) {
      const view = await start({ experienceId: site.experienceId, channel: "widget" });
      expect(view.status).toBe(404);
      expect(view.body.error).toEqual({ code: "no_open_conversation", message: "There is no open conversation to resume. Write a message to start one." });
    }
    // A verified identity the site passes on page load resumes nothing either, and creates no customer.
    const identity = { id: "user-7", hash: await hmacHex(site.identitySecret, "user-7") };
    expect((await start({ experienceId: site.experienceId, channel: "widget", identity })).status).toBe(404);
    expect(await rowsNow()).toEqual(before);
  });

  it("starts with the first message in one step: the welcome holds it, and the conversation acts on it", async () => {
    const site = await chatSite("team");
    const msg = first("My order 1042 never arrived");
    const res = await start({ experienceId: site.experienceId, channel: "widget", name: "Casey", firstMessage: msg });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ resumed: false, customer: { name: "Casey" }, conversation: { state: "waiting" } });
    const socket = await customerSocket(res.body.conversationId, res.body.customerToken);
    const welcome = await socket.hello(0);
    const mine = welcome.messages.filter((m) => m.author.type === "customer");
    expect(mine).toEqual([expect.objectContaining({ body: "My order 1042 never arrived", clientId: msg.clientId, author: expect.objectContaining({ name: "Casey" }) })]);
    // A resend of the same first message (a retried request) is stored once.
    const again = await start({ experienceId: site.experienceId, channel: "widget", customerToken: res.body.customerToken, firstMessage: msg });
    expect(again.body).toMatchObject({ conversationId: res.body.conversationId, resumed: true });
    expect((await conversationStub(res.body.conversationId).transcript()).filter((m) => m.author.type === "customer")).toHaveLength(1);
    // The work item carries the first message as its summary.
    await runDurableObjectAlarm(conversationStub(res.body.conversationId));
    const item = await env.DB.prepare("SELECT summary, message_count FROM work_items WHERE id = ?").bind(res.body.conversationId).first();
    expect(item).toEqual({ summary: "My order 1042 never arrived", message_count: 1 });
  });

  it("answers the first message with the AI's turn, as for any message", async () => {
    const site = await chatSite("ai");
    const res = await start({ experienceId: site.experienceId, channel: "widget", firstMessage: first("hello") });
    const socket = await customerSocket(res.body.conversationId, res.body.customerToken);
    await socket.hello(0);
    const [reply] = await socket.waitForEntry((e) => e.author.type === "ai" && e.seq > 2);
    expect(reply).toMatchObject({ author: { type: "ai", name: "Robo" }, body: "Hi! What can I help you with today?" });
  });

  it("refuses a first message that breaks the message limits, creating nothing", async () => {
    const site = await chatSite("team");
    const before = await rowsNow();
    const cases: [unknown, RegExp][] = [
      [{ clientId: "c1", body: "   " }, /A message cannot be empty/],
      [{ clientId: "c1", body: "x".repeat(4001) }, /A message is at most 4000 characters/],
      [{ clientId: "", body: "hi" }, /Every frame needs a client id/],
      [{ body: "hi" }, /clientId/],
    ];
    for (const [firstMessage, message] of cases) {
      const res = await start({ experienceId: site.experienceId, channel: "widget", firstMessage });
      expect(res.status, JSON.stringify(firstMessage)).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
    expect(await rowsNow()).toEqual(before);
  });

  it("resumes the customer's open conversation with their token, at once, before its work item reaches D1", async () => {
    const site = await chatSite("team");
    const started = await startChat(site, { name: "Casey" });
    const reload = await start({ experienceId: site.experienceId, channel: "widget", customerToken: started.customerToken });
    expect(reload.status).toBe(200);
    expect(reload.body).toMatchObject({ conversationId: started.conversationId, resumed: true, customer: { id: started.customer.id } });
    // Once it closed, the token resumes nothing; the customer's next message starts their next conversation.
    await closeChat(started);
    const after = await start({ experienceId: site.experienceId, channel: "widget", customerToken: started.customerToken });
    expect(after.status).toBe(404);
    const next = await startChat(site, { customerToken: started.customerToken }, "Another question");
    expect(next.conversationId).not.toBe(started.conversationId);
    expect(next.customer.id).toBe(started.customer.id);
  });

  it("gives one customer at most one open conversation per experience, however close together the starts", async () => {
    const site = await chatSite("team");
    const opened = await startChat(site);
    // A double submit or two tabs: starts with the customer's token at the same moment, before any work item is in D1.
    const body = (text: string) => ({ experienceId: site.experienceId, channel: "widget", customerToken: opened.customerToken, firstMessage: first(text) });
    const racing = await Promise.all(["one", "two", "three", "four"].map((text) => start(body(text))));
    expect(racing.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(racing.map((r) => r.body.conversationId))).toEqual(new Set([opened.conversationId]));
    const said = (await conversationStub(opened.conversationId).transcript()).filter((m) => m.author.type === "customer").map((m) => m.body);
    expect(said.slice(1).sort()).toEqual(["four", "one", "three", "two"]);

    // A verified customer with no conversation yet, starting from two devices at once: one conversation between them.
    const identity = { id: "user-9", hash: await hmacHex(site.identitySecret, "user-9") };
    const devices = await Promise.all(["laptop", "phone"].map((text) => start({ experienceId: site.experienceId, channel: "widget", identity, firstMessage: first(text) })));
    expect(devices.map((r) => r.status)).toEqual([200, 200]);
    expect(devices[0]!.body.conversationId).toBe(devices[1]!.body.conversationId);
    const open = await env.DB.prepare("SELECT count(*) AS n FROM open_conversations WHERE customer_id = ?").bind(devices[0]!.body.customer.id).first<{ n: number }>();
    expect(open!.n).toBe(1);
  });

  it("is refused on pages outside the experience's allowed origins", async () => {
    const site = await chatSite("team");
    await call("PATCH", `/api/experiences/${site.experienceId}`, { cookie: site.adminCookie, body: { allowedOrigins: ["https://shop.example"] } });
    const body = { experienceId: site.experienceId, channel: "widget", firstMessage: first("hi") };
    expect((await call("POST", "/widget/v1/conversations", { body, headers: { origin: "https://shop.example" } })).status).toBe(200);
    const evil = await call("POST", "/widget/v1/conversations", { body, headers: { origin: "https://evil.example" } });
    expect(evil.status).toBe(403);
    expect(evil.body.error.message).toBe("This chat cannot be used on https://evil.example. An admin can add it to the experience's allowed origins.");
  });

  it("a verified identity finds the same customer and open conversation on another device", async () => {
    const site = await chatSite("team");
    const hash = await hmacHex(site.identitySecret, "user-42");
    const laptop = await startChat(site, { identity: { id: "user-42", hash, name: "Dana", email: "dana@example.test" } });
    const phone = await start({ experienceId: site.experienceId, channel: "widget", identity: { id: "user-42", hash } });
    expect(phone.body).toMatchObject({ conversationId: laptop.conversationId, resumed: true, customer: { id: laptop.customer.id, name: "Dana" } });
  });

  it("a verified email stays: a later start with an id-only hash (or a token) and another email never replaces it", async () => {
    const site = await chatSite("team");
    const signed = await hmacHex(site.identitySecret, "user-7:dana@example.test");
    const chat = await startChat(site, { identity: { id: "user-7", hash: signed, email: "dana@example.test" } });
    const stored = () => env.DB.prepare("SELECT email, email_verified AS verified FROM customers WHERE id = ?").bind(chat.customer.id).first<{ email: string; verified: number }>();
    expect(await stored()).toEqual({ email: "dana@example.test", verified: 1 });
    const idOnly = await hmacHex(site.identitySecret, "user-7");
    for (const body of [
      { identity: { id: "user-7", hash: idOnly, email: "ceo@bigcorp.example" } },
      { identity: { id: "user-7", hash: idOnly }, email: "ceo@bigcorp.example" },
      { customerToken: chat.customerToken, email: "ceo@bigcorp.example" },
    ]) {
      const res = await start({ experienceId: site.experienceId, channel: "widget", ...body, firstMessage: first("me again") });
      expect(res.status, JSON.stringify(body)).toBe(200);
      expect(await stored(), JSON.stringify(body)).toEqual({ email: "dana@example.test", verified: 1 });
    }
  });

  it("refuses a wrong identity hash and a foreign token, creating nothing", async () => {
    const site = await chatSite("team");
    const other = await chatSite("team");
    const theirs = await startChat(other);
    const before = await rowsNow();
    const wrong = await start({ experienceId: site.experienceId, channel: "widget", identity: { id: "user-42", hash: await hmacHex("not the secret", "user-42") }, firstMessage: first("hi") });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toBe("The customer's identity could not be verified: the identity hash does not match.");
    const foreign = await start({ experienceId: site.experienceId, channel: "widget", customerToken: theirs.customerToken, firstMessage: first("hi") });
    expect(foreign.status).toBe(401);
    expect(await rowsNow()).toEqual(before);
  });

  it("refuses bad payloads, unknown experiences and channels the experience does not offer", async () => {
    const site = await chatSite("team");
    const cases: [unknown, number, RegExp][] = [
      [{ channel: "widget" }, 400, /experienceId/],
      [{ experienceId: site.experienceId, channel: "carrier-pigeon" }, 400, /channel/],
      [{ experienceId: site.experienceId, channel: "widget", email: "nope" }, 400, /valid email/],
      [{ experienceId: site.experienceId, channel: "widget", identity: { id: "u", hash: "abc" } }, 400, /64 hex characters/],
      [{ experienceId: site.experienceId, channel: "widget", startNew: true }, 400, /Unknown field\(s\): startNew/],
      [{ experienceId: "exp_missing", channel: "widget" }, 404, /The chat was not found/],
    ];
    for (const [body, status, message] of cases) {
      const res = await call("POST", "/widget/v1/conversations", { body });
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error.message).toMatch(message);
    }
    await call("PATCH", `/api/experiences/${site.experienceId}`, { cookie: site.adminCookie, body: { channels: ["support_site"] } });
    const embedded = await start({ experienceId: site.experienceId, channel: "widget", firstMessage: first("hi") });
    expect(embedded.status).toBe(403);
    expect(embedded.body.error.message).toBe("Chat team does not offer chat on the embedded widget.");
  });
});

describe("a customer's earlier conversations", () => {
  it("lists them for the customer's own token only, newest first", async () => {
    const site = await chatSite("team");
    const earlier = await startChat(site);
    await closeChat(earlier);
    await runDurableObjectAlarm(conversationStub(earlier.conversationId));
    const latest = await startChat(site, { customerToken: earlier.customerToken });
    await runDurableObjectAlarm(conversationStub(latest.conversationId));
    const stranger = await startChat(site);
    await runDurableObjectAlarm(conversationStub(stranger.conversationId));
    const mine = await call("GET", "/widget/v1/conversations", { headers: { authorization: `Bearer ${earlier.customerToken}` } });
    expect(mine.body.conversations.map((c: { id: string }) => c.id)).toEqual([latest.conversationId, earlier.conversationId]);
    expect((await call("GET", "/widget/v1/conversations")).status).toBe(401);
    expect((await call("GET", "/widget/v1/conversations", { headers: { authorization: "Bearer forged.token" } })).status).toBe(401);
  });
});
