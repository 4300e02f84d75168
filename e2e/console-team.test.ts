/**
 * Agents working a conversation together, as people use the console: internal notes (the assignee's and a
 * watcher's, marked, never on the customer's side), a transfer to a colleague (the offer card says who from
 * and their note; the assignee waits, then watches; a declined one is said; a refused one names why), a
 * transfer to another space (the conversation keeps its key; the space it left keys its next one anew),
 * taking a waiting conversation from the live list and from its pane (a refusal says why), and whether the
 * customer is still there.
 */
import assert from "node:assert/strict";
import { after, before, beforeEach, test } from "node:test";
import type { Browser, BrowserContext, FrameLocator, Page } from "playwright-core";
import { launchBrowser, snapshot } from "./browser.ts";
import { goAvailable, goUnavailable, transferTo, listSection, offerIn, openConsole, setAvailable, threadIn } from "./console-pages.ts";
import { api, customerWrites, hostPage, openWidget, say, signIn } from "./helpers.ts";
import { startServer, type RunningServer } from "./server.ts";
import { stopProduct } from "./product.ts";

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let shop: string;
const cookies: Record<string, string> = {};

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  for (const who of ["admin", "ana", "ben", "cy"]) cookies[who] = await signIn(server.url, `${who}@acme.test`);
  shop = await hostPage(server.url, "exp_billing");
  await api(server.url, "PATCH", "/api/experiences/exp_billing", cookies.admin!, { allowedOrigins: [shop] });
  await api(server.url, "PATCH", "/api/settings/chat", cookies.admin!, { chatCap: 10 });
});
after(() => stopProduct({ server, browser, contexts }));
// Each test starts with nobody available; it makes available whom it needs.
beforeEach(async () => {
  for (const who of ["admin", "ana", "ben", "cy"]) await setAvailable(server.url, cookies[who]!, "unavailable");
});

/** A customer on the Billing chat (people only) who writes a first message. */
const customer = (line: string) => customerWrites(browser, contexts, shop, line);

/** The agent accepts the offer for the customer's line and lands in the conversation. */
async function accept(page: Page, line: string): Promise<void> {
  await offerIn(page).filter({ hasText: line }).getByRole("button", { name: "Accept" }).click();
  await page.waitForURL(/\/conversations\/cv_/);
  await threadIn(page).getByRole("button", { name: "Transfer…" }).waitFor();
}

const liveRow = (page: Page, text: string) => listSection(page, "Live in your spaces").getByRole("listitem").filter({ hasText: text });
const notes = (page: Page) => threadIn(page).locator(".entry.note");

test("internal notes: the assignee and a watcher write them, both see them marked, the customer never does", async () => {
  const ben = await openConsole(browser, server.url, "ben@acme.test", contexts);
  const ana = await openConsole(browser, server.url, "ana@acme.test", contexts);
  await goAvailable(ben);
  const { page: shopper, widget } = await customer("My parcel never arrived");
  await accept(ben, "My parcel never arrived");

  // Ben writes a note: the composer says it is one, and the transcript marks it, apart from replies.
  await threadIn(ben).getByRole("button", { name: "Internal note" }).click();
  await ben.getByText("Only your team sees notes; the customer never does.").waitFor();
  const box = ben.getByLabel("Internal note", { exact: true });
  await box.fill("Tracking says it was left at door 12B");
  await box.press("Enter");
  const bens = notes(ben).filter({ hasText: "Tracking says it was left at door 12B" });
  await bens.getByText("Internal note", { exact: true }).waitFor();
  assert.equal(await threadIn(ben).locator(".entry.agent:not(.note)").count(), 0, "a note is not a reply");

  // Ana, in the same space, opens it from the live list and watches: she sees the note marked, and writes
  // one herself (a watcher cannot reply, so her composer writes notes).
  await liveRow(ana, "My parcel never arrived").getByRole("link").click();
  await threadIn(ana).getByText("Ben Brooks has this conversation. You are watching.").waitFor();
  await notes(ana).filter({ hasText: "Tracking says it was left at door 12B" }).getByText("Internal note", { exact: true }).waitFor();
  assert.equal(await threadIn(ana).getByRole("button", { name: "Reply", exact: true }).isDisabled(), true);
  await ana.getByLabel("Internal note", { exact: true }).fill("Refund if it is not found by Friday");
  await ana.getByRole("button", { name: "Add note" }).click();
  await notes(ben).filter({ hasText: "Refund if it is not found by Friday" }).waitFor();
  await snapshot(ana, "console-team-note-watcher");

  // Ben replies to the customer: the reply reaches the widget, the notes never do, even after a reload.
  await threadIn(ben).getByRole("button", { name: "Reply", exact: true }).click();
  await ben.getByLabel("Reply", { exact: true }).fill("Could you check with your neighbours?");
  await ben.getByLabel("Reply", { exact: true }).press("Enter");
  await widget.locator(".bubble.agent").filter({ hasText: "Could you check with your neighbours?" }).waitFor();
  await snapshot(ben, "console-team-notes");
  const seen = async () => (await widget.locator("body").textContent()) ?? "";
  assert.doesNotMatch(await seen(), /door 12B|by Friday|Internal note/);
  await shopper.reload();
  const again = await openWidget(shopper);
  await again.locator(".bubble.agent").filter({ hasText: "Could you check with your neighbours?" }).waitFor();
  assert.doesNotMatch((await again.locator("body").textContent()) ?? "", /door 12B|by Friday|Internal note/);
});

