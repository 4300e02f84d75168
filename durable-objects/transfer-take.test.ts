import { env, runDurableObjectAlarm } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { agentSocket, customerSocket, startChat } from "../test/chat";
import { call } from "../test/fixtures";
import { eventually } from "../test/wait";
import { accept, agentStub, conversationStub, decline, expireOffers, offerArrives, offeredTo, pendingOffers, routingSite, setAvailability, type RoutingAgent, type RoutingSite } from "../test/routing";

/** A conversation the first agent has accepted; the others are available too. */
async function assigned(site: RoutingSite, first = "My card was charged twice") {
  const [a] = site.agents;
  await setAvailability(a!, "available");
  const chat = await startChat(site, { name: "Casey" }, first);
  await offerArrives(a!, chat.conversationId);
  expect((await accept(a!, chat.conversationId)).status).toBe(200);
  for (const other of site.agents.slice(1)) await setAvailability(other, "available");
  return chat;
}

const transfer = (agent: RoutingAgent, id: string, body: Record<string, unknown>) => call("POST", `/api/conversations/${id}/transfer`, { cookie: agent.cookie, body });
const take = (agent: RoutingAgent, id: string) => call("POST", `/api/conversations/${id}/take`, { cookie: agent.cookie });
const active = async (agent: RoutingAgent) => (await agentStub(agent.id).status()).activeConversations.map((c) => c.conversationId);
const decisions = async (site: RoutingSite, id: string) =>
  ((await call("GET", `/api/conversations/${id}/routing`, { cookie: site.adminCookie })).body.decisions as { kind: string; note: string | null }[]).map((d) => d.kind);

describe("whom to transfer to", () => {
  it("the space's team says who could take a conversation now: available, at the limit, away, or without a console", async () => {
    const site = await routingSite({ agents: 3, cap: 1 });
    const [a, b, c] = site.agents;
    await assigned({ ...site, agents: [a!, b!] }); // A took it (at the limit of 1), B is available
    await setAvailability(c!, "unavailable");
    const team = async () => (await call("GET", `/api/spaces/${site.billing.id}/team`, { cookie: a!.cookie })).body;
    const statusOf = async () => Object.fromEntries((await team()).agents.map((m: { name: string; status: string }) => [m.name, m.status]));
    const expected = { [a!.name]: "at_cap", [b!.name]: "available", [c!.name]: "away", "Abe Agent": "no_console" };
    // Agents' actors report to the router as they change: wait until it has heard all of them.
    await eventually("the router to hear every agent", async () => {
      const now = await statusOf();
      return Object.entries(expected).every(([name, status]) => now[name] === status);
    });
    expect(await statusOf()).toMatchObject(expected);
    expect(await team()).toMatchObject({ spaceId: site.billing.id, cap: 1 });
    expect((await team()).agents.find((m: { name: string }) => m.name === a!.name).load).toBe(1);

    // Only members of the space (and admins) see it; another site's space is not found either.
    expect((await call("GET", `/api/spaces/${site.support.id}/team`, { cookie: a!.cookie })).status).toBe(404);
    expect((await call("GET", `/api/spaces/${site.support.id}/team`, { cookie: site.adminCookie })).status).toBe(200);
    expect((await call("GET", `/api/spaces/${site.billing.id}/team`)).status).toBe(401);
  });
});

