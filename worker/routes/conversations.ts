import { and, count, desc, eq, inArray, isNull, ne, or, type SQL } from "drizzle-orm";
import { ConversationDetail, ConversationList, ConversationListQuery, type LiveFilter } from "../../protocol/conversation-views";
import { z } from "zod";
import type { Party } from "../../durable-objects/contracts";
import { conversationFor, conversationStub } from "../conversations/access";
import { database } from "../db/client";
import { workItems } from "../db/schema";
import { presentWorkItem, workItemQuery } from "../work-items/present";
import { assertSocketOrigin } from "../http/same-origin";
import { errors, IdParam, json, route, router } from "../http/openapi";
import { agentActor } from "../routing/agent-identity";
import { forwardSocket } from "./socket-forward";

/** The agent side of a conversation. */
export const conversationRoutes = router();

conversationRoutes.openapi(
  route({
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
    const party: Party = {
      kind: "agent",
      siteId: agent.siteId,
      agentId: agent.id,
      name: agent.name,
      isAdmin: agent.role === "admin",
      spaceIds: agent.memberSpaceIds,
      sessionExpiresAt: agent.sessionExpiresAt,
    };
    const { id } = c.req.valid("param");
    const summary = await conversationFor(c.env, agent, id, "visible");
    const res = await forwardSocket(c, id, party);
    // The agent's actor remembers which conversations they opened, to close those sockets on sign-out or leaving the space.
    if (res.status === 101) c.executionCtx.waitUntil(agentActor(c.env, agent.id).watching(id, summary.spaceId));
    return res as never;
  },
);

const LIVE = ["Open", "Waiting", "In progress"] as const;
const ENDED = ["Resolved", "Closed"] as const;

/** The live filter as a condition: by default, AI-only conversations (mode `ai`, which never reach a person) stay out. */
function liveFilter(show: LiveFilter): SQL | undefined {
  switch (show) {
    case "person":
      return and(inArray(workItems.status, [...LIVE]), or(isNull(workItems.supportMode), ne(workItems.supportMode, "ai")));
    case "human":
      return eq(workItems.status, "In progress");
    case "waiting":
      return eq(workItems.status, "Waiting");
    case "ai":
      return eq(workItems.status, "Open");
  }
}

conversationRoutes.openapi(
  route({
    method: "get",
    path: "/conversations",
    tags: ["Conversations"],
    summary:
      "Conversations of your spaces outside queues: live ones (by default those that have or may reach a person; `show` = human, waiting or ai) or recently ended, each with how many conversations its customer has had",
    request: { query: ConversationListQuery },
    responses: { 200: json(ConversationList, "Newest activity first"), 400: errors[400], 401: errors[401] },
  }),
  async (c) => {
    const { view, show, limit } = c.req.valid("query");
    const db = database(c.env.DB);
    const agent = c.get("agent");
    const spaceIds = agent.visibleSpaceIds;
    if (spaceIds.length === 0) return c.json({ conversations: [] }, 200);
    const rows = await workItemQuery(db)
      .where(
        and(
          eq(workItems.siteId, agent.siteId),
          eq(workItems.type, "Conversation"),
          inArray(workItems.spaceId, spaceIds),
          view === "live" ? liveFilter(show) : inArray(workItems.status, [...ENDED]),
        ),
      )
      .orderBy(desc(workItems.updatedAt))
      .limit(limit);
    // How many conversations each listed customer has had (in the spaces this agent sees), to tell rows apart.
    const customerIds = [...new Set(rows.flatMap((r) => (r.item.customerId ? [r.item.customerId] : [])))];
    const counts = new Map<string, number>();
    // In chunks: D1 binds at most 100 parameters a statement.
    for (let i = 0; i < customerIds.length; i += 50) {
      const tallies = await db
        .select({ customerId: workItems.customerId, n: count() })
        .from(workItems)
        .where(and(eq(workItems.siteId, agent.siteId), eq(workItems.type, "Conversation"), inArray(workItems.spaceId, spaceIds), inArray(workItems.customerId, customerIds.slice(i, i + 50))))
        .groupBy(workItems.customerId);
      for (const t of tallies) if (t.customerId) counts.set(t.customerId, t.n);
    }
    return c.json({ conversations: rows.map((r) => ({ ...presentWorkItem(r), customerConversations: counts.get(r.item.customerId ?? "") ?? 0 })) }, 200);
  },
);

conversationRoutes.openapi(
  route({
    method: "get",
    path: "/conversations/{id}",
    tags: ["Conversations"],
    summary: "One conversation of your spaces as it stands now, with its whole transcript (the AI's part marked by author)",
    request: { params: IdParam },
    responses: { 200: json(ConversationDetail, "The conversation and its transcript"), 401: errors[401], 404: errors[404] },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    // Another site's conversation, or one outside your spaces, is not found rather than forbidden: its id says nothing.
    const conversation = await conversationFor(c.env, c.get("agent"), id, "visible");
    return c.json({ conversation, transcript: await conversationStub(c.env, id).transcript(0, { notes: true }) }, 200);
  },
);
