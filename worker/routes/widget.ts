import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { StartConversation, StartedConversation, TOKEN_SUBPROTOCOL_PREFIX } from "../../protocol/conversation";
import type { Party } from "../../durable-objects/conversation/party";
import { database } from "../db/client";
import { ApiError } from "../http/errors";
import { rateLimit } from "../http/rate-limit";
import { errors, json, jsonBody, router } from "../http/openapi";
import { verifyCustomerToken } from "../widget/customer-token";
import { startConversation } from "../widget/start-conversation";
import { forwardSocket } from "./socket-forward";

/** The customer side: start or resume a conversation, and the customer's socket. */
export const widgetRoutes = router();

widgetRoutes.openapi(
  createRoute({
    method: "post",
    path: "/conversations",
    tags: ["Widget"],
    summary: "Start, or resume, a customer's conversation with an experience; answers a customer token",
    request: jsonBody(StartConversation),
    responses: {
      200: json(StartedConversation, "The conversation, resumed or new"),
      400: errors[400],
      401: errors[401],
      403: errors[403],
      404: errors[404],
      429: errors[429],
    },
  }),
  async (c) => {
    const body = c.req.valid("json");
    await rateLimit(c, c.env.WIDGET_LIMITER, `start:${body.experienceId}`, "Too many chats started from here. Wait a minute and try again.");
    const origin = { request: c.req.header("origin"), own: new URL(c.req.url).origin };
    return c.json(await startConversation(c.env, database(c.env.DB), body, origin), 200);
  },
);

/** Browsers cannot set headers on a WebSocket: the token rides as a subprotocol, `parley-token.<token>`. */
function tokenFromSubprotocols(header: string | undefined): string | null {
  for (const part of (header ?? "").split(",")) {
    const value = part.trim();
    if (value.startsWith(TOKEN_SUBPROTOCOL_PREFIX)) return value.slice(TOKEN_SUBPROTOCOL_PREFIX.length);
  }
  return null;
}

widgetRoutes.openapi(
  createRoute({
    method: "get",
    path: "/conversations/{id}/ws",
    tags: ["Widget"],
    summary: "The customer's WebSocket (protocol parley.v1; the customer token as subprotocol parley-token.<token>)",
    request: { params: z.object({ id: z.string().min(1).max(64) }) },
    responses: { 101: { description: "Switching to the conversation protocol" }, 401: errors[401], 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    const token = tokenFromSubprotocols(c.req.header("sec-websocket-protocol"));
    const claims = token ? await verifyCustomerToken(c.env.CUSTOMER_TOKEN_SECRET, token) : null;
    if (!claims) throw new ApiError(401, "token_rejected", "This chat session is not valid. Start the conversation again.");
    const party: Party = { kind: "customer", ...claims, origin: c.req.header("origin") ?? null, ownOrigin: new URL(c.req.url).origin };
    return forwardSocket(c, c.req.valid("param").id, party) as never;
  },
);
