/**
 * The console at the agent's main moment, as a person uses it: the live list (filter without AI-only chats,
 * states that follow, times that tick, one name per customer with channel and count), the offer card,
 * read receipts, outcomes in words, saved replies from the composer, and the notices.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, BrowserContext, FrameLocator, Page } from "playwright-core";
import { launchBrowser, snapshot } from "./browser.ts";
import { goAvailable, listSection, offerIn, signInToConsole, threadIn } from "./console-pages.ts";
import { api, hostPage, openWidget, say, signIn } from "./helpers.ts";
import { startServer, type RunningServer } from "./server.ts";
import { stopProduct } from "./product.ts";

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const shops: Record<string, string> = {};

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const admin = await signIn(server.url, "admin@acme.test");
  for (const experience of ["exp_help", "exp_billing", "exp_assistant"]) {
    shops[experience] = await hostPage(server.url, experience);
    await api(server.url, "PATCH", `/api/experiences/${experience}`, admin, { allowedOrigins: [shops[experience]] });
  }
});
after(() => stopProduct({ server, browser, contexts }));

async function consoleAs(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  contexts.push(context);
  const page = await context.newPage();
  await signInToConsole(page, server.url, email);
  await page.getByRole("status").filter({ hasText: "Connected" }).waitFor();
  return page;
}

/** A customer on the experience's host page who sends a first message in the widget. */
async function customer(experience: string, line: string): Promise<{ page: Page; widget: FrameLocator }> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(shops[experience]!);
  const widget = await openWidget(page);
  await say(widget, line);
  return { page, widget };
}

const row = (page: Page, text: string) => listSection(page, "Live in your spaces").getByRole("link").filter({ hasText: text });

test("the live list leaves AI-only chats out by default, names each customer once, and its times tick", async () => {
  const robot = await customer("exp_assistant", "how do I descale my machine?");
  await robot.widget.locator(".bubble.ai").first().waitFor();
  await customer("exp_billing", "My invoice shows the wrong address");

  const ana = await consoleAs("ana@acme.test");
  const billing = row(ana, "My invoice shows the wrong address");
  await billing.waitFor();
  // The AI-only conversation can never reach a person: it is not in the default list, but under "With the AI".
  assert.equal(await row(ana, "how do I descale my machine?").count(), 0);
  const show = listSection(ana, "Live in your spaces").getByLabel("Show");
  assert.equal(await show.inputValue(), "person");
  await show.selectOption({ label: "With the AI (AI-only too)" });
  await row(ana, "how do I descale my machine?").waitFor();
  await billing.waitFor({ state: "detached" });
  await show.selectOption({ label: "All but AI-only" });
  await billing.waitFor();

  // One name, the same on every screen: a visitor's readable name, with the channel and their count.
  const who = (await billing.locator(".who").textContent()) ?? "";
  assert.match(who, /^Visitor \d{4}$/);
  assert.match((await billing.locator(".origin").textContent()) ?? "", /Widget.*first conversation/);
  await billing.click();
  await threadIn(ana).getByRole("heading", { name: who }).waitFor();
  await ana.getByRole("complementary", { name: "Customer" }).getByText(who, { exact: true }).waitFor();
  await snapshot(ana, "console-live-list");

  // "… seconds ago" moves on by itself.
  const time = async () => (await billing.locator(".meta").first().textContent())?.split(" · ").at(-1);
  const first = await time();
  await ana.waitForFunction(
    ([selector, before]) => {
      const meta = Array.from(document.querySelectorAll(selector)).find((el) => el.textContent?.includes("My invoice shows the wrong address"))?.querySelector(".meta");
      return meta && meta.textContent?.split(" · ").at(-1) !== before;
    },
    ['nav[aria-label="Conversations"] a', first] as const,
    { timeout: 3000 },
  );
});

