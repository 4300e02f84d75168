import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { Article, ArticleCreate, ArticleUpdate } from "../../protocol/settings";
import { requireAdmin } from "../auth/middleware";
import { database, type Db } from "../db/client";
import { newId } from "../db/ids";
import { articles } from "../db/schema";
import { ARTICLE_BODY_LIMIT } from "../http/body-limit";
import { conflict, notFound } from "../http/errors";
import { errors, IdParam, json, jsonBody, Ok, route, router } from "../http/openapi";

export const articleRoutes = router();

type ArticleRow = typeof articles.$inferSelect;
const present = ({ rowid: _r, siteId: _s, ...row }: ArticleRow): Article => row;

async function siteArticle(db: Db, siteId: string, id: string): Promise<ArticleRow> {
  const row = await db.select().from(articles).where(and(eq(articles.id, id), eq(articles.siteId, siteId))).get();
  if (!row) throw notFound("The article");
  return row;
}

async function assertSlugFree(db: Db, siteId: string, slug: string, except?: string) {
  const taken = await db
    .select({ id: articles.id, title: articles.title })
    .from(articles)
    .where(and(eq(articles.siteId, siteId), eq(articles.slug, slug)))
    .get();
  if (taken && taken.id !== except) throw conflict(`The URL name "${slug}" is already used by "${taken.title}". Choose another.`);
}

articleRoutes.openapi(
  route({
    method: "get",
    path: "/articles",
    tags: ["Knowledge base"],
    summary: "The site's knowledge-base articles",
    responses: { 200: json(z.object({ articles: z.array(Article) }), "All articles"), 401: errors[401] },
  }),
  async (c) => {
    const rows = await database(c.env.DB)
      .select()
      .from(articles)
      .where(eq(articles.siteId, c.get("agent").siteId))
      .orderBy(asc(articles.category), asc(articles.title));
    return c.json({ articles: rows.map(present) }, 200);
  },
);

articleRoutes.openapi(
  route({
    method: "post",
    path: "/articles",
    middleware: [requireAdmin] as const,
    tags: ["Knowledge base"],
    summary: "Write an article (admins)",
    request: jsonBody(ArticleCreate),
    responses: { 201: json(Article, "Created"), 400: errors[400], 403: errors[403], 409: errors[409], 413: errors[413] },
  }, { bodyLimit: ARTICLE_BODY_LIMIT }),
  async (c) => {
    const body = c.req.valid("json");
    const db = database(c.env.DB);
    const siteId = c.get("agent").siteId;
    await assertSlugFree(db, siteId, body.slug);
    const row = await db.insert(articles).values({ id: newId("art"), siteId, ...body }).returning().get();
    return c.json(present(row), 201);
  },
);

articleRoutes.openapi(
  route({
    method: "get",
    path: "/articles/{id}",
    tags: ["Knowledge base"],
    summary: "One article",
    request: { params: IdParam },
    responses: { 200: json(Article, "The article"), 404: errors[404] },
  }),
  async (c) => c.json(present(await siteArticle(database(c.env.DB), c.get("agent").siteId, c.req.valid("param").id)), 200),
);

articleRoutes.openapi(
  route({
    method: "patch",
    path: "/articles/{id}",
    middleware: [requireAdmin] as const,
    tags: ["Knowledge base"],
    summary: "Edit an article (admins)",
    request: { params: IdParam, ...jsonBody(ArticleUpdate) },
    responses: { 200: json(Article, "Updated"), 400: errors[400], 403: errors[403], 404: errors[404], 409: errors[409] },
  }, { bodyLimit: ARTICLE_BODY_LIMIT }),
  async (c) => {
    const { id } = c.req.valid("param");
    const change = c.req.valid("json");
    const db = database(c.env.DB);
    const siteId = c.get("agent").siteId;
    await siteArticle(db, siteId, id);
    if (change.slug !== undefined) await assertSlugFree(db, siteId, change.slug, id);
    const row = await db.update(articles).set({ ...change, updatedAt: Date.now() }).where(eq(articles.id, id)).returning().get();
    return c.json(present(row), 200);
  },
);

articleRoutes.openapi(
  route({
    method: "delete",
    path: "/articles/{id}",
    middleware: [requireAdmin] as const,
    tags: ["Knowledge base"],
    summary: "Delete an article (admins)",
    request: { params: IdParam },
    responses: { 200: json(Ok, "Deleted"), 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    const db = database(c.env.DB);
    await siteArticle(db, c.get("agent").siteId, id);
    await db.delete(articles).where(eq(articles.id, id));
    return c.json({ ok: true as const }, 200);
  },
);