test("transfer: the colleague's offer says who from and why; the assignee waits, then watches; a decline is said; a refusal names why", async () => {
  const ben = await openConsole(browser, server.url, "ben@acme.test", contexts);
  const ana = await openConsole(browser, server.url, "ana@acme.test", contexts);
  await goAvailable(ben);
  const { widget } = await customer("I need a refund over 500 dollars");
  await accept(ben, "I need a refund over 500 dollars");

  // Whom he can hand it to: Ana and Alex (not available) are listed, each saying why, and cannot be chosen.
  await threadIn(ben).getByRole("button", { name: "Transfer…" }).click();
  const form = threadIn(ben).getByRole("form", { name: "Transfer the conversation" });
  const option = (name: string) => form.getByLabel("Transfer to").locator("option", { hasText: name });
  await option("Ana Alvarez — away").waitFor({ state: "attached" });
  assert.equal(await option("Ana Alvarez").isDisabled(), true);
  await snapshot(ben, "console-team-transfer-list");
  assert.match((await option("Alex Admin").textContent()) ?? "", /^Alex Admin — (away|console not open)$/);
  assert.equal(await option("Alex Admin").isDisabled(), true);
  await form.getByRole("button", { name: "Cancel" }).click();

  // Ana goes available: the list says so. She goes away again before Ben sends it: the server refuses, and the form says why.
  await goAvailable(ana);
  await threadIn(ben).getByRole("button", { name: "Transfer…" }).click();
  await option("Ana Alvarez — available, 0 of").waitFor({ state: "attached" });
  await transferTo(form, "Ana Alvarez");
  await goUnavailable(ana);
  await form.getByRole("button", { name: "Transfer", exact: true }).click();
  await form.getByRole("alert").filter({ hasText: /not available/ }).waitFor();
  await snapshot(ben, "console-team-transfer-refused");

  // To Ana, with a note.
  await goAvailable(ana);
  await form.getByLabel(/Note for them/).fill("Refund over $500: needs your approval");
  await form.getByRole("button", { name: "Transfer", exact: true }).click();
  await threadIn(ben).getByRole("status").filter({ hasText: "Waiting for Ana Alvarez to accept…" }).waitFor();
  const card = offerIn(ana).filter({ hasText: "I need a refund over 500 dollars" });
  await card.getByText("Transfer from Ben Brooks").waitFor();
  await card.getByText("Refund over $500: needs your approval").waitFor();
  assert.equal(await card.getByText(/^Waiting \d/).count(), 0, "the customer is chatting with Ben, not waiting");
  await snapshot(ana, "console-team-transfer-offer");
  // Until she accepts, it is still Ben's: he keeps writing.
  await ben.getByLabel("Reply", { exact: true }).fill("A colleague will take over in a moment.");
  await ben.getByLabel("Reply", { exact: true }).press("Enter");
  await widget.locator(".bubble.agent").filter({ hasText: "A colleague will take over" }).waitFor();
  await snapshot(ben, "console-team-transfer-waiting");
  // A reload does not forget whom it waits for.
  await ben.reload();
  await threadIn(ben).getByRole("status").filter({ hasText: "Waiting for Ana Alvarez to accept…" }).waitFor();

  await card.getByRole("button", { name: "Accept" }).click();
  await ana.waitForURL(/\/conversations\/cv_/);
  await threadIn(ana).getByText("I need a refund over 500 dollars").first().waitFor();
  await notes(ana).filter({ hasText: "Refund over $500: needs your approval" }).waitFor(); // the note, kept for the team
  // Ben's pane turns to watching at once: no more "Waiting for…", his composer writes notes only.
  await threadIn(ben).getByText("Ana Alvarez has this conversation. You are watching.").waitFor();
  assert.equal(await threadIn(ben).getByRole("status").filter({ hasText: "Waiting for" }).count(), 0);
  await ben.getByLabel("Internal note", { exact: true }).waitFor();
  await widget.getByText("Your chat was passed on to Ana Alvarez, who can see everything so far.").waitFor(); // told Ben handed over
  assert.doesNotMatch((await widget.locator("body").textContent()) ?? "", /needs your approval/);
  await snapshot(ben, "console-team-transfer-done");

  // Ana hands it back; Ben declines with a reason: she is told, in a notice and as an internal line, and keeps it.
  await threadIn(ana).getByRole("button", { name: "Transfer…" }).click();
  const hers = threadIn(ana).getByRole("form", { name: "Transfer the conversation" });
  await transferTo(hers, "Ben Brooks");
  await hers.getByRole("button", { name: "Transfer", exact: true }).click();
  await threadIn(ana).getByRole("status").filter({ hasText: "Waiting for Ben Brooks to accept…" }).waitFor();
  const back = offerIn(ben).filter({ hasText: "Transfer from Ana Alvarez" });
  await back.getByRole("button", { name: "Decline" }).click();
  await back.getByLabel("Reason (optional)").fill("On another call");
  await back.getByRole("button", { name: "Decline offer" }).click();
  await ana.getByRole("alert").filter({ hasText: /declined the transfer: On another call/ }).waitFor();
  await threadIn(ana).locator(".entry.event.note").filter({ hasText: "The transfer did not happen" }).waitFor();
  assert.equal(await threadIn(ana).getByRole("status").filter({ hasText: "Waiting for" }).count(), 0);
  await ana.getByLabel("Reply", { exact: true }).waitFor();
  await snapshot(ana, "console-team-transfer-declined");

  // She asks again: the "did not happen" notice no longer holds, so it goes; Ben takes it this time.
  await threadIn(ana).getByRole("button", { name: "Transfer…" }).click();
  await transferTo(hers, "Ben Brooks");
  await hers.getByRole("button", { name: "Transfer", exact: true }).click();
  await threadIn(ana).getByRole("status").filter({ hasText: "Waiting for Ben Brooks to accept…" }).waitFor();
  await ana.getByRole("alert").filter({ hasText: /declined the transfer/ }).waitFor({ state: "detached" });
  await offerIn(ben).filter({ hasText: "Transfer from Ana Alvarez" }).getByRole("button", { name: "Accept" }).click();
  await threadIn(ana).getByText("Ben Brooks has this conversation. You are watching.").waitFor();
});

