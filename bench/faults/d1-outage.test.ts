/**
 * D1 fails while chats go on. The outage is real, not a mock: the test takes SQLite's write lock on the local
 * D1 database file (BEGIN EXCLUSIVE from another connection, as a stuck writer would), so every D1 write of
 * the running runtime fails with "database is locked" while reads still work (WAL). The chats must not
 * notice; once the lock goes, each conversation's outbox writes its work item (count, status, history).
 * Bounded: stops by itself within ~90 s.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DatabaseSync } from "node:sqlite";
import { sleep, until } from "../lib/chat.ts";
import { productNumber } from "../lib/constants.ts";
import { percentile } from "../lib/stats.ts";
import { liveConversations } from "../messages.ts";
import { Product, Sender } from "./harness.ts";

/** How soon the outbox writes a change of state, and how often it writes a message count alone. */
const STATE_DELAY_MS = productNumber("durable-objects/conversation/projectors.ts", "STATE_DELAY_MS");
const COUNT_INTERVAL_MS = productNumber("durable-objects/conversation/projectors.ts", "COUNT_INTERVAL_MS");
const COUNT_SPREAD_MS = productNumber("durable-objects/conversation/projectors.ts", "COUNT_SPREAD_MS");

let product: Product;
before(async () => {
  product = await Product.start();
});
after(async () => {
  await product?.stop();
});

test("while D1 refuses every write the chats go on, and the work items catch up afterwards", { timeout: 120_000 }, async () => {
  const conv = await liveConversations(product.url, 3);
  const ids = conv.customers.map((c) => c.path.split("/")[4]!);
  const owner = conv.agents[0]!.client;
  const workItem = (id: string) => owner.call("GET", `/api/work-items/${id}`);
  // The outboxes have written the accepts: every work item is in D1, in progress.
  let seen: any[] = [];
  const beforeOutage = await until(
    () => `the outboxes to write the work items as In progress (saw ${JSON.stringify(seen.map((w) => w?.status ?? "none"))})`,
    async () => {
      seen = await Promise.all(ids.map((id) => workItem(id).catch(() => null)));
      return seen.every((w) => w?.status === "In progress") && seen;
    },
    30_000,
    250,
  );

  const file = product.d1File();
  const lock = new DatabaseSync(file);
  lock.exec("PRAGMA busy_timeout = 0");
  lock.exec("BEGIN EXCLUSIVE");
  const lockedAt = Date.now();
  let released = false;
  try {
    // D1 is down for writes: starting a chat (it writes the customer) fails.
    const start = await fetch(`${product.url}/widget/v1/conversations`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ experienceId: "exp_billing", channel: "widget", firstMessage: { clientId: "outage-1", body: "Is anyone there?" } }),
    });
    // ...with a 503 the widget can retry, and a message a person can read.
    assert.equal(start.status, 503, `a write to D1 fails during the outage as "try again" (HTTP ${start.status})`);
    assert.equal(start.headers.get("retry-after"), "5");
    assert.match(((await start.json()) as { error: { message: string } }).error.message, /briefly unavailable/);

    // Both sides of every conversation write; every message is stored, acknowledged and delivered meanwhile.
    const senders = conv.customers.flatMap((c, i) => [new Sender(c, `o-c${i}`), new Sender(conv.agents[i]!, `o-a${i}`)]);
    const sentAt = new Map<string, number>();
    for (let n = 0; n < 3; n++) {
      for (const s of senders) sentAt.set(s.next()!, performance.now());
      // Pacing, not waiting for anything: the rounds spread over the outage as a chat's messages would.
      await sleep(400);
    }
    await Promise.all(senders.map((s) => s.allAcked(10_000)));
    for (let i = 0; i < ids.length; i++) {
      const [c, a] = [senders[2 * i]!, senders[2 * i + 1]!];
      await a.socket.until("the customer's messages", () => [...c.sent.keys()].every((id) => a.socket.arrivedAt.has(id)));
      await c.socket.until("the agent's messages", () => [...a.sent.keys()].every((id) => c.socket.arrivedAt.has(id)));
    }
    const ackMs = senders.flatMap((s) => [...s.sent.keys()].map((id) => s.socket.ackedAt.get(id)! - sentAt.get(id)!));
    // The customer of the first conversation closes it during the outage.
    const closed = conv.agents[0]!.waitFor("the close during the outage", (f) => f.type === "state" && f.state === "closed");
    conv.customers[0]!.send({ type: "close", id: "close-during-outage", outcome: "resolved" });
    await closed;

    // The outage's length is the scenario: it lasts 6 s, and at least long enough after the close for its
    // outbox write (due STATE_DELAY_MS after it, then retried after 1 s and 2 s) to fail three times. No
    // observable fact says an attempt failed (diagnostics count written batches only; the warning goes to the
    // server's log, which the harness keeps to itself), so this is a time-based wait, not a wait for an event.
    const closedAt = Date.now();
    await sleep(Math.max(0, lockedAt + 6000 - Date.now(), closedAt + STATE_DELAY_MS + 3000 - Date.now()));
    // Nothing reached D1 while it was down.
    const during = lock.prepare(`SELECT id, status, message_count FROM work_items WHERE id IN (${ids.map(() => "?").join(",")}) ORDER BY id`).all(...ids) as any[];
    for (const row of during) {
      const was = beforeOutage.find((w) => w.id === row.id)!;
      assert.equal(row.message_count, was.messageCount, "D1 did not change during the outage");
      assert.equal(row.status, "In progress");
    }
    lock.exec("ROLLBACK");
    released = true;
    const outageMs = Date.now() - lockedAt;

    // The outboxes catch up by themselves (their alarm retries with back-off); a message count alone is
    // written at most every COUNT_INTERVAL_MS plus the conversation's share of COUNT_SPREAD_MS, so that long and
    // a margin for a busy machine.
    let items: any[] = [];
    const caughtUp = () => items.every((w, i) => w.messageCount === beforeOutage[i]!.messageCount + 6) && items[0]!.status !== "In progress";
    await until(
      () => `the work items to catch up after the outage (saw ${JSON.stringify(items.map((w) => [w.status, w.messageCount]))})`,
      async () => {
        items = await Promise.all(ids.map(workItem));
        return caughtUp();
      },
      COUNT_INTERVAL_MS + COUNT_SPREAD_MS + 30_000,
      500,
    );
    const catchUpMs = Date.now() - lockedAt - outageMs;
    assert.equal(items[0]!.status, "Resolved");
    assert.ok(items.slice(1).every((w) => w.status === "In progress"));
    // The history has every status change once, in order, even though the outbox sent them several times.
    const history = lock.prepare(`SELECT from_value, to_value FROM work_item_changes WHERE work_item_id = ? AND field = 'status' ORDER BY changed_at, id`).all(ids[0]!) as any[];
    assert.deepEqual(history.map((h) => `${h.from_value ?? "∅"}→${h.to_value}`), ["∅→Waiting", "Waiting→In progress", "In progress→Resolved"]);
    console.log(
      `D1 down for ${outageMs} ms: ${ackMs.length} messages acknowledged (p50 ${Math.round(percentile(ackMs, 50))} ms, max ${Math.round(Math.max(...ackMs))} ms); ` +
        `work items caught up ${catchUpMs} ms after D1 came back`,
    );
  } finally {
    if (!released) lock.exec("ROLLBACK");
    lock.close();
    conv.close();
  }
});
