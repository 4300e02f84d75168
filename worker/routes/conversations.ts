import { createRoute } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Party } from "../../durable-objects/conversation/party";
import { database } from "../db/client";
import { spaceMembers } from "../db/schema";
import { assertSocketOrigin } from "../http/same-origin";
import { errors, router } from "../http/openapi";
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
