/**
 * The console's Queues and Customers screens, as an admin uses them: JQL checked as it is typed (errors with
 * their position), results that include or exclude conversations, a saved queue, sorting, a work item with
 * its transcript and a new comment, and a customer's profile with that conversation's transcript.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, snapshot } from "./browser.ts";
import { query, rows, signInToConsole, waitForRow } from "./console-pages.ts";
import { api, signIn, until } from "./helpers.ts";
import { startServer, type RunningServer } from "./server.ts";

let server: RunningServer;
let browser: Browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A customer starts a chat on the support site (exp_assistant, Product support) and sends one message. */
async function customerChat(who: { name: string; email: string }, message: string): Promise<string> {
  const res = await fetch(`${server.url}/widget/v1/conversations`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ experienceId: "exp_assistant", channel: "support_site", ...who, firstMessage: { clientId: "m1", body: message } }),
  });
  assert.equal(res.status, 200, await res.clone().text());
  const started = (await res.json()) as { conversationId: string; customerToken: string };
  const ws = new WebSocket(`${server.url.replace("http", "ws")}/widget/v1/conversations/${started.conversationId}/ws`, [
    "parley.v1",
    `parley-token.${started.customerToken}`,
  ]);
  const frames: any[] = [];
  ws.addEventListener("message", (e) => frames.push(JSON.parse(String(e.data))));
  await new Promise((resolve, reject) => {
    ws.addEventListener("open", resolve);
    ws.addEventListener("error", () => reject(new Error("customer socket refused")));
  });
  ws.send(JSON.stringify({ v: 1, type: "hello", id: "h1", lastSeq: 0 }));
  const entries = () => frames.flatMap((f) => (f.type === "welcome" ? f.messages : f.type === "message" ? [f.message] : []));
  await until("the AI's answer", () => entries().find((m: any) => m.author.type === "ai" && m.seq > 2), 20_000);
  ws.close();
  return started.conversationId;
}

const keys = (page: Page) => page.getByRole("table", { name: "Work items" }).locator("tbody td.key").allTextContents();

