/**
 * What the customer reads around the people of the team: an honest wait (the team away, or the place in
 * line), words addressed to them (never "the customer"), a header that says who they are with, a launcher
 * that draws without an emoji font, and a rating once the chat has ended.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, snapshot } from "./browser.ts";
import { agentSocket, api, hostPage, openWidget, say, signIn, socket, startedConversation, until, widgetFrames } from "./helpers.ts";
import { startServer, type RunningServer } from "./server.ts";
import { stopProduct } from "./product.ts";

let server: RunningServer;
let browser: Browser;
let admin: string;
let billingShop: string;
let assistantShop: string;
const contexts: BrowserContext[] = [];

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = await signIn(server.url, "admin@acme.test");
  billingShop = await hostPage(server.url, "exp_billing");
  assistantShop = await hostPage(server.url, "exp_assistant");
  await api(server.url, "PATCH", "/api/experiences/exp_billing", admin, { allowedOrigins: [billingShop] });
  await api(server.url, "PATCH", "/api/experiences/exp_assistant", admin, { allowedOrigins: [assistantShop] });
});
after(() => stopProduct({ server, browser, contexts }));

async function newPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  return context.newPage();
}

/** Everybody of Billing support unavailable: nobody can take a chat. */
async function nobodyAvailable() {
  for (const email of ["admin@acme.test", "ana@acme.test", "ben@acme.test"]) {
    await api(server.url, "PUT", "/api/me/availability", await signIn(server.url, email), { status: "unavailable" });
  }
}

test("the launcher draws its icon as SVG, never an emoji that shows as an empty box", async () => {
  const page = await newPage();
  await page.goto(assistantShop);
  const launcher = page.locator("[data-parley] >> button.launcher");
  await launcher.locator("svg").waitFor();
  assert.doesNotMatch((await launcher.textContent()) ?? "", /\p{Extended_Pictographic}/u);
  await snapshot(page, "widget-launcher");
  await launcher.click();
  await launcher.locator("svg").waitFor();
  assert.doesNotMatch((await launcher.textContent()) ?? "", /\p{Extended_Pictographic}|×/u);
});

test("with nobody of the team available the customer reads that the team is away and can leave their email at once", async () => {
  await nobodyAvailable();
  const page = await newPage({ width: 390, height: 844 });
  await page.goto(billingShop);
  const frame = await openWidget(page);
  await say(frame, "Why is there a second charge on my card?");
  await frame.getByRole("status").filter({ hasText: "Our team is away" }).waitFor();
  await frame.getByLabel("Your email").waitFor({ timeout: 10_000 }); // at once, not after the 180 s wait
  assert.equal(await frame.getByText("in line").count(), 0, "a place in line while nobody can come is not an honest wait");
  await snapshot(page, "widget-team-away-390");
  await frame.getByLabel("Your email").fill("kim@example.test");
  await frame.getByRole("button", { name: "Send email" }).click();
  await frame.getByText("You left your email instead of waiting. The team will write back.").waitFor();
});

test("the AI asks for an email it cannot answer: a refused address says why until a good one is sent, and a double click sends it once", async () => {
  const page = await newPage({ width: 390, height: 844 });
  await page.goto(assistantShop);
  const frame = await openWidget(page);
  await say(frame, "What will the weather be on Mars next Tuesday?");
  await frame.getByLabel("Your email").waitFor();
  await frame.getByLabel("Your email").fill("kim@gmial");
  await frame.getByRole("button", { name: "Send email" }).click();
  await frame.getByRole("alert").filter({ hasText: /valid email/ }).waitFor();
  await frame.getByLabel("Your email").fill("kim@example.test");
  await frame.getByRole("button", { name: "Send email" }).dblclick();
  await frame.getByText(/write to you at kim@example\.test/).first().waitFor();
  await snapshot(page, "widget-email-left-ai");
  assert.equal(await frame.getByRole("alert").filter({ hasText: /valid email/ }).count(), 0, "the earlier refusal is gone");
  // The conversation's answer to a second email would be "Got it — …": none came, only the one thanks.
  await frame.getByLabel("Message").fill("Thanks");
  await frame.getByLabel("Message").press("Enter");
  await frame.locator(".bubble.customer").filter({ hasText: "Thanks" }).waitFor();
  assert.equal(await frame.getByText(/write to you at kim@example\.test/).count(), 1, "one answer to one email");
});

