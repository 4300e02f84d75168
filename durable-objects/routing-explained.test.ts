import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { RoutingDecision } from "../protocol/console";
import { customerSocket, startChat } from "../test/chat";
import { call } from "../test/fixtures";
import { accept, agentStub, conversationStub, offerArrives, passGrace, routerStub, routingSite, setAvailability, type RoutingSite } from "../test/routing";

const log = async (site: RoutingSite, id: string): Promise<RoutingDecision[]> =>
  (await call("GET", `/api/conversations/${id}/routing`, { cookie: site.adminCookie })).body.decisions;
const waitsFor = (decisions: RoutingDecision[]) => decisions.filter((d) => d.kind === "no_eligible_agent");
const skipped = (d: RoutingDecision | undefined) => Object.fromEntries((d?.considered ?? []).map((c) => [c.name, c.skipped]));

describe("routing that explains itself", () => {
  it("a conversation nobody can take says why, for each agent, once per change", async () => {
    const site = await routingSite({ agents: 3, cap: 1 });
    const [a, b, c] = site.agents;
    await setAvailability(a!, "available");
    const busy = await startChat(site);
    await offerArrives(a!, busy.conversationId);
    await accept(a!, busy.conversationId); // a is at the cap now
    await setAvailability(b!, "available");
    c!.console.close(); // c goes unavailable-by-disconnect below
    await c!.console.until(() => c!.console.closed);
    await setAvailability(c!, "available");
    await passGrace(c!.id);
    await setAvailability(b!, "unavailable");

    const waiting = await startChat(site);
    const customer = await customerSocket(waiting.conversationId, waiting.customerToken);
    await customer.hello(0);
    await customer.waitForPosition(1);
    const [why] = waitsFor(await log(site, waiting.conversationId));
    expect(skipped(why)).toEqual({ [a!.name]: "at_cap", [b!.name]: "unavailable", [c!.name]: "disconnected" });
    // Nothing changed: more events do not repeat the explanation.
    await runDurableObjectAlarm(routerStub(site.billing.id));
    await setAvailability(b!, "unavailable");
    expect(waitsFor(await log(site, waiting.conversationId))).toHaveLength(1);
  });

  it("with every agent unavailable, the customer is told the team is away at once (not a minute's wait), and back in line when someone comes", async () => {
    const site = await routingSite({ agents: 2 });
    const chat = await startChat(site);
    const customer = await customerSocket(chat.conversationId, chat.customerToken);
    await customer.hello(0);
    await customer.until(() => (customer.summaryAway()?.reason ?? null) === "nobody_available");
    expect(waitsFor(await log(site, chat.conversationId))).toHaveLength(1);
    await setAvailability(site.agents[0]!, "available");
    await customer.until(() => customer.summaryAway() === null);
  });
});

