import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, snapshot } from "./browser.ts";
import { signInToConsole } from "./console-pages.ts";
import { api, openWidget, say, signIn } from "./helpers.ts";
import { startServer, type RunningServer } from "./server.ts";

let server: RunningServer;
let browser: Browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const SOLVED = "how do I descale my machine?";
const GAP = "do you sell electric tea kettles?";

/** Polls an async probe until it answers something (conversations reach D1 through an outbox). */
async function eventually<T>(what: string, probe: () => Promise<T | undefined | null | false>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The conversation links the review list shows, in order. */
const listed = (page: Page) => page.locator("table.review-table tbody a").allTextContents();

test("an admin reviews the AI agent's conversations: filters, transcript, mark and note, knowledge gaps", async () => {
  // A customer on the support site: one question the AI answers and they confirm, one it cannot answer.
  const customer = await browser.newPage();
  await customer.goto(`${server.url}/support/assistant`);
  const frame = await openWidget(customer);
  await say(frame, SOLVED);
  await frame.locator(".bubble.ai").filter({ hasText: /descal/i }).first().waitFor(); // the answer about descaling (its source is a card, not a link in the text)
  await frame.getByRole("button", { name: "That solved it" }).click();
  await frame.getByText("This conversation has ended.").waitFor();
  await frame.getByRole("button", { name: "Start a new conversation" }).click();
  await say(frame, GAP);
  await frame.locator(".bubble.ai").filter({ hasText: "rather not guess" }).waitFor();
  await customer.close();

  const admin = await signIn(server.url, "admin@acme.test");
  await eventually("both conversations and the gap in D1", async () => {
    const list = await api(server.url, "GET", "/api/review/conversations", admin);
    const summaries = list.conversations.map((c: { summary: string; outcome: string | null }) => `${c.summary}|${c.outcome}`);
    const gaps = await api(server.url, "GET", "/api/review/knowledge-gaps?days=30", admin);
    return summaries.includes(`${SOLVED}|resolved_by_ai`) && summaries.some((s: string) => s.startsWith(GAP)) && gaps.gaps.length > 0;
  });

  // The admin opens Conversation review from the console's navigation.
  const page = await browser.newPage();
  await signInToConsole(page, server.url, "admin@acme.test");
  await page.getByRole("link", { name: "Conversation review" }).click();
  await page.getByRole("heading", { name: "Conversation review" }).waitFor();
  await page.locator("table.review-table").waitFor();
  const all = await listed(page);
  assert.ok(all.some((t) => t.includes(SOLVED)) && all.some((t) => t.includes(GAP)), `listed: ${all.join(" / ")}`);
  const solvedRow = page.getByRole("row").filter({ hasText: SOLVED });
  assert.match((await solvedRow.textContent()) ?? "", /Resolved by AI.*Not reviewed/);
  await snapshot(page, "console-review");

  // Filter by outcome: only the conversation the AI resolved; the filter lives in the address.
  await page.getByLabel("Outcome").selectOption({ label: "Resolved by AI" });
  await page.getByRole("row").filter({ hasText: GAP }).waitFor({ state: "detached" });
  assert.deepEqual((await listed(page)).map((t) => t.includes(SOLVED)), [true]);
  assert.match(page.url(), /outcome=resolved_by_ai/);
  await snapshot(page, "console-review-filtered");

  // Open it: the AI portion is marked, with the outcome and the (absent) handoff.
  await page.getByRole("link", { name: SOLVED }).click();
  await page.getByRole("heading", { level: 1, name: SOLVED }).waitFor();
  const portion = page.getByRole("region", { name: "AI portion" });
  await portion.getByText(SOLVED).waitFor();
  await portion.locator(".entry.ai").filter({ hasText: /descal/i }).first().waitFor(); // the answer about descaling (its source is a card, not a link in the text)
  const facts = page.getByRole("region", { name: "What happened" });
  assert.match((await facts.textContent()) ?? "", /OutcomeResolved by AI.*Handoff reasonNo handoff/);
  await page.getByText("Not reviewed yet.").waitFor();

  // A note too long is refused with the API's own message, and nothing is saved.
  await page.getByRole("radio", { name: "Needs work" }).check();
  await page.getByLabel("Note").fill("x".repeat(2001));
  await page.getByRole("button", { name: "Save review" }).click();
  assert.equal(await page.getByRole("alert").textContent(), "The request body is not valid: note: A note is at most 2,000 characters");
  await page.getByText("Unsaved changes").waitFor();
  await page.getByText("Not reviewed yet.").waitFor();

  const note = "Right article, but it should quote the descaling steps instead of only linking them.";
  await page.getByLabel("Note").fill(note);
  await page.getByRole("button", { name: "Save review" }).click();
  await page.getByRole("status").filter({ hasText: "Saved. Marked Needs work by you" }).waitFor();
  assert.equal(await page.getByRole("alert").count(), 0);
  await snapshot(page, "console-review-detail");

  // Kept after a reload.
  await page.reload();
  await page.getByRole("status").filter({ hasText: "Marked Needs work by you" }).waitFor();
  assert.equal(await page.getByRole("radio", { name: "Needs work" }).isChecked(), true);
  assert.equal(await page.getByLabel("Note").inputValue(), note);

  // Back to the list: the mark shows, and the mark filter finds it (or nothing).
  await page.getByRole("link", { name: "All conversations" }).click();
  await page.getByRole("row").filter({ hasText: SOLVED }).filter({ hasText: "Needs work" }).waitFor();
  await page.getByLabel("Review mark").selectOption({ label: "Bad" });
  await page.getByText("No conversations match these filters.").waitFor();
  await page.getByLabel("Review mark").selectOption({ label: "Needs work" });
  await page.getByRole("row").filter({ hasText: SOLVED }).waitFor();

  // A date range from tomorrow matches nothing; a start after the end is explained; clearing shows all again.
  const today = await page.evaluate(() => new Date().toLocaleDateString("en-CA"));
  const tomorrow = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() + 1);
    return d.toLocaleDateString("en-CA");
  });
  await page.getByRole("button", { name: "Clear filters" }).click();
  await page.getByLabel("From", { exact: true }).fill(today);
  await page.getByRole("row").filter({ hasText: GAP }).waitFor();
  await page.getByLabel("From", { exact: true }).fill(tomorrow);
  await page.getByText("No conversations match these filters.").waitFor();
  await page.getByLabel("To", { exact: true }).fill(today);
  await page.getByText("The “From” date is after the “To” date.").waitFor();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await page.getByRole("row").filter({ hasText: GAP }).waitFor();
  await page.getByRole("row").filter({ hasText: SOLVED }).waitFor();

  // Knowledge gaps: the question the AI could not answer, under its topic.
  await page.getByRole("link", { name: "Knowledge gaps" }).click();
  await page.getByRole("heading", { name: "Knowledge gaps" }).waitFor();
  const gapRow = page.getByRole("row").filter({ hasText: `“${GAP}”` });
  await gapRow.waitFor();
  assert.match((await gapRow.textContent()) ?? "", /kettles.*once/);
  await page.getByLabel("Period").selectOption({ label: "Last 7 days" });
  await gapRow.waitFor();
  assert.match(page.url(), /days=7/);
  await snapshot(page, "console-review-gaps");
  await page.close();
});

test("an agent who is not an admin does not see review, and is told so at its address", async () => {
  const page = await browser.newPage();
  await signInToConsole(page, server.url, "ana@acme.test");
  assert.equal(await page.getByRole("link", { name: "Conversation review" }).count(), 0);
  await page.goto(`${server.url}/review`);
  await page.getByText("Only admins can review the AI agent's conversations.").waitFor();
  assert.equal(await page.locator("table.review-table").count(), 0);
  await snapshot(page, "console-review-not-admin");
  await page.close();
});
