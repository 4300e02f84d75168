/**
 * The console's settings screens as an admin uses them on the demo site (Acme, premium): chat settings kept
 * after a reload, a refused chat switch naming the experience, a new member, a new experience with its embed
 * snippet, unsaved changes said with Save in sight, a knowledge-base article; and an agent who is not an
 * admin sees no settings.
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
let admin: BrowserContext;
let page: Page;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  page = await admin.newPage();
  await signInToConsole(page, server.url, "admin@acme.test");
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const settingsNav = () => page.getByRole("navigation", { name: "Settings" });
const saved = () => page.locator(".st-saved", { hasText: /^Saved/ });

test("an admin changes the offer timeout and finds it kept after a reload", async () => {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await page.getByRole("heading", { name: "Chat settings" }).waitFor();
  const timeout = page.getByLabel("Offer timeout (seconds)");
  assert.equal(await timeout.inputValue(), "120");

  // The browser checks what it can before anything is sent.
  await timeout.fill("2");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Offers last at least 5 seconds").waitFor();
  // A number that is not whole is said as such, never "Fill this in" for a box that is filled in.
  const cap = page.getByLabel("Concurrent conversations per agent");
  const capBefore = await cap.inputValue();
  await cap.fill("3.5");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Enter a whole number").waitFor();
  assert.equal(await page.getByText("Fill this in").count(), 0);
  await cap.fill(capBefore);

  await timeout.fill("90");
  await page.getByLabel("Keep agents available when they miss an offer").check();
  await page.getByRole("button", { name: "Save" }).click();
  await saved().waitFor();
  await snapshot(page, "console-settings-chat");

  await page.reload();
  await page.getByRole("heading", { name: "Chat settings" }).waitFor();
  assert.equal(await page.getByLabel("Offer timeout (seconds)").inputValue(), "90");
  assert.equal(await page.getByLabel("Keep agents available when they miss an offer").isChecked(), true);
});

test("switching chat off in a space an experience routes to is refused, naming the experience", async () => {
  await settingsNav().getByRole("link", { name: "Spaces" }).click();
  await page.getByRole("link", { name: "Billing support" }).click();
  await page.getByRole("heading", { name: /Billing support/ }).waitFor();
  const chat = page.getByLabel("Chat is on in this space");
  assert.equal(await chat.isChecked(), true);
  await chat.uncheck();
  const refusal = page.getByRole("alert");
  await refusal.waitFor();
  const message = (await refusal.textContent()) ?? "";
  assert.match(message, /Chat cannot be switched off in "Billing support"/);
  assert.match(message, /"Acme Billing chat" \(team\)/);
  assert.equal(await chat.isChecked(), true, "the switch goes back to on");
  await snapshot(page, "console-settings-space-refused");
});

test("an admin adds an agent to a space", async () => {
  const members = page.getByRole("table", { name: "Members" });
  assert.equal(await members.getByRole("cell", { name: "Cy Chen", exact: true }).count(), 0);
  await page.getByLabel("Add a member").selectOption({ label: "Cy Chen (cy@acme.test)" });
  await page.getByRole("button", { name: "Add member" }).click();
  await page.getByText("Cy Chen was added.").waitFor();
  await members.getByRole("cell", { name: "Cy Chen", exact: true }).waitFor();

  await page.reload();
  await page.getByRole("table", { name: "Members" }).getByRole("cell", { name: "Cy Chen", exact: true }).waitFor();
  assert.ok(await page.getByRole("button", { name: "Remove Cy Chen from Billing support" }).isVisible());
  await snapshot(page, "console-settings-space-members");
});

test("an admin creates a customer experience and gets its embed snippet", async () => {
  await settingsNav().getByRole("link", { name: "Customer experiences" }).click();
  for (const name of ["Acme Help Center", "Acme Billing chat", "Acme Assistant"]) await page.getByRole("link", { name }).waitFor();
  await page.getByRole("link", { name: "New experience" }).click();
  await page.getByRole("heading", { name: "New customer experience" }).waitFor();

  await page.getByLabel("Name", { exact: true }).fill("Acme Shop chat");
  assert.equal(await page.getByLabel("URL name").inputValue(), "acme-shop-chat");
  await page.getByLabel("AI first, then team").check();
  await page.getByLabel("Support site").uncheck();
  assert.equal(await page.getByLabel("Embedded widget").isChecked(), true);
  await page.getByLabel("Space", { exact: true }).selectOption({ label: "Billing support" });

  const origin = page.getByLabel("Allowed origin", { exact: true });
  await origin.fill("shop.acme.test");
  await page.getByRole("button", { name: "Add origin" }).click();
  await page.getByText("An allowed origin is a scheme and host only").waitFor();
  await origin.fill("https://shop.acme.test/");
  await page.getByRole("button", { name: "Add origin" }).click();
  await page.getByRole("button", { name: "Remove https://shop.acme.test" }).waitFor();

  await page.getByLabel("New rule").selectOption({ label: "Keywords" });
  await page.getByRole("button", { name: "Add rule" }).click();
  const rule = page.getByRole("group", { name: "Rule 1: Keywords" });
  await rule.getByLabel("Rule name").fill("Refunds");
  await rule.getByLabel("Keywords").fill("refund, money back");
  await snapshot(page, "console-settings-experience-new");
  await page.getByRole("button", { name: "Create experience" }).click();

  await page.getByRole("heading", { name: "Acme Shop chat" }).waitFor();
  await page.getByText("Saved. The experience is ready").waitFor();
  const id = new URL(page.url()).pathname.split("/").pop()!;
  assert.match(id, /^exp_/);
  const snippet = await page.getByTestId("embed-snippet").textContent();
  assert.equal(snippet, `<script src="${server.url}/widget/v1/widget.js" data-experience="${id}" async></script>`);
  await page.getByText("It loads only on pages of the allowed origins below (https://shop.acme.test).").waitFor();
  await page.getByRole("button", { name: "Copy snippet" }).click();
  await page.getByText(/^(Copied|Selected)/).waitFor();
  await snapshot(page, "console-settings-experience-install");

  // What was saved is what the form shows after a reload.
  await page.reload();
  await page.getByRole("heading", { name: "Acme Shop chat" }).waitFor();
  assert.equal(await page.getByLabel("AI first, then team").isChecked(), true);
  assert.equal(await page.getByLabel("Support site").isChecked(), false);
  await page.getByRole("button", { name: "Remove https://shop.acme.test" }).waitFor();
  const savedRule = page.getByRole("group", { name: "Rule 1: Keywords" });
  assert.equal(await savedRule.getByLabel("Rule name").inputValue(), "Refunds");
  assert.equal(await savedRule.getByLabel("Keywords").inputValue(), "refund, money back");
  // The identity secret is the site's (one for every experience), as the API has it.
  const secret = page.getByLabel("Identity secret");
  assert.equal(await secret.getAttribute("type"), "password");
  await page.getByRole("button", { name: "Show secret" }).click();
  const site = await api(server.url, "GET", "/api/settings/identity", await signIn(server.url, "admin@acme.test"));
  assert.ok(site.identitySecret.length > 0);
  assert.equal(await secret.inputValue(), site.identitySecret);

  // Every other kind of handoff rule, added on the saved experience.
  const addRule = async (kind: string) => {
    await page.getByLabel("New rule").selectOption({ label: kind });
    await page.getByRole("button", { name: "Add rule" }).click();
  };
  await addRule("Pattern");
  await page.getByRole("group", { name: "Rule 2: Pattern" }).getByLabel("Pattern", { exact: true }).fill("refund\\s+now");
  await addRule("AI turns");
  await addRule("Customer attribute");
  const attribute = page.getByRole("group", { name: "Rule 4: Customer attribute" });
  await attribute.getByLabel("Email domains").fill("bigcorp.example");
  await addRule("Negative sentiment");
  await page.getByRole("button", { name: "Save experience" }).click();
  await saved().waitFor();
  await page.reload();
  await page.getByRole("group", { name: "Rule 5: Negative sentiment" }).waitFor();
  assert.equal(await page.getByRole("group", { name: "Rule 2: Pattern" }).getByLabel("Pattern", { exact: true }).inputValue(), "refund\\s+now");
  assert.equal(await page.getByRole("group", { name: "Rule 3: AI turns" }).getByLabel("AI answers before handoff").inputValue(), "3");
  assert.equal(await page.getByRole("group", { name: "Rule 4: Customer attribute" }).getByLabel("Email domains").inputValue(), "bigcorp.example");

  // The snippet really loads the widget on the allowed origin's pages: the widget's config says so.
  const config = await fetch(`${server.url}/widget/v1/experiences/${id}/config`, { headers: { origin: "https://shop.acme.test" } });
  assert.equal(config.status, 200);
  assert.equal(((await config.json()) as { allowed: boolean }).allowed, true);

  // And it can be deleted.
  await page.getByRole("button", { name: "Delete experience" }).click();
  await page.getByRole("button", { name: "Delete for good" }).click();
  await page.getByText("“Acme Shop chat” was deleted.").waitFor();
  assert.equal(await page.getByRole("link", { name: "Acme Shop chat" }).count(), 0);
  assert.equal((await fetch(`${server.url}/widget/v1/experiences/${id}/config`)).status, 404);
});

test("an origin added at the top of a long experience form is said to be unsaved, with Save in sight, until it is saved", async () => {
  await page.goto(`${server.url}/settings/experiences/exp_help`);
  await page.getByRole("heading", { name: "Acme Help Center" }).waitFor();
  assert.equal(await page.getByText("Unsaved changes").count(), 0, "nothing changed yet");
  await page.getByLabel("Allowed origin", { exact: true }).fill("https://help.acme.test");
  await page.getByRole("button", { name: "Add origin" }).click();
  await page.getByRole("button", { name: "Remove https://help.acme.test" }).waitFor();
  const save = page.getByRole("button", { name: "Save experience" });
  await page.getByText("Unsaved changes").waitFor();
  // The save button is on screen without scrolling to the end of the form.
  const box = await save.boundingBox();
  const screen = page.viewportSize()!;
  assert.ok(box && box.y >= 0 && box.y + box.height <= screen.height, `Save experience is off-screen: ${JSON.stringify(box)} on ${JSON.stringify(screen)}`);
  await snapshot(page, "console-settings-unsaved");
  await save.click();
  await saved().waitFor();
  assert.equal(await page.getByText("Unsaved changes").count(), 0);
  const stored = await api(server.url, "GET", "/api/experiences/exp_help", await signIn(server.url, "admin@acme.test"));
  assert.ok(stored.allowedOrigins.includes("https://help.acme.test"), JSON.stringify(stored.allowedOrigins));
});

test("an admin writes a knowledge-base article", async () => {
  await settingsNav().getByRole("link", { name: "Knowledge base" }).click();
  await page.getByRole("heading", { name: "Knowledge base" }).waitFor();
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Title").fill("Gift cards never expire");
  await page.getByLabel("Category").fill("Billing");
  await page.getByLabel("Body").fill("Acme gift cards never expire.\n\nRedeem them at checkout under Payment.");
  await page.getByRole("button", { name: "Create article" }).click();
  await page.getByRole("heading", { name: "Gift cards never expire" }).waitFor();
  await page.getByText("Saved.", { exact: true }).waitFor();

  await page.getByRole("link", { name: "Knowledge base" }).first().click();
  const row = page.getByRole("row", { name: /Gift cards never expire/ });
  await row.waitFor();
  assert.match((await row.textContent()) ?? "", /Billing.*Published/);
  await snapshot(page, "console-settings-articles");

  // Kept as a draft, then deleted.
  await row.getByRole("link", { name: "Gift cards never expire" }).click();
  await page.getByLabel("Published").uncheck();
  await page.getByRole("button", { name: "Save article" }).click();
  await saved().waitFor();
  await page.getByRole("button", { name: "Delete article" }).click();
  await page.getByRole("button", { name: "Delete for good" }).click();
  await page.getByText("“Gift cards never expire” was deleted.").waitFor();
  assert.equal(await page.getByRole("row", { name: /Gift cards never expire/ }).count(), 0);
});

test("an admin adds an agent to the team and tunes the AI agent", async () => {
  await settingsNav().getByRole("link", { name: "Agents" }).click();
  await page.getByRole("heading", { name: "Agents", exact: true }).waitFor();
  await page.getByLabel("Name", { exact: true }).fill("Dee Diaz");
  await page.getByLabel("Email", { exact: true }).fill("dee@acme.test");
  await page.getByLabel("First password").fill("short");
  await page.getByRole("button", { name: "Add agent" }).click();
  await page.getByText("Passwords are at least 10 characters").waitFor();
  await page.getByLabel("First password").fill("a long first password");
  await page.getByLabel("Product support").check();
  await page.getByRole("button", { name: "Add agent" }).click();
  await saved().waitFor();
  const row = page.getByRole("row", { name: /Dee Diaz/ });
  await row.waitFor();
  assert.match((await row.textContent()) ?? "", /dee@acme\.test.*Agent.*Product support/);
  await snapshot(page, "console-settings-agents");

  await settingsNav().getByRole("link", { name: "AI agent" }).click();
  const threshold = page.getByLabel("Confidence threshold");
  assert.equal(await threshold.inputValue(), "0.35");
  await threshold.fill("1.5");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("At most 1", { exact: true }).waitFor();
  await threshold.fill("0.5");
  await page.getByRole("button", { name: "Save" }).click();
  await saved().waitFor();
  await page.reload();
  assert.equal(await page.getByLabel("Confidence threshold").inputValue(), "0.5");
  await snapshot(page, "console-settings-ai");
});

test("every select in Settings shows the stored value, as the API has it", async () => {
  const cookie = await signIn(server.url, "admin@acme.test");
  // A rule whose "Match on" is not the first choice, so a select that falls back to its first option shows it.
  const help = await api(server.url, "GET", "/api/experiences/exp_help", cookie);
  await api(server.url, "PATCH", "/api/experiences/exp_help", cookie, {
    handoffRules: [...help.handoffRules, { kind: "customer_attribute", name: "VIPs", attribute: "vip", values: ["dana@example.test"] }],
  });
  const { experiences } = await api(server.url, "GET", "/api/experiences", cookie);
  const spaces = new Set(experiences.map((e: { spaceId: string }) => e.spaceId));
  assert.ok(spaces.size > 1, "the demo's experiences route to more than one space");
  for (const experience of experiences as { id: string; name: string; spaceId: string; handoffRules: { kind: string; attribute?: string }[] }[]) {
    await page.goto(`${server.url}/settings/experiences/${experience.id}`);
    await page.getByRole("heading", { name: experience.name }).first().waitFor();
    assert.equal(await page.getByLabel("Space", { exact: true }).inputValue(), experience.spaceId, `${experience.name}: Space`);
    const attributes = experience.handoffRules.filter((r) => r.kind === "customer_attribute").map((r) => r.attribute);
    if (attributes.length > 0) assert.deepEqual(await Promise.all((await page.getByLabel("Match on").all()).map((s) => s.inputValue())), attributes, `${experience.name}: Match on`);
  }
  await snapshot(page, "console-settings-experience-space");
});

test("an admin manages saved replies: a refused variable, add, edit, delete", async () => {
  await page.goto(`${server.url}/settings/saved-replies`);
  await page.getByRole("heading", { name: "Saved replies" }).waitFor();
  const form = page.getByRole("form", { name: "New saved reply" });
  await form.getByLabel("Title").fill("Order status");
  await form.getByLabel("Reply").fill("Hi {{customer.name}}, your order {{order.id}} is on its way.");
  await form.getByRole("button", { name: "Add reply" }).click();
  await form.getByText("Use only the variables {{customer.name}} and {{agent.name}}").waitFor();
  await form.getByLabel("Reply").fill("Hi {{customer.name}}, your order is on its way. {{agent.name}}");
  await form.getByLabel("For").selectOption({ label: "Billing support only" });
  await form.getByRole("button", { name: "Add reply" }).click();
  const table = page.getByRole("table", { name: "Saved replies" });
  const row = table.getByRole("row").filter({ hasText: "Order status" });
  await row.getByRole("cell", { name: "Billing support" }).waitFor();

  await row.getByRole("button", { name: "Edit Order status" }).click();
  const edit = page.getByRole("form", { name: "Edit Order status" });
  assert.equal(await edit.getByLabel("For").inputValue(), "sp_billing", "the stored space is shown");
  await edit.getByLabel("For").selectOption({ label: "Every space" });
  await edit.getByLabel("Title").fill("Order shipped");
  await edit.getByRole("button", { name: "Save reply" }).click();
  await table.getByRole("row").filter({ hasText: "Order shipped" }).getByRole("cell", { name: "Every space" }).waitFor();
  await snapshot(page, "console-settings-saved-replies");

  await page.reload();
  const shipped = page.getByRole("table", { name: "Saved replies" }).getByRole("row").filter({ hasText: "Order shipped" });
  await shipped.getByRole("button", { name: "Delete" }).click();
  await shipped.getByRole("button", { name: "Delete" }).click();
  await page.getByText("No saved replies yet.").waitFor();
});

test("an agent who is not an admin has no settings", async () => {
  const context = await browser.newContext();
  const agent = await context.newPage();
  await signInToConsole(agent, server.url, "ana@acme.test");
  const nav = agent.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Customers" }).waitFor();
  assert.equal(await nav.getByRole("link", { name: "Settings" }).count(), 0);
  await agent.goto(`${server.url}/settings`);
  await agent.getByText("Only admins can see and change settings.").waitFor();
  await agent.goto(`${server.url}/settings/experiences/exp_help`);
  await agent.getByText("Only admins can see and change settings.").waitFor();
  assert.equal(await agent.getByRole("navigation", { name: "Settings" }).count(), 0);
  await snapshot(agent, "console-settings-agent");
  await context.close();
});
