import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import { SavedReply, SavedReplyCreate, SavedReplyList, SavedReplyUpdate } from "../../protocol/saved-replies";
import { requireAdmin } from "../auth/middleware";
import { database, type Db } from "../db/client";
import { newId } from "../db/ids";
import { savedReplies, spaces } from "../db/schema";
import { ApiError, notFound } from "../http/errors";
import { errors, IdParam, json, jsonBody, Ok, route, router } from "../http/openapi";

/**
 * Saved replies (macros, as Zendesk's and Intercom's): agents read the site's replies and those of their
 * spaces and insert them from the composer; admins create, edit and delete them in Settings.
 */
export const savedReplyRoutes = router();

type Row = typeof savedReplies.$inferSelect;
const present = ({ siteId: _s, ...row }: Row): SavedReply => row;

async function siteReply(db: Db, siteId: string, id: string): Promise<Row> {
  const row = await db.select().from(savedReplies).where(and(eq(savedReplies.id, id), eq(savedReplies.siteId, siteId))).get();
  if (!row) throw notFound("The saved reply");
  return row;
}

/** A reply's space must be one of the site's (another site's space is as unknown as a made-up one). */
async function assertSpace(db: Db, siteId: string, spaceId: string | null | undefined): Promise<void> {
  if (!spaceId) return;
  const space = await db.select({ id: spaces.id }).from(spaces).where(and(eq(spaces.id, spaceId), eq(spaces.siteId, siteId))).get();
  if (!space) throw new ApiError(400, "invalid_request", "The request body is not valid: spaceId: There is no such space in this site", [{ path: "spaceId", message: "There is no such space in this site" }]);
}

savedReplyRoutes.openapi(
  route({
    method: "get",
    path: "/saved-replies",
    tags: ["Saved replies"],
    summary: "Saved replies you may use: the site's and your spaces' (admins: every one), by title",
    responses: { 200: json(SavedReplyList, "Saved replies"), 401: errors[401] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const agent = c.get("agent");
    const spaceIds = agent.visibleSpaceIds;
    const inSpaces = spaceIds.length > 0 ? or(isNull(savedReplies.spaceId), inArray(savedReplies.spaceId, spaceIds)) : isNull(savedReplies.spaceId);
    const rows = await db.select().from(savedReplies).where(and(eq(savedReplies.siteId, agent.siteId), inSpaces)).orderBy(asc(savedReplies.title));
    return c.json({ replies: rows.map(present) }, 200);
  },
);

savedReplyRoutes.openapi(
  route({
    method: "post",
    middleware: [requireAdmin] as const,
    path: "/saved-replies",
    tags: ["Saved replies"],
    summary: "Create a saved reply for the site or one space (admins)",
    request: jsonBody(SavedReplyCreate),
    responses: { 201: json(SavedReply, "Created"), 400: errors[400], 401: errors[401], 403: errors[403] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const me = c.get("agent");
    const body = c.req.valid("json");
    await assertSpace(db, me.siteId, body.spaceId);
    const row = await db
      .insert(savedReplies)
      .values({ id: newId("rpl"), siteId: me.siteId, spaceId: body.spaceId, title: body.title, body: body.body, createdBy: me.id, updatedBy: me.id })
      .returning()
      .get();
    return c.json(present(row), 201);
  },
);

savedReplyRoutes.openapi(
  route({
    method: "patch",
    middleware: [requireAdmin] as const,
    path: "/saved-replies/{id}",
    tags: ["Saved replies"],
    summary: "Edit a saved reply: title, body or space (admins)",
    request: { params: IdParam, ...jsonBody(SavedReplyUpdate) },
    responses: { 200: json(SavedReply, "Updated"), 400: errors[400], 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const me = c.get("agent");
    const { id } = c.req.valid("param");
    const patch = c.req.valid("json");
    await siteReply(db, me.siteId, id);
    await assertSpace(db, me.siteId, patch.spaceId);
    const row = await db.update(savedReplies).set({ ...patch, updatedBy: me.id, updatedAt: Date.now() }).where(eq(savedReplies.id, id)).returning().get();
    return c.json(present(row), 200);
  },
);

savedReplyRoutes.openapi(
  route({
    method: "delete",
    middleware: [requireAdmin] as const,
    path: "/saved-replies/{id}",
    tags: ["Saved replies"],
    summary: "Delete a saved reply (admins)",
    request: { params: IdParam },
    responses: { 200: json(Ok, "Deleted"), 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const { id } = c.req.valid("param");
    await siteReply(db, c.get("agent").siteId, id);
    await db.delete(savedReplies).where(eq(savedReplies.id, id));
    return c.json({ ok: true as const }, 200);
  },
);
