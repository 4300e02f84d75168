/**
 * The console on a phone (390 px wide): one column at a time (list → conversation → customer), no
 * horizontal scroll on any screen, the profile menu (availability, sign out) and the offer tray in reach.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { snapshot } from "./browser.ts";
import { goAvailable, offerIn, signInToConsole, threadIn } from "./console-pages.ts";
import { api, hostPage, openWidget, say, signIn, startedConversation, until } from "./helpers.ts";
import type { RunningServer } from "./server.ts";
import { startProduct, stopProduct } from "./product.ts";

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const PHONE = { width: 390, height: 844 };

before(async () => ({ server, browser } = await startProduct()));
after(() => stopProduct({ server, browser, contexts }));

async function phoneAs(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  contexts.push(context);
  const page = await context.newPage();
  await signInToConsole(page, server.url, email);
  await page.getByRole("status").filter({ hasText: "Connected" }).waitFor();
  return page;
}

/** The page is no wider than the screen: nothing to scroll sideways. */
async function fitsTheScreen(page: Page, where: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `${where}: the page is ${width} px wide on a ${PHONE.width} px screen`);
}

/** Wholly on screen. */
async function inView(locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  assert.ok(box, `${what} is not shown`);
  assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= PHONE.width && box.y + box.height <= PHONE.height, `${what} is off-screen: ${JSON.stringify(box)}`);
}

test("at 390 px an agent goes available, takes an offer and works one column at a time", async () => {
  const shop = await hostPage(server.url, "exp_billing");
  const admin = await signIn(server.url, "admin@acme.test");
  await api(server.url, "PATCH", "/api/experiences/exp_billing", admin, { allowedOrigins: [shop] });

  const ben = await phoneAs("ben@acme.test");
  await fitsTheScreen(ben, "conversations");
  await snapshot(ben, "console-narrow-list");

  // The profile menu is on screen: availability and sign out.
  await ben.getByTestId("signed-in-as").click();
  const menu = ben.getByRole("dialog", { name: "Profile" });
  await inView(menu.getByRole("button", { name: "Sign out" }), "Sign out");
  await inView(menu.getByRole("switch", { name: "Available in all spaces" }), "the availability switch");
  await menu.getByRole("switch", { name: "Available in all spaces" }).check();
  await ben.locator(".profile-button .dot.available").waitFor();
  await snapshot(ben, "console-narrow-menu");
  await ben.keyboard.press("Escape");

  // An offer comes: the card is on screen, and accepting opens the conversation alone.
  const customer = await (await browser.newContext()).newPage();
  await customer.goto(shop);
  const widget = await openWidget(customer);
  await say(widget, "My card was declined");
  const card = offerIn(ben);
  await card.waitFor();
  await inView(card.getByRole("button", { name: "Accept" }), "Accept");
  await snapshot(ben, "console-narrow-offer");
  await card.getByRole("button", { name: "Accept" }).click();
  await ben.waitForURL(/\/conversations\/cv_/);
  const thread = threadIn(ben);
  await thread.getByText("My card was declined").waitFor();
  assert.equal(await ben.getByRole("navigation", { name: "Conversations" }).isVisible(), false, "the list steps aside");
  await fitsTheScreen(ben, "a conversation");
  await inView(ben.getByLabel("Reply"), "the composer");
  await ben.getByLabel("Reply").fill("Hi! Let me check.");
  await ben.getByLabel("Reply").press("Enter");
  await widget.getByText("Hi! Let me check.").waitFor();
  await snapshot(ben, "console-narrow-conversation");

  // The transfer form and the note composer fit the phone too.
  await thread.getByRole("button", { name: "Transfer…" }).click();
  await thread.getByLabel("Transfer to").waitFor();
  await fitsTheScreen(ben, "the transfer form");
  await inView(thread.getByRole("button", { name: "Transfer", exact: true }), "the transfer button");
  await snapshot(ben, "console-narrow-transfer");
  await thread.getByRole("button", { name: "Cancel" }).click();
  await thread.getByRole("button", { name: "Internal note" }).click();
  await inView(ben.getByLabel("Internal note", { exact: true }), "the note box");
  await inView(ben.getByRole("button", { name: "Add note" }), "Add note");
  await fitsTheScreen(ben, "the note composer");
  await snapshot(ben, "console-narrow-note");
  await thread.getByRole("button", { name: "Reply", exact: true }).click();

  // The customer is a screen of its own, and back.
  await thread.getByRole("button", { name: "Customer" }).click();
  const card2 = ben.getByRole("complementary", { name: "Customer" });
  await inView(card2.getByRole("link", { name: "Open profile" }), "the customer's profile link");
  assert.equal(await thread.isVisible(), false);
  await snapshot(ben, "console-narrow-customer");
  await ben.getByRole("button", { name: "← Back to the conversation" }).click();
  await thread.getByText("Hi! Let me check.").waitFor();

  // Back to the list.
  await thread.getByRole("link", { name: "← Conversations" }).click();
  await ben.getByRole("navigation", { name: "Conversations" }).waitFor();
  await fitsTheScreen(ben, "the list again");
});

