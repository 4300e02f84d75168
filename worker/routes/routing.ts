import { eq } from "drizzle-orm";
import { z } from "zod";
import { AGENT_HEADER } from "../../durable-objects/contracts";
import { AcceptOffer, AgentStatus, DeclineOffer, RoutingDecision, SetAvailability } from "../../protocol/console";
import { requireAdmin } from "../auth/middleware";
import { database } from "../db/client";
import { sites } from "../db/schema";
import { ApiError, validationError } from "../http/errors";
import { errors, json, jsonBody, Ok, route, router } from "../http/openapi";
import { assertSocketOrigin } from "../http/same-origin";
import type { Context } from "hono";
import { conversationFor, refusal } from "../conversations/access";
import type { AppEnv } from "../env";
import { agentActor, signedInIdentity } from "../routing/agent-identity";
import { spaceRouter } from "../routing/settings";

/** The agent's side of routing: their console socket, availability, offers; and the routing log for admins. */
export const routingRoutes = router();

routingRoutes.openapi(
  route({
    method: "get",
    path: "/agent/ws",
    tags: ["Routing"],
    summary: "The console's socket to the agent's actor: offers, withdrawn offers, assignments and availability on every tab",
    responses: { 101: { description: "Switching to the console protocol" }, 401: errors[401], 403: errors[403] },
  }),
  async (c) => {
    assertSocketOrigin(c);
    if (c.req.header("upgrade")?.toLowerCase() !== "websocket") throw new ApiError(426, "upgrade_required", "This address takes a WebSocket connection.");
    const me = c.get("agent");
    const site = await database(c.env.DB).select({ chatCap: sites.chatCap }).from(sites).where(eq(sites.id, me.siteId)).get();
    const identity = { ...signedInIdentity(c.env, me), ...(site ? { cap: site.chatCap } : {}) };
    const headers = new Headers({ upgrade: "websocket", [AGENT_HEADER]: JSON.stringify(identity) });
    return agentActor(c.env, identity.agentId).fetch(new Request("https://agent.internal/ws", { headers })) as never;
  },
);

routingRoutes.openapi(
  route({
    method: "get",
    path: "/me/status",
    tags: ["Routing"],
    summary: "The agent's availability per space, connection, active conversations and pending offers",
    responses: { 200: json(AgentStatus, "The agent's routing status"), 401: errors[401] },
  }),
  async (c) => {
    const identity = signedInIdentity(c.env, c.get("agent"));
    return c.json(await agentActor(c.env, identity.agentId).identify(identity), 200);
  },
);

routingRoutes.openapi(
  route({
    method: "put",
    path: "/me/availability",
    tags: ["Routing"],
    summary: "Go available or unavailable, in all your spaces or in one; takes effect at once",
    request: jsonBody(SetAvailability),
    responses: { 200: json(AgentStatus, "The agent's routing status"), 400: errors[400], 403: errors[403] },
  }),
  async (c) => {
    const { status, spaceId } = c.req.valid("json");
    const identity = signedInIdentity(c.env, c.get("agent"));
    if (spaceId !== undefined && !identity.spaceIds.includes(spaceId)) {
      throw new ApiError(403, "not_a_member", "You are not a member of that space, so you cannot be available there.");
    }
    const actor = agentActor(c.env, identity.agentId);
    await actor.identify(identity);
    return c.json(await actor.setAvailability(status, spaceId), 200);
  },
);

const ConversationParam = z.object({ conversationId: z.string().min(1).max(64) });
const OfferRefusal = { 409: errors[409] };

/**
 * The router that made the offer: the space the offer names (a transfer is offered by the target space's
 * router), else the conversation's own — a space the agent is a member of, of their site.
 */
async function offerRouter(c: Context<AppEnv>, conversationId: string, spaceId: string | undefined) {
  const agent = c.get("agent");
  const notOffered = new ApiError(409, "offer_not_offered", "This conversation was not offered to you, or the offer is gone.");
  if (spaceId !== undefined) {
    // The offer's space (one of yours): its router alone knows whether it offered you the conversation. It
    // may be a transfer from a space you are not in, so the conversation's own space is not asked.
    if (!agent.memberSpaceIds.includes(spaceId)) throw notOffered;
    return spaceRouter(c.env, spaceId);
  }
  const summary = await conversationFor(c.env, agent, conversationId, "member").catch(() => null);
  // A conversation outside your spaces (or none) was never offered to you: said so, not "not found".
  if (!summary) throw notOffered;
  return spaceRouter(c.env, summary.spaceId);
}

routingRoutes.openapi(
  route({
    method: "post",
    path: "/offers/{conversationId}/accept",
    tags: ["Routing"],
    summary: "Accept an offer: the conversation becomes yours. 409 when it expired or someone else accepted it",
    request: { params: ConversationParam, body: { content: { "application/json": { schema: AcceptOffer } }, required: false } },
    responses: { 200: json(Ok, "Accepted"), 400: errors[400], 401: errors[401], ...OfferRefusal },
  }),
  async (c) => {
    const { conversationId } = c.req.valid("param");
    const me = c.get("agent");
    const body = AcceptOffer.safeParse(await c.req.json().catch(() => ({})));
    if (!body.success) throw validationError(body.error);
    const answer = await (await offerRouter(c, conversationId, body.data.spaceId)).accept(conversationId, { id: me.id, name: me.name });
    if (!answer.ok) throw refusal(answer, "offer_");
    return c.json({ ok: true as const }, 200);
  },
);

routingRoutes.openapi(
  route({
    method: "post",
    path: "/offers/{conversationId}/decline",
    tags: ["Routing"],
    summary: "Decline an offer (optionally saying why): it goes to the next eligible agent at once",
    request: { params: ConversationParam, ...jsonBody(DeclineOffer) },
    responses: { 200: json(Ok, "Declined"), 400: errors[400], 401: errors[401], ...OfferRefusal },
  }),
  async (c) => {
    const { reason, spaceId } = c.req.valid("json");
    const { conversationId } = c.req.valid("param");
    const answer = await (await offerRouter(c, conversationId, spaceId)).decline(conversationId, c.get("agent").id, reason ?? null);
    if (!answer.ok) throw refusal(answer, "offer_");
    return c.json({ ok: true as const }, 200);
  },
);

routingRoutes.openapi(
  route({
    method: "get",
    path: "/conversations/{id}/routing",
    middleware: [requireAdmin] as const,
    tags: ["Routing"],
    summary: "Every routing decision for a conversation: who was considered and why each was skipped (admins)",
    request: { params: z.object({ id: z.string().min(1).max(64) }) },
    responses: { 200: json(z.object({ decisions: z.array(RoutingDecision) }), "The routing log"), 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    const summary = await conversationFor(c.env, c.get("agent"), id, "visible");
    return c.json({ decisions: await spaceRouter(c.env, summary.spaceId).explain(id) }, 200);
  },
);
