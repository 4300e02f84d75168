import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { AgentStatus, DeclineOffer, RoutingDecision, SetAvailability } from "../../protocol/console";
import { requireAdmin } from "../auth/middleware";
import { database } from "../db/client";
import { ApiError } from "../http/errors";
import { errors, json, jsonBody, Ok, router } from "../http/openapi";
import { assertSocketOrigin } from "../http/same-origin";
import { agentActor, agentIdentity } from "../routing/agent-identity";

/** The agent's side of routing: their console socket, availability, offers; and the routing log for admins. */
export const routingRoutes = router();

routingRoutes.openapi(
  createRoute({
    method: "get",
    path: "/agent/ws",
    tags: ["Routing"],
    summary: "The console's socket to the agent's actor: offers, withdrawn offers, assignments and availability on every tab",
    responses: { 101: { description: "Switching to the console protocol" }, 401: errors[401], 403: errors[403] },
  }),
  async (c) => {
    assertSocketOrigin(c);
    if (c.req.header("upgrade")?.toLowerCase() !== "websocket") throw new ApiError(426, "upgrade_required", "This address takes a WebSocket connection.");
    const identity = await agentIdentity(c.env, database(c.env.DB), c.get("agent"));
    const headers = new Headers({ upgrade: "websocket", "x-parley-agent": JSON.stringify(identity) });
    return agentActor(c.env, identity.agentId).fetch(new Request("https://agent.internal/ws", { headers })) as never;
  },
);

routingRoutes.openapi(
  createRoute({
    method: "get",
    path: "/me/status",
    tags: ["Routing"],
    summary: "The agent's availability per space, connection, active conversations and pending offers",
    responses: { 200: json(AgentStatus, "The agent's routing status"), 401: errors[401] },
  }),
  async (c) => {
    const identity = await agentIdentity(c.env, database(c.env.DB), c.get("agent"));
    return c.json(await agentActor(c.env, identity.agentId).identify(identity), 200);
  },
);

routingRoutes.openapi(
  createRoute({
    method: "put",
    path: "/me/availability",
    tags: ["Routing"],
    summary: "Go available or unavailable, in all your spaces or in one; takes effect at once",
    request: jsonBody(SetAvailability),
    responses: { 200: json(AgentStatus, "The agent's routing status"), 400: errors[400], 403: errors[403] },
  }),
  async (c) => {
    const { status, spaceId } = c.req.valid("json");
    const identity = await agentIdentity(c.env, database(c.env.DB), c.get("agent"));
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

routingRoutes.openapi(
  createRoute({
    method: "post",
    path: "/offers/{conversationId}/accept",
    tags: ["Routing"],
    summary: "Accept an offer: the conversation becomes yours. 409 when it expired or someone else accepted it",
    request: { params: ConversationParam },
    responses: { 200: json(Ok, "Accepted"), 401: errors[401], ...OfferRefusal },
  }),
  async (c) => {
    const answer = await agentActor(c.env, c.get("agent").id).accept(c.req.valid("param").conversationId);
    if (!answer.ok) throw new ApiError(409, `offer_${answer.code}`, answer.message);
    return c.json({ ok: true as const }, 200);
  },
);

routingRoutes.openapi(
  createRoute({
    method: "post",
    path: "/offers/{conversationId}/decline",
    tags: ["Routing"],
    summary: "Decline an offer (optionally saying why): it goes to the next eligible agent at once",
    request: { params: ConversationParam, ...jsonBody(DeclineOffer) },
    responses: { 200: json(Ok, "Declined"), 400: errors[400], 401: errors[401], ...OfferRefusal },
  }),
  async (c) => {
    const { reason } = c.req.valid("json");
    const answer = await agentActor(c.env, c.get("agent").id).decline(c.req.valid("param").conversationId, reason);
    if (!answer.ok) throw new ApiError(409, `offer_${answer.code}`, answer.message);
    return c.json({ ok: true as const }, 200);
  },
);

routingRoutes.use("/conversations/:id/routing", requireAdmin);
routingRoutes.openapi(
  createRoute({
    method: "get",
    path: "/conversations/{id}/routing",
    tags: ["Routing"],
    summary: "Every routing decision for a conversation: who was considered and why each was skipped (admins)",
    request: { params: z.object({ id: z.string().min(1).max(64) }) },
    responses: { 200: json(z.object({ decisions: z.array(RoutingDecision) }), "The routing log"), 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    if (!/^cv_[0-9a-f]{24}$/.test(id)) throw new ApiError(404, "not_found", "The conversation was not found.");
    const summary = await c.env.CONVERSATION.get(c.env.CONVERSATION.idFromName(id)).summary();
    if (!summary || summary.siteId !== c.get("agent").siteId) throw new ApiError(404, "not_found", "The conversation was not found.");
    const decisions = await c.env.SPACE_ROUTER.get(c.env.SPACE_ROUTER.idFromName(summary.spaceId)).explain(id);
    return c.json({ decisions }, 200);
  },
);
