/**
 * Load and abuse on the sockets: 200 customer sockets cut at once (a network drop, through the forwarder) and
 * reconnected at once; a burst of malformed and oversize frames (and oversize HTTP bodies) changes nothing
 * and the conversation keeps working. Bounded: each test stops by itself within ~60 s.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { benchExperiences, benchSpace, ChatSocket, pool, signInAdmin, sleep, startConversations, until } from "../lib/chat.ts";
import { productNumber } from "../lib/constants.ts";
import { liveConversations } from "../messages.ts";
import { assertBacklog, assertSeenOnceInOrder, assertStoredOnce, Product, Sender, transcript } from "./harness.ts";

/** The socket's rate limit: a bucket of `burst` tokens, refilled at `perSecond`. */
const RATE_BURST = productNumber("protocol/conversation.ts", "RATE_LIMIT.burst");
const RATE_PER_SECOND = productNumber("protocol/conversation.ts", "RATE_LIMIT.perSecond");
const MAX_FRAME_BYTES = productNumber("protocol/conversation.ts", "MAX_FRAME_BYTES");

let product: Product;
before(async () => {
  product = await Product.start();
});
after(async () => {
  await product?.stop();
});

test("200 customer sockets dropped at once all reconnect, resume and resend; nothing is lost or doubled", { timeout: 120_000 }, async () => {
  const admin = await signInAdmin(product.url);
  const space = await benchSpace(admin, "Drop");
  // `team` conversations with nobody available: they wait in the line and the customers write.
  const experiences = await benchExperiences(admin, space, "team", 200);
  const started = await startConversations(product.url, experiences, 200);
  const senders = await pool(started, 16, async (s, i) => {
    const socket = ChatSocket.customer(product.url, s.conversationId, s.customerToken);
    await socket.connect(0);
    return new Sender(socket, `d${i}`);
  });
  for (const s of senders) s.next();
  await Promise.all(senders.map((s) => s.allAcked()));

  // Every customer sends once more and the network drops: half the messages go just before the cut (stored,
  // their acks lost on the way back), half just after it (lost on the way in).
  senders.forEach((s, i) => i % 2 === 0 && s.next());
  // The race is the scenario: the cut comes a moment after these leave, so some are stored with their acks
  // lost and some not, whichever the runtime gets to first; the test counts both and accepts either.
  await sleep(20);
  const cut = product.proxy.dropAll();
  senders.forEach((s, i) => i % 2 === 1 && s.next());
  assert.ok(cut >= 200, `the drop cut every socket (${cut} connections)`);
  await Promise.all(senders.map((s) => s.socket.until("the drop", () => s.socket.closed, 10_000).catch(() => true)));
  const inFlight = senders.reduce((n, s) => n + s.unacked().length, 0);

  // All 200 reconnect at the same moment: hello with lastSeq, resend what was not acknowledged, write on.
  const t0 = performance.now();
  const resent = await Promise.all(
    senders.map(async (s) => {
      const lastSeq = s.socket.lastSeq;
      assertBacklog(await s.socket.connect(lastSeq), lastSeq);
      // A message stored before the drop whose ack was lost comes back in the welcome's backlog.
      const storedUnacked = s.unacked().filter((id) => s.socket.arrivedAt.has(id)).length;
      const n = s.resend();
      s.next();
      return { n, storedUnacked };
    }),
  );
  const reconnectMs = performance.now() - t0;
  await Promise.all(senders.map((s) => s.allAcked()));

  await pool(senders, 8, async (s, i) => {
    const entries = await transcript(admin, started[i]!.conversationId);
    assertStoredOnce(entries, s);
    assertSeenOnceInOrder(entries, s.socket, `customer ${i}`);
    assert.equal(entries.filter((e) => e.author.type === "customer").length, 4, "the first message and three more, each once");
  });
  for (const s of senders) s.socket.close();
  const sum = (f: (r: (typeof resent)[number]) => number) => resent.reduce((a, r) => a + f(r), 0);
  console.log(
    `${inFlight} messages unacknowledged at the drop (${sum((r) => r.storedUnacked)} of them already stored), ${sum((r) => r.n)} resent and stored once; ` +
      `200 sockets reconnected in ${Math.round(reconnectMs)} ms`,
  );
});

