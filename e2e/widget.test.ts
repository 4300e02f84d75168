import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { launchBrowser, snapshot } from "./browser.ts";
import { api as api_, closeHostPages, hostPage as hostPage_, openWidget, say, signIn as signIn_, socket as socket_, until } from "./helpers.ts";
import { startServer, type RunningServer } from "./server.ts";

let server: RunningServer;
let browser: Browser;
const hostPage = (experienceId: string) => hostPage_(server.url, experienceId);
const api = (method: string, path: string, cookie: string, body?: unknown) => api_(server.url, method, path, cookie, body);
const signIn = (email: string) => signIn_(server.url, email);
const socket = (path: string, cookie: string) => socket_(server.url, path, cookie);

/** A visitor of their own: a fresh browser profile (no session left by another test). */
const freshPage = async () => (await browser.newContext()).newPage();

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  closeHostPages();
  await server?.stop();
});

test("a customer on another site gets an answer, asks for a person, chats with the agent, and resumes after a reload", async () => {
  const shop = await hostPage("exp_help");
  const admin = await signIn("admin@acme.test");
  await api("PATCH", "/api/experiences/exp_help", admin, { allowedOrigins: [shop] });

  const page = await freshPage();
  await page.goto(shop);
  const frame = await openWidget(page);
  await snapshot(page, "widget-open");

  await say(frame, "how do I descale my machine?");
  await frame.locator('.bubble.ai a.source-title[href*="descale-machine-descale-light"]').waitFor();
  await snapshot(page, "widget-ai-answer");

  // An agent is at their console, available.
  const ana = await signIn("ana@acme.test");
  const console_ = await socket("/api/agent/ws", ana);
  await api("PUT", "/api/me/availability", ana, { status: "available" });
  await frame.getByRole("button", { name: "Talk to a person" }).click();
  await frame.getByRole("status").filter({ hasText: "in line" }).waitFor();
  await snapshot(page, "widget-waiting");

  const offer = await until("an offer", () => console_.frames.find((f) => f.type === "offer"));
  const conversationId = offer.offer.packet.conversationId as string;
  await api("POST", `/api/offers/${conversationId}/accept`, ana);
  await frame.getByText("Ana Alvarez joined").first().waitFor();

  const agentSide = await socket(`/api/conversations/${conversationId}/ws`, ana);
  agentSide.ws.send(JSON.stringify({ v: 1, type: "hello", id: "h1", lastSeq: 0 }));
  agentSide.ws.send(JSON.stringify({ v: 1, type: "message", id: "a1", body: "Hi, I'm Ana. Which model do you have?" }));
  await frame.locator(".bubble.agent").filter({ hasText: "Which model do you have?" }).waitFor();
  await say(frame, "The Brew Pro");
  await until("the customer's reply at the agent", () => agentSide.frames.find((f) => f.type === "message" && f.message.body === "The Brew Pro"));
  await snapshot(page, "widget-human");

  // Reload: the same conversation, every message once.
  await page.reload();
  const again = await openWidget(page);
  await again.locator(".bubble.customer").filter({ hasText: "The Brew Pro" }).waitFor();
  const bodies = await again.locator(".bubble .body").allTextContents();
  assert.equal(bodies.filter((b) => b === "The Brew Pro").length, 1);
  assert.equal(bodies.filter((b) => b === "how do I descale my machine?").length, 1);
  assert.equal(bodies.filter((b) => b === "Hi, I'm Ana. Which model do you have?").length, 1);
  await snapshot(page, "widget-resumed");
  console_.ws.close();
  agentSide.ws.close();
  await page.close();
});

test("the widget does not load on a page outside the allowed origins", async () => {
  const stranger = await hostPage("exp_assistant");
  const page = await freshPage();
  const warnings: string[] = [];
  page.on("console", (m) => warnings.push(m.text()));
  await page.goto(stranger);
  await until("the loader's warning", () => warnings.find((w) => w.includes("cannot be used on")));
  assert.equal(await page.locator("[data-parley]").count(), 0);
  await page.close();
});

test("a wrong identity hash is refused", async () => {
  const shop = await hostPage("exp_assistant");
  const admin = await signIn("admin@acme.test");
  await api("PATCH", "/api/experiences/exp_assistant", admin, { allowedOrigins: [shop] });
  const page = await freshPage();
  await page.goto(shop);
  const frame = await openWidget(page);
  await page.evaluate(() => (window as any).Parley.identify({ id: "user-1", hash: "0".repeat(64), name: "Mallory" }));
  await frame.getByRole("alert").filter({ hasText: "could not be verified" }).waitFor();
  await snapshot(page, "widget-identity-refused");
  await page.close();
});

test("the support site serves the help center with the same chat", async () => {
  const page = await freshPage();
  await page.goto(`${server.url}/support/assistant`);
  await page.getByRole("heading", { name: "Acme Assistant" }).waitFor();
  await page.getByLabel("Search the help center").fill("refund");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: /refund/i }).first().waitFor();
  const frame = await openWidget(page);
  await say(frame, "how do I reset my password?");
  await frame.locator('.bubble.ai a.source-title[href*="reset-forgotten-password"]').waitFor();
  await snapshot(page, "support-site-chat");
  await page.close();
});

test("that solved it closes the chat; the customer can start again and find earlier conversations", async () => {
  const page = await freshPage();
  await page.goto(`${server.url}/support/assistant`);
  const frame = await openWidget(page);
  await say(frame, "how do I track my order?");
  await frame.locator('.bubble.ai a.source-title[href*="track-my-order"]').waitFor();
  await frame.getByRole("button", { name: "That solved it" }).click();
  await frame.getByText("This conversation has ended.").waitFor();
  await frame.getByRole("button", { name: "Start a new conversation" }).click();
  await say(frame, "how long does shipping take?");
  await frame.locator(".bubble.ai").nth(1).waitFor();
  await frame.getByRole("button", { name: "That solved it" }).click();
  await frame.getByText("Your earlier conversations").waitFor();
  await frame.getByText("how do I track my order?").waitFor();
  await snapshot(page, "widget-earlier-conversations");
  await page.close();
});

test("after the experience's wait, a customer in line can leave a message instead", async () => {
  const shop = await hostPage("exp_billing");
  const admin = await signIn("admin@acme.test");
  await api("PATCH", "/api/experiences/exp_billing", admin, { allowedOrigins: [shop], leaveMessageAfterSeconds: 10 });
  // Someone is available (so the team is not away), but does not take the chat within the wait.
  const ben = await signIn("ben@acme.test");
  const console_ = await socket("/api/agent/ws", ben);
  await api("PUT", "/api/me/availability", ben, { status: "available" });
  const page = await freshPage();
  await page.goto(shop);
  const frame = await openWidget(page);
  await say(frame, "My invoice shows the wrong address");
  await frame.getByRole("status").filter({ hasText: "in line" }).first().waitFor();
  await frame.getByRole("button", { name: "Leave a message instead" }).waitFor({ timeout: 20_000 });
  await snapshot(page, "widget-leave-message-offer");
  await frame.getByRole("button", { name: "Leave a message instead" }).click();
  await frame.getByLabel("Your email").fill("sam@example.test");
  await frame.getByRole("button", { name: "Send email" }).click();
  await frame.getByText("They'll write to you at sam@example.test.").waitFor();
  await frame.getByText("This conversation has ended.").waitFor();
  await frame.getByText("You left your email instead of waiting. The team will write back.").waitFor();
  console_.ws.close();
  await page.close();
});