test("a people-only chat never shows the AI's name; with someone available the customer sees their place in line and no email form yet", async () => {
  const ana = await signIn(server.url, "ana@acme.test");
  const console_ = await socket(server.url, "/api/agent/ws", ana);
  await api(server.url, "PUT", "/api/me/availability", ana, { status: "available" });
  const config = await (await fetch(`${server.url}/widget/v1/experiences/exp_billing/config`)).json();
  const page = await newPage();
  await page.goto(billingShop);
  const frame = await openWidget(page);
  await say(frame, "I need a copy of my invoice");
  await frame.getByRole("status").filter({ hasText: "in line" }).first().waitFor();
  await frame.locator(".head .sub").getByText("Waiting for a person").waitFor();
  assert.equal(await frame.getByText(config.aiAgentName).count(), 0, `the AI's name (${config.aiAgentName}) shows in a people-only chat`);
  assert.equal(await frame.getByLabel("Your email").count(), 0);
  await snapshot(page, "widget-in-line");
  console_.ws.close();
});

/** A billing customer chatting with Ana, who took the conversation. */
async function withAna() {
  const ana = await signIn(server.url, "ana@acme.test");
  const console_ = await socket(server.url, "/api/agent/ws", ana);
  await api(server.url, "PUT", "/api/me/availability", ana, { status: "available" });
  const page = await newPage();
  const conversation = startedConversation(page);
  await page.goto(billingShop);
  const frame = await openWidget(page);
  await say(frame, "Please update my billing address");
  const id = await until("the conversation", conversation);
  await until("the offer", () => console_.frames.find((f) => f.type === "offer" && f.offer.packet.conversationId === id), 20_000);
  await api(server.url, "POST", `/api/offers/${id}/accept`, ana);
  await frame.locator(".head .sub").getByText("Chatting with Ana Alvarez").waitFor();
  const agent = await agentSocket(server.url, id, ana);
  return { page, frame, agent, console_ };
}

/** A billing customer whose conversation Ana took and then ended. */
async function endedByAna(replies = 0) {
  const { page, frame, agent, console_ } = await withAna();
  for (let i = 1; i <= replies; i++) {
    agent.ws.send(JSON.stringify({ v: 1, type: "message", id: `r${i}`, body: `Reply ${i}: a longer answer so that the chat fills the panel and scrolls.` }));
    await frame.getByText(`Reply ${i}:`).waitFor();
  }
  agent.ws.send(JSON.stringify({ v: 1, type: "close", id: "c1", outcome: "resolved" }));
  await frame.getByText("This conversation has ended.").waitFor();
  agent.ws.close();
  console_.ws.close();
  return { page, frame };
}

test("when the agent ends the chat the header no longer says they joined, and no line speaks of the customer in the third person", async () => {
  const { page, frame } = await endedByAna();
  await frame.locator(".head .sub").getByText("Chat ended").waitFor();
  assert.doesNotMatch((await frame.locator(".head").textContent()) ?? "", /joined|Ana/);
  assert.doesNotMatch((await frame.locator(".messages").textContent()) ?? "", /the customer/i);
  await snapshot(page, "widget-agent-ended");
});

test("a long chat that ends scrolls to its last line above the rating, not behind it", async () => {
  const { page, frame } = await endedByAna(8);
  const last = frame.locator(".messages li").last();
  await last.getByText("Ana Alvarez ended the chat.").waitFor();
  await frame.getByText("How was this chat?").waitFor();
  // Once the rating panel has taken its room, the last line is whole inside the list's view.
  await until("the last line in view", async () => {
    const [list, line] = await Promise.all([frame.locator(".messages").boundingBox(), last.boundingBox()]);
    return list !== null && line !== null && line.y >= list.y && line.y + line.height <= list.y + list.height + 1;
  });
  await snapshot(page, "widget-long-chat-ended");
});

test("the line about the agent ending the chat names them", async () => {
  const { frame } = await endedByAna();
  await frame.locator(".system").getByText("Ana Alvarez ended the chat.").waitFor();
  // The rating panel that appears under the list leaves that newest line in view, not below the fold.
  await frame.getByRole("group", { name: "How was this chat?" }).waitFor();
  await until("the newest line in view above the rating", async () => {
    const [line, list] = await Promise.all([frame.locator(".messages > li").last().boundingBox(), frame.locator(".messages").boundingBox()]);
    return line && list && line.y + line.height <= list.y + list.height + 1 ? true : undefined;
  });
});

test("a customer who ends the chat reads You ended the chat.", async () => {
  const page = await newPage();
  await page.goto(assistantShop);
  const frame = await openWidget(page);
  await say(frame, "how do I track my order?");
  await frame.locator(".bubble.ai").nth(1).waitFor();
  await frame.getByRole("button", { name: "That solved it" }).click();
  await frame.locator(".system").getByText("You ended the chat.").waitFor();
});