describe("transfer", () => {
  it("to an agent: offered with the note; the assignee keeps writing until the target accepts, then watches", async () => {
    const site = await routingSite({ agents: 2 });
    const [a, b] = site.agents;
    const chat = await assigned(site);
    const aSide = await agentSocket(chat.conversationId, a!.cookie);
    await aSide.hello(0);

    expect((await transfer(a!, chat.conversationId, { toAgentId: b!.id, note: "Refund over $500, needs a supervisor" })).status).toBe(200);
    const offer = await offerArrives(b!, chat.conversationId);
    expect(offer.offer.transfer).toEqual({ from: { id: a!.id, name: a!.name }, note: "Refund over $500, needs a supervisor", toAgentId: b!.id });
    // Whom it waits for is in the transcript, for the team only: a console opened now (a reload) still says so.
    const [asked] = await aSide.waitForEntry((e) => e.event === "transfer_requested");
    expect(asked).toMatchObject({ body: `${a!.name} asked ${b!.name} to take the conversation.`, note: true, about: { who: "agent", name: b!.name } });
    // Until the target accepts, the conversation stays with its assignee, who can write.
    aSide.send({ type: "message", body: "I'm asking a colleague to help." });
    await aSide.waitFor((f) => f.type === "ack");
    expect((await conversationStub(chat.conversationId).summary())?.assignee?.id).toBe(a!.id);

    expect((await accept(b!, chat.conversationId)).status).toBe(200);
    const [you] = await aSide.waitFor((f) => f.type === "you");
    expect(you).toMatchObject({ you: { role: "watcher", canWrite: false } });
    expect((await conversationStub(chat.conversationId).summary())?.assignee?.id).toBe(b!.id);
    expect(await active(b!)).toEqual([chat.conversationId]);
    expect(await active(a!)).toEqual([]); // the slot is free again
    expect(await decisions(site, chat.conversationId)).toEqual(expect.arrayContaining(["transfer_requested", "offered", "accepted"]));
    // The customer sees the new agent join; the note is for the team only.
    const customer = await customerSocket(chat.conversationId, chat.customerToken);
    const welcome = await customer.hello(0);
    const seen = welcome.messages.map((m) => m.body);
    expect(seen).toContain(`${b!.name} joined the conversation; ${a!.name} passed it on.`);
    const joined = welcome.messages.find((m) => m.event === "agent_joined" && m.about?.name === b!.name);
    expect(joined?.about).toEqual({ who: "agent", name: b!.name, why: "passed_on" });
    expect(seen.join("\n")).not.toContain("supervisor");
    expect(seen.join("\n")).not.toContain("to take the conversation");
    await runDurableObjectAlarm(conversationStub(chat.conversationId));
    const comments = await env.DB.prepare("SELECT body FROM work_item_comments WHERE work_item_id = ?").bind(chat.conversationId).all<{ body: string }>();
    expect(comments.results.map((c) => c.body)).toContain(`Transferred from ${a!.name} to ${b!.name}: Refund over $500, needs a supervisor`);
  });

  it("declined or expired: it stays with the assignee, who is told", async () => {
    const site = await routingSite({ agents: 2 });
    const [a, b] = site.agents;
    const chat = await assigned(site);
    const aSide = await agentSocket(chat.conversationId, a!.cookie);
    await aSide.hello(0);
    await transfer(a!, chat.conversationId, { toAgentId: b!.id });
    await offerArrives(b!, chat.conversationId);
    expect((await decline(b!, chat.conversationId, "In a meeting")).status).toBe(200);
    const [told] = await aSide.waitForEntry((e) => e.event === "transfer_failed");
    expect(told).toMatchObject({ note: true });
    expect(told!.body).toContain("declined the transfer: In a meeting. The conversation stays with you.");
    expect((await conversationStub(chat.conversationId).summary())?.assignee?.id).toBe(a!.id);

    // Again, and this time the offer runs out.
    await transfer(a!, chat.conversationId, { toAgentId: b!.id });
    await b!.console.waitFor((f) => f.type === "offer" && f.offer.packet.conversationId === chat.conversationId, 2);
    await expireOffers(site.billing.id);
    await aSide.waitForEntry((e) => e.event === "transfer_failed", 2);
    expect((await conversationStub(chat.conversationId).summary())?.assignee?.id).toBe(a!.id);
    expect(await active(a!)).toEqual([chat.conversationId]);
  });

  it("to another space: the best eligible agent there is offered it; on accept the conversation moves", async () => {
    const site = await routingSite({ agents: 2 });
    const [a, b] = site.agents;
    await call("PATCH", `/api/spaces/${site.support.id}`, { cookie: site.adminCookie, body: { chatEnabled: true } });
    await call("POST", `/api/spaces/${site.support.id}/members`, { cookie: site.adminCookie, body: { agentId: b!.id } });
    const chat = await assigned(site);
    await setAvailability(b!, "available", site.support.id);
    const moved = await transfer(a!, chat.conversationId, { toSpaceId: site.support.id, note: "A product question" });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const offer = await offerArrives(b!, chat.conversationId);
    expect(offer.offer.packet.spaceId).toBe(site.support.id);
    expect((await accept(b!, chat.conversationId, offer.offer.packet.spaceId)).status).toBe(200);
    const summary = await conversationStub(chat.conversationId).summary();
    expect(summary).toMatchObject({ spaceId: site.support.id, assignee: { id: b!.id } });
    await runDurableObjectAlarm(conversationStub(chat.conversationId));
    const item = await env.DB.prepare("SELECT space_id, assignee_id, key FROM work_items WHERE id = ?").bind(chat.conversationId).first<{ key: string }>();
    expect(item).toEqual({ space_id: site.support.id, assignee_id: b!.id, key: expect.any(String) });

    // The space it left goes on numbering: its next conversation's work item is written, with a key of its own.
    const next = await startChat(site, { name: "Dana" }, "Is my refund on its way?");
    await runDurableObjectAlarm(conversationStub(next.conversationId));
    const nextItem = await env.DB.prepare("SELECT space_id, key FROM work_items WHERE id = ?").bind(next.conversationId).first<{ space_id: string; key: string }>();
    const prefix = item!.key.split("-")[0];
    expect(nextItem).toEqual({ space_id: site.billing.id, key: `${prefix}-${Number(item!.key.split("-")[1]) + 1}` });
  });

  it("to another space, offered to an agent who is not in the conversation's space: they can accept or decline it", async () => {
    const site = await routingSite({ agents: 3 });
    const [a, b, c] = site.agents;
    await call("PATCH", `/api/spaces/${site.support.id}`, { cookie: site.adminCookie, body: { chatEnabled: true } });
    for (const agent of [b!, c!]) {
      await call("POST", `/api/spaces/${site.support.id}/members`, { cookie: site.adminCookie, body: { agentId: agent.id } });
      expect((await call("DELETE", `/api/spaces/${site.billing.id}/members/${agent.id}`, { cookie: site.adminCookie })).status).toBe(200);
    }
    const chat = await assigned({ ...site, agents: [a!] });
    await setAvailability(b!, "available", site.support.id);
    expect((await transfer(a!, chat.conversationId, { toAgentId: b!.id })).status).not.toBe(200); // not in Billing any more
    expect((await transfer(a!, chat.conversationId, { toSpaceId: site.support.id })).status).toBe(200);
    const offer = await offerArrives(b!, chat.conversationId);
    // Declined: it stays with A, who is told.
    const declined = await decline(b!, chat.conversationId, "Not my area", offer.offer.packet.spaceId);
    expect(declined.status, JSON.stringify(declined.body)).toBe(200);
    const aSide = await agentSocket(chat.conversationId, a!.cookie);
    await aSide.hello(0);
    await aSide.waitForEntry((e) => e.event === "transfer_failed");
    // Again, to C, who accepts it: it is theirs, in their space.
    await setAvailability(b!, "unavailable", site.support.id);
    await setAvailability(c!, "available", site.support.id);
    expect((await transfer(a!, chat.conversationId, { toSpaceId: site.support.id })).status).toBe(200);
    const second = await offerArrives(c!, chat.conversationId);
    expect(second.offer.packet.spaceId).toBe(offer.offer.packet.spaceId);
    const accepted = await accept(c!, chat.conversationId, second.offer.packet.spaceId);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(await conversationStub(chat.conversationId).summary()).toMatchObject({ spaceId: site.support.id, assignee: { id: c!.id } });
  });

  it("refuses what cannot be a transfer, changing nothing", async () => {
    const site = await routingSite({ agents: 3 });
    const [a, b, c] = site.agents;
    const chat = await assigned(site);
    await setAvailability(c!, "unavailable");
    const cases: [RoutingAgent, Record<string, unknown>, number, RegExp][] = [
      [a!, {}, 400, /exactly one target/],
      [a!, { toAgentId: b!.id, toSpaceId: site.support.id }, 400, /exactly one target/],
      [a!, { toAgentId: a!.id }, 400, /already yours/],
      [a!, { toAgentId: c!.id }, 409, /not available/],
      [a!, { toAgentId: site.agent.id }, 409, /^Abe Agent has no console open right now\.$/], // a member who never opened the console
      [a!, { toSpaceId: site.support.id }, 409, /Chat is switched off in Support/],
      [a!, { toAgentId: b!.id, note: "x".repeat(1001) }, 400, /at most 1,000 characters/],
      [b!, { toAgentId: c!.id }, 409, /Only the agent who has this conversation/],
    ];
    for (const [who, body, status, message] of cases) {
      const res = await transfer(who, chat.conversationId, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error.message).toMatch(message);
    }
    expect(await pendingOffers(b!.id)).toEqual([]);
    expect((await conversationStub(chat.conversationId).summary())?.assignee?.id).toBe(a!.id);
  });
});