test("an accepted chat reads 'With a person' at once; 'Go available' only to the unavailable; 'Seen' from the customer's read receipt", async () => {
  const ben = await consoleAs("ben@acme.test");
  const ana = await consoleAs("ana@acme.test");
  const yours = ben.locator(".conversation-sidebar section").first();
  await yours.getByText("Go available (top right) to receive offers").waitFor();
  await goAvailable(ben);
  await yours.getByText("New offers appear at the bottom right").waitFor();
  assert.equal(await yours.getByText("Go available").count(), 0);

  const { widget } = await customer("exp_billing", "I was charged twice this month");
  const card = offerIn(ben).filter({ hasText: "I was charged twice this month" });
  // A people-only chat: the card shows what the customer wrote, not "has not written yet".
  await card.getByRole("list", { name: "The customer's newest messages" }).getByText("I was charged twice this month").waitFor();
  assert.doesNotMatch((await card.textContent()) ?? "", /has not written yet/);
  await row(ben, "I was charged twice this month").getByText("Waiting for a person").waitFor();
  await row(ana, "I was charged twice this month").getByText("Waiting for a person").waitFor();
  await card.getByRole("button", { name: "Accept" }).click();
  await ben.waitForURL(/\/conversations\/cv_/);
  // Ben's own list says so at once; Ana, who watches the space, sees it within a few seconds.
  await row(ben, "I was charged twice this month").getByText("With a person · Ben Brooks").waitFor({ timeout: 5000 });
  await row(ana, "I was charged twice this month").getByText("With a person · Ben Brooks").waitFor({ timeout: 8000 });

  // Ben writes; the customer, whose chat is open, reads it: "Seen" under Ben's message.
  await ben.getByLabel("Reply").fill("Sorry about that! Let me look.");
  await ben.getByLabel("Reply").press("Enter");
  await widget.locator(".bubble.agent").filter({ hasText: "Let me look." }).waitFor();
  const mine = threadIn(ben).locator(".entry.agent").filter({ hasText: "Let me look." });
  await mine.getByText("Seen", { exact: true }).waitFor();
  // His row says the newest line is his: the customer's turn now.
  await yours.locator(".preview").getByText("You: Sorry about that! Let me look.").waitFor();
  await snapshot(ben, "console-seen");
});

test("the offer card says the reason once and shows the customer's words, never 'has not written yet'", async () => {
  const cy = await consoleAs("cy@acme.test");
  await goAvailable(cy);
  const { widget } = await customer("exp_help", "how do I descale my machine?");
  await widget.locator(".bubble.ai").first().waitFor();
  await say(widget, "I want to talk to a person");
  const card = offerIn(cy).filter({ hasText: "I want to talk to a person" });
  await card.waitFor();
  await card.getByRole("list", { name: "The customer's newest messages" }).getByText("I want to talk to a person").waitFor();
  const text = (await card.textContent()) ?? "";
  assert.doesNotMatch(text, /has not written yet/);
  assert.equal(text.split("The customer asked for a person").length - 1, 1, `the reason once: ${text}`);
  await snapshot(cy, "console-offer-card");
  await card.getByRole("button", { name: "Decline" }).click();
  await card.getByRole("button", { name: "Decline offer" }).click();
});

test("a newer packet for an offered conversation replaces the card's in place, its countdown unchanged (the frame as the actor will send it)", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  contexts.push(context);
  // Keeps the page's sockets, to hand the console an `offer` frame as the agent's actor sends it.
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
  const cy = await context.newPage();
  await signInToConsole(cy, server.url, "cy@acme.test");
  await goAvailable(cy);
  await customer("exp_help", "please let me talk to a person");
  const card = offerIn(cy).filter({ hasText: "please let me talk to a person" });
  await card.waitFor();
  const deadline = await card.getByLabel("Time left to accept").textContent();

  await cy.evaluate(async () => {
    const status = await (await fetch("/api/me/status")).json();
    const offer = status.offers.find((o: { packet: { summary: string } }) => o.packet.summary.includes("please let me talk to a person"));
    const last = offer.packet.lastMessages.at(-1);
    offer.packet.lastMessages.push({ ...last, seq: last.seq + 10, clientId: null, event: null, body: "Hello? I am still here", author: offer.packet.lastMessages.find((m: { author: { type: string } }) => m.author.type === "customer").author });
    offer.packet.summary = "The customer has not written yet.";
    const agentSocket = (window as unknown as { __sockets: WebSocket[] }).__sockets.find((ws) => ws.url.endsWith("/api/agent/ws") && ws.readyState === WebSocket.OPEN)!;
    // The console asks for the whole status after every frame; the actor's answer still holds the older packet.
    const answered = new Promise<void>((resolve, reject) => {
      agentSocket.addEventListener("message", (e) => JSON.parse(String(e.data)).type === "status" && resolve());
      setTimeout(() => reject(new Error("no status answer")), 5000);
    });
    agentSocket.dispatchEvent(new MessageEvent("message", { data: JSON.stringify({ v: 1, type: "offer", offer }) }));
    await answered;
  });
  // After that answer, the card still shows the newer packet.
  const newest = card.getByRole("list", { name: "The customer's newest messages" });
  await newest.getByText("Hello? I am still here").waitFor({ timeout: 5000 });
  assert.equal(await offerIn(cy).filter({ hasText: "please let me talk to a person" }).count(), 1, "one card, updated in place");
  assert.doesNotMatch((await card.textContent()) ?? "", /has not written yet/);
  assert.ok(((await card.getByLabel("Time left to accept").textContent()) ?? "") <= (deadline ?? ""), "the countdown runs on to the same deadline");
  await card.getByRole("button", { name: "Decline" }).click();
  await card.getByRole("button", { name: "Decline offer" }).click();
});

