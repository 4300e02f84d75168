import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { demoSeedStatements, DEMO_PASSWORD } from "../../scripts/demo/seed";
import { articleHtml } from "../support-site/markdown";
import { BASE, call, signIn } from "../../test/fixtures";

beforeAll(async () => {
  await env.DB.batch((await demoSeedStatements()).map((s) => env.DB.prepare(s)));
});

const ARTICLE = "/support/help/articles/descale-machine-descale-light";

/** Posts the article page's form, as a browser does. */
const vote = (helpful: string, cookie?: string, origin = BASE, fetchSite?: string) =>
  exports.default.fetch(
    new Request(`${BASE}${ARTICLE}/feedback`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin, ...(cookie ? { cookie } : {}), ...(fetchSite ? { "sec-fetch-site": fetchSite } : {}) },
      body: new URLSearchParams({ helpful }).toString(),
      redirect: "manual",
    }),
  );

describe("article documents", () => {
  it("renders headings, steps, lists, links and bold; drops markup, script links and styles", () => {
    const out = articleHtml(
      "# Top\n\n## Steps\n\n1. **Open** it\n2. Close it\n\n- one\n\n[ok](https://acme.example) [bad](javascript:alert(1)) [call](tel:123) [here](/support/help) <img src=x onerror=alert(1)>\n\n| a |\n|--:|\n| 1 |",
    );
    expect(out).toContain("<h2>Top</h2>");
    expect(out).toContain("<h2>Steps</h2>");
    expect(out).toContain("<ol>\n<li><strong>Open</strong> it</li>");
    expect(out).toContain("<ul>\n<li>one</li>");
    expect(out).toContain('<a href="https://acme.example" rel="noopener noreferrer">ok</a>');
    expect(out).not.toContain('href="javascript');
    expect(out).toContain("<a href>call</a>"); // only web, mail and in-site links keep their target
    expect(out).toContain('<a href="/support/help">here</a>');
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(out).not.toContain("style=");
  });
});

describe("Was this helpful?", () => {
  it("takes one vote per visitor and article and counts it for admins only", async () => {
    const first = await vote("no");
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe(`${ARTICLE}#feedback`);
    const cookie = (first.headers.get("set-cookie") ?? "").split(";")[0]!;
    expect(cookie).toMatch(/^parley_hc_visitor=[0-9a-f-]{36}$/);
    expect(first.headers.get("set-cookie")).toMatch(/HttpOnly/i);

    expect((await vote("yes", cookie)).status).toBe(303); // the same visitor again: nothing changes
    const page = await (await exports.default.fetch(new Request(`${BASE}${ARTICLE}`, { headers: { cookie } }))).text();
    expect(page).toContain("Thanks for your feedback");
    expect(page).not.toContain('name="helpful"');
    expect((await vote("yes")).status).toBe(303); // another visitor

    const admin = await signIn("admin@acme.test", DEMO_PASSWORD);
    const counts = await call("GET", "/api/review/article-feedback?days=30", { cookie: admin });
    expect(counts.status).toBe(200);
    expect(counts.body.articles).toEqual([
      expect.objectContaining({ slug: "descale-machine-descale-light", helpful: 1, notHelpful: 1, category: "Troubleshooting" }),
    ]);
    const agent = await signIn("ana@acme.test", DEMO_PASSWORD);
    expect((await call("GET", "/api/review/article-feedback", { cookie: agent })).status).toBe(403);
  });

  it("refuses a vote that is not yes or no, from another origin, or on an unknown article", async () => {
    expect((await vote("maybe")).status).toBe(400);
    expect((await vote("yes", undefined, "https://elsewhere.example")).status).toBe(403);
    expect((await vote("yes", undefined, "null", "cross-site")).status).toBe(403);
    expect((await vote("maybe", undefined, "null", "same-origin")).status).toBe(400); // a browser's own form (no referrer): accepted as ours
    const unknown = await exports.default.fetch(
      new Request(`${BASE}/support/help/articles/nope/feedback`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", origin: BASE }, body: "helpful=yes" }),
    );
    expect(unknown.status).toBe(404);
  });

  it("a form body past 4 KB is refused with 413 before it is parsed, and counts no vote", async () => {
    const before = await env.DB.prepare("SELECT COUNT(*) AS n FROM article_feedback").first<{ n: number }>();
    const big = await exports.default.fetch(
      new Request(`${BASE}${ARTICLE}/feedback`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: BASE },
        body: `helpful=yes&pad=${"x".repeat(5 * 1024 * 1024)}`,
        redirect: "manual",
      }),
    );
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string } }).error.code).toBe("body_too_large");
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM article_feedback").first<{ n: number }>()).toEqual(before);
  });
});
