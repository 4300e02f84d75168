import { describe, expect, it } from "vitest";
import { assignDirectly, agentSocket, chatSite, conversationStub, customerSocket, openAgentSocket, openCustomerSocket, startChat, type TestSocket } from "../../test/chat";
import { createSite, signIn } from "../../test/fixtures";
import { signCustomerToken } from "../widget/customer-token";
import { env, runInDurableObject } from "cloudflare:test";
import { attachment, remember } from "../../durable-objects/conversation/sockets";

describe("who may open a conversation's socket", () => {
  it("the customer's own token opens it; a missing, forged, foreign or other-experience token is refused before the upgrade", async () => {
    const site = await chatSite("team");
    const mine = await startChat(site);
    const someoneElse = await startChat(site);
    expect((await openCustomerSocket(mine.conversationId, mine.customerToken)).status).toBe(101);

    const missing = await openCustomerSocket(mine.conversationId, null);
    expect(missing.status).toBe(401);
    expect(missing.socket).toBeNull();
    const forged = await openCustomerSocket(mine.conversationId, `${mine.customerToken.split(".")[0]}.AAAA`);
    expect(forged.status).toBe(401);
    expect((forged.body as { error: { message: string } }).error.message).toBe("This chat session is not valid. Start the conversation again.");
    const foreign = await openCustomerSocket(mine.conversationId, someoneElse.customerToken);
    expect(foreign.status).toBe(403);
    expect(foreign.socket).toBeNull();
    const otherExperience = await signCustomerToken(env.CUSTOMER_TOKEN_SECRET, {
      siteId: site.siteId,
      experienceId: "exp_other",
      customerId: mine.customer.id,
    });
    expect((await openCustomerSocket(mine.conversationId, otherExperience)).status).toBe(403);
    const wrongSecret = await signCustomerToken("another secret", { siteId: site.siteId, experienceId: site.experienceId, customerId: mine.customer.id });
    expect((await openCustomerSocket(mine.conversationId, wrongSecret)).status).toBe(401);
    expect((await openCustomerSocket("cv_000000000000000000000000", mine.customerToken)).status).toBe(404);
  });

  it("the assignee writes; space members and admins watch read-only; others are refused", async () => {
    const site = await chatSite("team");
    const chat = await startChat(site);
    const watcher = await agentSocket(chat.conversationId, site.agentCookie);
    expect((await watcher.hello(0)).you).toEqual({ role: "watcher", canWrite: false });
    watcher.send({ type: "message", body: "I shouldn't be able to say this" });
    const [refusal] = await watcher.waitFor((f) => f.type === "error");
    expect(refusal).toMatchObject({ code: "read_only" });
    expect((await conversationStub(chat.conversationId).transcript()).map((m) => m.body)).not.toContain("I shouldn't be able to say this");

    const admin = await agentSocket(chat.conversationId, site.adminCookie);
    expect((await admin.hello(0)).you.canWrite).toBe(false);

    // Once assigned, the agent's open socket may write.
    await assignDirectly(chat.conversationId, { id: site.agent.id, name: "Abe Agent" }, site.billing.id);
    watcher.send({ type: "message", body: "Hi, I'm Abe" });
    await watcher.waitFor((f) => f.type === "ack");
    const fresh = await agentSocket(chat.conversationId, site.agentCookie);
    expect((await fresh.hello(0)).you).toEqual({ role: "agent", canWrite: true });
  });

  it("refuses agents outside the space, other sites' admins, no session and foreign origins", async () => {
    const site = await chatSite("team");
    const chat = await startChat(site);
    // An agent of the same site who is not a member of the space.
    const outsider = await createSite();
    const res = await openAgentSocket(chat.conversationId, await signIn(outsider.admin.email));
    expect(res.status).toBe(404); // another site's conversation is not found: its id says nothing
    expect(res.socket).toBeNull();
    const anonymous = await openAgentSocket(chat.conversationId, null);
    expect(anonymous.status).toBe(401);
    const hijack = await openAgentSocket(chat.conversationId, site.agentCookie, { origin: "https://evil.example" });
    expect(hijack.status).toBe(403);
    expect((hijack.body as { error: { message: string } }).error.message).toBe("Connections from https://evil.example are not allowed.");
  });

  it("refuses agents of the same site who are not in the conversation's space", async () => {
    const site = await chatSite("team");
    const chat = await startChat(site);
    const created = await (await import("../../test/fixtures")).call("POST", "/api/agents", {
      cookie: site.adminCookie,
      body: { name: "Nia Newcomer", email: `nia-${site.siteId}@example.test`, password: "a long password" },
    });
    const nia = await signIn(created.body.email, "a long password");
    expect((await openAgentSocket(chat.conversationId, nia)).status).toBe(404);
  });
});

