/**
 * What agents and admins do to a conversation from outside it, each through the actor that owns the fact:
 * transfer (the assignee, to an agent or another space, as an offer through that space's router), take (an
 * available member, from the line, through the router), close (an admin, any conversation, through the
 * conversation), reassign (an admin, through the router), and the cost diagnostics (admins).
 */
import { and, eq } from "drizzle-orm";
import { AdminCloseRequest, ConversationDiagnostics, ReassignRequest, TransferRequest } from "../../protocol/conversation-views";
import { requireAdmin } from "../auth/middleware";
import { conversationFor, conversationStub, refusal } from "../conversations/access";
import { database } from "../db/client";
import { agents, sites, spaceMembers, spaces } from "../db/schema";
import { ApiError, notFound } from "../http/errors";
import { errors, IdParam, json, jsonBody, Ok, route, router } from "../http/openapi";
import { routingSettings, spaceRouter } from "../routing/settings";

export const conversationActionRoutes = router();

/** A member of the space who is an agent of this site (for transfer and reassignment targets). */
async function spaceMember(db: ReturnType<typeof database>, siteId: string, spaceId: string, agentId: string) {
  return db
    .select({ id: agents.id, name: agents.name })
    .from(spaceMembers)
    .innerJoin(agents, eq(agents.id, spaceMembers.agentId))
    .where(and(eq(spaceMembers.spaceId, spaceId), eq(spaceMembers.agentId, agentId), eq(agents.siteId, siteId)))
    .get();
}