test("take: an available member takes a waiting conversation from the live list or its pane; a refusal says why", async () => {
  const ana = await openConsole(browser, server.url, "ana@acme.test", contexts);
  const ben = await openConsole(browser, server.url, "ben@acme.test", contexts);
  // The line's first conversation is offered to Ana; Ben comes available after, and takes it from the list.
  await goAvailable(ana);
  await customer("Where is my invoice for March?");
  await offerIn(ana).filter({ hasText: "Where is my invoice for March?" }).waitFor();
  const row = liveRow(ben, "Where is my invoice for March?");
  await row.getByText("Waiting for a person").waitFor();
  assert.equal(await row.getByRole("button", { name: /^Take/ }).count(), 0, "no Take while Ben is unavailable");
  await goAvailable(ben);
  await snapshot(ben, "console-team-take-list");
  await row.getByRole("button", { name: /^Take/ }).click();
  await ben.waitForURL(/\/conversations\/cv_/);
  await threadIn(ben).getByText("Where is my invoice for March?").first().waitFor();
  await ben.getByLabel("Reply", { exact: true }).waitFor();
  await offerIn(ana).filter({ hasText: "Where is my invoice for March?" }).waitFor({ state: "detached" });

  // Another waits (offered to Ana); Ben opens it from the list to read first, then takes it from its pane.
  await customer("My card was declined twice");
  await offerIn(ana).filter({ hasText: "My card was declined twice" }).waitFor();
  await liveRow(ben, "My card was declined twice").getByRole("link").click();
  await threadIn(ben).getByText("Waiting for a person. You are watching: take it, or accept its offer, to reply.").waitFor();
  await snapshot(ben, "console-team-take-pane");
  await threadIn(ben).getByRole("button", { name: /^Take/ }).click();
  await ben.getByLabel("Reply", { exact: true }).waitFor();
  await threadIn(ben).locator(".thread-head .meta").getByText("With a person").waitFor();

  // At the site's limit, a take is refused, and the list says why.
  await api(server.url, "PATCH", "/api/settings/chat", cookies.admin!, { chatCap: 2 });
  await customer("Can I pay by bank transfer?");
  await offerIn(ana).filter({ hasText: "Can I pay by bank transfer?" }).waitFor();
  const full = liveRow(ben, "Can I pay by bank transfer?");
  await full.getByRole("button", { name: /^Take/ }).click();
  await full.getByRole("alert").filter({ hasText: /limit of 2 conversations/ }).waitFor();
  await snapshot(ben, "console-team-take-refused");
  await api(server.url, "PATCH", "/api/settings/chat", cookies.admin!, { chatCap: 10 });
});

