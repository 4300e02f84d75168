import { createRoute } from "@hono/zod-openapi";
import { and, desc, eq, inArray } from "drizzle-orm";
import { ConversationDetail, ConversationList, ConversationListQuery } from "../../protocol/conversation-views";
import { z } from "zod";
import type { Party } from "../../durable-objects/conversation/party";
import { database } from "../db/client";
import { spaceMembers, workItems } from "../db/schema";
import { notFound } from "../http/errors";
import { presentWorkItem, workItemQuery } from "../work-items/present";
import { visibleSpaceIds } from "../work-items/visibility";
import { assertSocketOrigin } from "../http/same-origin";
import { errors, IdParam, json, router } from "../http/openapi";
import { agentActor } from "../routing/agent-identity";
import { forwardSocket } from "./socket-forward";

/** The agent side of a conversation. */
export const conversationRoutes = router();

conversationRoutes.openapi(
  createRoute({
    method: "get",
    path: "/conversations/{id}/ws",
    tags: ["Conversations"],
    summary: "An agent's WebSocket to a conversation (protocol parley.v1): the assignee writes, space members and admins watch",
    request: { params: z.object({ id: z.string().min(1).max(64) }) },
    responses: { 101: { description: "Switching to the conversation protocol" }, 401: errors[401], 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    assertSocketOrigin(c);
    const agent = c.get("agent");
    const memberships = await database(c.env.DB)
      .select({ spaceId: spaceMembers.spaceId })
      .from(spaceMembers)
      .where(eq(spaceMembers.agentId, agent.id));
    const party: Party = {
      kind: "agent",
      siteId: agent.siteId,
      agentId: agent.id,
      name: agent.name,
      isAdmin: agent.role === "admin",
      spaceIds: memberships.map((m) => m.spaceId),
      sessionExpiresAt: agent.sessionExpiresAt,
    };
    const res = await forwardSocket(c, c.req.valid("param").id, party);
    // The agent's actor remembers which conversations they opened, to close those sockets on sign-out.
    if (res.status === 101) c.executionCtx.waitUntil(agentActor(c.env, agent.id).watching(c.req.valid("param").id));
    return res as never;
  },
);

const LIVE = ["Open", "Waiting", "In progress"] as const;
const ENDED = ["Resolved", "Closed"] as const;

conversationRoutes.openapi(
  createRoute({
    method: "get",
    path: "/conversations",
    tags: ["Conversations"],
    summary: "Conversations of your spaces outside queues: live ones (with the AI, waiting, with a person) or recently ended",
    request: { query: ConversationListQuery },
    responses: { 200: json(ConversationList, "Newest activity first"), 400: errors[400], 401: errors[401] },
  }),
  async (c) => {
    const { view, limit } = c.req.valid("query");
    const db = database(c.env.DB);
    const agent = c.get("agent");
    const spaceIds = await visibleSpaceIds(db, agent);
    if (spaceIds.length === 0) return c.json({ conversations: [] }, 200);
    const rows = await workItemQuery(db)
      .where(
        and(
          eq(workItems.siteId, agent.siteId),
          eq(workItems.type, "Conversation"),
          inArray(workItems.spaceId, spaceIds),
          inArray(workItems.status, view === "live" ? [...LIVE] : [...ENDED]),
        ),
      )
      .orderBy(desc(workItems.updatedAt))
      .limit(limit);
    return c.json({ conversations: rows.map(presentWorkItem) }, 200);
  },
);

conversationRoutes.openapi(
  createRoute({
    method: "get",
    path: "/conversations/{id}",
    tags: ["Conversations"],
    summary: "One conversation of your spaces as it stands now, with its whole transcript (the AI's part marked by author)",
    request: { params: IdParam },
    responses: { 200: json(ConversationDetail, "The conversation and its transcript"), 401: errors[401], 404: errors[404] },
  }),
  async (c) => {
    const agent = c.get("agent");
    const stub = c.env.CONVERSATION.get(c.env.CONVERSATION.idFromName(c.req.valid("param").id));
    const conversation = await stub.summary();
    // Another site's conversation, or one outside your spaces, is not found rather than forbidden: its id says nothing.
    if (!conversation || conversation.siteId !== agent.siteId) throw notFound("The conversation");
    if (agent.role !== "admin" && !(await visibleSpaceIds(database(c.env.DB), agent)).includes(conversation.spaceId)) throw notFound("The conversation");
    return c.json({ conversation, transcript: await stub.transcript() }, 200);
  },
);
