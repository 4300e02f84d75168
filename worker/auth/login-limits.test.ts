/** Sign-in limits: per client IP across every email (password spraying), on top of the per-email limiter. */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { call, createSite, PASSWORD, type TestSite } from "../../test/fixtures";
import { database } from "../db/client";
import { loginFailures } from "../db/schema";

let site: TestSite;
beforeAll(async () => {
  site = await createSite();
});

const login = (ip: string, email: string, password: string) => call("POST", "/api/auth/login", { headers: { "cf-connecting-ip": ip }, body: { email, password } });

describe("the per-IP sign-in limit", () => {
  it("spraying one password over many emails from one IP is refused after LOGIN_IP_LIMIT failures, even with a right password; other IPs are not", async () => {
    const limit = Number(env.LOGIN_IP_LIMIT);
    expect(limit).toBe(50);
    for (let i = 0; i < limit; i++) {
      const res = await login("198.51.100.7", `victim-${i}@example.test`, "Spring2026!");
      expect(res.status, `attempt ${i + 1}`).toBe(401);
    }
    const next = await login("198.51.100.7", "victim-x@example.test", "Spring2026!");
    expect(next.status).toBe(429);
    expect(next.body.error.message).toBe("Too many failed sign-ins from your network. Wait 15 minutes and try again.");
    // Past the limit the right password is refused too, and sets no cookie.
    const right = await login("198.51.100.7", site.agent.email, PASSWORD);
    expect(right.status).toBe(429);
    expect(right.headers.get("set-cookie")).toBeNull();
    // Another address signs in as usual.
    expect((await login("198.51.100.8", site.agent.email, PASSWORD)).status).toBe(200);
    // Nothing in the table says which address it was.
    const rows = await database(env.DB).select().from(loginFailures);
    expect(JSON.stringify(rows)).not.toContain("198.51.100");
  });

  it("successful sign-ins do not count: a team behind one address signs in more often than the limit", async () => {
    const team = [site, await createSite(), await createSite()].flatMap((s) => [s.admin.email, s.agent.email]);
    for (let i = 0; i < 60; i++) expect((await login("198.51.100.9", team[i % team.length]!, PASSWORD)).status).toBe(200);
  });
});
