import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { call, createSite, PASSWORD, signIn, type TestSite } from "../../test/fixtures";
import { database } from "../db/client";
import { sessions } from "../db/schema";
import { sha256Hex } from "./password";

let site: TestSite;
beforeAll(async () => {
  site = await createSite();
});

describe("sign-in", () => {
  it("signs in with the right password and sets a hardened session cookie", async () => {
    const res = await call("POST", "/api/auth/login", { body: { email: site.agent.email, password: PASSWORD } });
    expect(res.status).toBe(200);
    expect(res.body.agent).toMatchObject({ email: site.agent.email, role: "agent", name: "Abe Agent" });
    expect(res.body.spaces.map((s: { key: string }) => s.key)).toEqual(["BILL"]);
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^parley_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    // Only the hash of the token is stored.
    const token = cookie.split(";")[0]!.split("=")[1]!;
    const db = database(env.DB);
    expect(await db.select().from(sessions).where(eq(sessions.tokenHash, token)).get()).toBeUndefined();
    expect(await db.select().from(sessions).where(eq(sessions.tokenHash, await sha256Hex(token))).get()).toBeDefined();
  });

  it("accepts the email in any case", async () => {
    const res = await call("POST", "/api/auth/login", { body: { email: site.agent.email.toUpperCase(), password: PASSWORD } });
    expect(res.status).toBe(200);
  });

  it("refuses a wrong password and an unknown user with the same message, and sets no cookie", async () => {
    const wrong = await call("POST", "/api/auth/login", { body: { email: site.agent.email, password: "nope" } });
    const unknown = await call("POST", "/api/auth/login", { body: { email: "nobody@example.test", password: PASSWORD } });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body.error.message).toBe("Email or password is incorrect.");
      expect(res.headers.get("set-cookie")).toBeNull();
    }
  });

  it("slows down guessing: too many attempts for one email get a 429", async () => {
    // The limiter's windows follow the wall clock (20 a minute): a window can turn over once during the run
    // (on a busy machine), so the refusal comes after 20 to 40 guesses, never later, and every one before it was a 401.
    const statuses: number[] = [];
    while (statuses.length < 45 && statuses.at(-1) !== 429) {
      statuses.push((await call("POST", "/api/auth/login", { body: { email: "target@example.test", password: `guess ${statuses.length}` } })).status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.length).toBeGreaterThan(20);
    expect(statuses.length).toBeLessThanOrEqual(41);
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
    const res = await call("POST", "/api/auth/login", { body: { email: "target@example.test", password: "x" } });
    expect(res.body.error.message).toBe("Too many sign-in attempts. Wait a minute and try again.");
    // Other accounts are not affected.
    expect((await call("POST", "/api/auth/login", { body: { email: site.agent.email, password: PASSWORD } })).status).toBe(200);
  });

  it("refuses malformed sign-in payloads with a readable 400", async () => {
    const missing = await call("POST", "/api/auth/login", { body: { email: site.agent.email } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/password/);
    const badEmail = await call("POST", "/api/auth/login", { body: { email: "not-an-email", password: "x" } });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.error.message).toMatch(/valid email/);
    const notJson = await call("POST", "/api/auth/login", { rawBody: "{oops" });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.message).toMatch(/not valid JSON/);
  });
});

describe("sessions", () => {
  it("GET /api/me answers the signed-in agent, and 401 without a session", async () => {
    const cookie = await signIn(site.admin.email);
    const me = await call("GET", "/api/me", { cookie });
    expect(me.status).toBe(200);
    expect(me.body.agent.role).toBe("admin");
    expect(me.body.site.id).toBe(site.siteId);
    const anonymous = await call("GET", "/api/me");
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.message).toBe("Sign in to continue.");
    const forged = await call("GET", "/api/me", { cookie: "parley_session=forged-token" });
    expect(forged.status).toBe(401);
  });

  it("accepts the token as a bearer token for API clients", async () => {
    const cookie = await signIn(site.agent.email);
    const me = await call("GET", "/api/me", { headers: { authorization: `Bearer ${cookie.split("=")[1]}` } });
    expect(me.status).toBe(200);
  });

  it("sign-out revokes the session: the same cookie no longer works", async () => {
    const cookie = await signIn(site.agent.email);
    const out = await call("POST", "/api/auth/logout", { cookie });
    expect(out.status).toBe(200);
    expect(out.headers.get("set-cookie")).toMatch(/parley_session=;/);
    const after = await call("GET", "/api/me", { cookie });
    expect(after.status).toBe(401);
    expect(after.body.error.message).toBe("You have signed out. Sign in again.");
  });

  it("an expired session is refused", async () => {
    const cookie = await signIn(site.agent.email);
    const hash = await sha256Hex(cookie.split("=")[1]!);
    await database(env.DB).update(sessions).set({ expiresAt: Date.now() - 1000 }).where(eq(sessions.tokenHash, hash));
    const res = await call("GET", "/api/me", { cookie });
    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe("Your session has expired. Sign in again.");
  });

  it("refuses a cross-origin write even with a valid session, and changes nothing", async () => {
    const cookie = await signIn(site.admin.email);
    const res = await call("PATCH", "/api/settings/chat", {
      cookie,
      body: { chatCap: 9 },
      headers: { origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/evil\.example/);
    const settings = await call("GET", "/api/settings/chat", { cookie });
    expect(settings.body.chatCap).toBe(3);
  });
});
