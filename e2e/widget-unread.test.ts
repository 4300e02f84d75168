/**
 * Unread that lasts and read receipts, as a customer on a shop with the embedded widget meets them: a reply
 * they have not seen stays on the launcher across reloads and the shop's other pages until they open the
 * chat; the team hears they read it only then; and they see "Seen" under what the agent has read.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, BrowserContext } from "playwright-core";
import { snapshot } from "./browser.ts";
import { agentSocket, api, badge, hostPage, openWidget, say, signIn, socket, startedConversation, until, widgetFrames } from "./helpers.ts";
import type { RunningServer } from "./server.ts";
import { startProduct, stopProduct } from "./product.ts";

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

before(async () => ({ server, browser } = await startProduct()));
after(() => stopProduct({ server, browser, contexts }));

async function newContext(viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  return context;
}

/** A billing customer (people only) whose conversation Ana took; answers the page, the frame and Ana's socket. */
async function customerWithAna(first: string) {
  const admin = await signIn(server.url, "admin@acme.test");
  const shop = await hostPage(server.url, "exp_billing");
  await api(server.url, "PATCH", "/api/experiences/exp_billing", admin, { allowedOrigins: [shop] });
  const ana = await signIn(server.url, "ana@acme.test");
  const console_ = await socket(server.url, "/api/agent/ws", ana);
  await api(server.url, "PUT", "/api/me/availability", ana, { status: "available" });

  const page = await (await newContext()).newPage();
  const sent = widgetFrames(page);
  const conversation = startedConversation(page);
  await page.goto(`${shop}/invoices`);
  const frame = await openWidget(page);
  await say(frame, first);
  const id = await until("the conversation", conversation, 20_000);
  await until("the offer", () => console_.frames.find((f) => f.type === "offer" && f.offer.packet.conversationId === id), 20_000);
  await api(server.url, "POST", `/api/offers/${id}/accept`, ana);
  const agent = await agentSocket(server.url, id, ana);
  return { shop, page, frame, sent, id, agent, console_, ana };
}

test("a reply the customer has not seen stays on the launcher after a reload and on the shop's next page, and clears only when they open the chat", async () => {
  const { shop, page, sent, agent, console_ } = await customerWithAna("Can I get last month's invoice again?");
  await page.locator("[data-parley] >> button.launcher").click(); // the customer closes the panel
  await page.locator("[data-parley] >> button.launcher[aria-expanded=false]").waitFor();

  agent.ws.send(JSON.stringify({ v: 1, type: "message", id: "ana-1", body: "Sure, I'll send it to you now." }));
  const reply = await until("the reply stored", () => agent.frames.find((f) => f.type === "message" && f.message.body.startsWith("Sure, I'll send"))?.message.seq);
  await badge(page).filter({ hasText: "1" }).waitFor();

  await page.reload();
  await badge(page).filter({ hasText: "1" }).waitFor();
  await page.goto(`${shop}/account`); // the shop's next page
  await badge(page).filter({ hasText: "1" }).waitFor();
  await snapshot(page, "widget-unread-next-page");
  assert.equal(await page.locator("[data-parley] >> button.launcher").getAttribute("aria-label"), "Open chat (1 unread)");
  assert.ok(!sent.some((f) => f.type === "read" && f.seq >= reply), "the widget said the reply was read before the customer saw it");

  const frame = await openWidget(page);
  await frame.getByText("Sure, I'll send it to you now.").waitFor();
  await badge(page).waitFor({ state: "hidden" });
  await until("the read at the agent", () => agent.frames.find((f) => f.type === "read" && f.by === "customer" && f.upTo >= reply));
  await page.reload();
  await page.locator("[data-parley] >> button.launcher").waitFor();
  await page.frameLocator('iframe[title^="Chat with"]').getByText("Sure, I'll send it to you now.").waitFor({ state: "attached" });
  assert.equal(await badge(page).isVisible(), false, "the badge came back after the customer read the reply");
  agent.ws.close();
  console_.ws.close();
});

test("the customer sees Seen under their last message the agent has read, and Sent under a newer one", async () => {
  const { frame, page, agent, console_ } = await customerWithAna("My card was charged twice");
  const first = await until("the message at the agent", () => agent.frames.find((f) => f.type === "welcome")?.messages.find((m: any) => m.body === "My card was charged twice")?.seq);
  await frame.locator(".bubble.customer").filter({ hasText: "My card was charged twice" }).getByText("Sent").waitFor();
  agent.ws.send(JSON.stringify({ v: 1, type: "read", id: "r1", seq: first }));
  await frame.locator(".bubble.customer").filter({ hasText: "My card was charged twice" }).getByText("Seen").waitFor();

  await say(frame, "Both on the 3rd");
  await frame.locator(".bubble.customer").filter({ hasText: "Both on the 3rd" }).getByText("Sent").waitFor();
  await frame.locator(".bubble.customer").filter({ hasText: "My card was charged twice" }).getByText("Seen").waitFor();
  await snapshot(page, "widget-seen");
  agent.ws.close();
  console_.ws.close();
});

test("the panel is open on the shop's next page when the customer left it open (not over a phone's whole screen)", async () => {
  const admin = await signIn(server.url, "admin@acme.test");
  const shop = await hostPage(server.url, "exp_assistant");
  await api(server.url, "PATCH", "/api/experiences/exp_assistant", admin, { allowedOrigins: [shop] });
  const page = await (await newContext()).newPage();
  await page.goto(shop);
  await openWidget(page);
  await page.goto(`${shop}/pricing`);
  await page.locator("[data-parley] >> button.launcher[aria-expanded=true]").waitFor();
  await page.frameLocator('iframe[title^="Chat with"]').getByLabel("Message").waitFor();
  await snapshot(page, "widget-open-on-next-page");

  const phone = await (await newContext({ width: 390, height: 844 })).newPage();
  // The frame's "ready" (which carries whether the panel was open) reaches this listener and the loader's in one dispatch.
  await phone.addInitScript(() => addEventListener("message", (e) => e.data?.type === "parley:ready" && ((window as any).parleyReady = true)));
  await phone.goto(shop);
  await openWidget(phone);
  await phone.goto(`${shop}/pricing`);
  await phone.waitForFunction(() => (window as any).parleyReady === true);
  assert.equal(await phone.locator("[data-parley] >> button.launcher").getAttribute("aria-expanded"), "false");
});

test("a chat started in one tab shows in the customer's other open tab at once, and goes on there", async () => {
  const admin = await signIn(server.url, "admin@acme.test");
  const shop = await hostPage(server.url, "exp_assistant");
  await api(server.url, "PATCH", "/api/experiences/exp_assistant", admin, { allowedOrigins: [shop] });
  const context = await newContext();
  const [first, second] = [await context.newPage(), await context.newPage()];
  await second.goto(`${shop}/pricing`);
  const other = await openWidget(second);
  await first.goto(shop);
  const frame = await openWidget(first);
  await say(frame, "how do I descale my machine?");
  await frame.locator(".bubble.ai").nth(1).waitFor();

  // The other tab, open all along, shows the conversation without the customer writing there.
  await other.locator(".bubble.customer").filter({ hasText: "how do I descale my machine?" }).waitFor();
  await other.locator(".bubble.ai").nth(1).waitFor();
  await snapshot(second, "widget-second-tab");
  await say(other, "and how often should I do it?");
  await frame.locator(".bubble.customer").filter({ hasText: "and how often should I do it?" }).waitFor();
  assert.equal(await frame.locator(".bubble.customer").count(), 2, "one conversation in both tabs");
});