test("the offer card shows the customer's newest messages as they arrive, its countdown running on", async () => {
  const admin = await signIn(server.url, "admin@acme.test");
  await api(server.url, "PUT", "/api/me/availability", admin, { status: "unavailable" });
  const ana = await consoleAs("ana@acme.test");
  await goAvailable(ana);
  const { widget } = await customer("exp_billing", "Where is my refund?");
  const card = offerIn(ana).filter({ hasText: "Where is my refund?" });
  await card.waitFor();
  const countdown = async () => (await card.getByLabel("Time left to accept").textContent()) ?? "";
  const before = await countdown();
  await say(widget, "It was for order 4471");
  await card.getByRole("list", { name: "The customer's newest messages" }).getByText("It was for order 4471").waitFor({ timeout: 10_000 });
  assert.ok((await countdown()) <= before, "the countdown runs on from the offer's deadline");
  assert.equal(await offerIn(ana).filter({ hasText: "Where is my refund?" }).count(), 1, "one card, updated in place");
  // A wall of pasted text stays a few lines on the card: Accept remains on screen.
  await say(widget, "The machine grinds loudly every morning and then stops. ".repeat(60).trim());
  await card.getByRole("list", { name: "The customer's newest messages" }).getByText(/^The machine grinds loudly/).waitFor({ timeout: 10_000 });
  const accept = await card.getByRole("button", { name: "Accept" }).boundingBox();
  const screen = ana.viewportSize()!;
  assert.ok(accept && accept.y >= 0 && accept.y + accept.height <= screen.height, `Accept is off-screen: ${JSON.stringify(accept)} on ${JSON.stringify(screen)}`);
});

test("a decline reason being typed stays while the customer writes again and the console asks for its status: the card is updated, not redrawn", async () => {
  const admin = await signIn(server.url, "admin@acme.test");
  // Ana alone takes billing's offers here, with room for this one whatever the earlier tests left waiting.
  await api(server.url, "PATCH", "/api/settings/chat", admin, { chatCap: 10 });
  for (const other of [admin, await signIn(server.url, "ben@acme.test")]) await api(server.url, "PUT", "/api/me/availability", other, { status: "unavailable" });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  contexts.push(context);
  const ana = await context.newPage();
  // The console's live line, to wait for the status answer the console asks for after each event.
  const frames: string[] = [];
  let arrived = () => {};
  ana.on("websocket", (socket) => {
    if (!socket.url().endsWith("/api/agent/ws")) return;
    socket.on("framereceived", ({ payload }) => {
      frames.push(String(payload));
      arrived();
    });
  });
  const frameAfter = (from: number, test: (frame: string) => boolean) =>
    new Promise<void>((resolve) => {
      const look = () => (frames.slice(from).some(test) ? resolve() : (arrived = look));
      look();
    });
  await signInToConsole(ana, server.url, "ana@acme.test");
  await goAvailable(ana);
  const { widget } = await customer("exp_billing", "The invoice total looks wrong");
  const card = offerIn(ana).filter({ hasText: "The invoice total looks wrong" });
  await card.getByRole("button", { name: "Decline" }).click();
  await card.getByLabel("Reason (optional)").fill("On a call with another customer");
  const from = frames.length;
  const offerAgain = frameAfter(from, (f) => f.includes('"type":"offer"') && f.includes("It was order 5120"));
  await say(widget, "It was order 5120");
  await offerAgain;
  const offered = frames.findIndex((f, i) => i >= from && f.includes('"type":"offer"') && f.includes("It was order 5120"));
  await frameAfter(offered + 1, (f) => f.includes('"type":"status"'));
  await card.getByRole("list", { name: "The customer's newest messages" }).getByText("It was order 5120").waitFor();
  assert.equal(await card.getByLabel("Reason (optional)").inputValue(), "On a call with another customer", "the reason typed is still there");
  await card.getByRole("button", { name: "Decline offer" }).click();
  await card.waitFor({ state: "detached" });
});