test("after the chat ends the customer rates it 1 to 5 with a comment: the widget sends one rate frame", async () => {
  const page = await newPage();
  const sent = widgetFrames(page);
  await page.goto(assistantShop);
  const frame = await openWidget(page);
  await say(frame, "how long does shipping take?");
  await frame.locator(".bubble.ai").nth(1).waitFor();
  await frame.getByRole("button", { name: "That solved it" }).click();
  const group = frame.getByRole("group", { name: "How was this chat?" });
  await group.waitFor();
  assert.equal(await group.getByRole("radio").count(), 5);
  await group.getByRole("radio", { name: "4 of 5: Good" }).check({ force: true });
  await frame.getByLabel("Anything to add? (optional)").fill("Quick and clear");
  await snapshot(page, "widget-rating");
  await frame.getByRole("button", { name: "Send rating" }).click();
  const rate = await until("the rate frame", () => sent.find((f) => f.type === "rate"));
  assert.deepEqual({ score: rate.score, comment: rate.comment }, { score: 4, comment: "Quick and clear" });
  // The server's answer (a `rated` frame) thanks them; the frame went once, however fast that came.
  await frame.getByText("Thanks for your rating! You rated this chat 4 of 5.").waitFor();
  assert.equal(sent.filter((f) => f.type === "rate").length, 1);
});

test("a recorded rating is thanked for and not asked again, on a phone", async () => {
  const page = await newPage({ width: 390, height: 844 });
  await page.goto(assistantShop);
  const frame = await openWidget(page);
  await say(frame, "how do I reset my password?");
  await frame.locator(".bubble.ai").nth(1).waitFor();
  await frame.getByRole("button", { name: "That solved it" }).click();
  await frame.getByRole("radio", { name: "5 of 5: Excellent" }).check({ force: true });
  await frame.getByRole("button", { name: "Send rating" }).click();
  await frame.getByText("Thanks for your rating! You rated this chat 5 of 5.").waitFor();
  assert.equal(await frame.getByRole("radio").count(), 0);
  await snapshot(page, "widget-rated-390");
});

test("a customer chatting with a person ends the chat themselves after a confirmation; Keep chatting changes nothing", async () => {
  const { page, frame, agent, console_ } = await withAna();
  await frame.getByRole("button", { name: "End chat" }).click();
  const confirm = frame.getByRole("group", { name: /End this chat\?/ });
  await confirm.getByRole("button", { name: "Keep chatting" }).click();
  await frame.getByRole("button", { name: "End chat" }).waitFor();
  assert.equal(agent.frames.some((f) => f.type === "state" && f.state === "closed"), false, "Keep chatting ended nothing");
  await say(frame, "Actually one more thing first");
  await until("Ana reads it", () => agent.frames.find((f) => f.type === "message" && f.message.body === "Actually one more thing first"));

  await frame.getByRole("button", { name: "End chat" }).click();
  await snapshot(page, "widget-end-confirm");
  await confirm.getByRole("button", { name: "Yes, end it" }).click();
  await frame.locator(".system").getByText("You ended the chat.").waitFor();
  await frame.locator(".head .sub").getByText("Chat ended").waitFor();
  await frame.getByRole("group", { name: "How was this chat?" }).waitFor();
  assert.equal(await frame.getByLabel("Message").count(), 0, "no composer on an ended chat");
  // Ana's side: the conversation closed, with the customer's name on the line.
  await until("Ana's conversation closed", () => agent.frames.find((f) => f.type === "state" && f.state === "closed"));
  const line = await until("the closing line", () => agent.frames.find((f) => f.type === "message" && f.message.event === "closed"));
  assert.match(line.message.body, /closed the conversation/);
  agent.ws.close();
  console_.ws.close();
});

test("a customer in line ends the chat: the offer is withdrawn from the agent, on a phone", async () => {
  const ana = await signIn(server.url, "ana@acme.test");
  const console_ = await socket(server.url, "/api/agent/ws", ana);
  await api(server.url, "PUT", "/api/me/availability", ana, { status: "available" });
  const page = await newPage({ width: 390, height: 844 });
  const conversation = startedConversation(page);
  await page.goto(billingShop);
  const frame = await openWidget(page);
  await say(frame, "Can someone check my last invoice");
  const id = await until("the conversation", conversation);
  await frame.locator(".head .sub").getByText("Waiting for a person").waitFor();
  await until("the offer", () => console_.frames.find((f) => f.type === "offer" && f.offer.packet.conversationId === id), 20_000);
  const end = frame.getByRole("button", { name: "End chat" });
  const box = await end.boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `End chat is off-screen: ${JSON.stringify(box)}`);
  await end.click();
  await frame.getByRole("button", { name: "Yes, end it" }).click();
  await frame.locator(".system").getByText("You ended the chat.").waitFor();
  await frame.getByRole("button", { name: "Start a new conversation" }).waitFor();
  assert.equal(await frame.getByText("How was this chat?").count(), 0, "nobody answered: no rating is asked");
  await snapshot(page, "widget-end-in-line-390");
  await until("the offer withdrawn", () => console_.frames.find((f) => f.type === "offer_withdrawn" && f.conversationId === id), 20_000);
  console_.ws.close();
});
