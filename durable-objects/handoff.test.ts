import { env, runDurableObjectAlarm } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { agentSocket, customerSocket, startChat } from "../test/chat";
import { call } from "../test/fixtures";
import { AI_MESSAGES } from "./conversation/ai-turn";
import { accept, conversationStub, offerArrives, routerStub, routingSite, setAvailability } from "../test/routing";

describe("handoff into a human's hands", () => {
  it("an ai_team customer who asks for a person is offered to an agent with the packet; on accept the agent joins with the whole transcript", async () => {
    const site = await routingSite({ agents: 1, mode: "ai_team" });
    const [agent] = site.agents;
    await setAvailability(agent!, "available");
    await env.DB.prepare(`UPDATE sites SET ai_settings = '{"cannotHelpHandoffAfter":3}' WHERE id = ?`).bind(site.siteId).run();
    const chat = await startChat(site, { name: "Casey" }, "My espresso machine shows error E4");
    const customer = await customerSocket(chat.conversationId, chat.customerToken);
    await customer.hello(0);
    // The AI answers first (this site has no articles: it says it is not sure), then the customer asks for a person.
    await customer.waitForEntry((e) => e.author.type === "ai" && e.seq > 2);
    customer.send({ type: "request_person" });

    const offer = await offerArrives(agent!, chat.conversationId);
    expect(offer.offer.packet).toMatchObject({ reason: "The customer asked for a person", customer: { name: "Casey" } });
    expect(offer.offer.packet.summary).toContain("My espresso machine shows error E4");
    expect(offer.offer.packet.lastMessages.map((m) => m.body)).toContain("My espresso machine shows error E4");
    await customer.waitFor((f) => f.type === "waiting" && f.position === 1);

    expect((await accept(agent!, chat.conversationId)).status).toBe(200);
    const [joined] = await customer.waitFor((f) => f.type === "agent_joined");
    expect(joined).toMatchObject({ agent: { id: agent!.id, name: "Agent A" } });
    await customer.waitForState("human");
    await agent!.console.waitFor((f) => f.type === "assigned");

    const agentView = await agentSocket(chat.conversationId, agent!.cookie);
    const welcome = await agentView.hello(0);
    expect(welcome.you).toEqual({ role: "agent", canWrite: true });
    const seen = welcome.messages.map((m) => [m.author.type, m.body]);
    expect(seen[0]).toEqual(["ai", "Hello! How can we help?"]);
    expect(seen).toContainEqual(["customer", "My espresso machine shows error E4"]);
    // The AI ends its turn with a visible message before the conversation waits for a person.
    const waitingAt = seen.findIndex(([, body]) => body?.startsWith("You're in line"));
    expect(seen[waitingAt - 1]).toEqual(["ai", AI_MESSAGES.handoff]);
    expect(seen.at(-1)).toEqual(["system", "Agent A joined the conversation."]);

    // The AI portion lands in the work item as a comment.
    await runDurableObjectAlarm(conversationStub(chat.conversationId));
    const comment = await env.DB.prepare("SELECT author_type, body FROM work_item_comments WHERE work_item_id = ?")
      .bind(chat.conversationId)
      .first<{ author_type: string; body: string }>();
    expect(comment?.author_type).toBe("ai");
    expect(comment?.body).toContain("Robo (AI): Hello! How can we help?");
    expect(comment?.body).toContain("Casey: My espresso machine shows error E4");

    // The agent closes it as resolved: the AI's outcome stays "handed off", the work item is Resolved.
    agentView.send({ type: "close", outcome: "resolved" });
    await customer.waitFor((f) => f.type === "state" && f.state === "closed");
    await runDurableObjectAlarm(conversationStub(chat.conversationId));
    const item = await env.DB.prepare("SELECT status, ai_outcome, resolved_at FROM work_items WHERE id = ?")
      .bind(chat.conversationId)
      .first<{ status: string; ai_outcome: string; resolved_at: number | null }>();
    expect(item).toMatchObject({ status: "Resolved", ai_outcome: "handed_off" });
    expect(item?.resolved_at).not.toBeNull();
  });

  it("an agent watching the conversation who accepts its offer writes in the same socket at once", async () => {
    const site = await routingSite({ agents: 1 });
    const [agent] = site.agents;
    await setAvailability(agent!, "available");
    const chat = await startChat(site, {}, "My card was declined");
    await offerArrives(agent!, chat.conversationId);
    // Opened from the live list before accepting: a watcher, read-only.
    const watching = await agentSocket(chat.conversationId, agent!.cookie);
    expect((await watching.hello(0)).you).toEqual({ role: "watcher", canWrite: false });
    watching.send({ type: "message", body: "too early" });
    expect((await watching.waitFor((f) => f.type === "error"))[0]).toMatchObject({ code: "read_only" });

    expect((await accept(agent!, chat.conversationId)).status).toBe(200);
    const [you] = await watching.waitFor((f) => f.type === "you");
    expect(you).toMatchObject({ you: { role: "agent", canWrite: true } });
    watching.send({ type: "message", body: "Hi, I'm here to help." });
    await watching.waitFor((f) => f.type === "ack");
    const customer = await customerSocket(chat.conversationId, chat.customerToken);
    await customer.hello(0);
    expect(customer.entries().map((e) => e.body)).toContain("Hi, I'm here to help.");
  });

  it("accept before the deadline beats an expiry run at the same moment", async () => {
    const site = await routingSite({ agents: 1 });
    const [agent] = site.agents;
    await setAvailability(agent!, "available");
    const chat = await startChat(site);
    await offerArrives(agent!, chat.conversationId);
    const [accepted] = await Promise.all([accept(agent!, chat.conversationId), runDurableObjectAlarm(routerStub(site.billing.id))]);
    expect(accepted.status).toBe(200);
    expect((await conversationStub(chat.conversationId).summary())?.assignee?.id).toBe(agent!.id);
  });

  it("explains routing to admins only, for their own site", async () => {
    const site = await routingSite({ agents: 2 });
    await setAvailability(site.agents[0]!, "available");
    const chat = await startChat(site);
    await offerArrives(site.agents[0]!, chat.conversationId);
    const log = await call("GET", `/api/conversations/${chat.conversationId}/routing`, { cookie: site.adminCookie });
    expect(log.status).toBe(200);
    const [offered] = log.body.decisions;
    expect(offered.kind).toBe("offered");
    expect(offered.agentId).toBe(site.agents[0]!.id);
    const skipped = Object.fromEntries(offered.considered.map((c: { agentId: string; skipped: string | null }) => [c.agentId, c.skipped]));
    expect(skipped[site.agents[0]!.id]).toBeNull();
    expect(skipped[site.agents[1]!.id]).toBe("unavailable");
    expect((await call("GET", `/api/conversations/${chat.conversationId}/routing`, { cookie: site.agents[0]!.cookie })).status).toBe(403);
    const stranger = await routingSite({ agents: 0 });
    expect((await call("GET", `/api/conversations/${chat.conversationId}/routing`, { cookie: stranger.adminCookie })).status).toBe(404);
  });

  it("refuses availability in a space the agent is not a member of, and bad payloads", async () => {
    const site = await routingSite({ agents: 1 });
    const agent = site.agents[0]!;
    const res = await call("PUT", "/api/me/availability", { cookie: agent.cookie, body: { status: "available", spaceId: site.support.id } });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe("You are not a member of that space, so you cannot be available there.");
    const bad = await call("PUT", "/api/me/availability", { cookie: agent.cookie, body: { status: "online" } });
    expect(bad.status).toBe(400);
    const status = await call("GET", "/api/me/status", { cookie: agent.cookie });
    expect(status.body.availability).toEqual({ [site.billing.id]: "unavailable" });
    const none = await call("POST", "/api/offers/cv_000000000000000000000000/accept", { cookie: agent.cookie });
    expect(none.status).toBe(409);
    expect(none.body.error.message).toBe("This conversation was not offered to you, or the offer is gone.");
  });
});
