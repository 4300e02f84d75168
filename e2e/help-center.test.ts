/**
 * The help center as a reader meets it: articles as documents (headings, numbered steps, lists, links,
 * bold), a breadcrumb back, related articles, "Was this helpful?" once per visitor (counted for admins
 * beside the knowledge gaps) and "Still need help? Chat with us", under the strict CSP.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, snapshot } from "./browser.ts";
import { signInToConsole } from "./console-pages.ts";
import { api, signIn } from "./helpers.ts";
import { startServer, type RunningServer } from "./server.ts";

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  return context.newPage();
}

const ARTICLE = "/support/help/articles/reset-forgotten-password";

test("an article reads as a document: section headings, numbered steps, bold, a linked breadcrumb and related articles", async () => {
  const admin = await signIn(server.url, "admin@acme.test");
  await api(server.url, "POST", "/api/articles", admin, {
    title: "Cleaning the milk frother",
    slug: "clean-milk-frother",
    category: "Troubleshooting",
    body: "# Before you start\n\nSwitch the machine **off**. See [the manual](https://acme.example/manual) or <script>alert(1)</script>.\n\n## Steps\n\n1. Take the frother out.\n2. Rinse it under **warm** water.\n3. Put it back.\n\n- No dishwasher\n- No soap",
  });
  const page = await newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const res = await page.goto(`${server.url}/support/help/articles/clean-milk-frother`);
  const csp = res?.headers()["content-security-policy"] ?? "";
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);

  await page.getByRole("heading", { level: 1, name: "Cleaning the milk frother" }).waitFor();
  await page.getByRole("heading", { level: 2, name: "Before you start" }).waitFor();
  await page.getByRole("heading", { level: 2, name: "Steps" }).waitFor();
  const steps = page.locator("article ol > li");
  assert.deepEqual(await steps.allTextContents(), ["Take the frother out.", "Rinse it under warm water.", "Put it back."]);
  assert.equal(await page.locator("article ol strong").textContent(), "warm");
  assert.equal(await page.locator("article ul > li").count(), 2);
  assert.equal(await page.getByRole("link", { name: "the manual" }).getAttribute("rel"), "noopener noreferrer");
  assert.equal(await page.locator("article script").count(), 0);
  await page.getByText("<script>alert(1)</script>").waitFor(); // shown as text, never run

  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await crumbs.getByRole("link", { name: "Troubleshooting" }).click();
  await page.waitForURL(/\/support\/help#c-troubleshooting$/);
  await page.locator("#c-troubleshooting").getByRole("link", { name: "Cleaning the milk frother" }).waitFor();
  await page.goBack();
  const related = page.getByRole("region", { name: "Related articles" });
  assert.ok((await related.getByRole("link").count()) >= 2);
  assert.equal(await related.getByRole("link", { name: "Cleaning the milk frother" }).count(), 0, "an article is not related to itself");
  await snapshot(page, "help-center-article");
  assert.deepEqual(errors, [], "the page broke its CSP or a script failed");

  const phone = await newPage({ width: 390, height: 844 });
  await phone.goto(`${server.url}${ARTICLE}`);
  await phone.getByRole("heading", { level: 1 }).waitFor();
  await snapshot(phone, "help-center-article-390");
});

test("Still need help? Chat with us opens the chat", async () => {
  const page = await newPage();
  await page.goto(`${server.url}${ARTICLE}`);
  await page.locator("[data-parley] >> button.launcher").waitFor();
  await page.getByRole("button", { name: "Chat with us" }).click();
  await page.frameLocator('iframe[title^="Chat with"]').getByLabel("Message").waitFor();
  assert.equal(await page.locator("[data-parley] >> button.launcher").getAttribute("aria-expanded"), "true");
});

test("Was this helpful? takes one vote per visitor and article, and admins see the counts beside the knowledge gaps", async () => {
  const reader = await newPage();
  await reader.goto(`${server.url}${ARTICLE}`);
  const box = reader.getByRole("region", { name: "Was this article helpful?" });
  await box.getByRole("button", { name: "No" }).click();
  await reader.getByRole("heading", { name: "Thanks for your feedback" }).waitFor();
  await reader.reload();
  await reader.getByRole("heading", { name: "Thanks for your feedback" }).waitFor();
  assert.equal(await reader.getByRole("button", { name: "Yes" }).count(), 0, "the same visitor was asked again");
  // A second vote from the same visitor (a replayed form) changes nothing.
  const replay = await reader.request.post(`${server.url}${ARTICLE}/feedback`, { form: { helpful: "yes" }, headers: { origin: server.url }, maxRedirects: 0 });
  assert.equal(replay.status(), 303);
  const forged = await reader.request.post(`${server.url}${ARTICLE}/feedback`, { form: { helpful: "maybe" }, headers: { origin: server.url }, maxRedirects: 0 });
  assert.equal(forged.status(), 400);
  const foreign = await reader.request.post(`${server.url}${ARTICLE}/feedback`, { form: { helpful: "yes" }, headers: { origin: "https://elsewhere.example", "sec-fetch-site": "cross-site" }, maxRedirects: 0 });
  assert.equal(foreign.status(), 403);

  const other = await newPage({ width: 390, height: 844 });
  await other.goto(`${server.url}${ARTICLE}`);
  await other.getByRole("region", { name: "Was this article helpful?" }).getByRole("button", { name: "Yes" }).click();
  await other.getByText("Glad it helped.").waitFor();

  const admin = await signIn(server.url, "admin@acme.test");
  const counts = await api(server.url, "GET", "/api/review/article-feedback?days=30", admin);
  const row = counts.articles.find((a: any) => a.slug === "reset-forgotten-password");
  assert.deepEqual({ helpful: row.helpful, notHelpful: row.notHelpful }, { helpful: 1, notHelpful: 1 });
  const agent = await fetch(`${server.url}/api/review/article-feedback`, { headers: { cookie: await signIn(server.url, "ana@acme.test") } });
  assert.equal(agent.status, 403);

  const console_ = await newPage();
  await signInToConsole(console_, server.url, "admin@acme.test");
  await console_.goto(`${server.url}/review/knowledge-gaps`);
  const panel = console_.getByRole("region", { name: "Was this article helpful?" });
  const line = panel.getByRole("row").filter({ hasText: "reset" });
  await line.first().waitFor();
  assert.match((await line.first().textContent()) ?? "", /1 yes.*1 no/i);
  await snapshot(console_, "console-gaps-article-feedback");
});