test("at 390 px no screen scrolls sideways: queues, an item, customers, review and settings", async () => {
  // A queue with a row in it: its table is wider than a phone, and must scroll inside its box, not the page.
  const cookie = await signIn(server.url, "admin@acme.test");
  await api(server.url, "POST", "/api/work-items", cookie, { spaceId: "sp_billing", type: "Task", summary: "Call back the customer about the refund for order 4411 and the duplicate charge" });
  const admin = await phoneAs("admin@acme.test");
  // Every page of the console is in sight from the top bar: nothing hides past the screen's edge.
  const links = admin.getByRole("navigation", { name: "Main" }).getByRole("link");
  assert.equal(await links.count(), 5);
  for (const link of await links.all()) await inView(link, `the ${await link.textContent()} link`);
  for (const [path, heading] of [
    ["/queues", "Queues"],
    ["/customers", "Customers"],
    ["/review", "Conversation review"],
    ["/review/satisfaction", "Customer satisfaction"],
    ["/settings/chat", "Chat settings"],
    ["/settings/experiences/exp_help", "Acme Help Center"],
    ["/settings/saved-replies", "Saved replies"],
  ] as const) {
    await admin.goto(`${server.url}${path}`);
    await admin.getByRole("heading", { name: heading }).first().waitFor();
    if (path === "/queues") await admin.getByRole("table", { name: "Work items" }).getByText("Call back the customer").waitFor();
    await fitsTheScreen(admin, path);
    await snapshot(admin, `console-narrow${path.replace(/\//g, "-")}`);
  }
  // A customer's profile, with their conversations in a table wider than a phone.
  await admin.goto(`${server.url}/customers`);
  await admin.getByRole("heading", { name: "Customers" }).first().waitFor();
  await admin.locator(".customer-results tbody tr.row").first().click();
  await admin.getByRole("table", { name: "Conversations" }).waitFor();
  await snapshot(admin, "console-narrow-customer-profile");
  await fitsTheScreen(admin, "a customer's profile");

  // A space's business hours, the weekly schedule open.
  await admin.goto(`${server.url}/settings/spaces/sp_billing`);
  await admin.getByLabel("Only open during business hours").check();
  await admin.getByLabel("Monday opens").waitFor();
  await snapshot(admin, "console-narrow-settings-hours");
  await fitsTheScreen(admin, "a space's business hours");

  await admin.getByTestId("signed-in-as").click();
  await inView(admin.getByRole("dialog", { name: "Profile" }).getByRole("button", { name: "Sign out" }), "Sign out");
});

test("what the agent reads on the phone is no longer unread on their desktop, without a reload", async () => {
  const shop = await hostPage(server.url, "exp_billing");
  const admin = await signIn(server.url, "admin@acme.test");
  await api(server.url, "PATCH", "/api/experiences/exp_billing", admin, { allowedOrigins: [shop] });
  const desktopContext = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  contexts.push(desktopContext);
  const desktop = await desktopContext.newPage();
  await signInToConsole(desktop, server.url, "ana@acme.test");
  await desktop.getByRole("status").filter({ hasText: "Connected" }).waitFor();
  await goAvailable(desktop);

  const customerContext = await browser.newContext();
  contexts.push(customerContext);
  const customer = await customerContext.newPage();
  const conversation = startedConversation(customer);
  await customer.goto(shop);
  const widget = await openWidget(customer);
  await say(widget, "Do you ship beans to Norway?");
  const id = await until("the conversation", conversation);
  await api(server.url, "POST", `/api/conversations/${id}/take`, await signIn(server.url, "ana@acme.test"));
  const yours = desktop.locator(".conversation-sidebar section").first();
  await yours.getByRole("link").filter({ hasText: "Do you ship beans to Norway?" }).waitFor();

  await say(widget, "Hello, anyone there?");
  // The desktop shows the list; the customer's two messages are unread there.
  await yours.getByLabel("2 unread").waitFor();
  // Ana reads it on her phone: the desktop's marker goes by itself.
  const phone = await phoneAs("ana@acme.test");
  await phone.goto(`${server.url}/conversations/${id}`);
  await threadIn(phone).getByText("Hello, anyone there?").waitFor();
  await yours.getByLabel("2 unread").waitFor({ state: "detached" });
  assert.equal(await yours.locator(".unread").count(), 0);
});
