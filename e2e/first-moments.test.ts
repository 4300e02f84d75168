/**
 * The product's first moments as a new user meets them: page views create no chat, and an agent who
 * accepts the conversation they are looking at can answer at once.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { snapshot } from "./browser.ts";
import { signInToConsole } from "./console-pages.ts";
import { api, hostPage, openWidget, say, signIn, until } from "./helpers.ts";
import type { RunningServer } from "./server.ts";
import { startProduct, stopProduct } from "./product.ts";

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

before(async () => ({ server, browser } = await startProduct()));
after(() => stopProduct({ server, browser, contexts }));

async function newPage(): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

/** How many conversation work items the admin can see (all spaces). */
async function conversationCount(admin: string): Promise<number> {
  const found = await api(server.url, "GET", `/api/search?jql=${encodeURIComponent("type = Conversation")}`, admin);
  return found.total as number;
}

test("loading 20 pages with the widget, opening it or not, creates no conversation; the first message does", async () => {
  const admin = await signIn(server.url, "admin@acme.test");
  const shop = await hostPage(server.url, "exp_billing");
  await api(server.url, "PATCH", "/api/experiences/exp_billing", admin, { allowedOrigins: [shop] });
  const before = await conversationCount(admin);

  const visitor = await newPage();
  for (let i = 0; i < 20; i++) {
    // A shop page with the embedded widget (people-only mode) and the help center, the panel opened on every other view.
    await visitor.goto(i % 4 === 3 ? `${server.url}/support/help` : shop);
    if (i % 2 === 0) {
      const frame = await openWidget(visitor);
      await frame.getByText(/You're chatting with Acme's billing team|Hi, I'm Brewster/).first().waitFor(); // the greeting shows locally
    } else {
      await visitor.locator("[data-parley] >> button.launcher").waitFor();
    }
  }
  await snapshot(visitor, "widget-greeting-before-any-message");

  // Now the visitor writes on the shop: that, and only that, starts a conversation.
  await visitor.goto(shop);
  const frame = await openWidget(visitor);
  await say(frame, "Hi, my invoice shows the wrong address");
  // Nobody of the team is available: the customer is told so at once (the conversation exists now).
  await frame.getByRole("status").filter({ hasText: /in line|away/ }).first().waitFor();
  // Once this conversation has reached the queues, anything the page views had started would have too.
  const after = await until("the new conversation in the queues", async () => {
    const count = await conversationCount(admin);
    return count > before ? count : null;
  }, 20_000);
  assert.equal(after, before + 1, "the page views created conversations");
});

test("an agent watching a conversation who accepts its offer gets the composer and Close at once, without a reload", async () => {
  const admin = await signIn(server.url, "admin@acme.test");
  const shop = await hostPage(server.url, "exp_billing");
  await api(server.url, "PATCH", "/api/experiences/exp_billing", admin, { allowedOrigins: [shop] });

  // Ben (Billing support) is at his console, available.
  const ben = await newPage();
  await signInToConsole(ben, server.url, "ben@acme.test");
  await ben.getByRole("status").filter({ hasText: "Connected" }).waitFor();
  await ben.getByTestId("signed-in-as").click();
  await ben.locator(".menu").getByRole("switch", { name: "Available in all spaces" }).check();
  await ben.keyboard.press("Escape");

  const customer = await newPage();
  await customer.goto(shop);
  const widget = await openWidget(customer);
  await say(widget, "Why was I charged twice this month?");

  // The offer arrives; before accepting, Ben opens the conversation from the live list and watches.
  const card = ben.getByRole("region", { name: "Incoming conversations" }).getByRole("article").filter({ hasText: "Why was I charged twice this month?" });
  await card.waitFor({ timeout: 20_000 });
  const live = ben.getByRole("navigation", { name: "Conversations" }).getByRole("link").filter({ hasText: "Why was I charged twice this month?" });
  await live.first().waitFor({ timeout: 20_000 }); // the live list refreshes by itself
  await live.first().click();
  const thread = ben.getByRole("region", { name: "Conversation", exact: true });
  await thread.getByText("Waiting for a person. You are watching", { exact: false }).waitFor();
  assert.equal(await ben.getByLabel("Reply").count(), 0, "a watcher has no composer");

  await card.getByRole("button", { name: "Accept" }).click();
  await ben.getByLabel("Reply").waitFor({ timeout: 10_000 }); // without a reload (the wait is for a busy machine)
  await thread.getByRole("button", { name: "Close conversation" }).waitFor({ timeout: 10_000 });
  await snapshot(ben, "console-accepted-while-watching");
  await ben.getByLabel("Reply").fill("Hi, I'm Ben. Let me check that for you.");
  await ben.getByLabel("Reply").press("Enter");
  await widget.locator(".bubble.agent").filter({ hasText: "Let me check that for you." }).waitFor();
});