conversationActionRoutes.openapi(
  route({
    method: "post",
    path: "/conversations/{id}/transfer",
    tags: ["Conversations"],
    summary: "The assignee hands the conversation to another agent or space, with a note; it stays theirs until the target accepts",
    request: { params: IdParam, ...jsonBody(TransferRequest) },
    responses: { 200: json(Ok, "Offered to the target"), 400: errors[400], 404: errors[404], 409: errors[409] },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const me = c.get("agent");
    const db = database(c.env.DB);
    const summary = await conversationFor(c.env, me, id, "visible");
    if (summary.state !== "human" || summary.assignee?.id !== me.id) {
      throw new ApiError(409, "not_assignee", "Only the agent who has this conversation can transfer it.");
    }
    let targetSpace = summary.spaceId;
    let waitingFor: string;
    if (body.toAgentId) {
      if (body.toAgentId === me.id) throw new ApiError(400, "same_target", "The conversation is already yours; pick another agent.");
      const target = await spaceMember(db, me.siteId, summary.spaceId, body.toAgentId);
      if (!target) throw new ApiError(400, "not_member", "That agent is not a member of this conversation's space. Transfer to their space instead.");
      waitingFor = target.name;
    } else {
      const space = await db.select().from(spaces).where(and(eq(spaces.id, body.toSpaceId!), eq(spaces.siteId, me.siteId))).get();
      if (!space) throw notFound("The space");
      if (space.id === summary.spaceId) throw new ApiError(400, "same_target", `The conversation is already in ${space.name}; pick an agent instead.`);
      if (!space.chatEnabled) throw new ApiError(409, "chat_off", `Chat is switched off in ${space.name}, so it cannot take conversations.`);
      targetSpace = space.id;
      waitingFor = `someone in ${space.name}`;
    }
    const site = await db.select().from(sites).where(eq(sites.id, me.siteId)).get();
    const packet = await conversationStub(c.env, id).packet();
    if (!site || !packet) throw notFound("The conversation");
    const answer = await spaceRouter(c.env, targetSpace).transfer({
      packet: { ...packet, spaceId: targetSpace, reason: `Transfer from ${me.name}`, summary: body.note ? `${me.name}: ${body.note}` : packet.summary },
      config: { siteId: me.siteId, spaceId: targetSpace, ...routingSettings(site) },
      transfer: { from: { id: me.id, name: me.name }, note: body.note ?? null, toAgentId: body.toAgentId ?? null },
      waitingFor,
    });
    if (!answer.ok) throw refusal(answer, "transfer_");
    return c.json({ ok: true as const }, 200);
  },
);

conversationActionRoutes.openapi(
  route({
    method: "post",
    path: "/conversations/{id}/take",
    tags: ["Conversations"],
    summary: "Take a waiting conversation from the line (available members, within the cap); an offer to someone else is withdrawn",
    request: { params: IdParam },
    responses: { 200: json(Ok, "Yours"), 404: errors[404], 409: errors[409] },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    const me = c.get("agent");
    const summary = await conversationFor(c.env, me, id, "member");
    if (summary.state !== "waiting") {
      throw new ApiError(409, "take_not_waiting", summary.assignee ? `${summary.assignee.name} already has this conversation.` : "This conversation is not waiting for a person.");
    }
    const answer = await spaceRouter(c.env, summary.spaceId).take(id, { id: me.id, name: me.name });
    if (!answer.ok) throw refusal(answer, "take_");
    return c.json({ ok: true as const }, 200);
  },
);

conversationActionRoutes.openapi(
  route({
    method: "post",
    path: "/conversations/{id}/close",
    middleware: [requireAdmin] as const,
    tags: ["Conversations"],
    summary: "Close any conversation of the site with an outcome (admins): ghost or stale chats",
    request: { params: IdParam, ...jsonBody(AdminCloseRequest) },
    responses: { 200: json(Ok, "Closed"), 403: errors[403], 404: errors[404], 409: errors[409] },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    const me = c.get("agent");
    await conversationFor(c.env, me, id, "visible");
    const answer = await conversationStub(c.env, id).closeByAdmin({ by: { id: me.id, name: me.name }, verdict: c.req.valid("json").outcome });
    if (!answer.ok) throw refusal(answer);
    return c.json({ ok: true as const }, 200);
  },
);

conversationActionRoutes.openapi(
  route({
    method: "post",
    path: "/conversations/{id}/reassign",
    middleware: [requireAdmin] as const,
    tags: ["Conversations"],
    summary: "Give a waiting or assigned conversation to a member of its space (admins); the cap holds",
    request: { params: IdParam, ...jsonBody(ReassignRequest) },
    responses: { 200: json(Ok, "Reassigned"), 400: errors[400], 403: errors[403], 404: errors[404], 409: errors[409] },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    const { toAgentId } = c.req.valid("json");
    const me = c.get("agent");
    const summary = await conversationFor(c.env, me, id, "visible");
    if (summary.state === "closed") throw new ApiError(409, "closed", "The conversation is closed.");
    if (summary.state === "ai") throw new ApiError(409, "not_waiting", "The AI has this conversation; it reaches a person through a handoff.");
    const target = await spaceMember(database(c.env.DB), me.siteId, summary.spaceId, toAgentId);
    if (!target) throw new ApiError(400, "not_member", "That agent is not a member of this conversation's space.");
    if (summary.assignee?.id === target.id) throw new ApiError(409, "already_assigned", `${target.name} already has this conversation.`);
    const answer = await spaceRouter(c.env, summary.spaceId).reassign(id, target, summary.assignee);
    if (!answer.ok) throw refusal(answer, "reassign_");
    return c.json({ ok: true as const }, 200);
  },
);

conversationActionRoutes.openapi(
  route({
    method: "get",
    path: "/conversations/{id}/diagnostics",
    middleware: [requireAdmin] as const,
    tags: ["Conversations"],
    summary: "What the conversation has cost since its object last woke: rows written, D1 statements (admins)",
    request: { params: IdParam },
    responses: { 200: json(ConversationDiagnostics, "Counts"), 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    await conversationFor(c.env, c.get("agent"), id, "visible");
    return c.json(await conversationStub(c.env, id).diagnosticsReport(), 200);
  },
);
