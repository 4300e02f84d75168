/**
 * Agent accounts belong to one site: an email is unique within a site, a person in two sites has two
 * accounts, and sign-in asks which site when the same email and password open both. Nothing answered to
 * one site says anything of another's accounts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { call, createSite, signIn, type TestSite } from "../../test/fixtures";

let a: TestSite;
let b: TestSite;
let adminA: string;
let adminB: string;
beforeAll(async () => {
  a = await createSite();
  b = await createSite();
  adminA = await signIn(a.admin.email);
  adminB = await signIn(b.admin.email);
});

const addAgent = (cookie: string, email: string, password: string, name = "Pat Person") => call("POST", "/api/agents", { cookie, body: { name, email, password } });
const login = (email: string, password: string, siteId?: string) => call("POST", "/api/auth/login", { body: { email, password, ...(siteId ? { siteId } : {}) } });
const siteName = async (cookie: string) => (await call("GET", "/api/me", { cookie })).body.site as { id: string; name: string };

describe("agent accounts per site", () => {
  it("POST /api/agents takes an email another site's agent uses: no cross-site 'already exists'", async () => {
    const res = await addAgent(adminB, a.agent.email, "a different password");
    expect(res.status).toBe(201);
    expect(res.body.email).toBe(a.agent.email);
    // Within one site the email is still one account.
    const dup = await addAgent(adminB, a.agent.email.toUpperCase(), "another password");
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toBe(`An agent with the email ${a.agent.email} already exists in your site.`);
    // Site A's admin sees only site A's agents.
    const listed = (await call("GET", "/api/agents", { cookie: adminA })).body.agents.map((x: { email: string }) => x.email);
    expect(listed.filter((e: string) => e === a.agent.email)).toHaveLength(1);
  });

  it("the same email with different passwords: each password opens its own site", async () => {
    const email = `dual-${Date.now()}@example.test`;
    await addAgent(adminA, email, "password for site A", "Dual in A");
    await addAgent(adminB, email, "password for site B", "Dual in B");
    const inA = await login(email, "password for site A");
    expect(inA.status).toBe(200);
    expect(inA.body.site.id).toBe(a.siteId);
    expect(inA.body.agent.name).toBe("Dual in A");
    const inB = await login(email, "password for site B");
    expect(inB.body.site.id).toBe(b.siteId);
  });

  it("the same email and password in two sites: the answer lists both sites (no cookie), and signing in with siteId opens that one", async () => {
    const email = `twin-${Date.now()}@example.test`;
    await addAgent(adminA, email, "one shared password", "Twin in A");
    await addAgent(adminB, email, "one shared password", "Twin in B");
    const choice = await login(email, "one shared password");
    expect(choice.status).toBe(200);
    expect(choice.headers.get("set-cookie")).toBeNull();
    const names = [await siteName(adminA), await siteName(adminB)].sort((x, y) => x.name.localeCompare(y.name));
    expect(choice.body).toEqual({ chooseSite: names.map((s) => ({ id: s.id, name: s.name })) });

    const chosen = await login(email, "one shared password", b.siteId);
    expect(chosen.status).toBe(200);
    expect(chosen.body.agent.name).toBe("Twin in B");
    expect(chosen.headers.get("set-cookie")).toMatch(/^parley_session=/);
    // A site where the password does not open an account is refused like any wrong password.
    const other = await createSite();
    for (const res of [await login(email, "one shared password", other.siteId), await login(email, "wrong", a.siteId)]) {
      expect(res.status).toBe(401);
      expect(res.body.error.message).toBe("Email or password is incorrect.");
      expect(res.headers.get("set-cookie")).toBeNull();
    }
  });

  it("a site whose password does not match is never listed, and wrong passwords answer as an unknown email does", async () => {
    const email = `partial-${Date.now()}@example.test`;
    await addAgent(adminA, email, "shared by A and B", "In A");
    await addAgent(adminB, email, "only site B's", "In B");
    const res = await login(email, "shared by A and B");
    expect(res.status).toBe(200);
    expect(res.body.site.id).toBe(a.siteId);
    expect(res.body).not.toHaveProperty("chooseSite");
    const wrong = await login(email, "neither");
    const unknown = await login(`nobody-${Date.now()}@example.test`, "neither");
    expect(wrong.body).toEqual(unknown.body);
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
  });
});
