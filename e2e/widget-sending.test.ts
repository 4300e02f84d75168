/**
 * Writing in the widget on a real network: typing is signalled at every burst, a message on a stalled or
 * dropped connection shows at once and says when it did not go, the rate limit never loses a message, and
 * the conversation hears which page of the shop the customer is on.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, BrowserContext, FrameLocator, Page, WebSocketRoute } from "playwright-core";
import { launchBrowser, snapshot } from "./browser.ts";
import { agentSocket, api, hostPage, openWidget, say, signIn, startedConversation, until, widgetFrames } from "./helpers.ts";
import { startServer, type RunningServer } from "./server.ts";
import { stopProduct } from "./product.ts";

let server: RunningServer;
let browser: Browser;
let shop: string;
let admin: string;
const contexts: BrowserContext[] = [];

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = await signIn(server.url, "admin@acme.test");
  shop = await hostPage(server.url, "exp_assistant");
  await api(server.url, "PATCH", "/api/experiences/exp_assistant", admin, { allowedOrigins: [shop] });
});
after(() => stopProduct({ server, browser, contexts }));

/** A customer of the AI-only experience with a conversation started (the AI answered their question). */
async function customer(path = "/"): Promise<{ context: BrowserContext; page: Page; frame: FrameLocator; sent: any[]; received: any[]; id: string }> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  const sent = widgetFrames(page);
  const received: any[] = [];
  page.on("websocket", (ws) => ws.on("framereceived", (f) => received.push(JSON.parse(String(f.payload)))));
  const conversation = startedConversation(page);
  await page.goto(`${shop}${path}`);
  const frame = await openWidget(page);
  await say(frame, "how do I track my order?");
  await frame.locator(".bubble.ai").nth(1).waitFor();
  return { context, page, frame, sent, received, id: await until("the conversation", conversation) };
}

const bodies = (frame: FrameLocator) => frame.locator(".bubble.customer .body").allTextContents();

test("typing reaches the team within a second at the start of every burst, also after a message was sent", async () => {
  const { frame, id } = await customer();
  const watcher = await agentSocket(server.url, id, admin);
  const typingOn = () => watcher.frames.filter((f) => f.type === "typing" && f.author.type === "customer" && f.typing).length;

  await frame.getByLabel("Message").pressSequentially("Where");
  await until("typing at the team", () => typingOn() === 1, 5000);
  await frame.getByLabel("Message").press("Enter");
  await until("the message at the team", () => watcher.frames.some((f) => f.type === "message" && f.message.body === "Where"));
  await frame.getByLabel("Message").pressSequentially("And when");
  // Said at the burst's first keystroke: a widget that only repeats typing every 4 s after the first burst
  // sends nothing for this short burst (the wait is generous for a busy machine, not a speed target).
  await until("typing at the team for the next burst", () => typingOn() === 2, 5000);
  watcher.ws.close();
});

test("on a stalled connection a message shows at once as Sending…, says Not sent with a retry after 10 s, and goes through once", async () => {
  const context = await browser.newContext();
  contexts.push(context);
  // A stall: the socket stays open, but what the widget sends goes nowhere until `stalled` is false again.
  let stalled = false;
  await context.routeWebSocket(/\/widget\/v1\/conversations\/[^/]+\/ws$/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      if (!stalled) server.send(message);
    });
  });
  const page = await context.newPage();
  await page.goto(shop);
  const frame = await openWidget(page);
  await say(frame, "how do I track my order?");
  await frame.locator(".bubble.ai").nth(1).waitFor();
  stalled = true;
  await say(frame, "Are you still there?");
  // Shown at once: long before the 10 s after which it would say Not sent.
  await frame.locator(".bubble.pending").filter({ hasText: "Are you still there?" }).getByText("Sending…").waitFor({ timeout: 5_000 });
  await frame.locator(".bubble.failed").filter({ hasText: "Are you still there?" }).getByText("Not sent").waitFor({ timeout: 30_000 });
  await snapshot(page, "widget-not-sent");
  stalled = false;
  await frame.getByRole("button", { name: "Retry" }).click();
  await frame.locator(".bubble.customer:not(.pending):not(.failed)").filter({ hasText: "Are you still there?" }).waitFor();
  await frame.locator(".bubble.failed, .bubble.pending").waitFor({ state: "detached" });
  assert.equal((await bodies(frame)).filter((b) => b === "Are you still there?").length, 1);
});

