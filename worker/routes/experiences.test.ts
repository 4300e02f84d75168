import { beforeAll, describe, expect, it } from "vitest";
import { call, createSite, signIn, type TestSite } from "../../test/fixtures";

let premium: TestSite;
let standard: TestSite;
let admin: string;
let standardAdmin: string;
beforeAll(async () => {
  premium = await createSite("premium");
  standard = await createSite("standard");
  admin = await signIn(premium.admin.email);
  standardAdmin = await signIn(standard.admin.email);
});

const experience = (spaceId: string, extra: Record<string, unknown> = {}) => ({
  name: "Help center",
  slug: `help-${Math.random().toString(36).slice(2, 8)}`,
  supportMode: "ai_team",
  channels: ["support_site", "widget"],
  spaceId,
  allowedOrigins: ["https://www.acme.example"],
  ...extra,
});

const count = async (cookie: string) => (await call("GET", "/api/experiences", { cookie })).body.experiences.length;

describe("customer experiences", () => {
  it("creates an experience with defaults, then edits and deletes it", async () => {
    const created = await call("POST", "/api/experiences", { cookie: admin, body: experience(premium.billing.id) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ supportMode: "ai_team", greeting: "Hi! How can we help?", aiAgentName: "Parley AI", handoffRules: [], leaveMessageAfterSeconds: 180 });
    expect(created.body).not.toHaveProperty("identitySecret"); // one secret per site, in the site's settings
    const edited = await call("PATCH", `/api/experiences/${created.body.id}`, {
      cookie: admin,
      body: {
        greeting: "Hello from Acme",
        handoffRules: [{ kind: "keywords", name: "Legal", keywords: ["lawyer", "chargeback"] }],
      },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.greeting).toBe("Hello from Acme");
    expect(edited.body.handoffRules).toEqual([{ kind: "keywords", name: "Legal", keywords: ["lawyer", "chargeback"] }]);
    expect(edited.body.slug).toBe(created.body.slug);
    const deleted = await call("DELETE", `/api/experiences/${created.body.id}`, { cookie: admin });
    expect(deleted.status).toBe(200);
    expect((await call("GET", `/api/experiences/${created.body.id}`, { cookie: admin })).status).toBe(404);
  });

  it("refuses live-chat modes on the standard edition, naming the edition; AI-only is fine", async () => {
    for (const supportMode of ["team", "ai_team"]) {
      const res = await call("POST", "/api/experiences", { cookie: standardAdmin, body: experience(standard.billing.id, { supportMode }) });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain(`support mode '${supportMode}'`);
      expect(res.body.error.message).toContain("needs the Premium or Enterprise edition; this site is on Standard");
    }
    expect(await count(standardAdmin)).toBe(0);
    const ai = await call("POST", "/api/experiences", { cookie: standardAdmin, body: experience(standard.billing.id, { supportMode: "ai" }) });
    expect(ai.status).toBe(201);
    const upgrade = await call("PATCH", `/api/experiences/${ai.body.id}`, { cookie: standardAdmin, body: { supportMode: "team" } });
    expect(upgrade.status).toBe(403);
    expect((await call("GET", `/api/experiences/${ai.body.id}`, { cookie: standardAdmin })).body.supportMode).toBe("ai");
  });

  it("routes only to a space with chat on", async () => {
    const before = await count(admin);
    const res = await call("POST", "/api/experiences", { cookie: admin, body: experience(premium.support.id, { supportMode: "team" }) });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(
      'Chat is switched off in the space "Support". Switch chat on in that space before routing conversations to it.',
    );
    expect(await count(admin)).toBe(before);
    const ok = await call("POST", "/api/experiences", { cookie: admin, body: experience(premium.billing.id, { supportMode: "team" }) });
    const move = await call("PATCH", `/api/experiences/${ok.body.id}`, { cookie: admin, body: { spaceId: premium.support.id } });
    expect(move.status).toBe(409);
    expect((await call("GET", `/api/experiences/${ok.body.id}`, { cookie: admin })).body.spaceId).toBe(premium.billing.id);
  });

  it("refuses to switch chat off in a space live experiences route to, naming them", async () => {
    const site = await createSite("enterprise");
    const cookie = await signIn(site.admin.email);
    await call("POST", "/api/experiences", { cookie, body: experience(site.billing.id, { name: "Web chat", supportMode: "team" }) });
    await call("POST", "/api/experiences", { cookie, body: experience(site.billing.id, { name: "App chat", supportMode: "ai_team" }) });
    await call("POST", "/api/experiences", { cookie, body: experience(site.billing.id, { name: "Bot only", supportMode: "ai" }) });
    const off = await call("PATCH", `/api/spaces/${site.billing.id}`, { cookie, body: { chatEnabled: false } });
    expect(off.status).toBe(409);
    expect(off.body.error.message).toBe(
      'Chat cannot be switched off in "Billing": the customer experiences "App chat" (ai_team), "Web chat" (team) ' +
        "route conversations to it. Route them to another space or change the support mode first.",
    );
    const spaces = (await call("GET", "/api/spaces", { cookie })).body.spaces;
    expect(spaces.find((s: { id: string }) => s.id === site.billing.id).chatEnabled).toBe(true);
  });

  it("allowed origins: refuses a host that is not a domain name or an IP (wildcards, ';', ',') and stores nothing; PATCH too", async () => {
    const before = await count(admin);
    for (const origin of ["https://*", "http://a.example;report-uri", "https://a.example,https://b.example", "https://*.acme.example"]) {
      const res = await call("POST", "/api/experiences", { cookie: admin, body: experience(premium.billing.id, { allowedOrigins: [origin] }) });
      expect(res.status, origin).toBe(400);
      expect(res.body.error.message).toMatch(/host is a domain name or an IP address/);
    }
    // Whitespace inside the host, in any form a URL parser might forgive (around it, it is trimmed).
    for (const origin of ["https://a .example", "https://a.example /", "https://a%20b.example", "https://a\tb.example", "https://a\u00a0b.example"]) {
      const res = await call("POST", "/api/experiences", { cookie: admin, body: experience(premium.billing.id, { allowedOrigins: [origin] }) });
      expect(res.status, JSON.stringify(origin)).toBe(400);
    }
    expect(await count(admin)).toBe(before);
    const fine = ["https://www.acme.example", "http://127.0.0.1:8787", "http://localhost:8788", "http://[::1]:8080", "https://xn--bcher-kva.example"];
    const created = await call("POST", "/api/experiences", { cookie: admin, body: experience(premium.billing.id, { allowedOrigins: fine }) });
    expect(created.status).toBe(201);
    const patched = await call("PATCH", `/api/experiences/${created.body.id}`, { cookie: admin, body: { allowedOrigins: ["https://*"] } });
    expect(patched.status).toBe(400);
    expect((await call("GET", `/api/experiences/${created.body.id}`, { cookie: admin })).body.allowedOrigins).toEqual(fine);
  });

  it("handoff rules: refuses a pattern with catastrophic backtracking, naming the rule, and stores nothing; safe patterns save", async () => {
    const before = await count(admin);
    const unsafe: [string, RegExp][] = [
      ["^(a+)+$", /exponentially long/],
      ["(a|a)*$", /can take (exponentially|very) long/],
      ["(\\w+\\s?)+$", /exponentially long/],
      ["\\s*\\s*refund", /very long on long messages/],
    ];
    for (const [pattern, why] of unsafe) {
      const rules = [{ kind: "keywords", name: "Legal", keywords: ["lawyer"] }, { kind: "pattern", name: "Stuck", pattern }];
      const res = await call("POST", "/api/experiences", { cookie: admin, body: experience(premium.billing.id, { handoffRules: rules }) });
      expect(res.status, pattern).toBe(400);
      expect(res.body.error.code).toBe("unsafe_pattern");
      expect(res.body.error.message).toMatch(/^The pattern of handoff rule "Stuck" is refused: /);
      expect(res.body.error.message).toMatch(why);
      expect(res.body.error.issues).toEqual([{ path: "handoffRules.1.pattern", message: expect.any(String) }]);
    }
    expect(await count(admin)).toBe(before);
    const safe = ["order\\s*#?\\d{6}", "\\b(refund|money back|chargeback)s?\\b", "cancel.*account", "https?://\\S+/invoice"];
    const created = await call("POST", "/api/experiences", {
      cookie: admin,
      body: experience(premium.billing.id, { handoffRules: safe.map((pattern, i) => ({ kind: "pattern", name: `Safe ${i}`, pattern })) }),
    });
    expect(created.status).toBe(201);
    const patched = await call("PATCH", `/api/experiences/${created.body.id}`, { cookie: admin, body: { handoffRules: [{ kind: "pattern", name: "Nested", pattern: "^(a+)+$" }] } });
    expect(patched.status).toBe(400);
    expect(patched.body.error.message).toMatch(/handoff rule "Nested"/);
    expect((await call("GET", `/api/experiences/${created.body.id}`, { cookie: admin })).body.handoffRules).toHaveLength(safe.length);
  });

  it("refuses bad experience payloads with a readable 400 and stores nothing", async () => {
    const before = await count(admin);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ supportMode: "robot" }, /supportMode/],
      [{ channels: [] }, /Choose at least one channel/],
      [{ channels: ["widget", "widget"] }, /Each channel once/],
      [{ allowedOrigins: ["https://acme.example/path"] }, /scheme and host only/],
      [{ allowedOrigins: ["javascript:alert(1)"] }, /scheme and host only/],
      [{ greeting: "x".repeat(501) }, /greeting.*at most 500/],
      [{ color: "red" }, /hex colour/],
      [{ leaveMessageAfterSeconds: 2 }, /after 10 seconds at the earliest/],
      [{ slug: "Has Spaces" }, /URL name/],
      [{ handoffRules: [{ kind: "pattern", name: "Bad", pattern: "(" }] }, /Not a valid regular expression/],
      [{ handoffRules: [{ kind: "telepathy", name: "x" }] }, /handoffRules/],
      [{ identitySecret: "mine" }, /Unknown field\(s\): identitySecret/],
    ];
    for (const [extra, message] of cases) {
      const res = await call("POST", "/api/experiences", { cookie: admin, body: experience(premium.billing.id, extra) });
      expect(res.status, JSON.stringify(extra)).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
    const missing = await call("POST", "/api/experiences", { cookie: admin, body: { name: "Only a name" } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(["slug", "supportMode", "channels", "spaceId"]));
    const unknownSpace = await call("POST", "/api/experiences", { cookie: admin, body: experience("sp_nope") });
    expect(unknownSpace.status).toBe(404);
    expect(unknownSpace.body.error.message).toBe("The space was not found.");
    expect(await count(admin)).toBe(before);
  });

  it("refuses a taken URL name", async () => {
    const first = await call("POST", "/api/experiences", { cookie: admin, body: experience(premium.billing.id, { slug: "taken", name: "First" }) });
    expect(first.status).toBe(201);
    const second = await call("POST", "/api/experiences", { cookie: admin, body: experience(premium.billing.id, { slug: "taken" }) });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toBe('The URL name "taken" is already used by the experience "First". Choose another.');
  });

  it("refuses another site's support-site address without naming what holds it, so no site can take down another's help center", async () => {
    const mine = await call("POST", "/api/experiences", { cookie: admin, body: experience(premium.billing.id, { slug: "shared-name", name: "Premium help", supportMode: "ai" }) });
    expect(mine.status).toBe(201);
    const theirs = await call("POST", "/api/experiences", { cookie: standardAdmin, body: experience(standard.billing.id, { slug: "shared-name", supportMode: "ai" }) });
    expect(theirs.status).toBe(409);
    expect(theirs.body.error.message).toBe("The support site address /support/shared-name is already taken. Choose another URL name.");
    expect(theirs.body.error.message).not.toContain("Premium help");
    const renamed = await call("POST", "/api/experiences", { cookie: standardAdmin, body: experience(standard.billing.id, { slug: "other-name", supportMode: "ai" }) });
    expect(renamed.status).toBe(201);
    const grab = await call("PATCH", `/api/experiences/${renamed.body.id}`, { cookie: standardAdmin, body: { slug: "shared-name" } });
    expect(grab.status).toBe(409);
  });

  it("is for admins of the same site only", async () => {
    const created = await call("POST", "/api/experiences", { cookie: admin, body: experience(premium.billing.id) });
    const agent = await signIn(premium.agent.email);
    expect((await call("GET", "/api/experiences", { cookie: agent })).status).toBe(403);
    expect((await call("PATCH", `/api/experiences/${created.body.id}`, { cookie: agent, body: { name: "Mine" } })).status).toBe(403);
    const stranger = await call("PATCH", `/api/experiences/${created.body.id}`, { cookie: standardAdmin, body: { name: "Mine" } });
    expect(stranger.status).toBe(404);
    expect((await call("DELETE", `/api/experiences/${created.body.id}`, { cookie: standardAdmin })).status).toBe(404);
    // Routing to another site's space is refused as an unknown space.
    const foreignSpace = await call("POST", "/api/experiences", { cookie: admin, body: experience(standard.billing.id, { supportMode: "ai" }) });
    expect(foreignSpace.status).toBe(404);
    expect((await call("GET", `/api/experiences/${created.body.id}`, { cookie: admin })).body.name).toBe("Help center");
  });
});
