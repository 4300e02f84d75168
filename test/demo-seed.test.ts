import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGENTS, DEMO_PASSWORD, demoSeedStatements } from "../scripts/demo/seed";
import { call, signIn } from "./fixtures";

beforeAll(async () => {
  const statements = await demoSeedStatements();
  await env.DB.batch(statements.map((sql) => env.DB.prepare(sql)));
  // Seeding twice changes nothing (INSERT OR IGNORE), as `npm start` may meet a half-seeded database.
  await env.DB.batch(statements.map((sql) => env.DB.prepare(sql)));
});

describe("the demo site", () => {
  it("every demo agent signs in with the printed password and sees their spaces", async () => {
    for (const agent of DEMO_AGENTS) {
      const cookie = await signIn(agent.email, DEMO_PASSWORD);
      const me = await call("GET", "/api/me", { cookie });
      expect(me.body.agent).toMatchObject({ email: agent.email, role: agent.role });
      expect(me.body.site).toMatchObject({ name: "Acme", edition: "premium" });
      expect(me.body.spaces).toHaveLength(agent.spaces.length);
    }
  });

  it("has two chat-enabled spaces, one experience per support mode and a real knowledge base", async () => {
    const admin = await signIn("admin@acme.test", DEMO_PASSWORD);
    const spaces = (await call("GET", "/api/spaces", { cookie: admin })).body.spaces;
    expect(spaces.map((s: { key: string; chatEnabled: boolean }) => [s.key, s.chatEnabled])).toEqual([
      ["BILL", true],
      ["SUP", true],
    ]);
    const experiences = (await call("GET", "/api/experiences", { cookie: admin })).body.experiences;
    expect(experiences.map((e: { supportMode: string }) => e.supportMode).sort()).toEqual(["ai", "ai_team", "team"]);
    const articles = (await call("GET", "/api/articles", { cookie: admin })).body.articles;
    expect(articles.length).toBeGreaterThanOrEqual(15);
    const found = await env.DB.prepare(
      "SELECT a.slug FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT 1",
    )
      .bind("descale")
      .first<{ slug: string }>();
    expect(found?.slug).toMatch(/descal/);
  });
});
