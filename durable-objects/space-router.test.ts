import { evictDurableObject, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { customerSocket, startChat } from "../test/chat";
import { call } from "../test/fixtures";
import { eventually } from "../test/wait";
import {
  accept,
  agentStub,
  conversationStub,
  decline,
  expireOffers,
  offeredTo,
  offerArrives,
  passGrace,
  pendingOffers,
  routerStub,
  routingSite,
  setAvailability,
  startWaiting,
} from "../test/routing";

describe("routing a space's conversations", () => {
  it("spreads 10 conversations over 3 equal agents 4/3/3", async () => {
    const site = await routingSite({ agents: 3, cap: 10 });
    for (const agent of site.agents) await setAvailability(agent, "available");
    for (let i = 0; i < 10; i++) {
      const chat = await startWaiting(site);
      const agent = await offeredTo(site, chat.conversationId);
      expect(agent, `conversation ${i} was offered to nobody`).not.toBeNull();
      expect((await accept(agent!, chat.conversationId)).status).toBe(200);
    }
    const loads = await Promise.all(site.agents.map(async (a) => (await agentStub(a.id).status()).activeConversations.length));
    expect(loads.sort()).toEqual([3, 3, 4]);
  });

  it("ties go to the agent offered least recently", async () => {
    const site = await routingSite({ agents: 2, cap: 5 });
    for (const agent of site.agents) await setAvailability(agent, "available");
    const first = await startWaiting(site);
    const a = await offeredTo(site, first.conversationId);
    await accept(a!, first.conversationId);
    const second = await startWaiting(site);
    const b = await offeredTo(site, second.conversationId);
    expect(b!.id).not.toBe(a!.id);
    await accept(b!, second.conversationId);
    // Both hold one now; the next goes to the one offered least recently: the first agent.
    const third = await startWaiting(site);
    expect((await offeredTo(site, third.conversationId))!.id).toBe(a!.id);
  });

  it("sends the offer with the handoff packet to every console tab the agent has open", async () => {
    const site = await routingSite({ agents: 1 });
    const [agent] = site.agents;
    const { openConsole } = await import("../test/routing");
    const secondTab = await openConsole(agent!.cookie);
    await setAvailability(agent!, "available");
    const chat = await startWaiting(site, { name: "Casey", email: "casey@example.test" });
    const offer = await offerArrives(agent!, chat.conversationId);
    expect(offer.offer.packet).toMatchObject({
      conversationId: chat.conversationId,
      customer: { name: "Casey", email: "casey@example.test" },
      reason: "Live chat: the customer asked the team directly",
    });
    expect(offer.offer.expiresAt - offer.offer.offeredAt).toBe(60_000);
    await secondTab.waitFor((f) => f.type === "offer");
  });

  it("a decline goes to the next eligible agent at once", async () => {
    const site = await routingSite({ agents: 2 });
    for (const agent of site.agents) await setAvailability(agent, "available");
    const chat = await startWaiting(site);
    const first = await offeredTo(site, chat.conversationId);
    expect((await decline(first!, chat.conversationId, "Not my area")).status).toBe(200);
    const second = await offeredTo(site, chat.conversationId);
    expect(second!.id).not.toBe(first!.id);
    const log = await call("GET", `/api/conversations/${chat.conversationId}/routing`, { cookie: site.adminCookie });
    expect(log.body.decisions.map((d: { kind: string }) => d.kind)).toEqual(["offered", "declined", "offered"]);
    expect(log.body.decisions[1].note).toBe("Not my area");
    expect(log.body.decisions[2].considered.find((c: { agentId: string }) => c.agentId === first!.id).skipped).toBe("already_tried");
  });

  it("an offer nobody answers expires to the next agent, and the agent who missed it is set unavailable and told", async () => {
    const site = await routingSite({ agents: 2 });
    for (const agent of site.agents) await setAvailability(agent, "available");
    const chat = await startWaiting(site);
    const first = await offeredTo(site, chat.conversationId);
    await expireOffers(site.billing.id);
    const second = await offeredTo(site, chat.conversationId);
    expect(second!.id).not.toBe(first!.id);
    const [notice] = await first!.console.waitFor((f) => f.type === "availability" && f.notice !== null);
    expect(notice).toMatchObject({ availability: { [site.billing.id]: "unavailable" } });
    expect((await agentStub(first!.id).status()).availability[site.billing.id]).toBe("unavailable");
    // Accepting after expiry is refused with a clear message.
    const late = await accept(first!, chat.conversationId);
    expect(late.status).toBe(409);
    expect(late.body.error.message).toBe("This offer expired before you accepted it; it went to the next agent.");
  });

  it("keeps the agent available after a missed offer when the site says so", async () => {
    const site = await routingSite({ agents: 1, keepAvailable: true });
    await setAvailability(site.agents[0]!, "available");
    const chat = await startWaiting(site);
    await offeredTo(site, chat.conversationId);
    await expireOffers(site.billing.id);
    expect((await agentStub(site.agents[0]!.id).status()).availability[site.billing.id]).toBe("available");
  });

  it("the only agent who missed an offer gets it again when they come back", async () => {
    // Whichever lands first at the router, "they went unavailable" or "look for someone else", the round is
    // over once the last agent passed, so their coming back starts a new one.
    for (let attempt = 0; attempt < 3; attempt++) {
      const site = await routingSite({ agents: 1 });
      const [agent] = site.agents;
      await setAvailability(agent!, "available");
      const chat = await startWaiting(site);
      await offerArrives(agent!, chat.conversationId);
      await expireOffers(site.billing.id);
      await agent!.console.waitFor((f) => f.type === "availability" && f.notice !== null);
      await setAvailability(agent!, "available");
      expect((await offeredTo(site, chat.conversationId))?.id).toBe(agent!.id);
      const log = await call("GET", `/api/conversations/${chat.conversationId}/routing`, { cookie: site.adminCookie });
      expect(log.body.decisions.map((d: { kind: string }) => d.kind)).toEqual(expect.arrayContaining(["offered", "expired", "new_round"]));
    }
  });

  it("an agent whose lease lapsed before the late router expired the offer is still set unavailable and told", async () => {
    // As after a restart that outlasted the deadline: the agent's lease lapses by itself, the router's expiry comes later.
    const site = await routingSite({ agents: 1 });
    const [agent] = site.agents;
    await setAvailability(agent!, "available");
    const chat = await startWaiting(site);
    await offerArrives(agent!, chat.conversationId);
    await runInDurableObject(agentStub(agent!.id), (_agent, state) => {
      state.storage.sql.exec("UPDATE leases SET expires_at = ? WHERE conversation_id = ?", Date.now() - 1, chat.conversationId);
    });
    expect(await pendingOffers(agent!.id)).toEqual([]); // a lapsed lease counts for nothing
    expect((await agentStub(agent!.id).status()).availability[site.billing.id]).toBe("available");
    await expireOffers(site.billing.id);
    const [notice] = await agent!.console.waitFor((f) => f.type === "availability" && f.notice !== null);
    expect(notice).toMatchObject({ availability: { [site.billing.id]: "unavailable" } });
    expect((await agentStub(agent!.id).status()).availability[site.billing.id]).toBe("unavailable");
  });

  it("two accepts of one offer have exactly one winner", async () => {
    const site = await routingSite({ agents: 1 });
    const [agent] = site.agents;
    await setAvailability(agent!, "available");
    const chat = await startWaiting(site);
    await offerArrives(agent!, chat.conversationId);
    const results = await Promise.all([accept(agent!, chat.conversationId), accept(agent!, chat.conversationId)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await conversationStub(chat.conversationId).summary())?.assignee?.id).toBe(agent!.id);
  });

  it("accept and expiry racing have exactly one winner", async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const site = await routingSite({ agents: 1 });
      const [agent] = site.agents;
      await setAvailability(agent!, "available");
      const chat = await startWaiting(site);
      await offerArrives(agent!, chat.conversationId);
      // The deadline passes; the accept and the router's alarm arrive together.
      await runInDurableObject(routerStub(site.billing.id), (_router, state) => {
        state.storage.sql.exec("UPDATE line SET expires_at = ? WHERE conversation_id = ?", Date.now() - 1, chat.conversationId);
      });
      const [accepted] = await Promise.all([accept(agent!, chat.conversationId), runDurableObjectAlarm(routerStub(site.billing.id))]);
      const summary = await conversationStub(chat.conversationId).summary();
      // Past the deadline the expiry always wins: refused, never assigned, and the line still holds it.
      expect(accepted.status).toBe(409);
      expect(summary?.state).toBe("waiting");
      expect(summary?.assignee).toBeNull();
    }
  });

  /** A is offered the conversation, then goes unavailable: the offer is withdrawn and goes to B. */
  async function withdrawnFromA() {
    const site = await routingSite({ agents: 2 });
    const [a, b] = site.agents;
    await setAvailability(a!, "available");
    const chat = await startWaiting(site);
    expect((await offeredTo(site, chat.conversationId))!.id).toBe(a!.id);
    await setAvailability(b!, "available");
    await setAvailability(a!, "unavailable");
    await a!.console.waitFor((f) => f.type === "offer_withdrawn");
    expect((await offeredTo(site, chat.conversationId))!.id).toBe(b!.id);
    return { site, a: a!, b: b!, chat };
  }

  it("an unavailable agent gets no offers, and going unavailable withdraws pending ones to the next agent", async () => {
    const { a } = await withdrawnFromA();
    expect(await pendingOffers(a.id)).toEqual([]);
  });

  it("an agent whose offer was withdrawn when they went away is offered it again once back, when the next agent declines", async () => {
    const { site, a, b, chat } = await withdrawnFromA();
    await setAvailability(a, "available");
    expect((await decline(b, chat.conversationId, "On a call")).status).toBe(200);
    // A never declined nor missed it: it goes back to them rather than waiting for a change nobody makes.
    await a.console.waitFor((f) => f.type === "offer" && f.offer.packet.conversationId === chat.conversationId, 2);
    expect((await offeredTo(site, chat.conversationId))!.id).toBe(a.id);
  });

  it("a disconnected agent loses pending offers after the grace period and gets no new ones", async () => {
    const site = await routingSite({ agents: 2 });
    const [a, b] = site.agents;
    await setAvailability(a!, "available");
    await setAvailability(b!, "available");
    await setAvailability(b!, "unavailable", site.billing.id);
    const chat = await startWaiting(site);
    expect((await offeredTo(site, chat.conversationId))!.id).toBe(a!.id);
    a!.console.close();
    await a!.console.until(() => a!.console.closed);
    await passGrace(a!.id);
    expect((await agentStub(a!.id).status()).connected).toBe(false);
    await setAvailability(b!, "available");
    expect((await offeredTo(site, chat.conversationId))!.id).toBe(b!.id);
    const second = await startWaiting(site);
    expect((await offeredTo(site, second.conversationId))!.id).toBe(b!.id);
  });

  it("serves the line in arrival order as capacity appears, and tells each customer their place", async () => {
    const site = await routingSite({ agents: 1, cap: 1 });
    const [agent] = site.agents;
    const chats = [];
    for (let i = 0; i < 3; i++) chats.push(await startWaiting(site));
    const third = await customerSocket(chats[2]!.conversationId, chats[2]!.customerToken);
    await third.hello(0);
    await third.waitForPosition(3);
    await setAvailability(agent!, "available");
    expect(await offeredTo(site, chats[0]!.conversationId)).not.toBeNull();
    await accept(agent!, chats[0]!.conversationId);
    await third.waitFor((f) => f.type === "waiting" && f.position === 2);
    // At the cap, the next waits; closing the first frees the slot and pumps the line.
    const agentSide = await customerSocket(chats[0]!.conversationId, chats[0]!.customerToken);
    await agentSide.hello(0);
    agentSide.send({ type: "close" });
    expect(await offeredTo(site, chats[1]!.conversationId)).not.toBeNull();
    expect(await pendingOffers(agent!.id)).toEqual([chats[1]!.conversationId]);
  });

  it("never lets two spaces push an agent over the cap", async () => {
    const site = await routingSite({ agents: 1, cap: 1 });
    const [agent] = site.agents;
    // The agent works in both spaces; both route at the same moment.
    await call("PATCH", `/api/spaces/${site.support.id}`, { cookie: site.adminCookie, body: { chatEnabled: true } });
    await call("POST", `/api/spaces/${site.support.id}/members`, { cookie: site.adminCookie, body: { agentId: agent!.id } });
    const support = await call("POST", "/api/experiences", {
      cookie: site.adminCookie,
      body: { name: "Support chat", slug: "support-chat", supportMode: "team", channels: ["widget"], spaceId: site.support.id },
    });
    await setAvailability(agent!, "available");
    const [one, two] = await Promise.all([
      startWaiting(site),
      startChat({ experienceId: support.body.id }),
    ]);
    // Wait for both routers to decide (no sleeping): one offers, the other finds the agent at the cap.
    const offered = await eventually("an offer", async () => (await agentStub(agent!.id).status()).offers[0]?.packet.conversationId);
    expect([one.conversationId, two.conversationId]).toContain(offered);
    const held = offered === one.conversationId ? two.conversationId : one.conversationId;
    const atCap = async () => {
      const log = await call("GET", `/api/conversations/${held}/routing`, { cookie: site.adminCookie });
      return (log.body.decisions ?? []).some((d: { considered: { skipped: string | null }[] }) => d.considered.some((c) => c.skipped === "at_cap"));
    };
    await eventually("the router's at-cap decision", atCap);
    const status = await agentStub(agent!.id).status();
    expect(status.offers.length + status.activeConversations.length).toBe(1);
    // Once the first is closed, the other space gets its turn.
    await accept(agent!, offered!);
    const customer = offered === one.conversationId ? one : two;
    const socket = await customerSocket(customer.conversationId, customer.customerToken);
    await socket.hello(0);
    socket.send({ type: "close" });
    const other = offered === one.conversationId ? two.conversationId : one.conversationId;
    await eventually("the other space's offer", async () => (await pendingOffers(agent!.id)).includes(other));
    expect(await pendingOffers(agent!.id)).toEqual([other]);
  });

  it("an admin's new cap holds even for conversations that started under the old one", async () => {
    const site = await routingSite({ agents: 1, cap: 3, mode: "ai_team" });
    const [agent] = site.agents;
    const early = await startChat(site, {}, "hello"); // its settings snapshot says cap 3
    await call("PATCH", "/api/settings/chat", { cookie: site.adminCookie, body: { chatCap: 1 } });
    await setAvailability(agent!, "available");
    const first = await startChat(site, {}, "hello");
    const firstSocket = await customerSocket(first.conversationId, first.customerToken);
    await firstSocket.hello(0);
    firstSocket.send({ type: "request_person" });
    await offerArrives(agent!, first.conversationId);
    await accept(agent!, first.conversationId);
    const earlySocket = await customerSocket(early.conversationId, early.customerToken);
    await earlySocket.hello(0);
    earlySocket.send({ type: "request_person" });
    await earlySocket.waitForState("waiting");
    // The router decides: nobody is eligible, because the only agent is at the new cap.
    const atCap = async () => {
      const log = await call("GET", `/api/conversations/${early.conversationId}/routing`, { cookie: site.adminCookie });
      return (log.body.decisions ?? []).some((d: { considered: { skipped: string | null }[] }) => d.considered.some((c) => c.skipped === "at_cap"));
    };
    await eventually("the router's at-cap decision", atCap);
    expect(await pendingOffers(agent!.id)).toEqual([]);
  });

  it("offer deadlines survive a new instance of the router", async () => {
    const site = await routingSite({ agents: 2 });
    for (const agent of site.agents) await setAvailability(agent, "available");
    const chat = await startWaiting(site);
    const first = await offeredTo(site, chat.conversationId);
    await evictDurableObject(routerStub(site.billing.id));
    // The deadline passes while the router is gone (moved into the past rather than waited out).
    await runInDurableObject(routerStub(site.billing.id), (_router, state) => {
      state.storage.sql.exec("UPDATE line SET expires_at = ? WHERE conversation_id = ?", Date.now() - 1, chat.conversationId);
    });
    expect(await runDurableObjectAlarm(routerStub(site.billing.id))).toBe(true);
    const next = await offeredTo(site, chat.conversationId);
    expect(next!.id).not.toBe(first!.id);
  });
});
