import { createMiddleware } from "hono/factory";
import { z } from "zod";
import { EarlierConversations, StartConversation, StartedConversation, TOKEN_SUBPROTOCOL_PREFIX, WidgetConfig } from "../../protocol/conversation";
import { and, desc, eq } from "drizzle-orm";
import { experiences, workItems } from "../db/schema";
import { framePage } from "../widget/frame-page";
import type { Party } from "../../durable-objects/contracts";
import { database } from "../db/client";
import type { AppEnv } from "../env";
import { ApiError } from "../http/errors";
import { rateLimit } from "../http/rate-limit";
import { errors, json, jsonBody, route, router } from "../http/openapi";
import { verifyCustomerToken } from "../widget/customer-token";
import { startConversation } from "../widget/start-conversation";
import { forwardSocket } from "./socket-forward";

/** The customer side: start or resume a conversation, and the customer's socket. */
export const widgetRoutes = router();

/**
 * The widget's limiter (per client IP and the experience named) runs before the body is validated, so
 * malformed starts count against the client too. The body is already capped; its experience id is read
 * as sent (a request without one shares the client's "-" budget).
 */
const startLimiter = createMiddleware<AppEnv>(async (c, next) => {
  const raw: unknown = await c.req.json().catch(() => undefined);
  const named = typeof raw === "object" && raw !== null ? (raw as { experienceId?: unknown }).experienceId : undefined;
  const experienceId = typeof named === "string" ? named.slice(0, 64) : "-";
  await rateLimit(c, c.env.WIDGET_LIMITER, `start:${experienceId}`, "Too many chats started from here. Wait a minute and try again.");
  await next();
});

widgetRoutes.openapi(
  route({
    method: "post",
    path: "/conversations",
    tags: ["Widget"],
    summary: "Start, or resume, a customer's conversation with an experience; answers a customer token",
    middleware: [startLimiter],
    request: jsonBody(StartConversation),
    responses: {
      200: json(StartedConversation, "The conversation, resumed or new"),
      400: errors[400],
      401: errors[401],
      403: errors[403],
      404: errors[404],
      413: errors[413],
      429: errors[429],
    },
  }),
  async (c) => {
    const body = c.req.valid("json");
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
  route({
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

async function experienceById(env: { DB: D1Database }, id: string) {
  return database(env.DB).select().from(experiences).where(eq(experiences.id, id)).get();
}

/** The embed loader (`<script src=".../widget/v1/widget.js" data-experience="...">`). */
widgetRoutes.get("/widget.js", async (c) => {
  const asset = await c.env.ASSETS.fetch(new URL("/widget/loader.js", c.req.url));
  if (!asset.ok) return c.text("The widget is not built: run `npm run build`.", 503);
  return new Response(asset.body, {
    headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=300", "access-control-allow-origin": "*" },
  });
});

widgetRoutes.openapi(
  route({
    method: "get",
    path: "/experiences/{id}/config",
    tags: ["Widget"],
    summary: "What the embed loader needs: name, colour, greeting, mode, and whether the calling page's origin may show the chat",
    request: { params: z.object({ id: z.string().min(1).max(64) }), query: z.object({ channel: z.enum(["widget", "support_site"]).default("widget") }) },
    responses: { 200: json(WidgetConfig, "The widget's configuration"), 400: errors[400], 404: errors[404] },
  }),
  async (c) => {
    c.header("access-control-allow-origin", "*");
    const experience = await experienceById(c.env, c.req.valid("param").id);
    if (!experience) throw new ApiError(404, "not_found", "The chat was not found.");
    const origin = c.req.header("origin");
    const own = new URL(c.req.url).origin;
    const channel = c.req.valid("query").channel;
    const channelOn = experience.channels.includes(channel);
    // The support site's chat lives on Parley's own pages only; the embedded widget on the allowed origins.
    const originOk = origin === undefined || origin === own || (channel === "widget" && experience.allowedOrigins.includes(origin));
    return c.json(
      {
        experienceId: experience.id,
        name: experience.name,
        color: experience.color,
        greeting: experience.greeting,
        aiAgentName: experience.aiAgentName,
        supportMode: experience.supportMode,
        leaveMessageAfterSeconds: experience.leaveMessageAfterSeconds,
        allowed: channelOn && originOk,
        reason: !channelOn
          ? channel === "widget"
            ? "This chat is not offered as an embedded widget."
            : "This chat is not offered on the support site."
          : !originOk
            ? `This chat cannot be used on ${origin}.`
            : null,
      },
      200,
    );
  },
);

/** The chat frame: embeddable only by the experience's allowed origins (or Parley's own support site). */
widgetRoutes.get("/frame", async (c) => {
  const experience = await experienceById(c.env, c.req.query("experience") ?? "");
  const channel = c.req.query("channel") === "support_site" ? "support_site" : "widget";
  if (!experience || !experience.channels.includes(channel)) return c.text("This chat is not available here.", 404);
  return framePage(c.env, c.req.raw, channel === "widget" ? experience.allowedOrigins : []);
});

widgetRoutes.openapi(
  route({
    method: "get",
    path: "/conversations",
    tags: ["Widget"],
    summary: "The customer's earlier conversations with this experience (customer token as `Authorization: Bearer`)",
    responses: { 200: json(EarlierConversations, "Newest first"), 401: errors[401] },
  }),
  async (c) => {
    const token = c.req.header("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const claims = token ? await verifyCustomerToken(c.env.CUSTOMER_TOKEN_SECRET, token) : null;
    if (!claims) throw new ApiError(401, "token_rejected", "This chat session is not valid. Start the conversation again.");
    const rows = await database(c.env.DB)
      .select({ id: workItems.id, summary: workItems.summary, status: workItems.status, createdAt: workItems.createdAt })
      .from(workItems)
      .where(
        and(
          eq(workItems.siteId, claims.siteId),
          eq(workItems.customerId, claims.customerId),
          eq(workItems.experienceId, claims.experienceId),
          eq(workItems.type, "Conversation"),
        ),
      )
      .orderBy(desc(workItems.createdAt))
      .limit(20);
    return c.json({ conversations: rows }, 200);
  },
);