test("outcomes in words: handed off by the AI, resolved by a person; the handoff reason in words", async () => {
  const cy = await consoleAs("cy@acme.test");
  await goAvailable(cy);
  const { widget } = await customer("exp_help", "I want to talk to a person please");
  const card = offerIn(cy).filter({ hasText: "I want to talk to a person please" });
  await card.getByRole("button", { name: "Accept" }).click();
  await cy.waitForURL(/\/conversations\/cv_/);
  await threadIn(cy).getByRole("button", { name: "Close conversation" }).click();
  await threadIn(cy).getByLabel("Outcome").selectOption("resolved");
  await threadIn(cy).getByRole("button", { name: "Close", exact: true }).click();
  await widget.getByText("This conversation has ended.").waitFor();
  const meta = threadIn(cy).locator(".thread-head .meta");
  await meta.filter({ hasText: /[A-Z]+-\d+/ }).waitFor();
  const key = /[A-Z]+-\d+/.exec((await meta.textContent()) ?? "")![0];

  await cy.getByRole("link", { name: "Open profile" }).click();
  const profileRow = cy.getByRole("table", { name: "Conversations" }).getByRole("row").filter({ hasText: key });
  // The work item is written by the actor's outbox: reload until it says it was resolved.
  for (let i = 0; !(await profileRow.getByText("Resolved by a person").count()); i++) {
    assert.ok(i < 40, "the profile never said 'Resolved by a person'");
    await cy.reload();
    await profileRow.waitFor();
  }
  await profileRow.getByText("Handed off to a person").waitFor();
  assert.equal(await profileRow.getByText("Handed off", { exact: true }).count(), 0);
  await snapshot(cy, "console-profile-outcomes");

  await cy.goto(`${server.url}/queues`);
  await cy.getByLabel("Filter (JQL)").fill(`key = ${key}`);
  await cy.getByText("✓ Valid query").waitFor();
  await cy.getByRole("table", { name: "Work items" }).getByRole("link", { name: key }).click();
  const fields = cy.locator("dl").filter({ hasText: "Handoff reason" });
  await fields.getByText("The customer asked for a person").waitFor();
  assert.equal(await fields.getByText("customer_request").count(), 0);
  await fields.getByText("Resolved by a person").waitFor();
});

test("a missed-offer notice sits under the top bar, never over the page heading", async () => {
  const admin = await signIn(server.url, "admin@acme.test");
  // Room for one more offer whatever the earlier tests left with Ben.
  await api(server.url, "PATCH", "/api/settings/chat", admin, { offerTimeoutSeconds: 5, chatCap: 10 });
  const ben = await consoleAs("ben@acme.test");
  const ana = await signIn(server.url, "ana@acme.test");
  await api(server.url, "PUT", "/api/me/availability", ana, { status: "unavailable" });
  await goAvailable(ben);
  await customer("exp_billing", "Nobody answers me");
  await offerIn(ben).filter({ hasText: "Nobody answers me" }).waitFor();
  const notice = ben.getByRole("alert").filter({ hasText: /unavailable/i });
  await notice.waitFor({ timeout: 20_000 });
  await api(server.url, "PATCH", "/api/settings/chat", admin, { offerTimeoutSeconds: 120 });
  const heading = ben.getByRole("heading", { name: "Conversations", level: 1 });
  const a = (await notice.boundingBox())!;
  const b = (await heading.boundingBox())!;
  const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  assert.equal(overlap, false, "the notice covers the heading");
  await snapshot(ben, "console-missed-offer-notice");
});

