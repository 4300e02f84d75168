import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { Experience, ExperienceCreate, ExperienceUpdate } from "../../protocol/settings";
import { requireAdmin } from "../auth/middleware";
import { database, type Db } from "../db/client";
import { newId } from "../db/ids";
import { experiences, sites } from "../db/schema";
import { ApiError, conflict, notFound } from "../http/errors";
import { errors, IdParam, json, jsonBody, Ok, route, router } from "../http/openapi";
import { assertSafeHandoffPatterns } from "../settings/handoff-patterns";
import { assertEditionAllows, assertSpaceTakesChat } from "../settings/rules";
import { siteSpace } from "./spaces";

export const experienceRoutes = router();


type ExperienceRow = typeof experiences.$inferSelect;
const present = ({ siteId: _site, ...row }: ExperienceRow): Experience => row;

async function siteExperience(db: Db, siteId: string, id: string): Promise<ExperienceRow> {
  const row = await db.select().from(experiences).where(and(eq(experiences.id, id), eq(experiences.siteId, siteId))).get();
  if (!row) throw notFound("The customer experience");
  return row;
}

/** Checks the design's rules for an experience as it would be after the change. */
async function assertRoutable(db: Db, siteId: string, next: { supportMode: ExperienceRow["supportMode"]; spaceId: string }) {
  const site = await db.select({ edition: sites.edition }).from(sites).where(eq(sites.id, siteId)).get();
  if (!site) throw new ApiError(401, "session_unknown", "Your session is not valid. Sign in again.");
  assertEditionAllows(site.edition, next.supportMode);
  assertSpaceTakesChat(await siteSpace(db, siteId, next.spaceId), next.supportMode);
}

/**
 * The support site's address `/support/<slug>` is global, so a URL name belongs to one experience of one
 * site. Another site's name is never revealed, only that the address is taken.
 */
async function assertSlugFree(db: Db, siteId: string, slug: string, except?: string) {
  const taken = await db.select({ id: experiences.id, name: experiences.name, siteId: experiences.siteId }).from(experiences).where(eq(experiences.slug, slug)).get();
  if (!taken || taken.id === except) return;
  if (taken.siteId === siteId) throw conflict(`The URL name "${slug}" is already used by the experience "${taken.name}". Choose another.`);
  throw conflict(`The support site address /support/${slug} is already taken. Choose another URL name.`);
}

experienceRoutes.openapi(
  route({
    method: "get",
    path: "/experiences",
    middleware: [requireAdmin] as const,
    tags: ["Customer experiences"],
    summary: "The site's customer experiences (admins)",
    responses: { 200: json(z.object({ experiences: z.array(Experience) }), "All experiences"), 403: errors[403] },
  }),
  async (c) => {
    const rows = await database(c.env.DB)
      .select()
      .from(experiences)
      .where(eq(experiences.siteId, c.get("agent").siteId))
      .orderBy(asc(experiences.name));
    return c.json({ experiences: rows.map(present) }, 200);
  },
);

experienceRoutes.openapi(
  route({
    method: "post",
    path: "/experiences",
    middleware: [requireAdmin] as const,
    tags: ["Customer experiences"],
    summary: "Create a customer experience (admins)",
    request: jsonBody(ExperienceCreate),
    responses: { 201: json(Experience, "Created"), 400: errors[400], 403: errors[403], 404: errors[404], 409: errors[409] },
  }),
  async (c) => {
    const body = c.req.valid("json");
    assertSafeHandoffPatterns(body.handoffRules);
    const db = database(c.env.DB);
    const siteId = c.get("agent").siteId;
    await assertRoutable(db, siteId, body);
    await assertSlugFree(db, siteId, body.slug);
    const row = await db
      .insert(experiences)
      .values({ id: newId("exp"), siteId, ...body })
      .returning()
      .get();
    return c.json(present(row), 201);
  },
);

experienceRoutes.openapi(
  route({
    method: "get",
    path: "/experiences/{id}",
    middleware: [requireAdmin] as const,
    tags: ["Customer experiences"],
    summary: "One customer experience (admins)",
    request: { params: IdParam },
    responses: { 200: json(Experience, "The experience"), 403: errors[403], 404: errors[404] },
  }),
  async (c) => c.json(present(await siteExperience(database(c.env.DB), c.get("agent").siteId, c.req.valid("param").id)), 200),
);

experienceRoutes.openapi(
  route({
    method: "patch",
    path: "/experiences/{id}",
    middleware: [requireAdmin] as const,
    tags: ["Customer experiences"],
    summary: "Change a customer experience (admins)",
    request: { params: IdParam, ...jsonBody(ExperienceUpdate) },
    responses: { 200: json(Experience, "Updated"), 400: errors[400], 403: errors[403], 404: errors[404], 409: errors[409] },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    const change = c.req.valid("json");
    assertSafeHandoffPatterns(change.handoffRules);
    const db = database(c.env.DB);
    const siteId = c.get("agent").siteId;
    const current = await siteExperience(db, siteId, id);
    await assertRoutable(db, siteId, {
      supportMode: change.supportMode ?? current.supportMode,
      spaceId: change.spaceId ?? current.spaceId,
    });
    if (change.slug !== undefined) await assertSlugFree(db, siteId, change.slug, id);
    const row = await db
      .update(experiences)
      .set({ ...change, updatedAt: Date.now() })
      .where(eq(experiences.id, id))
      .returning()
      .get();
    return c.json(present(row), 200);
  },
);

experienceRoutes.openapi(
  route({
    method: "delete",
    path: "/experiences/{id}",
    middleware: [requireAdmin] as const,
    tags: ["Customer experiences"],
    summary: "Delete a customer experience (admins); its conversations stay, without the link",
    request: { params: IdParam },
    responses: { 200: json(Ok, "Deleted"), 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    const db = database(c.env.DB);
    await siteExperience(db, c.get("agent").siteId, id);
    await db.delete(experiences).where(eq(experiences.id, id));
    return c.json({ ok: true as const }, 200);
  },
);