test("a burst of malformed and oversize frames gets an error each, stores nothing, and the conversation keeps working", { timeout: 60_000 }, async () => {
  const admin = await signInAdmin(product.url);
  const conv = await liveConversations(product.url, 1);
  const customer = conv.customers[0]!;
  const agent = conv.agents[0]!;
  customer.keepFrames = agent.keepFrames = true;
  const id = customer.path.split("/")[4]!;
  const before = await transcript(admin, id);
  // The outbox has written the accept: the work item is in D1, in progress.
  const workItemBefore = await until(
    "the outbox to write the work item as In progress",
    async () => {
      const w = await agent.client.call("GET", `/api/work-items/${id}`).catch(() => null);
      return w?.status === "In progress" && w;
    },
    30_000,
    250,
  );
  const agentFramesBefore = agent.frames.length;
  const errorsBefore = customer.errors.length;

  const bad: (string | Uint8Array)[] = [
    "not json",
    "{",
    JSON.stringify({ v: 1, type: "message", body: "no client id" }),
    JSON.stringify({ v: 2, type: "message", id: "v2", body: "wrong version" }),
    JSON.stringify({ v: 1, type: "shout", id: "unknown", body: "unknown type" }),
    JSON.stringify({ v: 1, type: "message", id: "empty", body: "   " }),
    JSON.stringify({ v: 1, type: "message", id: "extra", body: "hi", admin: true }),
    JSON.stringify({ v: 1, type: "message", id: "x".repeat(65), body: "client id too long" }),
    JSON.stringify({ v: 1, type: "hello", id: "neg", lastSeq: -1 }),
    JSON.stringify({ v: 1, type: "message", id: "long", body: "a".repeat(4001) }),
    JSON.stringify({ v: 1, type: "message", id: "frame", body: "b".repeat(20_000) }),
    JSON.stringify({ v: 1, type: "message", id: "huge", body: "c".repeat(900_000) }),
    new Uint8Array([1, 2, 3]),
    JSON.stringify(null),
    JSON.stringify([1, 2]),
    JSON.stringify({ v: 1, type: "message", id: "num", body: 42 }),
  ];
  for (let round = 0; round < 3; round++) for (const frame of bad) customer.raw(frame);
  // Then a marker the conversation answers whatever the rate limit (a frame over MAX_FRAME_BYTES is refused
  // before it takes a token): it handles one socket's frames in order, so once the marker's error is here,
  // every answer to the burst is too, and none can come after.
  customer.raw(JSON.stringify({ v: 1, type: "message", id: "end-of-burst", body: "m".repeat(MAX_FRAME_BYTES) }));
  const expected = bad.length * 3;
  await customer.until("the error for the end-of-burst marker", () => customer.errors.some((e) => e.clientId === "end-of-burst"), 30_000);
  const markerAt = customer.errors.findIndex((e) => e.clientId === "end-of-burst");
  assert.equal(customer.errors.length, markerAt + 1, "nothing after the marker's error");
  const errors = customer.errors.slice(errorsBefore, markerAt);
  assert.equal(errors.length, expected, "one error frame per bad frame, no more");
  assert.ok(errors.every((e) => ["bad_frame", "too_large", "rate_limited"].includes(e.code)), `error codes: ${[...new Set(errors.map((e) => e.code))]}`);
  const codes = new Set(errors.map((e) => e.code));
  assert.ok(codes.has("bad_frame") && codes.has("too_large") && codes.has("rate_limited"));
  assert.ok(!customer.closed, "the socket stays open");

  // Nothing was stored or sent on (the work item in D1 is checked at the end, once its outbox has written).
  assert.deepEqual(await transcript(admin, id), before);
  assert.equal(agent.frames.slice(agentFramesBefore).filter((f) => f.type === "message").length, 0, "the agent got nothing");

  // Oversize and malformed HTTP bodies are refused with a 4xx, never a 500.
  for (const body of ["{", JSON.stringify({ experienceId: "x".repeat(2_000_000), channel: "widget" }), "a".repeat(5_000_000)]) {
    const res = await fetch(`${product.url}/widget/v1/conversations`, { method: "POST", headers: { "content-type": "application/json" }, body });
    assert.ok(res.status >= 400 && res.status < 500, `HTTP ${res.status} for a ${body.length}-byte body: ${(await res.text()).slice(0, 200)}`);
  }

  // Once the rate limit's bucket refills, the conversation works both ways. The refill is time passing (the
  // product's rate, from the marker's answer, sent after the burst's last token was taken); nothing to wait for.
  await sleep((RATE_BURST / RATE_PER_SECOND) * 1000);
  customer.message("after-burst", "Still there?");
  await agent.arrival("after-burst");
  assert.ok(customer.acks.has("after-burst") || (await customer.ack("after-burst")));
  agent.message("reply-after-burst", "Yes, still here.");
  await customer.arrival("reply-after-burst");
  const entries = await transcript(admin, id);
  assert.deepEqual(entries.slice(before.length).map((e) => e.body), ["Still there?", "Yes, still here."]);

  // The work item in D1 moved by the two messages after the burst and nothing else. Closing the conversation
  // makes its outbox write now (a change of state) rather than at its next count interval: once the item
  // shows the close, that write has happened, and its count is what the burst left.
  customer.send({ type: "close", id: "close-after-burst", outcome: "resolved" });
  const workItemAfter = await until(
    "the outbox to write the close to the work item",
    async () => {
      const w = await agent.client.call("GET", `/api/work-items/${id}`);
      return w.status !== "In progress" && w;
    },
    30_000,
    250,
  );
  assert.equal(workItemAfter.messageCount, workItemBefore.messageCount + 2, "the burst counted nothing in D1; the two messages after it did");
  conv.close();
});