test("saved replies from the composer: '/' and the title, arrows, Enter inserts the filled text to edit, Escape closes", async () => {
  const admin = await signIn(server.url, "admin@acme.test");
  await api(server.url, "POST", "/api/saved-replies", admin, { title: "Greeting", body: "Hi {{customer.name}}, this is {{agent.name}} from Acme." });
  await api(server.url, "POST", "/api/saved-replies", admin, { title: "Refund timing", body: "Refunds reach your card within 5 working days.", spaceId: "sp_billing" });
  await api(server.url, "POST", "/api/saved-replies", admin, { title: "Descaling steps", body: "Hold the two cup buttons for 5 seconds.", spaceId: "sp_support" });

  const ben = await consoleAs("ben@acme.test");
  await ben.locator(".conversation-sidebar section").first().getByRole("link").first().click();
  const reply = ben.getByLabel("Reply");
  await reply.waitFor();
  const who = (await threadIn(ben).getByRole("heading", { level: 1 }).textContent()) ?? "";

  await reply.pressSequentially("/");
  const list = ben.getByRole("listbox", { name: "Saved replies" });
  await list.getByRole("option").first().waitFor();
  // Ben is in Billing only: the site's replies and Billing's, not Product support's.
  assert.deepEqual(await list.getByRole("option").locator("strong").allTextContents(), ["Greeting", "Refund timing"]);
  assert.equal(await reply.getAttribute("aria-expanded"), "true");
  await reply.pressSequentially("ref");
  assert.deepEqual(await list.getByRole("option").locator("strong").allTextContents(), ["Refund timing"]);
  await reply.press("Escape");
  await list.waitFor({ state: "detached" });
  assert.equal(await reply.inputValue(), "/ref", "Escape closes the list and keeps the text");

  await reply.fill("");
  await reply.pressSequentially("/");
  await list.getByRole("option").first().waitFor();
  await reply.press("ArrowDown");
  assert.equal(await list.getByRole("option", { selected: true }).locator("strong").textContent(), "Refund timing");
  await reply.press("ArrowUp");
  assert.equal(await list.getByRole("option", { selected: true }).locator("strong").textContent(), "Greeting");
  await reply.press("Enter");
  await list.waitFor({ state: "detached" });
  // A visitor who gave no name is greeted as "there", never by the console's "Visitor 4821".
  const greeted = /^Visitor \d{4}$/.test(who) ? "there" : who;
  assert.equal(await reply.inputValue(), `Hi ${greeted}, this is Ben Brooks from Acme.`, "inserted, filled in, and not sent yet");
  await snapshot(ben, "console-saved-reply-inserted");
  await reply.press("End");
  await reply.pressSequentially(" How can I help?");
  await reply.press("Enter");
  await threadIn(ben).locator(".entry.agent").filter({ hasText: `Hi ${greeted}, this is Ben Brooks from Acme. How can I help?` }).waitFor();
});

test("the offer cards can be hidden to read the conversation underneath: a bar says how many wait; a new offer shows them again", async () => {
  const ben = await consoleAs("ben@acme.test");
  await goAvailable(ben);
  await customer("exp_billing", "Hidden offers: my refund is late");
  const first = offerIn(ben).filter({ hasText: "Hidden offers: my refund is late" });
  await first.getByRole("button", { name: "Accept" }).click();
  await ben.waitForURL(/\/conversations\/cv_/);
  await ben.getByLabel("Reply").waitFor();

  await customer("exp_billing", "Hidden offers: a second charge");
  await offerIn(ben).filter({ hasText: "Hidden offers: a second charge" }).waitFor();
  const tray = ben.getByRole("region", { name: "Incoming conversations" });
  await tray.getByRole("button", { name: /^Hide offers?$/ }).click();
  const bar = tray.getByRole("button", { name: /^\d+ offers? wait.* left · Show$/ });
  await bar.waitFor();
  assert.equal(await offerIn(ben).count(), 0, "the cards are out of the way");
  await snapshot(ben, "console-offers-hidden");
  // Nothing covers the conversation: the newest message and the composer take clicks.
  const covered = await ben.evaluate(() => {
    const atCentre = (el: Element | null) => {
      if (!el) return "missing";
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit && (el === hit || el.contains(hit)) ? null : (hit?.className ?? "nothing");
    };
    return [atCentre(document.querySelector(".composer textarea")), atCentre(Array.from(document.querySelectorAll(".transcript .entry")).at(-1) ?? null)];
  });
  assert.deepEqual(covered, [null, null]);

  // A new offer brings the cards back.
  await customer("exp_billing", "Hidden offers: a third question");
  await offerIn(ben).filter({ hasText: "Hidden offers: a third question" }).waitFor();
  await offerIn(ben).filter({ hasText: "Hidden offers: a second charge" }).waitFor();
  assert.equal(await bar.count(), 0);
});
