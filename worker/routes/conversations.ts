import { createRoute } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Party } from "../../durable-objects/conversation/party";
import { database } from "../db/client";
import { spaceMembers } from "../db/schema";
import { assertSocketOrigin } from "../http/same-origin";
import { errors, router } from "../http/openapi";
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
    };
    return forwardSocket(c, c.req.valid("param").id, party) as never;
  },
);
