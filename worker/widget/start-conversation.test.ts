import { env, runDurableObjectAlarm } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { chatSite, conversationStub, hmacHex, startChat } from "../../test/chat";
import { call } from "../../test/fixtures";

const customerCount = async () => (await env.DB.prepare("SELECT count(*) AS n FROM customers").first<{ n: number }>())!.n;

describe("starting a conversation from the widget", () => {
  it("starts an anonymous conversation and resumes it with the customer token", async () => {
    const site = await chatSite("team");
    const first = await startChat(site, { name: "Casey", email: "casey@example.test" });
    expect(first.resumed).toBe(false);
    expect(first.customer).toMatchObject({ name: "Casey", email: "casey@example.test" });
    await runDurableObjectAlarm(conversationStub(first.conversationId)); // the work item reaches D1
    const again = await startChat(site, { customerToken: first.customerToken });
    expect(again).toMatchObject({ conversationId: first.conversationId, resumed: true, customer: { id: first.customer.id } });
    const fresh = await startChat(site, { customerToken: first.customerToken, startNew: true });
    expect(fresh.conversationId).not.toBe(first.conversationId);
    expect(fresh.customer.id).toBe(first.customer.id);
  });

  it("resumes the widget's own conversation at once, before its work item reaches D1", async () => {
    const site = await chatSite("team");
    const first = await startChat(site);
    const reload = await startChat(site, { customerToken: first.customerToken, conversationId: first.conversationId });
    expect(reload).toMatchObject({ conversationId: first.conversationId, resumed: true });
    // Someone else's conversation id is not resumed: a new one starts.
    const stranger = await startChat(site, { conversationId: first.conversationId });
    expect(stranger.conversationId).not.toBe(first.conversationId);
  });

  it("is refused on pages outside the experience's allowed origins", async () => {
    const site = await chatSite("team");
    await call("PATCH", `/api/experiences/${site.experienceId}`, { cookie: site.adminCookie, body: { allowedOrigins: ["https://shop.example"] } });
    const body = { experienceId: site.experienceId, channel: "widget" };
    expect((await call("POST", "/widget/v1/conversations", { body, headers: { origin: "https://shop.example" } })).status).toBe(200);
    const evil = await call("POST", "/widget/v1/conversations", { body, headers: { origin: "https://evil.example" } });
    expect(evil.status).toBe(403);
    expect(evil.body.error.message).toBe("This chat cannot be used on https://evil.example. An admin can add it to the experience's allowed origins.");
  });

  it("a verified identity finds the same customer and open conversation on another device", async () => {
    const site = await chatSite("team");
    const hash = await hmacHex(site.identitySecret, "user-42");
    const laptop = await startChat(site, { identity: { id: "user-42", hash, name: "Dana", email: "dana@example.test" } });
    await runDurableObjectAlarm(conversationStub(laptop.conversationId));
    const phone = await startChat(site, { identity: { id: "user-42", hash } });
    expect(phone).toMatchObject({ conversationId: laptop.conversationId, resumed: true, customer: { id: laptop.customer.id, name: "Dana" } });
  });

  it("refuses a wrong identity hash and a foreign token, creating nothing", async () => {
    const site = await chatSite("team");
    const other = await chatSite("team");
    const before = await customerCount();
    const wrong = await call("POST", "/widget/v1/conversations", {
      body: { experienceId: site.experienceId, channel: "widget", identity: { id: "user-42", hash: await hmacHex("not the secret", "user-42") } },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toBe("The customer's identity could not be verified: the identity hash does not match.");
    const theirs = await startChat(other);
    const foreign = await call("POST", "/widget/v1/conversations", {
      body: { experienceId: site.experienceId, channel: "widget", customerToken: theirs.customerToken },
    });
    expect(foreign.status).toBe(401);
    expect(await customerCount()).toBe(before + 1); // only `theirs`
  });

  it("refuses bad payloads, unknown experiences and channels the experience does not offer", async () => {
    const site = await chatSite("team");
    const cases: [unknown, number, RegExp][] = [
      [{ channel: "widget" }, 400, /experienceId/],
      [{ experienceId: site.experienceId, channel: "carrier-pigeon" }, 400, /channel/],
      [{ experienceId: site.experienceId, channel: "widget", email: "nope" }, 400, /valid email/],
      [{ experienceId: site.experienceId, channel: "widget", identity: { id: "u", hash: "abc" } }, 400, /64 hex characters/],
      [{ experienceId: "exp_missing", channel: "widget" }, 404, /The chat was not found/],
    ];
    for (const [body, status, message] of cases) {
      const res = await call("POST", "/widget/v1/conversations", { body });
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error.message).toMatch(message);
    }
    await call("PATCH", `/api/experiences/${site.experienceId}`, { cookie: site.adminCookie, body: { channels: ["support_site"] } });
    const embedded = await call("POST", "/widget/v1/conversations", { body: { experienceId: site.experienceId, channel: "widget" } });
    expect(embedded.status).toBe(403);
    expect(embedded.body.error.message).toBe("Chat team does not offer chat on the embedded widget.");
  });
});

describe("a customer's earlier conversations", () => {
  it("lists them for the customer's own token only, newest first", async () => {
    const site = await chatSite("team");
    const first = await startChat(site);
    await runDurableObjectAlarm(conversationStub(first.conversationId));
    const second = await startChat(site, { customerToken: first.customerToken, startNew: true });
    await runDurableObjectAlarm(conversationStub(second.conversationId));
    const stranger = await startChat(site);
    await runDurableObjectAlarm(conversationStub(stranger.conversationId));
    const mine = await call("GET", "/widget/v1/conversations", { headers: { authorization: `Bearer ${first.customerToken}` } });
    expect(mine.body.conversations.map((c: { id: string }) => c.id)).toEqual([second.conversationId, first.conversationId]);
    expect((await call("GET", "/widget/v1/conversations")).status).toBe(401);
    expect((await call("GET", "/widget/v1/conversations", { headers: { authorization: "Bearer forged.token" } })).status).toBe(401);
  });
});
