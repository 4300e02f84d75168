import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { call, createSite, signIn, type TestSite } from "../../test/fixtures";

let site: TestSite;
let admin: string;
let agent: string;
beforeAll(async () => {
  site = await createSite();
  admin = await signIn(site.admin.email);
  agent = await signIn(site.agent.email);
});

/** What the full-text index finds for a query, as article slugs. */
async function search(query: string): Promise<string[]> {
  const rows = await env.DB.prepare(
    `SELECT a.slug FROM articles_fts f JOIN articles a ON a.rowid = f.rowid
     WHERE articles_fts MATCH ?1 AND a.site_id = ?2 ORDER BY bm25(articles_fts)`,
  )
    .bind(query, site.siteId)
    .all<{ slug: string }>();
  return rows.results.map((r) => r.slug);
}

describe("knowledge-base articles", () => {
  it("creates, edits and deletes articles, and the full-text index follows", async () => {
    const created = await call("POST", "/api/articles", {
      cookie: admin,
      body: { title: "How refunds work", slug: "refunds", body: "Refunds reach your card within five business days.", category: "Billing" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ slug: "refunds", published: true, category: "Billing" });
    expect(await search("refund")).toEqual(["refunds"]);

    const edited = await call("PATCH", `/api/articles/${created.body.id}`, {
      cookie: admin,
      body: { body: "Money back arrives within five business days." },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.title).toBe("How refunds work");
    expect(await search("money")).toEqual(["refunds"]);
    expect(await search("card")).toEqual([]);

    const list = await call("GET", "/api/articles", { cookie: agent });
    expect(list.body.articles.map((a: { slug: string }) => a.slug)).toEqual(["refunds"]);

    expect((await call("DELETE", `/api/articles/${created.body.id}`, { cookie: admin })).status).toBe(200);
    expect(await search("money")).toEqual([]);
  });

  it("refuses bad articles with a readable 400 and a taken URL name with 409", async () => {
    const bad: [unknown, RegExp][] = [
      [{ slug: "x", body: "b" }, /title/],
      [{ title: "T", slug: "x", body: "" }, /body cannot be empty/],
      [{ title: "T", slug: "x", body: "b".repeat(20001) }, /at most 20,000 characters/],
      [{ title: "T", slug: "x", body: "b", published: "yes" }, /published/],
    ];
    for (const [body, message] of bad) {
      const res = await call("POST", "/api/articles", { cookie: admin, body });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
    await call("POST", "/api/articles", { cookie: admin, body: { title: "Shipping", slug: "shipping", body: "We ship." } });
    const dup = await call("POST", "/api/articles", { cookie: admin, body: { title: "Other", slug: "shipping", body: "Again." } });
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toBe('The URL name "shipping" is already used by "Shipping". Choose another.');
    const list = await call("GET", "/api/articles", { cookie: admin });
    expect(list.body.articles.map((a: { slug: string }) => a.slug)).toEqual(["shipping"]);
  });

  it("lets agents read but not write, and hides other sites' articles", async () => {
    expect((await call("POST", "/api/articles", { cookie: agent, body: { title: "T", slug: "t", body: "b" } })).status).toBe(403);
    const other = await createSite();
    const otherAdmin = await signIn(other.admin.email);
    const mine = (await call("GET", "/api/articles", { cookie: admin })).body.articles[0];
    expect((await call("GET", `/api/articles/${mine.id}`, { cookie: otherAdmin })).status).toBe(404);
    expect((await call("PATCH", `/api/articles/${mine.id}`, { cookie: otherAdmin, body: { title: "Mine" } })).status).toBe(404);
    expect((await call("DELETE", `/api/articles/${mine.id}`, { cookie: otherAdmin })).status).toBe(404);
    expect((await call("GET", "/api/articles", { cookie: otherAdmin })).body.articles).toEqual([]);
    expect((await call("GET", `/api/articles/${mine.id}`, { cookie: admin })).body.title).toBe("Shipping");
  });
});