test("transfer to another space: the conversation moves under its key, and the space it left keys its next conversation anew", async () => {
  const ben = await openConsole(browser, server.url, "ben@acme.test", contexts);
  const cy = await openConsole(browser, server.url, "cy@acme.test", contexts);
  await goAvailable(ben);
  await goAvailable(cy);
  const keyIn = async (page: Page) => {
    const meta = threadIn(page).locator(".thread-head .meta");
    await meta.getByText(/BILL-\d+/).waitFor({ timeout: 15_000 });
    return /BILL-\d+/.exec((await meta.textContent()) ?? "")![0];
  };
  await customer("My espresso machine leaks after the last invoice");
  await accept(ben, "My espresso machine leaks after the last invoice");
  const movedKey = await keyIn(ben);

  // Ben hands it to Product support: Cy, there, accepts it; it keeps its key.
  await threadIn(ben).getByRole("button", { name: "Transfer…" }).click();
  const form = threadIn(ben).getByRole("form", { name: "Transfer the conversation" });
  await form.getByLabel("Transfer to").selectOption({ label: "Product support (whoever is available there)" });
  await form.getByRole("button", { name: "Transfer", exact: true }).click();
  await accept(cy, "My espresso machine leaks after the last invoice");
  assert.equal(await keyIn(cy), movedKey);

  // Billing's next conversation gets a key of its own, and is in the lists like any other.
  await customer("Please resend my March invoice");
  await accept(ben, "Please resend my March invoice");
  const nextKey = await keyIn(ben);
  assert.notEqual(nextKey, movedKey);
  assert.equal(Number(nextKey.split("-")[1]), Number(movedKey.split("-")[1]) + 1, `${nextKey} after ${movedKey}: no number skipped`);
  await ben.goto(`${server.url}/queues`);
  await ben.getByLabel("Filter (JQL)").fill(`key = ${nextKey}`);
  await ben.getByLabel("Filter (JQL)").press("Enter");
  await ben.getByRole("table", { name: "Work items" }).getByText("Please resend my March invoice").waitFor();
});

test("the conversation's header says whether the customer is still there: one who closed the page while in line reads as left, and as here when back", async () => {
  const ana = await openConsole(browser, server.url, "ana@acme.test", contexts);
  await goAvailable(ana);
  const { page } = await customer("Can I change my delivery address?");
  await offerIn(ana).filter({ hasText: "Can I change my delivery address?" }).waitFor();
  await page.close(); // the customer gives up waiting and closes the tab
  await accept(ana, "Can I change my delivery address?");
  const meta = threadIn(ana).locator(".thread-head .meta");
  await meta.getByText(/customer left .+ ago/).waitFor({ timeout: 15_000 });
  await snapshot(ana, "console-customer-left");

  // They come back to the shop: the widget picks the conversation up, and the header says they are here.
  const back = await page.context().newPage();
  await back.goto(shop);
  await meta.getByText("customer here now").waitFor({ timeout: 15_000 });
});