describe("take", () => {
  it("an available member takes a waiting conversation offered to someone else: their offer is withdrawn as taken", async () => {
    const site = await routingSite({ agents: 2 });
    const [a, b] = site.agents;
    await setAvailability(a!, "available");
    const chat = await startChat(site);
    await offerArrives(a!, chat.conversationId);
    await setAvailability(b!, "available");
    expect((await take(b!, chat.conversationId)).status).toBe(200);
    const [withdrawn] = await a!.console.waitFor((f) => f.type === "offer_withdrawn" && f.conversationId === chat.conversationId);
    expect(withdrawn).toMatchObject({ reason: "taken" });
    expect((await conversationStub(chat.conversationId).summary())?.assignee?.id).toBe(b!.id);
    expect(await active(b!)).toEqual([chat.conversationId]);
    const late = await accept(a!, chat.conversationId);
    expect(late.status).toBe(409);
    expect(late.body.error.message).toBe(`${b!.name} already has this conversation.`);
  });

  it("a take and an accept, or two takes, at the same moment: exactly one winner", async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const site = await routingSite({ agents: 3 });
      const [a, b, c] = site.agents;
      await setAvailability(a!, "available");
      const chat = await startChat(site);
      await offerArrives(a!, chat.conversationId);
      await setAvailability(b!, "available");
      await setAvailability(c!, "available");
      const results = await Promise.all([accept(a!, chat.conversationId), take(b!, chat.conversationId), take(c!, chat.conversationId)]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      const winner = [a, b, c][results.findIndex((r) => r.status === 200)]!;
      expect((await conversationStub(chat.conversationId).summary())?.assignee?.id).toBe(winner.id);
      const loads = await Promise.all([a, b, c].map(async (x) => (await active(x!)).length + (await pendingOffers(x!.id)).length));
      expect(loads.sort()).toEqual([0, 0, 1]); // nobody holds a slot for a conversation they did not get
    }
  });

  it("refuses an unavailable agent, one at the cap, and a conversation that is not waiting", async () => {
    const site = await routingSite({ agents: 2, cap: 1 });
    const [a, b] = site.agents;
    const busy = await assigned(site);
    const waiting = await startChat(site);
    const atCap = await take(a!, waiting.conversationId);
    expect(atCap.status).toBe(409);
    expect(atCap.body.error.message).toMatch(/at the limit of 1 conversation/);
    await setAvailability(b!, "unavailable");
    const away = await take(b!, waiting.conversationId);
    expect(away.status).toBe(409);
    expect(away.body.error.message).toMatch(/is not available/);
    const notWaiting = await take(b!, busy.conversationId);
    expect(notWaiting.status).toBe(409);
    expect(notWaiting.body.error.message).toBe(`${a!.name} already has this conversation.`);
  });
});