/** Retries an assertion until it holds, or throws its last failure after `ms`. */
async function eventually(what: string, check: () => Promise<void>, ms = 10_000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > end) throw new Error(`${what}: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

test("an admin finds a chat with JQL, saves a queue, sorts it, opens the item, and finds the customer", async (t) => {
  const first = "How do I descale my Brew Pro machine?";
  const second = "Where is my bean subscription order?";
  const conversationId = await customerChat({ name: "Dana Queue", email: "dana.queue@example.test" }, first);
  await customerChat({ name: "Eli Other", email: "eli.other@example.test" }, second);
  const admin = await signIn(server.url, "admin@acme.test");
  for (let n = 1; n <= 26; n++) {
    await api(server.url, "POST", "/api/work-items", admin, { spaceId: "sp_support", type: "Task", summary: `Restock descaler shelf ${n}` });
  }

  const page = await browser.newPage();
  let finished = false;
  t.after(() => (finished ? undefined : snapshot(page, "console-queues-failed")));
  await signInToConsole(page, server.url, "admin@acme.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Queues" }).click();
  await page.getByRole("heading", { name: "Queues", level: 1 }).waitFor();
  await page.getByRole("navigation", { name: "Spaces" }).getByRole("link", { name: "Product support" }).click();
  await page.getByRole("heading", { name: "Search Product support" }).waitFor();

  // A bad query: the error says what and where, under the editor, while typing.
  await page.getByLabel("Filter (JQL)").fill("type = Conversation statuss");
  const problem = page.locator(".jql-problems li");
  await problem.waitFor();
  assert.match(await problem.innerText(), /^Line 1, character 21: .*Expecting either 'OR' or 'AND' but got 'statuss'\./);
  await snapshot(page, "console-queues-jql-error");

  // Conversations in, then out.
  await query(page, "type = Conversation");
  await waitForRow(page, first);
  await waitForRow(page, second);
  assert.equal(await rows(page).filter({ hasText: "Dana Queue" }).count(), 1);
  await snapshot(page, "console-queues-results");
  await query(page, "type != Conversation");
  await page.getByText("1–26 of 26").waitFor();
  await page.getByLabel("Per page").selectOption("25");
  await page.getByText("1–25 of 26").waitFor();
  assert.equal(await rows(page).filter({ hasText: first }).count(), 0);
  assert.equal(await rows(page).filter({ hasText: "Restock descaler shelf" }).count(), 25);
  await page.getByRole("button", { name: "Next page" }).click();
  await page.getByText("26–26 of 26").waitFor();
  await page.getByText("Page 2 of 2").waitFor();
  assert.equal(await rows(page).count(), 1);
  await page.getByRole("button", { name: "Previous page" }).click();
  await page.getByText("1–25 of 26").waitFor();

  // Saving a query the API refuses shows its message; a good one becomes a queue with its count.
  await page.getByLabel("Filter (JQL)").fill("type = Nope");
  await page.locator(".jql-problems li").filter({ hasText: "The value 'Nope' does not exist for the field 'type'." }).waitFor();
  await page.getByRole("button", { name: "Save as new queue" }).click();
  await page.getByLabel("Queue name").fill("Broken");
  await page.getByRole("button", { name: "Create queue" }).click();
  await page.getByRole("alert").filter({ hasText: "does not exist for the field 'type'" }).waitFor();
  await query(page, "type = Conversation ORDER BY created DESC");
  await page.getByLabel("Queue name").fill("Customer chats");
  await page.getByRole("button", { name: "Create queue" }).click();
  await page.getByRole("heading", { name: /^Customer chats/ }).waitFor();
  const queueLink = page.getByRole("navigation", { name: "Queues" }).getByRole("link", { name: /Customer chats/ });
  await queueLink.getByText("2", { exact: true }).waitFor();
  assert.match(page.url(), /\/queues\/sp_support\/q_/);

  // Sorting by a column header, and back.
  await waitForRow(page, first);
  const ordered = await keys(page);
  assert.equal(ordered.length, 2);
  await page.getByRole("button", { name: "Key" }).click();
  await page.locator('th[aria-sort="ascending"]').filter({ hasText: "Key" }).waitFor();
  await page.getByText("Loading…").waitFor({ state: "hidden" });
  const ascending = await keys(page);
  assert.deepEqual(ascending, [...ascending].sort((a, b) => Number(a.split("-")[1]) - Number(b.split("-")[1])));
  await page.getByRole("button", { name: "Key" }).click();
  await page.locator('th[aria-sort="descending"]').filter({ hasText: "Key" }).waitFor();
  await page.getByText("Loading…").waitFor({ state: "hidden" });
  assert.deepEqual(await keys(page), [...ascending].reverse());
  await snapshot(page, "console-queues-saved-sorted");

  // Renaming keeps the queue; the list shows the new name.
  await page.getByRole("button", { name: "Rename queue" }).click();
  await page.getByLabel("Queue name").fill("Chats");
  await page.getByRole("button", { name: "Save name" }).click();
  await page.getByRole("navigation", { name: "Queues" }).getByRole("link", { name: /^Chats/ }).waitFor();

  // The item: fields, transcript (the customer's words and the AI's answer), and a new comment.
  await rows(page).filter({ hasText: first }).click();
  await page.getByRole("heading", { name: first, level: 1 }).waitFor();
  const transcript = page.getByRole("list", { name: "Transcript" });
  await transcript.getByText(first).waitFor();
  await transcript.locator(".entry.ai").first().waitFor();
  await page.getByText("Dana Queue (dana.queue@example.test)").waitFor();
  await page.getByLabel("Add a comment").fill("Sent her the descaling guide too.");
  await page.getByRole("button", { name: "Add comment" }).click();
  await page.locator(".comment").filter({ hasText: "Sent her the descaling guide too." }).getByText("Alex Admin").waitFor();
  await page.getByRole("heading", { name: "Comments (1)" }).waitFor();
  await snapshot(page, "console-queues-item");
  await page.getByRole("link", { name: "← Back to the queue" }).click();
  await page.getByRole("heading", { name: /^Chats/ }).waitFor();

  // A second queue, moved above the first; the order holds after a reload.
  await query(page, "type = Task AND status = Open");
  await page.getByRole("button", { name: "Save as new queue" }).click();
  await page.getByLabel("Queue name").fill("Open tasks");
  await page.getByRole("button", { name: "Create queue" }).click();
  await page.getByRole("heading", { name: /^Open tasks/ }).waitFor();
  await page.getByRole("button", { name: "Move Open tasks up" }).click();
  const queueNames = () => page.getByRole("navigation", { name: "Queues" }).locator(".queue-name").allTextContents();
  await eventually("the new order", async () => assert.deepEqual(await queueNames(), ["Open tasks", "Chats"]));
  await page.reload();
  await page.getByRole("heading", { name: /^Open tasks/ }).waitFor();
  assert.deepEqual(await queueNames(), ["Open tasks", "Chats"]);

  // Customers: search, the profile with the conversation, and its transcript.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" }).click();
  await page.getByLabel("Search customers by name or email").fill("dana.queue");
  await page.getByRole("heading", { name: "1 customer matching “dana.queue”" }).waitFor();
  const results = page.getByRole("table", { name: "Customers" });
  assert.equal(await results.getByText("Eli Other").count(), 0);
  await results.getByRole("link", { name: "Dana Queue" }).click();
  await page.getByRole("heading", { name: "Dana Queue", level: 1 }).waitFor();
  await page.getByText("dana.queue@example.test").waitFor();
  const conversations = page.getByRole("table", { name: "Conversations" });
  const row = conversations.locator("tbody tr").filter({ hasText: first });
  await row.waitFor();
  assert.match(await row.innerText(), /Open|Waiting|In progress|Resolved|Closed/);
  await snapshot(page, "console-customers-profile");
  await row.getByRole("link").click();
  assert.match(page.url(), new RegExp(`/customers/cus_[^/]+/conversations/${conversationId}$`));
  await page.getByRole("list", { name: "Transcript" }).getByText(first).waitFor();
  await snapshot(page, "console-customers-transcript");

  // A queue can be deleted; its work items stay.
  await page.goto(`${server.url}/queues/sp_support`);
  await page.getByRole("navigation", { name: "Queues" }).getByRole("link", { name: /^Chats/ }).click();
  await page.getByRole("button", { name: "Delete queue" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await page.getByRole("heading", { name: "Search Product support" }).waitFor();
  assert.deepEqual(await queueNames(), ["Open tasks"]);
  await query(page, "type = Conversation");
  await waitForRow(page, first);
  finished = true;
  await page.close();
});

test("an agent who is not an admin works the queues but cannot change them", async () => {
  const page = await browser.newPage();
  await signInToConsole(page, server.url, "cy@acme.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Queues" }).click();
  await page.getByRole("link", { name: /Open tasks/ }).click();
  await page.getByText("1–26 of 26").waitFor();
  await page.getByText("Only admins can save, rename or delete queues.").waitFor();
  assert.equal(await page.getByRole("button", { name: "Save as new queue" }).count(), 0);
  assert.equal(await page.getByRole("button", { name: "Delete queue" }).count(), 0);
  await page.getByLabel("Filter (JQL)").fill("type = Conversation");
  await page.getByRole("button", { name: "Discard changes" }).waitFor();
  await page.getByText("1–2 of 2").waitFor();
  await page.getByRole("button", { name: "Discard changes" }).click();
  await page.getByText("1–26 of 26").waitFor();
  await snapshot(page, "console-queues-agent");

  // Taking a task: its status changes on its page, and it leaves the queue of open tasks.
  await rows(page).filter({ hasText: "Restock descaler shelf 7" }).first().click();
  await page.getByRole("heading", { name: "Restock descaler shelf 7", level: 1 }).waitFor();
  await page.getByLabel("Status").selectOption("In progress");
  await eventually("the status saved", async () => assert.equal(await page.getByLabel("Status").inputValue(), "In progress"));
  await page.reload();
  await page.getByRole("heading", { name: "Restock descaler shelf 7", level: 1 }).waitFor();
  assert.equal(await page.getByLabel("Status").inputValue(), "In progress");
  await page.getByRole("link", { name: "← Back to the queue" }).click();
  await page.getByRole("link", { name: /Open tasks/ }).click();
  await page.getByText("1–25 of 25").waitFor();
  await page.close();
});
