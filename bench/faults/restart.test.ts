/**
 * Restarts of the local runtime (SIGKILL to wrangler dev's whole process group, then a start on the same state
 * folder and address): every acknowledged message survives, clients resume with hello {lastSeq} and see every
 * entry exactly once; a pending offer's deadline still fires. Bounded: each test stops by itself within ~90 s.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ApiClient } from "../lib/client.ts";
import { benchAgents, benchExperiences, benchSpace, signInAdmin, sleep, startConversations, until, type BenchAgent } from "../lib/chat.ts";
import { liveConversations } from "../messages.ts";
import { assertBacklog, assertSeenOnceInOrder, assertStoredOnce, Product, Sender, transcript } from "./harness.ts";

let product: Product;
before(async () => {
  product = await Product.start();
});
after(async () => {
  await product?.stop();
});

test("a restart in the middle of 50 live conversations loses no acknowledged message; clients resume without duplicates", { timeout: 120_000 }, async () => {
  const conv = await liveConversations(product.url, 50);
  const admin = await signInAdmin(product.url);
  const ids = conv.customers.map((c) => c.path.split("/")[4]!);
  const senders = conv.customers.flatMap((c, i) => [new Sender(c, `c${i}`), new Sender(conv.agents[i]!, `a${i}`)]);

  // Both sides of every conversation write, a message every 400 ms each, while the runtime is killed. These
  // sleeps are the traffic, not waits: a random start spreads the senders so the kill finds messages at every
  // stage (sent, stored, acknowledged), then each writes at a chat's pace until the crash.
  let writing = true;
  const traffic = Promise.all(
    senders.map(async (s) => {
      await sleep(Math.random() * 400);
      while (writing) {
        s.next();
        await sleep(400);
      }
    }),
  );
  // The kill comes once every chat is under way (each side has had two messages acknowledged), with the
  // traffic still going.
  const underWay = () => senders.filter((s) => s.socket.acks.size >= 2).length;
  await until(() => `two acknowledged messages on every side before the crash (${underWay()} of ${senders.length})`, () => underWay() === senders.length, 30_000);
  await product.crash();
  writing = false;
  await traffic;
  const ackedBefore = senders.reduce((n, s) => n + s.socket.acks.size, 0);
  const unackedBefore = senders.reduce((n, s) => n + s.unacked().length, 0);
  assert.ok(ackedBefore >= 2 * senders.length, `messages were acknowledged before the crash (${ackedBefore})`);
  assert.ok(senders.every((s) => s.socket.closed), "every socket saw the runtime go");

  const took = await product.restart();
  // Every client resumes: hello with the newest seq it has; the welcome holds exactly what came after.
  await Promise.all(
    senders.map(async (s) => {
      const lastSeq = s.socket.lastSeq;
      assertBacklog(await s.socket.connect(lastSeq), lastSeq);
      s.resend();
      s.next();
      s.next();
    }),
  );
  await Promise.all(senders.map((s) => s.allAcked()));
  // The other side's copies arrive too.
  for (let i = 0; i < ids.length; i++) {
    const [c, a] = [senders[2 * i]!, senders[2 * i + 1]!];
    await a.socket.until("the customer's last message", () => [...c.sent.keys()].every((id) => a.socket.arrivedAt.has(id)));
    await c.socket.until("the agent's last message", () => [...a.sent.keys()].every((id) => c.socket.arrivedAt.has(id)));
  }

  for (let i = 0; i < ids.length; i++) {
    const entries = await transcript(admin, ids[i]!);
    const [c, a] = [senders[2 * i]!, senders[2 * i + 1]!];
    assertStoredOnce(entries, c);
    assertStoredOnce(entries, a);
    assertSeenOnceInOrder(entries, c.socket, `customer ${i}`);
    assertSeenOnceInOrder(entries, a.socket, `agent ${i}`);
    assert.equal(c.socket.lastSeq, entries.at(-1)!.seq, `customer ${i} is up to date`);
  }
  conv.close();
  console.log(`restart took ${took} s; ${ackedBefore} messages acknowledged before the crash, ${unackedBefore} in flight and resent`);
});

test("a pending offer's deadline fires after a restart, whether it passed while the runtime was down or comes after", { timeout: 120_000 }, async () => {
  const admin = await signInAdmin(product.url);
  // Offer A: the shortest offer timeout the settings allow (5 s), so its deadline passes while the runtime is down.
  await admin.call("PATCH", "/api/settings/chat", { offerTimeoutSeconds: 5, keepAvailableOnMissedOffer: false });
  const early = await offered(product.url, admin, "Early");
  // Offer B: 40 s, so its deadline comes after the runtime is back.
  await admin.call("PATCH", "/api/settings/chat", { offerTimeoutSeconds: 40 });
  const late = await offered(product.url, admin, "Late");
  assert.ok(early.expiresAt - Date.now() < 5_000 && late.expiresAt - Date.now() > 30_000);

  await product.crash();
  // Down long enough that offer A is also past the agent's own safety margin for stale offers (10 s). The
  // downtime is the scenario (a deadline passing while nothing runs), so this one waits for time itself.
  await sleep(Math.max(0, early.expiresAt + 11_000 - Date.now()));
  const took = await product.restart();
  const back = Date.now();
  assert.ok(back > early.expiresAt, `offer A's deadline passed while the runtime was down (restart took ${took} s)`);
  // The agents' consoles reconnect, as the console does after a drop; nothing else touches the routers.
  const consoles = await Promise.all([...early.agents, ...late.agents].map(async (agent) => {
    const ws = await agent.client.socket("/api/agent/ws");
    const frames: any[] = [];
    ws.addEventListener("message", (e) => frames.push(JSON.parse(String(e.data))));
    return { agent, ws, frames };
  }));
  const offersOf = async (agent: BenchAgent) => ((await agent.client.call("GET", "/api/me/status")).offers as any[]).map((o) => o.packet.conversationId as string);
  const waitFor = async (what: string, probe: () => Promise<boolean>, ms: number) => {
    await until(what, probe, ms, 200);
    return Date.now();
  };

  // A: expired on wake and offered to the space's other agent.
  const reofferedA = await waitFor("offer A to go to the next agent after the restart", async () => (await offersOf(early.next)).includes(early.conversationId), 20_000);
  assert.deepEqual(await offersOf(early.first), [], "the agent who missed offer A no longer holds it");
  // Down past the agent's own margin, its actor dropped the offer by itself on wake; the router's expiry still counts as a miss.
  await waitFor("the agent who missed offer A to be set unavailable", async () => (await early.first.client.call("GET", "/api/me/status")).availability[early.spaceId] === "unavailable", 20_000);
  // B: still with its agent until its deadline, then the next agent.
  assert.deepEqual(await offersOf(late.first), [late.conversationId], "offer B is still pending before its deadline");
  const reofferedB = await waitFor("offer B to go to the next agent at its deadline", async () => (await offersOf(late.next)).includes(late.conversationId), late.expiresAt - Date.now() + 10_000);
  assert.ok(reofferedB >= late.expiresAt, "not before its deadline");
  const missedB = consoles.find((c) => c.agent === late.first)!;
  await waitFor("the missed-offer notice", async () => missedB.frames.some((f) => f.type === "availability" && f.notice), 20_000);
  assert.ok(missedB.frames.some((f) => f.type === "offer_withdrawn" && f.conversationId === late.conversationId && f.reason === "expired"), "the agent who missed offer B is told");

  for (const o of [early, late]) {
    const log = await admin.call("GET", `/api/conversations/${o.conversationId}/routing`);
    assert.deepEqual(log.decisions.map((d: any) => d.kind).slice(0, 3), ["offered", "expired", "offered"], `${o.conversationId}: offered, expired, offered to the next agent`);
    // Accepting the expired offer now is refused.
    const res = await fetch(`${product.url}/api/offers/${o.conversationId}/accept`, { method: "POST", headers: { cookie: o.first.client.cookie } });
    assert.equal(res.status, 409);
  }
  const expiredA = (await admin.call("GET", `/api/conversations/${early.conversationId}/routing`)).decisions[1].at as number;
  for (const c of consoles) c.ws.close();
  await admin.call("PATCH", "/api/settings/chat", { offerTimeoutSeconds: 120 });
  console.log(
    `restart took ${took} s; offer A expired ${expiredA - back} ms after the runtime was back (re-offered after ${reofferedA - back} ms); ` +
      `offer B went to the next agent ${reofferedB - late.expiresAt} ms after its deadline`,
  );
});

/** A new space with two connected, available agents, and a `team` conversation offered to one of them. */
async function offered(base: string, admin: ApiClient, label: string) {
  const space = await benchSpace(admin, label);
  const [experienceId] = await benchExperiences(admin, space, "team", 1);
  const agents = await benchAgents(base, admin, space, 2);
  const [started] = await startConversations(base, [experienceId!], 1);
  const conversationId = started!.conversationId;
  await until(`an offer of ${conversationId} to one of the agents`, () => agents.some((a) => a.offers.has(conversationId)), 20_000);
  const first = agents.find((a) => a.offers.has(conversationId))!;
  const next = agents.find((a) => a !== first)!;
  const status = await first.client.call("GET", "/api/me/status");
  const offer = status.offers.find((o: any) => o.packet.conversationId === conversationId);
  return { conversationId, spaceId: space.id, agents, first, next, expiresAt: offer.expiresAt as number };
}
