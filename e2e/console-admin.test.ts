/**
 * What an admin does beyond one conversation, as a person uses the console: close or reassign any open
 * conversation (from its pane and from its work item), give a task an assignee and labels, read customers'
 * ratings (in the conversation, the customer's profile and Conversation review → Satisfaction), see a queue
 * whose query cannot run say so, and set a space's business hours.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, beforeEach, test } from "node:test";
import type { Browser, BrowserContext, FrameLocator, Page } from "playwright-core";
import { demoSeedStatements } from "../scripts/demo/seed.ts";
import { launchBrowser, snapshot } from "./browser.ts";
import { goAvailable, listSection, offerIn, openConsole, setAvailable, threadIn } from "./console-pages.ts";
import { api, closeHostPages, customerWrites, hostPage, openWidget, say, signIn } from "./helpers.ts";
import { startServer, type RunningServer } from "./server.ts";

let server: RunningServer;
let browser: Browser;
let stateDir: string;
const contexts: BrowserContext[] = [];
let shop: string;
const cookies: Record<string, string> = {};

/** Runs wrangler on the test's local database, as scripts/local-db.ts does for npm start. */
function wrangler(args: string[]): void {
  const result = spawnSync(join(process.cwd(), "node_modules", ".bin", "wrangler"), [...args, "--persist-to", stateDir], {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  if (result.status !== 0) throw new Error(`wrangler ${args.join(" ")} failed: ${result.stdout}\n${result.stderr}`);
}

/** The demo site, and a queue saved before the JQL nesting limit existed (the API refuses it now). */
async function prepareDatabase(): Promise<void> {
  wrangler(["d1", "migrations", "apply", "DB", "--local"]);
  const seed = join(stateDir, "seed.sql");
  writeFileSync(seed, (await demoSeedStatements()).map((s) => `${s};`).join("\n"));
  wrangler(["d1", "execute", "DB", "--local", "--file", seed]);
  wrangler(["d1", "execute", "DB", "--local", "--command", `INSERT INTO queues (id, site_id, space_id, name, jql, position) VALUES ('q_old_deep', 'site_acme', 'sp_billing', 'Old deep', '${DEEP_JQL}', 9)`]);
}
const DEEP_JQL = `${"NOT ".repeat(50)}status = Open`;

before(async () => {
  stateDir = mkdtempSync(join(tmpdir(), "parley-e2e-admin-"));
  await prepareDatabase();
  server = await startServer({ stateDir });
  browser = await launchBrowser();
  for (const who of ["admin", "ana", "ben", "cy"]) cookies[who] = await signIn(server.url, `${who}@acme.test`);
  shop = await hostPage(server.url, "exp_billing");
  await api(server.url, "PATCH", "/api/experiences/exp_billing", cookies.admin!, { allowedOrigins: [shop] });
  await api(server.url, "PATCH", "/api/settings/chat", cookies.admin!, { chatCap: 10 });
});
after(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  closeHostPages();
  await server?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});
beforeEach(async () => {
  for (const who of ["admin", "ana", "ben", "cy"]) await setAvailable(server.url, cookies[who]!, "unavailable");
});

const customer = (line: string) => customerWrites(browser, contexts, shop, line);

const liveRow = (page: Page, text: string) => listSection(page, "Live in your spaces").getByRole("listitem").filter({ hasText: text });

/** Opens a work item by its key from the queue screen's JQL search. */
async function openItem(page: Page, key: string): Promise<void> {
  await page.goto(`${server.url}/queues`);
  await page.getByLabel("Filter (JQL)").fill(`key = ${key}`);
  await page.getByText("✓ Valid query").waitFor();
  await page.getByRole("table", { name: "Work items" }).getByRole("link", { name: key }).click();
  await page.getByRole("heading", { level: 1 }).filter({ hasText: key }).waitFor();
}

test("an admin reassigns a conversation from its pane, then closes it for everyone", async () => {
  const ben = await openConsole(browser, server.url, "ben@acme.test", contexts);
  const ana = await openConsole(browser, server.url, "ana@acme.test", contexts);
  const admin = await openConsole(browser, server.url, "admin@acme.test", contexts);
  await goAvailable(ben);
  const { widget } = await customer("The app double-billed my subscription");
  await offerIn(ben).filter({ hasText: "double-billed" }).getByRole("button", { name: "Accept" }).click();
  await ben.waitForURL(/\/conversations\/cv_/);

  // Ben is away from his desk: the admin gives the conversation to Ana.
  await liveRow(admin, "double-billed").getByRole("link").click();
  const pane = threadIn(admin);
  await pane.getByText("Ben Brooks has this conversation. You are watching.").waitFor();
  await pane.getByRole("button", { name: "Reassign to…" }).click();
  const reassign = pane.getByRole("form", { name: "Reassign the conversation" });
  await reassign.getByLabel("Reassign to").waitFor();
  const options = await reassign.getByLabel("Reassign to").locator("option").allTextContents();
  assert.ok(options.includes("Ana Alvarez") && !options.includes("Ben Brooks"), `the space's other members: ${options.join(", ")}`);
  assert.ok(!options.includes("Cy Chen"), "Cy is not in Billing support");
  await reassign.getByLabel("Reassign to").selectOption({ label: "Ana Alvarez" });
  await snapshot(admin, "console-admin-reassign");
  await reassign.getByRole("button", { name: "Reassign", exact: true }).click();
  await pane.getByRole("status").filter({ hasText: "Reassigned to Ana Alvarez." }).waitFor();
  await pane.getByText("Ana Alvarez has this conversation. You are watching.").waitFor();
  await threadIn(ben).getByText("Ana Alvarez has this conversation. You are watching.").waitFor();
  await ana.locator(".conversation-sidebar section").first().getByRole("link").filter({ hasText: "double-billed" }).waitFor();
  await widget.getByText("Your chat was passed on to Ana Alvarez, who can see everything so far.").waitFor(); // told Ben handed over

  // A stale chat: the admin closes it with an outcome; everyone sees it end.
  await pane.getByRole("button", { name: "Close…" }).click();
  const close = pane.getByRole("form", { name: "Close the conversation" });
  await close.getByLabel("Outcome").selectOption({ label: "Not resolved" });
  await close.getByRole("button", { name: "Close conversation for everyone" }).click();
  await pane.getByText("This conversation has ended.").first().waitFor();
  await widget.getByText("This conversation has ended.").waitFor();
  assert.equal(await pane.getByRole("button", { name: "Close…" }).count(), 0, "nothing to close any more");
  await snapshot(admin, "console-admin-closed");
});

test("on the work-item page an admin reassigns and closes a waiting conversation, and gives a task an assignee and labels", async () => {
  const admin = await openConsole(browser, server.url, "admin@acme.test", contexts);
  await customer("Nobody is answering my question about VAT");
  const row = liveRow(admin, "about VAT");
  await row.getByText("Waiting for a person").waitFor({ timeout: 20_000 });
  const key = (await row.locator(".key").textContent())!;
  await openItem(admin, key);
  const now = admin.getByRole("region", { name: "Conversation now" });
  await now.getByText("Waiting for a person").waitFor();
  await now.getByRole("button", { name: "Reassign to…" }).click();
  await now.getByLabel("Reassign to").selectOption({ label: "Ben Brooks" });
  await now.getByRole("button", { name: "Reassign", exact: true }).click();
  await now.getByRole("status").filter({ hasText: "Reassigned to Ben Brooks." }).waitFor();
  await now.getByText("With a person · Ben Brooks").waitFor();
  await admin.locator("dl.fields").getByText("Ben Brooks").waitFor({ timeout: 10_000 }); // the work item follows
  await now.getByRole("button", { name: "Close…" }).click();
  await now.getByRole("button", { name: "Close conversation for everyone" }).click();
  await now.getByText("It has ended; nothing more to do here.").waitFor();
  await snapshot(admin, "console-admin-item-conversation");

  // A task: its assignee (the space's members) and its labels, kept after a reload; a bad label is refused.
  const task = await api(server.url, "POST", "/api/work-items", cookies.admin!, { spaceId: "sp_billing", type: "Task", summary: "Call back the VAT customer" });
  await openItem(admin, task.key);
  const fields = admin.locator("dl.fields");
  await admin.getByLabel("Assignee").selectOption({ label: "Ana Alvarez" });
  await admin.getByLabel("New label").fill("vat");
  await admin.getByRole("button", { name: "Add label" }).click();
  await fields.getByRole("list", { name: "Labels" }).getByText("vat").waitFor();
  await admin.getByLabel("New label").fill("call back!");
  await admin.getByRole("button", { name: "Add label" }).click();
  await fields.getByRole("alert").filter({ hasText: "A label is 1–40 letters, digits, dots, dashes or underscores" }).waitFor();
  await admin.getByLabel("New label").fill("callback");
  await admin.getByRole("button", { name: "Add label" }).click();
  await fields.getByRole("list", { name: "Labels" }).getByText("callback").waitFor();
  await snapshot(admin, "console-admin-item-task");
  await admin.reload();
  await fields.getByRole("list", { name: "Labels" }).getByText("callback").waitFor();
  assert.equal(await admin.getByLabel("Assignee").locator("option:checked").textContent(), "Ana Alvarez");
  await admin.getByRole("button", { name: "Remove label vat" }).click();
  await admin.getByRole("button", { name: "Remove label vat" }).waitFor({ state: "detached" });
  const saved = await api(server.url, "GET", `/api/work-items/${task.id}`, cookies.admin!);
  assert.deepEqual({ assignee: saved.assignee?.name, labels: saved.labels }, { assignee: "Ana Alvarez", labels: ["callback"] });
});

test("the customer's rating shows in the conversation, in their profile, and in the admins' satisfaction view", async () => {
  const ben = await openConsole(browser, server.url, "ben@acme.test", contexts);
  await goAvailable(ben);
  const { widget } = await customer("Please update my billing address");
  await offerIn(ben).filter({ hasText: "update my billing address" }).getByRole("button", { name: "Accept" }).click();
  await ben.waitForURL(/\/conversations\/cv_/);
  const pane = threadIn(ben);
  await pane.getByRole("button", { name: "Close conversation" }).click();
  await pane.getByRole("button", { name: "Close", exact: true }).click();
  await pane.getByText("This conversation has ended.").first().waitFor();

  // The customer rates it in the widget; Ben's pane shows it at once.
  await widget.getByRole("radio", { name: "4 of 5: Good" }).check({ force: true });
  await widget.getByLabel("Anything to add? (optional)").fill("Quick and kind");
  await widget.getByRole("button", { name: "Send rating" }).click();
  const rating = pane.locator(".thread-rating");
  await rating.getByText("4 of 5: Good").waitFor();
  await rating.getByText("Quick and kind").waitFor();
  await snapshot(ben, "console-admin-rating-pane");

  // In the customer's profile, beside that conversation.
  await ben.getByRole("link", { name: "Open profile" }).click();
  const rated = ben.getByRole("table", { name: "Conversations" }).getByRole("row").filter({ hasText: "update my billing address" });
  for (let i = 0; !(await rated.getByText("4 of 5: Good").count()); i++) {
    assert.ok(i < 40, "the profile never showed the rating"); // the work item follows the conversation a moment later
    await ben.reload();
    await rated.waitFor();
  }
  await rated.getByText("Quick and kind").waitFor();

  // Admins see the average per space and per week in Conversation review → Satisfaction; agents do not.
  const admin = await openConsole(browser, server.url, "admin@acme.test", contexts);
  await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Conversation review" }).click();
  await admin.getByRole("navigation", { name: "Conversation review" }).getByRole("link", { name: "Satisfaction" }).click();
  await admin.getByRole("heading", { name: "Customer satisfaction" }).waitFor();
  await admin.getByRole("status").filter({ hasText: "4.0 of 5 on average from 1 rating" }).waitFor();
  const perSpace = admin.getByRole("table", { name: "Satisfaction per space" });
  await perSpace.getByRole("row").filter({ hasText: "Billing support" }).getByText("4.0 of 5").waitFor();
  await admin.getByRole("table", { name: "Billing support, per week" }).getByText("4.0 of 5").waitFor();
  await admin.getByLabel("Period").selectOption({ label: "Last 4 weeks" });
  await admin.getByRole("table", { name: "All spaces, per week" }).getByRole("row").nth(4).waitFor(); // 4 weeks and the heading row
  await snapshot(admin, "console-admin-satisfaction");
  await ben.goto(`${server.url}/review/satisfaction`);
  await ben.getByText("Only admins can review").waitFor();
  const denied = await fetch(`${server.url}/api/satisfaction`, { headers: { cookie: cookies.ben! } });
  assert.equal(denied.status, 403);
});

test("a queue whose query cannot run says so in the queue list and in the space's settings, never 'null items'", async () => {
  // "Old deep" was saved before the nesting limit existed (written to the database before the server started).
  await api(server.url, "POST", "/api/spaces/sp_billing/queues", cookies.admin!, { name: "Open tasks", jql: "type = Task AND status = Open" });

  const admin = await openConsole(browser, server.url, "admin@acme.test", contexts);
  await admin.goto(`${server.url}/queues/sp_billing`);
  const list = admin.getByRole("navigation", { name: "Queues" });
  const broken = list.getByRole("listitem").filter({ hasText: "Old deep" });
  await broken.getByText(/nests more than 20 levels/).waitFor();
  await broken.getByLabel("No count: the query cannot run").waitFor();
  await list.getByRole("listitem").filter({ hasText: "Open tasks" }).getByLabel(/^\d+ work items$/).waitFor();
  assert.doesNotMatch((await list.textContent()) ?? "", /null/);
  await snapshot(admin, "console-admin-queue-count-error");

  await admin.goto(`${server.url}/settings/spaces/sp_billing`);
  const queues = admin.getByRole("region", { name: "Queues" });
  await queues.getByText(/Old deep.*cannot count: .*nests more than 20 levels/).waitFor();
  assert.doesNotMatch((await queues.textContent()) ?? "", /null items/);
});

test("an admin sets a space's weekly business hours: days, times, a time zone; the API's refusal is shown beside the day", async () => {
  const admin = await openConsole(browser, server.url, "admin@acme.test", contexts);
  await admin.goto(`${server.url}/settings/spaces/sp_billing`);
  const hours = admin.getByRole("form", { name: "Business hours" });
  await hours.getByLabel("Only open during business hours").check();
  await hours.getByLabel("Time zone").selectOption("Europe/Berlin");
  // Weekdays start 09:00–17:00; Saturday mornings too; Friday closes early; Wednesday gets a second period, typed backwards.
  assert.equal(await hours.getByLabel("Monday opens").inputValue(), "09:00");
  await hours.getByLabel("Saturday", { exact: true }).check();
  await hours.getByLabel("Saturday opens").fill("10:00");
  await hours.getByLabel("Saturday closes").fill("14:00");
  await hours.getByLabel("Friday closes").fill("15:30");
  await hours.getByRole("button", { name: "Add more hours on Wednesday" }).click();
  await hours.getByLabel("Wednesday (2) opens").fill("20:00");
  await hours.getByLabel("Wednesday (2) closes").fill("18:00");
  await hours.getByRole("button", { name: "Save hours" }).click();
  await hours.getByRole("alert").filter({ hasText: "A day's hours close after they open" }).first().waitFor();
  await hours.locator(".st-period.invalid").filter({ has: admin.getByLabel("Wednesday (2) opens") }).waitFor();
  await snapshot(admin, "console-admin-hours-refused");
  await hours.getByRole("button", { name: "Remove Wednesday (2)'s hours" }).click();
  await hours.getByLabel("Sunday", { exact: true }).check();
  await hours.getByLabel("Sunday closes").fill("00:00"); // midnight at the day's end
  await hours.getByRole("button", { name: "Save hours" }).click();
  await hours.getByRole("status").filter({ hasText: "Saved" }).waitFor();

  const space = (await api(server.url, "GET", "/api/spaces", cookies.admin!)).spaces.find((s: { id: string }) => s.id === "sp_billing");
  assert.equal(space.businessHours.timeZone, "Europe/Berlin");
  assert.deepEqual(
    space.businessHours.days.map((d: { day: number; open: string; close: string }) => `${d.day} ${d.open}-${d.close}`),
    ["1 09:00-17:00", "2 09:00-17:00", "3 09:00-17:00", "4 09:00-17:00", "5 09:00-15:30", "6 10:00-14:00", "0 09:00-24:00"],
  );
  await admin.reload();
  await hours.getByLabel("Friday closes").waitFor();
  assert.equal(await hours.getByLabel("Friday closes").inputValue(), "15:30");
  assert.equal(await hours.getByLabel("Sunday closes").inputValue(), "00:00");
  assert.equal(await hours.getByLabel("Time zone").inputValue(), "Europe/Berlin");
  assert.equal(await hours.getByLabel("Tuesday", { exact: true }).isChecked(), true);
  await snapshot(admin, "console-admin-hours");

  // Always open again.
  await hours.getByLabel("Only open during business hours").uncheck();
  await hours.getByRole("button", { name: "Save hours" }).click();
  await hours.getByRole("status").filter({ hasText: "Saved" }).waitFor();
  const after = (await api(server.url, "GET", "/api/spaces", cookies.admin!)).spaces.find((s: { id: string }) => s.id === "sp_billing");
  assert.equal(after.businessHours, null);
});
