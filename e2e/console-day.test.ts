/**
 * An agent's whole day in the console, against the product as `npm start` serves it: sign in, go
 * available, an offer declined moves to the next agent, accept, chat with a customer driven through the
 * widget, an internal note and a saved reply, change availability from inside the conversation, transfer
 * it to a colleague who accepts and closes it, take a waiting conversation from the live list; then find the
 * conversation again in a queue, in the customer's profile and, with its AI portion, in review.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { snapshot } from "./browser.ts";
import { listSection, query, rows, signInToConsole, transferTo, waitForRow } from "./console-pages.ts";
import { api, hostPage, openWidget, say, signIn } from "./helpers.ts";
import type { RunningServer } from "./server.ts";
import { startProduct, stopProduct } from "./product.ts";

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

before(async () => ({ server, browser } = await startProduct()));
after(() => stopProduct({ server, browser, contexts }));

/** A console tab of its own (own cookies), signed in through the sign-in form. */
async function consoleAs(email: string): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  // Keeps a handle on the page's sockets, so a test can drop them as a network failure would.
  await context.addInitScript(() => {
    const Native = window.WebSocket;
    const open: WebSocket[] = [];
    (window as unknown as { __sockets: WebSocket[] }).__sockets = open;
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        open.push(this);
      }
    };
  });
  const page = await context.newPage();
  await signInToConsole(page, server.url, email);
  await page.getByRole("heading", { name: "Conversations" }).waitFor();
  await page.getByRole("status").filter({ hasText: "Connected" }).waitFor();
  return page;
}

/** Goes available in every space from the profile menu (top right). */
async function goAvailable(page: Page): Promise<void> {
  await page.getByTestId("signed-in-as").click();
  await page.locator(".menu").getByRole("switch", { name: "Available in all spaces" }).check();
  await page.locator(".profile-button .dot.available").waitFor();
  await page.keyboard.press("Escape");
}

const offerIn = (page: Page) => page.getByRole("region", { name: "Incoming conversations" }).getByRole("article");

