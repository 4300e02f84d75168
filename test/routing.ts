/**
 * Routing test helpers: a site whose agents open their consoles and go available, offer timeouts set
 * short (the site setting, in D1) so deadlines are driven with runDurableObjectAlarm, never waited out.
 */
import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import type { ConsoleFrame } from "../protocol/console";
import type { SupportMode } from "../protocol/domain";
import { chatSite, conversationStub, startChat, TestSocket, upgrade, type ChatSite } from "./chat";
import { call, signIn } from "./fixtures";
import { eventually } from "./wait";

export interface RoutingAgent {
  id: string;
  name: string;
  cookie: string;
  console: TestSocket<ConsoleFrame>;
}

export interface RoutingSite extends ChatSite {
  agents: RoutingAgent[];
}

/** A premium site with `count` agents in the Billing space, each with an open console. */
export async function routingSite(
  options: { agents?: number; cap?: number; offerTimeoutMs?: number; keepAvailable?: boolean; mode?: SupportMode } = {},
): Promise<RoutingSite> {
  const site = await chatSite(options.mode ?? "team");
  await env.DB.prepare("UPDATE sites SET chat_cap = ?, offer_timeout_seconds = ?, keep_available_on_missed_offer = ? WHERE id = ?")
    .bind(options.cap ?? 3, (options.offerTimeoutMs ?? 60_000) / 1000, options.keepAvailable ? 1 : 0, site.siteId)
    .run();
  const agents: RoutingAgent[] = [];
  for (let i = 0; i < (options.agents ?? 3); i++) {
    const email = `agent${i}-${site.siteId}@example.test`;
    const name = `Agent ${String.fromCharCode(65 + i)}`;
    const created = await call("POST", "/api/agents", { cookie: site.adminCookie, body: { name, email, password: "a long password" } });
    await call("POST", `/api/spaces/${site.billing.id}/members`, { cookie: site.adminCookie, body: { agentId: created.body.id } });
    const cookie = await signIn(email, "a long password");
    agents.push({ id: created.body.id, name, cookie, console: await openConsole(cookie) });
  }
  return { ...site, agents };
}

export async function openConsole(cookie: string): Promise<TestSocket<ConsoleFrame>> {
  const { socket, status, body } = await upgrade("/api/agent/ws", { cookie });
  if (!socket) throw new Error(`console refused: ${status} ${JSON.stringify(body)}`);
  const console = socket as unknown as TestSocket<ConsoleFrame>;
  await console.waitFor((f) => f.type === "status");
  return console;
}

export async function setAvailability(agent: { cookie: string }, status: "available" | "unavailable", spaceId?: string) {
  const res = await call("PUT", "/api/me/availability", { cookie: agent.cookie, body: { status, ...(spaceId ? { spaceId } : {}) } });
  if (res.status !== 200) throw new Error(`availability: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export const accept = (agent: { cookie: string }, conversationId: string, spaceId?: string) =>
  call("POST", `/api/offers/${conversationId}/accept`, { cookie: agent.cookie, ...(spaceId ? { body: { spaceId } } : {}) });
export const decline = (agent: { cookie: string }, conversationId: string, reason?: string, spaceId?: string) =>
  call("POST", `/api/offers/${conversationId}/decline`, { cookie: agent.cookie, body: { ...(reason ? { reason } : {}), ...(spaceId ? { spaceId } : {}) } });

export const routerStub = (spaceId: string) => env.SPACE_ROUTER.get(env.SPACE_ROUTER.idFromName(spaceId));
export const agentStub = (agentId: string) => env.AGENT.get(env.AGENT.idFromName(agentId));

/** Offers currently pending for an agent, from their actor. */
export async function pendingOffers(agentId: string): Promise<string[]> {
  return (await agentStub(agentId).status()).offers.map((o) => o.packet.conversationId);
}

/** Waits until the agent's console has received an offer for the conversation. */
export async function offerArrives(agent: RoutingAgent, conversationId: string) {
  const [frame] = await agent.console.waitFor((f) => f.type === "offer" && f.offer.packet.conversationId === conversationId);
  return frame as Extract<ConsoleFrame, { type: "offer" }>;
}

/** Who holds an offer for this conversation now (after routing settles). */
/** Who holds an offer for this conversation now (after routing settles), or null when nobody does within the deadline. */
export async function offeredTo(site: RoutingSite, conversationId: string): Promise<RoutingAgent | null> {
  const holder = async () => {
    for (const agent of site.agents) if ((await pendingOffers(agent.id)).includes(conversationId)) return agent;
    return null;
  };
  return eventually("an offer", holder).catch(() => null);
}

export async function startWaiting(site: RoutingSite, extra: Record<string, unknown> = {}) {
  return startChat(site, extra);
}

/**
 * The space's pending offers reach their deadline now: their expiry is moved into the past (rather than waited
 * out, so a busy machine changes nothing) and the router's alarm runs, as it would at the deadline.
 */
export async function expireOffers(spaceId: string): Promise<void> {
  await runInDurableObject(routerStub(spaceId), (_router, state) => {
    state.storage.sql.exec("UPDATE line SET expires_at = ? WHERE expires_at IS NOT NULL", Date.now() - 1);
  });
  await runDurableObjectAlarm(routerStub(spaceId));
}

/** The agent's disconnect grace runs out now (its deadline moved into the past) and their actor's alarm runs. */
export async function passGrace(agentId: string): Promise<void> {
  await runInDurableObject(agentStub(agentId), (_agent, state) => {
    state.storage.sql.exec("UPDATE deadlines SET at = ? WHERE name = 'disconnect'", Date.now() - 1);
  });
  await runDurableObjectAlarm(agentStub(agentId));
}

export { conversationStub };