describe("an admin's reach", () => {
  it("reassigns through the router (the cap holds) and closes any conversation with an outcome", async () => {
    const site = await routingSite({ agents: 2 });
    const [a, b] = site.agents;
    const chat = await assigned(site);
    const asAgent = await call("POST", `/api/conversations/${chat.conversationId}/reassign`, { cookie: b!.cookie, body: { toAgentId: b!.id } });
    expect(asAgent.status).toBe(403);
    expect((await call("POST", `/api/conversations/${chat.conversationId}/reassign`, { cookie: site.adminCookie, body: { toAgentId: b!.id } })).status).toBe(200);
    expect((await conversationStub(chat.conversationId).summary())?.assignee?.id).toBe(b!.id);
    expect(await active(a!)).toEqual([]);
    expect(await active(b!)).toEqual([chat.conversationId]);

    expect((await call("POST", `/api/conversations/${chat.conversationId}/close`, { cookie: b!.cookie, body: { outcome: "resolved" } })).status).toBe(403);
    const bad = await call("POST", `/api/conversations/${chat.conversationId}/close`, { cookie: site.adminCookie, body: { outcome: "done" } });
    expect(bad.status).toBe(400);
    expect((await call("POST", `/api/conversations/${chat.conversationId}/close`, { cookie: site.adminCookie, body: { outcome: "unresolved" } })).status).toBe(200);
    expect(await conversationStub(chat.conversationId).summary()).toMatchObject({ state: "closed", outcome: "unresolved" });
    expect(await active(b!)).toEqual([]);
    const again = await call("POST", `/api/conversations/${chat.conversationId}/close`, { cookie: site.adminCookie, body: { outcome: "unresolved" } });
    expect(again.status).toBe(409);
  });
});