test("an agent's day: offer declined moves on, accept, chat, a note, a saved reply, availability, a transfer accepted, close, a take", async () => {
  const shop = await hostPage(server.url, "exp_help");
  const adminCookie = await signIn(server.url, "admin@acme.test");
  await api(server.url, "PATCH", "/api/experiences/exp_help", adminCookie, { allowedOrigins: [shop] });
  await api(server.url, "POST", "/api/saved-replies", adminCookie, { title: "Descaling steps", body: "Hi {{customer.name}}! Hold the two cup buttons for 5 seconds to start descaling.", spaceId: "sp_support" });

  // Ana and Cy (both in Product support, where exp_help routes) open their consoles and go available.
  const ana = await consoleAs("ana@acme.test");
  const cy = await consoleAs("cy@acme.test");
  await goAvailable(ana);
  await goAvailable(cy);
  await snapshot(ana, "console-conversations-empty");

  // A customer asks the AI, then asks for a person.
  const shopper = await (await browser.newContext()).newPage();
  const widget = await (async () => {
    await shopper.goto(shop);
    return openWidget(shopper);
  })();
  await say(widget, "how do I descale my machine?");
  await widget.locator(".bubble.ai").filter({ hasText: /descal/i }).first().waitFor(); // the answer (its source card names the article)
  await widget.getByRole("button", { name: "Talk to a person" }).click();

  // The offer reaches one of them with the handoff packet; they decline with a reason, and it moves on.
  const offered = await firstOffered([ana, cy]);
  const other = offered === ana ? cy : ana;
  const card = offerIn(offered);
  assert.equal(await card.locator(".reason").textContent(), "The customer asked for a person");
  await card.getByText("how do I descale my machine?").first().waitFor();
  assert.match((await card.getByLabel("Time left to accept").textContent()) ?? "", /^\d+:\d\d$/);
  await snapshot(offered, "console-offer");
  await card.getByRole("button", { name: "Decline" }).click();
  await card.getByLabel("Reason (optional)").fill("On a call with another customer");
  await card.getByRole("button", { name: "Decline offer" }).click();
  await offerIn(offered).waitFor({ state: "detached" });

  const next = offerIn(other);
  await next.waitFor();
  await next.getByRole("button", { name: "Accept" }).click();
  await other.waitForURL(/\/conversations\/cv_/);
  const agentName = (await other.getByTestId("signed-in-as").textContent())!.replace(/ \(.*\)$/, "");

  // The whole transcript, the AI's part marked; the customer sees the agent join.
  const thread = other.getByRole("region", { name: "Conversation", exact: true });
  await thread.getByText("how do I descale my machine?").waitFor();
  assert.ok((await thread.locator(".entry.ai.ai-portion").count()) >= 1, "the AI's answer is marked as the AI portion");
  await widget.getByText(`${agentName} joined`).first().waitFor();

  // They chat, both ways.
  await other.getByLabel("Reply").fill("Hi! Which model do you have?");
  await other.getByLabel("Reply").press("Enter");
  await widget.locator(".bubble.agent").filter({ hasText: "Which model do you have?" }).waitFor();
  await say(widget, "The Brew Pro");
  await thread.locator(".entry.customer").filter({ hasText: "The Brew Pro" }).waitFor();
  await snapshot(other, "console-conversation");

  // An internal note for the team: marked in the transcript, never on the customer's side.
  await thread.getByRole("button", { name: "Internal note" }).click();
  await other.getByLabel("Internal note", { exact: true }).fill("Brew Pro: check the descaling light first");
  await other.getByLabel("Internal note", { exact: true }).press("Enter");
  await thread.locator(".entry.note").filter({ hasText: "check the descaling light first" }).getByText("Internal note", { exact: true }).waitFor();

  // A saved reply: "/" and part of its title, Enter inserts it filled in, Enter sends it.
  await thread.getByRole("button", { name: "Reply", exact: true }).click();
  const reply = other.getByLabel("Reply", { exact: true });
  await reply.pressSequentially("/desc");
  await other.getByRole("listbox", { name: "Saved replies" }).getByRole("option", { name: /Descaling steps/ }).waitFor();
  await reply.press("Enter");
  assert.match(await reply.inputValue(), /^Hi there! Hold the two cup buttons/); // an anonymous visitor: greeted as "there", never "Visitor 4821"
  await reply.press("Enter");
  await widget.locator(".bubble.agent").filter({ hasText: "Hold the two cup buttons for 5 seconds" }).waitFor();
  assert.doesNotMatch((await widget.locator("body").textContent()) ?? "", /descaling light first/);

  // Availability from inside the conversation: unavailable everywhere, the active conversation stays.
  await other.locator(".conversation-pane .availability").getByRole("switch", { name: "Available in all spaces" }).uncheck();
  await other.locator(".profile-button .dot.unavailable").waitFor();
  const me = await (await other.request.get(`${server.url}/api/me/status`)).json();
  assert.ok(Object.values(me.availability).every((v) => v === "unavailable"));
  assert.equal(me.activeConversations.length, 1);

  // A transfer to the colleague who declined the offer earlier, with a note: they accept it, and it is theirs.
  const colleague = (await offered.getByTestId("signed-in-as").textContent())!.replace(/ \(.*\)$/, "");
  await thread.getByRole("button", { name: "Transfer…" }).click();
  await transferTo(thread, colleague);
  await thread.getByLabel(/Note for them/).fill("Brew Pro owner, descaling did not help");
  await thread.getByRole("button", { name: "Transfer", exact: true }).click();
  await thread.getByRole("status").filter({ hasText: `Waiting for ${colleague} to accept…` }).waitFor();
  const transfer = offerIn(offered).filter({ hasText: `Transfer from ${agentName}` });
  await transfer.getByText("Brew Pro owner, descaling did not help").waitFor();
  await snapshot(offered, "console-day-transfer-offer");
  await transfer.getByRole("button", { name: "Accept" }).click();
  await offered.waitForURL(/\/conversations\/cv_/);
  await thread.getByText(`${colleague} has this conversation. You are watching.`).waitFor();
  await widget.getByText(`Your chat was passed on to ${colleague}, who can see everything so far.`).waitFor();
  const theirs = offered.getByRole("region", { name: "Conversation", exact: true });
  await theirs.getByText("The Brew Pro").first().waitFor();

  // They close it as resolved: both sides see it end.
  await theirs.getByRole("button", { name: "Close conversation" }).click();
  await theirs.getByLabel("Outcome").selectOption("resolved");
  await theirs.getByRole("button", { name: "Close", exact: true }).click();
  await theirs.getByText("This conversation has ended.").first().waitFor();
  await thread.getByText("This conversation has ended.").first().waitFor();
  await widget.getByText("This conversation has ended.").waitFor();
  await snapshot(offered, "console-conversation-closed");
  // In the tab that saw it end, the list says how it ended once the work item caught up, as a fresh load does.
  await listSection(offered, "Recently ended")
    .getByRole("listitem")
    .filter({ hasText: "how do I descale my machine?" })
    .locator(".status-word")
    .filter({ hasText: /^Resolved$/ })
    .waitFor({ timeout: 15_000 });
  await shopper.close();
  const key = /[A-Z]+-\d+/.exec((await thread.locator(".thread-head .meta").textContent()) ?? "")?.[0];
  assert.ok(key, "the conversation shows its work-item key");

  // A take: the next customer's offer goes to the colleague (the only one available); the agent comes back
  // and takes it from the live list instead.
  const second = await (await browser.newContext()).newPage();
  await second.goto(shop);
  const secondWidget = await openWidget(second);
  await say(secondWidget, "I would like to talk to a person about my grinder");
  await offerIn(offered).filter({ hasText: "about my grinder" }).waitFor();
  await goAvailable(other);
  const waiting = other.getByRole("region", { name: "Live in your spaces" }).getByRole("listitem").filter({ hasText: "about my grinder" });
  await waiting.getByRole("button", { name: /^Take/ }).click();
  await other.waitForURL(/\/conversations\/cv_/);
  await thread.getByText("I would like to talk to a person about my grinder").first().waitFor();
  await offerIn(offered).filter({ hasText: "about my grinder" }).waitFor({ state: "detached" });
  await secondWidget.getByText(`${agentName} joined`).first().waitFor();
  await snapshot(other, "console-day-take");
  await second.close();

  // Later that day: the conversation in a queue that includes chats, and not in one that excludes them.
  await other.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Queues" }).click();
  const spaceTabs = other.getByRole("navigation", { name: "Spaces" }); // shown to members of several spaces
  await other.getByRole("heading", { name: "Queues", level: 1 }).waitFor();
  if ((await spaceTabs.count()) > 0) await spaceTabs.getByRole("link", { name: "Product support" }).click();
  await other.getByRole("heading", { name: "Search Product support" }).waitFor();
  await query(other, "type = Conversation");
  await waitForRow(other, key);
  await snapshot(other, "console-day-queue");
  await query(other, "type != Conversation");
  assert.equal(await rows(other).filter({ hasText: key }).count(), 0);

  // In the customer's profile, from the conversation itself.
  await other.goBack();
  await other.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Conversations" }).click();
  await other.getByRole("navigation", { name: "Conversations" }).getByRole("link").filter({ hasText: key }).click();
  await other.getByRole("link", { name: "Open profile" }).click();
  await other.waitForURL(/\/customers\/cus_/);
  await other.getByText("how do I descale my machine?").first().waitFor();
  await snapshot(other, "console-day-customer");

  // An admin finds its AI portion in review.
  const admin = await consoleAs("admin@acme.test");
  await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Conversation review" }).click();
  await admin.getByRole("link", { name: "how do I descale my machine?" }).first().click();
  await admin.getByRole("region", { name: "AI portion" }).getByText("how do I descale my machine?").waitFor();
  // The internal note is marked as the team's there too, never shown as a reply the customer read.
  const note = admin.locator(".review-transcript .entry").filter({ hasText: "check the descaling light first" });
  await note.getByText("Internal note", { exact: true }).waitFor();
  assert.equal(await note.evaluate((el) => el.classList.contains("note")), true);
  // System lines read as the team's account of what happened, not the customer's words ("You're in line…").
  await admin.locator(".review-transcript").getByText("In line for a person from the team.").first().waitFor();
  assert.equal(await admin.locator(".review-transcript").getByText(/You're in line/).count(), 0);
  await snapshot(admin, "console-day-review");
});

/** Waits until one of the consoles shows an offer; answers that console. */
async function firstOffered(pages: Page[]): Promise<Page> {
  const end = Date.now() + 20_000;
  for (;;) {
    for (const page of pages) if ((await offerIn(page).count()) > 0) return page;
    if (Date.now() > end) throw new Error("no console received the offer");
    await new Promise((r) => setTimeout(r, 100));
  }
}

test("a missed offer makes the agent unavailable and says so; unread markers; the console reconnects by itself", async () => {
  const shop = await hostPage(server.url, "exp_billing");
  const adminCookie = await signIn(server.url, "admin@acme.test");
  await api(server.url, "PATCH", "/api/experiences/exp_billing", adminCookie, { allowedOrigins: [shop] });
  await api(server.url, "PATCH", "/api/settings/chat", adminCookie, { offerTimeoutSeconds: 5 });

  // Ben is the only Billing support agent with a console open.
  const ben = await consoleAs("ben@acme.test");
  await goAvailable(ben);
  const customer = async (line: string) => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(shop);
    const frame = await openWidget(page);
    await say(frame, line);
    return { page, frame };
  };
  const first = await customer("My invoice shows the wrong address");

  // He lets the offer run out: it is withdrawn, and Parley sets him unavailable and tells him why.
  await offerIn(ben).waitFor();
  await offerIn(ben).waitFor({ state: "detached", timeout: 15_000 });
  await ben.getByRole("alert").filter({ hasText: /unavailable/i }).waitFor();
  await ben.locator(".profile-button .dot.unavailable").waitFor();
  await snapshot(ben, "console-missed-offer");

  // Back to available: the conversation is offered again; he takes it, and then a second one.
  await api(server.url, "PATCH", "/api/settings/chat", adminCookie, { offerTimeoutSeconds: 120 });
  await goAvailable(ben);
  await offerIn(ben).getByRole("button", { name: "Accept" }).click();
  await ben.waitForURL(/\/conversations\/cv_/);
  const firstUrl = ben.url();
  const second = await customer("I was charged twice this month");
  await offerIn(ben).waitFor();
  await offerIn(ben).getByRole("button", { name: "Accept" }).click();
  await ben.waitForURL((url) => url.toString() !== firstUrl && /\/conversations\/cv_/.test(url.toString()));
  await ben.getByRole("region", { name: "Conversation", exact: true }).getByText("I was charged twice this month").waitFor();

  // While he works on the second, the first customer writes: the first shows an unread marker.
  await say(first.frame, "Are you still there?");
  const yours = ben.locator(".conversation-sidebar section").first();
  await yours.getByLabel("1 unread").waitFor();
  await snapshot(ben, "console-unread");
  await yours.getByRole("link").filter({ hasText: "Are you still there?" }).click();
  await ben.getByRole("region", { name: "Conversation", exact: true }).locator(".entry.customer").filter({ hasText: "Are you still there?" }).waitFor();
  await yours.getByLabel("1 unread").waitFor({ state: "detached" });

  // The network drops and comes back: the console says so and recovers by itself, and nothing is lost.
  await ben.context().setOffline(true);
  await ben.evaluate(() => (window as unknown as { __sockets: WebSocket[] }).__sockets.forEach((ws) => ws.close()));
  await ben.getByRole("status").filter({ hasText: "Reconnecting…" }).waitFor();
  await say(first.frame, "Hello?");
  await ben.context().setOffline(false);
  await ben.getByRole("status").filter({ hasText: "Connected" }).waitFor({ timeout: 20_000 });
  await ben.getByRole("region", { name: "Conversation", exact: true }).locator(".entry.customer").filter({ hasText: "Hello?" }).waitFor({ timeout: 20_000 });
  assert.equal(await ben.getByRole("region", { name: "Conversation", exact: true }).locator(".entry.customer").filter({ hasText: "Are you still there?" }).count(), 1);
  await first.page.close();
  await second.page.close();
});
