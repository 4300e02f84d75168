import { eq } from "drizzle-orm";
import { AiSettings, AiSettingsUpdate } from "../../protocol/domain";
import { ChatSettings, ChatSettingsUpdate, IdentitySecret } from "../../protocol/settings";
import { requireAdmin } from "../auth/middleware";
import { database, type Db } from "../db/client";
import { sites } from "../db/schema";
import { notFound } from "../http/errors";
import { errors, json, jsonBody, route, router } from "../http/openapi";
import { pushCap, pushRoutingSettings } from "../routing/settings";

export const siteSettingsRoutes = router();

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
  route({
    method: "get",
    path: "/settings/chat",
    tags: ["Site settings"],
    summary: "The site's chat settings: concurrent conversation limit, offer timeout, idle close",
    responses: { 200: json(ChatSettings, "Chat settings"), 401: errors[401] },
  }),
  async (c) => c.json(chatSettingsOf(await site(database(c.env.DB), c.get("agent").siteId)), 200),
);

siteSettingsRoutes.openapi(
  route({
    method: "patch",
    path: "/settings/chat",
    middleware: [requireAdmin] as const,
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
      if (change.chatCap !== undefined) await pushCap(c.env, db, siteId, change.chatCap);
    }
    return c.json(chatSettingsOf(await site(db, siteId)), 200);
  },
);

siteSettingsRoutes.openapi(
  route({
    method: "get",
    path: "/settings/ai",
    tags: ["Site settings"],
    summary: "The AI agent settings",
    responses: { 200: json(AiSettings, "AI agent settings"), 401: errors[401] },
  }),
  async (c) => c.json(AiSettings.parse((await site(database(c.env.DB), c.get("agent").siteId)).aiSettings), 200),
);

siteSettingsRoutes.openapi(
  route({
    method: "patch",
    path: "/settings/ai",
    middleware: [requireAdmin] as const,
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

const newSecret = () => [...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, "0")).join("");

/** The site's identity secret, made on first use (a site created before it had one). */
async function identitySecretOf(db: Db, siteId: string): Promise<string> {
  const row = await site(db, siteId);
  if (row.identitySecret) return row.identitySecret;
  const secret = newSecret();
  await db.update(sites).set({ identitySecret: secret }).where(eq(sites.id, siteId));
  return secret;
}

siteSettingsRoutes.openapi(
  route({
    method: "get",
    path: "/settings/identity",
    middleware: [requireAdmin] as const,
    tags: ["Site settings"],
    summary: "The site's identity secret (admins): your server signs verified customers' ids with it",
    responses: { 200: json(IdentitySecret, "The secret"), 403: errors[403] },
  }),
  async (c) => c.json({ identitySecret: await identitySecretOf(database(c.env.DB), c.get("agent").siteId) }, 200),
);

siteSettingsRoutes.openapi(
  route({
    method: "post",
    path: "/settings/identity/rotate",
    middleware: [requireAdmin] as const,
    tags: ["Site settings"],
    summary: "Issue a new identity secret (admins); identities signed with the old one are refused from now on",
    responses: { 200: json(IdentitySecret, "The new secret"), 403: errors[403] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const identitySecret = newSecret();
    await db.update(sites).set({ identitySecret }).where(eq(sites.id, c.get("agent").siteId));
    return c.json({ identitySecret }, 200);
  },
);
