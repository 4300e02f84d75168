import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { demoSeedStatements, DEMO_PASSWORD } from "../../scripts/demo/seed";
import { BASE, call, signIn } from "../../test/fixtures";

beforeAll(async () => {
  await env.DB.batch((await demoSeedStatements()).map((s) => env.DB.prepare(s)));
});

const page = async (path: string) => {
  const res = await exports.default.fetch(new Request(`${BASE}${path}`));
  return { status: res.status, text: await res.text(), headers: res.headers };
};

describe("the support site", () => {
  it("serves a help center with the experience's articles by category, under a strict CSP", async () => {
    const home = await page("/support/help");
    expect(home.status).toBe(200);
    expect(home.headers.get("content-type")).toContain("text/html");
    expect(home.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(home.text).toContain("<h1><a href=\"/support/help\">Acme Help Center</a></h1>");
    expect(home.text).toContain("<h2>Troubleshooting</h2>");
    expect(home.text).toContain('href="/support/help/articles/descale-machine-descale-light"');
    const theme = await page("/support/help/theme.css");
    expect(theme.text).toContain("--accent: #b45309");
  });

  it("searches the knowledge base, best match first, with a snippet", async () => {
    const results = await page("/support/help/search?q=descale+light");
    expect(results.status).toBe(200);
    const first = results.text.indexOf("/support/help/articles/");
    expect(results.text.slice(first, first + 80)).toContain("descale-machine-descale-light");
    expect((await page("/support/help/search?q=quantum+physics")).text).toContain("No articles match.");
    expect((await page('/support/help/search?q=%22%29+OR+*')).status).toBe(200);
  });

  it("shows an article as text: markup an admin typed is escaped, never run", async () => {
    const admin = await signIn("admin@acme.test", DEMO_PASSWORD);
    await call("POST", "/api/articles", {
      cookie: admin,
      body: { title: "Tips <script>alert(1)</script>", slug: "tips", body: "Use <b>fresh</b> beans.\n\nSecond paragraph & more.", category: "Product" },
    });
    const article = await page("/support/help/articles/tips");
    expect(article.status).toBe(200);
    expect(article.text).not.toContain("<script>alert(1)</script>");
    expect(article.text).toContain("Tips &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(article.text).toContain("<p>Use &lt;b&gt;fresh&lt;/b&gt; beans.</p>");
    expect(article.text).toContain("<p>Second paragraph &amp; more.</p>");
  });

  it("answers 404 for unknown help centers and articles, and for experiences without the support-site channel", async () => {
    expect((await page("/support/nope")).status).toBe(404);
    expect((await page("/support/help/articles/nope")).status).toBe(404);
    expect((await page("/support/billing")).status).toBe(404); // the billing chat is widget-only
    const admin = await signIn("admin@acme.test", DEMO_PASSWORD);
    await call("PATCH", "/api/articles/art_warranty-coverage", { cookie: admin, body: { published: false } });
    expect((await page("/support/help/articles/warranty-coverage")).status).toBe(404);
  });
});