test("while the socket is down the header says Reconnecting…; what was written meanwhile goes through once it is back", async () => {
  const context = await browser.newContext();
  contexts.push(context);
  // The network drops the widget's socket (and every reconnect) until `down` is false; real frames otherwise.
  let down = false;
  let current: WebSocketRoute | null = null;
  await context.routeWebSocket(/\/widget\/v1\/conversations\/[^/]+\/ws$/, (ws) => {
    if (down) return void ws.close();
    current = ws;
    ws.connectToServer();
  });
  const page = await context.newPage();
  await page.goto(shop);
  const frame = await openWidget(page);
  await say(frame, "how long does shipping take?");
  await frame.locator(".bubble.ai").nth(1).waitFor();
  down = true;
  await current!.close(); // the open socket drops; every reconnect is dropped too
  await frame.locator(".head .sub").getByText("Reconnecting…").waitFor({ timeout: 20_000 });
  await snapshot(page, "widget-reconnecting");
  await say(frame, "Thanks, and to Spain?");
  await frame.locator(".bubble.pending").filter({ hasText: "Thanks, and to Spain?" }).getByText("Sending…").waitFor();
  down = false;
  await frame.locator(".bubble.customer:not(.pending)").filter({ hasText: "Thanks, and to Spain?" }).waitFor({ timeout: 20_000 });
  await frame.locator(".head .sub").getByText("Reconnecting…").waitFor({ state: "detached" });
  assert.equal((await bodies(frame)).filter((b) => b === "Thanks, and to Spain?").length, 1);
});

test("a message the conversation refuses by name says Not sent with the reason (the chat closed meanwhile)", async () => {
  const { context, page, frame } = await customer();
  await context.setOffline(true);
  await frame.getByRole("button", { name: "That solved it" }).click();
  await say(frame, "One more thing");
  await context.setOffline(false);
  await frame.getByText("This conversation has ended.").waitFor();
  await frame.locator(".bubble.failed").filter({ hasText: "One more thing" }).getByText("Not sent: This conversation is closed", { exact: false }).waitFor();
  assert.equal(await frame.getByRole("button", { name: "Retry" }).count(), 0, "retrying a message to a closed chat cannot help");
  await snapshot(page, "widget-refused-closed");
});

test("messages the rate limit refused are resent after a pause: every one arrives once", async () => {
  const { frame, received } = await customer();
  const lines = Array.from({ length: 16 }, (_, i) => `line ${i + 1}`);
  for (const line of lines) {
    await frame.getByLabel("Message").fill(line);
    await frame.getByLabel("Message").press("Enter");
  }
  await until(
    "every line stored once",
    async () => {
      const shown = await frame.locator(".bubble.customer:not(.pending):not(.failed) .body").allTextContents();
      return lines.every((l) => shown.filter((b) => b === l).length === 1);
    },
    30_000,
  );
  assert.equal(await frame.locator(".bubble.failed").count(), 0);
  assert.ok(received.some((f) => f.type === "error" && f.code === "rate_limited"), "the burst did not reach the rate limit, so this test proves nothing");
});

test("the conversation hears which page the customer is on: the path with the first message, then each change, never the query", async () => {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  const sent = widgetFrames(page);
  const starts: any[] = [];
  page.on("request", (req) => {
    if (req.url().endsWith("/widget/v1/conversations") && req.method() === "POST") starts.push(req.postDataJSON());
  });
  await page.goto(`${shop}/pricing?utm_source=mail#plans`);
  const frame = await openWidget(page);
  await say(frame, "how do I track my order?");
  await until("the start request", () => starts.find((b) => b.firstMessage));
  assert.equal(starts.find((b) => b.firstMessage)?.page, "/pricing");

  await page.evaluate(() => history.pushState({}, "", "/checkout?step=2")); // a single-page shop moves on
  await until("the page frame", () => sent.find((f) => f.type === "page" && f.path === "/checkout"));
  await page.goto(`${shop}/account/orders?id=5`);
  await until("the page frame after a navigation", () => sent.find((f) => f.type === "page" && f.path === "/account/orders"));
  assert.ok(!sent.some((f) => f.type === "page" && f.path.includes("?")));
});

test("the team sees the page the customer is on, and the page they move to", async () => {
  const { page, id } = await customer("/returns?order=7");
  await until("the first page in the summary", async () => (await api(server.url, "GET", `/api/conversations/${id}`, admin)).conversation.page === "/returns");
  await page.evaluate(() => history.pushState({}, "", "/returns/label"));
  await until("the new page in the summary", async () => (await api(server.url, "GET", `/api/conversations/${id}`, admin)).conversation.page === "/returns/label");
});