describe("business hours", () => {
  const closedAllWeek = { timeZone: "Europe/Berlin", days: [] as { day: number; open: string; close: string }[] };
  const openNow = () => ({ timeZone: "UTC", days: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, open: "00:00", close: "24:00" })) });

  it("are a space's setting, validated, and reach its router", async () => {
    const site = await routingSite({ agents: 1 });
    const bad = [
      { timeZone: "Mars/Olympus", days: [] },
      { timeZone: "UTC", days: [{ day: 7, open: "09:00", close: "17:00" }] },
      { timeZone: "UTC", days: [{ day: 1, open: "17:00", close: "09:00" }] },
      { timeZone: "UTC", days: [{ day: 1, open: "9am", close: "17:00" }] },
    ];
    for (const businessHours of bad) {
      const res = await call("PATCH", `/api/spaces/${site.billing.id}`, { cookie: site.adminCookie, body: { businessHours } });
      expect(res.status, JSON.stringify(businessHours)).toBe(400);
    }
    // A day's periods: at most three, none overlapping, each refusal naming the period.
    const period = (open: string, close: string) => ({ day: 2, open, close });
    const four = { timeZone: "UTC", days: [period("06:00", "08:00"), period("09:00", "10:00"), period("11:00", "12:00"), period("13:00", "14:00")] };
    const overlap = { timeZone: "UTC", days: [period("09:00", "12:00"), period("11:30", "17:00")] };
    for (const [businessHours, message] of [[four, "At most three periods a day"], [overlap, "Periods of a day must not overlap: 09:00–12:00 and 11:30–17:00"]] as const) {
      const res = await call("PATCH", `/api/spaces/${site.billing.id}`, { cookie: site.adminCookie, body: { businessHours } });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(message);
    }
    const monday = { timeZone: "America/New_York", days: [{ day: 1, open: "09:00", close: "17:30" }] };
    const saved = await call("PATCH", `/api/spaces/${site.billing.id}`, { cookie: site.adminCookie, body: { businessHours: monday } });
    expect(saved.body.businessHours).toEqual(monday);
    const config = await runInDurableObject(routerStub(site.billing.id), (_r, state) => state.storage.sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'config'").one().value);
    expect(JSON.parse(config).hours).toEqual(monday);
  });

  it("outside them a people-only chat waits with the team away until opening time, and the AI-first handoff becomes an email request", async () => {
    const team = await routingSite({ agents: 1 });
    await call("PATCH", `/api/spaces/${team.billing.id}`, { cookie: team.adminCookie, body: { businessHours: { timeZone: "UTC", days: [{ day: (new Date().getUTCDay() + 3) % 7, open: "09:00", close: "17:00" }] } } });
    await setAvailability(team.agents[0]!, "available");
    const chat = await startChat(team);
    const socket = await customerSocket(chat.conversationId, chat.customerToken);
    await socket.hello(0);
    await socket.until(() => socket.summaryAway()?.reason === "outside_hours");
    expect(socket.summaryAway()!.backAt).toBeGreaterThan(Date.now());
    expect((await agentStub(team.agents[0]!.id).status()).offers).toEqual([]); // the line waits for opening time

    const aiFirst = await routingSite({ agents: 1, mode: "ai_team" });
    await call("PATCH", `/api/spaces/${aiFirst.billing.id}`, { cookie: aiFirst.adminCookie, body: { businessHours: closedAllWeek } });
    await setAvailability(aiFirst.agents[0]!, "available");
    const ai = await startChat(aiFirst, {}, "hello");
    const customer = await customerSocket(ai.conversationId, ai.customerToken);
    await customer.hello(0);
    await customer.waitForEntry((e) => e.author.type === "ai" && e.seq > 2);
    customer.send({ type: "request_person" });
    const [prompt] = await customer.waitForEntry((e) => e.event === "email_prompt");
    expect(prompt!.body).toContain("Our team is away right now");
    await customer.waitForState("ai");
    expect((await conversationStub(ai.conversationId).summary())?.away).toMatchObject({ reason: "outside_hours" });
    expect((await agentStub(aiFirst.agents[0]!.id).status()).offers).toEqual([]);
    // The AI still answers; asking again is refused kindly.
    customer.send({ type: "request_person" });
    expect((await customer.waitFor((f) => f.type === "error"))[0]).toMatchObject({ code: "not_allowed" });

    // Opening hours again: a handoff reaches the line.
    await call("PATCH", `/api/spaces/${aiFirst.billing.id}`, { cookie: aiFirst.adminCookie, body: { businessHours: openNow() } });
    const later = await startChat(aiFirst, {}, "hello");
    const next = await customerSocket(later.conversationId, later.customerToken);
    await next.hello(0);
    await next.waitForEntry((e) => e.author.type === "ai" && e.seq > 2);
    next.send({ type: "request_person" });
    await offerArrives(aiFirst.agents[0]!, later.conversationId);
  });
});

describe("the offer an agent looks at", () => {
  it("shows the customer's newest words as they arrive: the console gets the offer again with the newer packet", async () => {
    const site = await routingSite({ agents: 1 });
    const [agent] = site.agents;
    await setAvailability(agent!, "available");
    const chat = await startChat(site, {}, "My order never came");
    const first = await offerArrives(agent!, chat.conversationId);
    // The first offer already holds the first message (a people-only chat is offered the moment it starts).
    expect(first.offer.packet.lastMessages.map((m) => m.body)).toContain("My order never came");
    expect(first.offer.packet.summary).toBe("My order never came");
    const customer = await customerSocket(chat.conversationId, chat.customerToken);
    await customer.hello(0);
    customer.send({ type: "message", body: "It was order 1042" });
    const offers = await agent!.console.waitFor((f) => f.type === "offer" && f.offer.packet.conversationId === chat.conversationId, 2);
    const latest = offers.at(-1) as Extract<(typeof offers)[number], { type: "offer" }>;
    expect(latest.offer.packet.lastMessages.map((m) => m.body)).toContain("It was order 1042");
    // The status a new tab reads holds it too.
    const status = await agentStub(agent!.id).status();
    expect(status.offers[0]!.packet.lastMessages.map((m) => m.body)).toContain("It was order 1042");
  });
});

describe("what a message costs", () => {
  it("admins read a conversation's diagnostics: one row per message, and the work item not written per message", async () => {
    const site = await routingSite({ agents: 1 });
    const [agent] = site.agents;
    await setAvailability(agent!, "available");
    const chat = await startChat(site);
    await offerArrives(agent!, chat.conversationId);
    await accept(agent!, chat.conversationId);
    const customer = await customerSocket(chat.conversationId, chat.customerToken);
    await customer.hello(0);
    const before = (await call("GET", `/api/conversations/${chat.conversationId}/diagnostics`, { cookie: site.adminCookie })).body;
    for (let i = 0; i < 8; i++) {
      customer.send({ type: "message", body: `message ${i}` });
      await customer.waitFor((f) => f.type === "ack", i + 1);
    }
    const after = (await call("GET", `/api/conversations/${chat.conversationId}/diagnostics`, { cookie: site.adminCookie })).body;
    expect(after.messages - before.messages).toBe(8);
    expect((after.rowsWrittenByMessages - before.rowsWrittenByMessages) / 8).toBeLessThanOrEqual(1);
    expect(after.d1Statements).toBe(before.d1Statements); // the work item follows within 30 s, not per message
    expect((await call("GET", `/api/conversations/${chat.conversationId}/diagnostics`, { cookie: agent!.cookie })).status).toBe(403);
  });
});