describe("a member removed from a space", () => {
  it("loses write access at once: their sockets there close, their conversation goes back to the line and to the next agent", async () => {
    const site = await routingSite({ agents: 2 });
    const [a, b] = site.agents;
    const chat = await assigned(site);
    const aSide = await agentSocket(chat.conversationId, a!.cookie);
    await aSide.hello(0);
    expect((await call("DELETE", `/api/spaces/${site.billing.id}/members/${a!.id}`, { cookie: site.adminCookie })).status).toBe(200);
    await aSide.until(() => aSide.closed);
    expect((await offeredTo(site, chat.conversationId))?.id).toBe(b!.id);
    expect(await conversationStub(chat.conversationId).summary()).toMatchObject({ state: "waiting", assignee: null });
    expect(await active(a!)).toEqual([]);
    const reopened = await call("GET", `/api/conversations/${chat.conversationId}`, { cookie: a!.cookie });
    expect(reopened.status).toBe(404);
    expect(await decisions(site, chat.conversationId)).toContain("returned");
  });

  it("loses their pending offers there, withdrawn as removed", async () => {
    const site = await routingSite({ agents: 2 });
    const [a, b] = site.agents;
    await setAvailability(a!, "available");
    const chat = await startChat(site);
    await offerArrives(a!, chat.conversationId);
    await setAvailability(b!, "available");
    await call("DELETE", `/api/spaces/${site.billing.id}/members/${a!.id}`, { cookie: site.adminCookie });
    const [withdrawn] = await a!.console.waitFor((f) => f.type === "offer_withdrawn");
    expect(withdrawn).toMatchObject({ reason: "removed" });
    expect((await offeredTo(site, chat.conversationId))?.id).toBe(b!.id);
  });
});
