import { env, runDurableObjectAlarm } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ConsoleFrame } from "../../protocol/console";
import { chatSite, hmacHex, startChat, upgrade, type TestSocket } from "../../test/chat";
import { call, createSite, signIn } from "../../test/fixtures";
import { sha256Hex } from "../auth/password";

const consoleSocket = async (cookie: string) => {
  const { socket } = await upgrade("/api/agent/ws", { cookie });
  const s = socket as unknown as TestSocket<ConsoleFrame>;
  await s.waitFor((f) => f.type === "status");
  return s;
};

describe("the console's socket to the agent's actor", () => {
  it("closes when the agent's session expires", async () => {
    const site = await createSite();
    const cookie = await signIn(site.agent.email);
    // The session ends a moment from now: the actor's alarm closes the socket then, without waiting for a frame.
    await env.DB.prepare("UPDATE sessions SET expires_at = ? WHERE token_hash = ?").bind(Date.now() + 60_000, await sha256Hex(cookie.split("=")[1]!)).run();
    const socket = await consoleSocket(cookie);
    const agent = env.AGENT.get(env.AGENT.idFromName(site.agent.id));
    const { runInDurableObject } = await import("cloudflare:test");
    await runInDurableObject(agent, (_a, state) => {
      for (const ws of state.getWebSockets()) ws.serializeAttachment({ ...ws.deserializeAttachment(), expiresAt: Date.now() - 1 });
      state.storage.sql.exec("UPDATE deadlines SET at = ? WHERE name = 'session'", Date.now() - 1);
    });
    await runDurableObjectAlarm(agent);
    await socket.until(() => socket.closed);
    expect(socket.closed).toBe(true);
  });

  it("states the site's cap from the start and again when an admin changes it, on every open console", async () => {
    const site = await createSite();
    const cookie = await signIn(site.agent.email);
    const socket = await consoleSocket(cookie);
    expect(socket.of("status")[0]!.status.cap).toBe(3);
    const admin = await signIn(site.admin.email);
    expect((await call("PATCH", "/api/settings/chat", { cookie: admin, body: { chatCap: 5 } })).status).toBe(200);
    await socket.waitFor((f) => f.type === "status" && f.status.cap === 5);
    expect(socket.of("status").at(-1)!.status.cap).toBe(5);
  });

  it("answers status requests within the rate limit only: a flood of 1,000 gets a handful of answers", async () => {
    const site = await createSite();
    const cookie = await signIn(site.agent.email);
    const socket = await consoleSocket(cookie);
    for (let i = 0; i < 1000; i++) socket.raw("status");
    // A change pushed after the flood arrives after every frame of it was read.
    await call("PUT", "/api/me/availability", { cookie, body: { status: "available" } });
    await socket.waitFor((f) => f.type === "availability");
    const answers = socket.of("status").length - 1;
    expect(answers).toBeGreaterThan(0);
    expect(answers).toBeLessThanOrEqual(20);
  });
});

describe("offers the agent was never made", () => {
  it("an agent who never opened the console accepting or declining gets 409 with the reason, never a 500", async () => {
    const site = await chatSite("team");
    const chat = await startChat(site);
    for (const action of ["accept", "decline"]) {
      const res = await call("POST", `/api/offers/${chat.conversationId}/${action}`, { cookie: site.agentCookie, body: {} });
      expect(res.status, action).toBe(409);
      expect(res.body.error.message).toBe("This conversation was not offered to you, or the offer is gone.");
    }
  });
});

describe("the site's identity secret", () => {
  it("is one per site, admins only; rotating it refuses identities signed with the old one", async () => {
    const site = await chatSite("team");
    expect((await call("GET", "/api/settings/identity", { cookie: site.agentCookie })).status).toBe(403);
    const before = (await call("GET", "/api/settings/identity", { cookie: site.adminCookie })).body.identitySecret;
    expect(before).toBe(site.identitySecret);
    const identity = { id: "user-1", hash: await hmacHex(before, "user-1") };
    await startChat(site, { identity });
    const rotated = (await call("POST", "/api/settings/identity/rotate", { cookie: site.adminCookie })).body.identitySecret;
    expect(rotated).toMatch(/^[0-9a-f]{64}$/);
    expect(rotated).not.toBe(before);
    const old = await call("POST", "/widget/v1/conversations", { body: { experienceId: site.experienceId, channel: "widget", identity } });
    expect(old.status).toBe(401);
    // Another site's secret never verifies this site's customers.
    const other = await chatSite("team");
    const foreign = { id: "user-1", hash: await hmacHex(other.identitySecret, "user-1") };
    expect((await call("POST", "/widget/v1/conversations", { body: { experienceId: site.experienceId, channel: "widget", identity: foreign } })).status).toBe(401);
  });
});

describe("each channel from its own pages", () => {
  it("the support site's chat cannot be started from a widget's allowed origin", async () => {
    const site = await chatSite("team");
    await call("PATCH", `/api/experiences/${site.experienceId}`, { cookie: site.adminCookie, body: { allowedOrigins: ["https://shop.example"] } });
    const first = { clientId: "c1", body: "hi" };
    const fromShop = (channel: string) =>
      call("POST", "/widget/v1/conversations", { body: { experienceId: site.experienceId, channel, firstMessage: first }, headers: { origin: "https://shop.example" } });
    expect((await fromShop("widget")).status).toBe(200);
    const supportSite = await fromShop("support_site");
    expect(supportSite.status).toBe(403);
    expect(supportSite.body.error.message).toBe("This chat cannot be used on https://shop.example. An admin can add it to the experience's allowed origins.");
  });
});