describe("socket access over time", () => {
  it("an agent's conversation sockets close when they sign out, and when their session runs out", async () => {
    const site = await chatSite("team");
    const chat = await startChat(site);
    const watcher = await agentSocket(chat.conversationId, site.agentCookie);
    await watcher.hello(0);
    const { call } = await import("../../test/fixtures");
    await call("POST", "/api/auth/logout", { cookie: site.agentCookie });
    await watcher.until(() => watcher.closed);
    expect(watcher.closed).toBe(true);

    // A session that ends while the socket is open: the next frame finds it closed.
    const cookie = await signIn(site.admin.email);
    const { sha256Hex } = await import("../auth/password");
    await env.DB.prepare("UPDATE sessions SET expires_at = ? WHERE token_hash = ?")
      .bind(Date.now() + 60_000, await sha256Hex(cookie.split("=")[1]!))
      .run();
    const admin = await agentSocket(chat.conversationId, cookie);
    await admin.hello(0);
    // The session's end passes (moved into the past in the socket's attachment rather than waited out).
    await runInDurableObject(conversationStub(chat.conversationId), (_c, state) => {
      for (const ws of state.getWebSockets()) {
        const a = attachment(ws);
        if (a.role !== "customer") remember(ws, { ...a, expiresAt: Date.now() - 1 });
      }
    });
    admin.send({ type: "hello", lastSeq: 0 });
    await admin.until(() => admin.closed);
    expect(admin.closed).toBe(true);
  });

  it("an agent removed from the space loses their open sockets to its conversations", async () => {
    const site = await chatSite("team");
    const chat = await startChat(site);
    const watcher = await agentSocket(chat.conversationId, site.agentCookie);
    await watcher.hello(0);
    const { call } = await import("../../test/fixtures");
    await call("DELETE", `/api/spaces/${site.billing.id}/members/${site.agent.id}`, { cookie: site.adminCookie });
    await watcher.until(() => watcher.closed);
    expect(watcher.closed).toBe(true);
    expect((await openAgentSocket(chat.conversationId, site.agentCookie)).status).toBe(404);
  });

  it("the embedded widget's socket must come from an allowed origin", async () => {
    const site = await chatSite("team");
    const { call } = await import("../../test/fixtures");
    await call("PATCH", `/api/experiences/${site.experienceId}`, { cookie: site.adminCookie, body: { allowedOrigins: ["https://shop.example"] } });
    const chat = await startChat(site);
    const protocols = `parley.v1, parley-token.${chat.customerToken}`;
    const { upgrade } = await import("../../test/chat");
    const path = `/widget/v1/conversations/${chat.conversationId}/ws`;
    expect((await upgrade(path, { "sec-websocket-protocol": protocols, origin: "https://shop.example" })).status).toBe(101);
    expect((await upgrade(path, { "sec-websocket-protocol": protocols, origin: "https://parley.test" })).status).toBe(101);
    expect((await upgrade(path, { "sec-websocket-protocol": protocols, origin: "https://evil.example" })).status).toBe(403);
  });

  it("keeps at most five sockets per customer, closing the oldest", async () => {
    const site = await chatSite("team");
    const chat = await startChat(site);
    const sockets: TestSocket[] = [];
    for (let i = 0; i < 6; i++) sockets.push(await customerSocket(chat.conversationId, chat.customerToken));
    await sockets[0]!.until(() => sockets[0]!.closed);
    expect(sockets.map((s) => s.closed)).toEqual([true, false, false, false, false, false]);
  });
});
