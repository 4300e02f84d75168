import { createRoute } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { AiSettings, AiSettingsUpdate } from "../../protocol/domain";
import { ChatSettings, ChatSettingsUpdate } from "../../protocol/settings";
import { requireAdmin } from "../auth/middleware";
import { database, type Db } from "../db/client";
import { sites } from "../db/schema";
import { notFound } from "../http/errors";
import { errors, json, jsonBody, router } from "../http/openapi";
import { pushRoutingSettings } from "../routing/settings";

export const siteSettingsRoutes = router();
siteSettingsRoutes.use("/settings/*", async (c, next) => (c.req.method === "GET" ? next() : requireAdmin(c, next)));

async function site(db: Db, siteId: string) {
  const row = await db.select().from(sites).where(eq(sites.id, siteId)).get();
  if (!row) throw notFound("Your site");
  return row;
}

const chatSettingsOf = (row: typeof sites.$inferSelect): ChatSettings => ({
  chatCap: row.chatCap,
  offerTimeoutSeconds: row.offerTimeoutSeconds,
  idleCloseMinutes: row.idleCloseMinutes,
  keepAvailableOnMissedOffer: row.keepAvailableOnMissedOffer,
});

siteSettingsRoutes.openapi(
  createRoute({
    method: "get",
    path: "/settings/chat",
    tags: ["Site settings"],
    summary: "The site's chat settings: concurrent conversation limit, offer timeout, idle close",
    responses: { 200: json(ChatSettings, "Chat settings"), 401: errors[401] },
  }),
  async (c) => c.json(chatSettingsOf(await site(database(c.env.DB), c.get("agent").siteId)), 200),
);

siteSettingsRoutes.openapi(
  createRoute({
    method: "patch",
    path: "/settings/chat",
    tags: ["Site settings"],
    summary: "Change the site's chat settings (admins)",
    request: jsonBody(ChatSettingsUpdate),
    responses: { 200: json(ChatSettings, "Updated"), 400: errors[400], 403: errors[403] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const siteId = c.get("agent").siteId;
    const change = c.req.valid("json");
    if (Object.keys(change).length > 0) {
      await db.update(sites).set(change).where(eq(sites.id, siteId));
      await pushRoutingSettings(c.env, db, siteId);
    }
    return c.json(chatSettingsOf(await site(db, siteId)), 200);
  },
);

siteSettingsRoutes.openapi(
  createRoute({
    method: "get",
    path: "/settings/ai",
    tags: ["Site settings"],
    summary: "The AI agent settings",
    responses: { 200: json(AiSettings, "AI agent settings"), 401: errors[401] },
  }),
  async (c) => c.json(AiSettings.parse((await site(database(c.env.DB), c.get("agent").siteId)).aiSettings), 200),
);

siteSettingsRoutes.openapi(
  createRoute({
    method: "patch",
    path: "/settings/ai",
    tags: ["Site settings"],
    summary: "Change the AI agent settings (admins)",
    request: jsonBody(AiSettingsUpdate),
    responses: { 200: json(AiSettings, "Updated"), 400: errors[400], 403: errors[403] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const siteId = c.get("agent").siteId;
    const merged = AiSettings.parse({ ...AiSettings.parse((await site(db, siteId)).aiSettings), ...c.req.valid("json") });
    await db.update(sites).set({ aiSettings: merged }).where(eq(sites.id, siteId));
    return c.json(merged, 200);
  },
);
