import { and, desc, eq } from "drizzle-orm";
import { EditAnswer, SaveAnswer, SavedAnswer, SavedAnswerList } from "../../protocol/ai-answers";
import { requireAdmin } from "../auth/middleware";
import { database, type Db } from "../db/client";
import { newId } from "../db/ids";
import { aiAnswers } from "../db/schema";
import { notFound } from "../http/errors";
import { errors, IdParam, json, jsonBody, Ok, route, router } from "../http/openapi";

/**
 * Saved AI answers ("Save as AI answer", after Intercom Fin's snippets): an agent who answered a handed-off
 * question saves the answer with its question; the AI quotes it from then on (migration 0008's triggers
 * queue it for the passage index). Any agent may save; admins list, edit and delete them in Conversation review.
 */
export const aiAnswerRoutes = router();

type Row = typeof aiAnswers.$inferSelect;
const present = ({ siteId: _s, ...row }: Row): SavedAnswer => row;

async function siteAnswer(db: Db, siteId: string, id: string): Promise<Row> {
  const row = await db.select().from(aiAnswers).where(and(eq(aiAnswers.id, id), eq(aiAnswers.siteId, siteId))).get();
  if (!row) throw notFound("The saved answer");
  return row;
}

aiAnswerRoutes.openapi(
  route({
    method: "get",
    path: "/ai-answers",
    middleware: [requireAdmin] as const,
    tags: ["AI agent"],
    summary: "Answers agents saved for the AI, newest first (admins)",
    responses: { 200: json(SavedAnswerList, "Saved answers"), 403: errors[403] },
  }),
  async (c) => {
    const rows = await database(c.env.DB).select().from(aiAnswers).where(eq(aiAnswers.siteId, c.get("agent").siteId)).orderBy(desc(aiAnswers.updatedAt));
    return c.json({ answers: rows.map(present) }, 200);
  },
);

aiAnswerRoutes.openapi(
  route({
    method: "post",
    path: "/ai-answers",
    tags: ["AI agent"],
    summary: "Save an answer for the AI, with the question it answers (agents)",
    request: jsonBody(SaveAnswer),
    responses: { 201: json(SavedAnswer, "Saved"), 400: errors[400], 401: errors[401] },
  }),
  async (c) => {
    const me = c.get("agent");
    const body = c.req.valid("json");
    const row = await database(c.env.DB)
      .insert(aiAnswers)
      .values({ id: newId("ans"), siteId: me.siteId, question: body.question, answer: body.answer, conversationId: body.conversationId ?? null, createdBy: me.id, updatedBy: me.id })
      .returning()
      .get();
    return c.json(present(row), 201);
  },
);

aiAnswerRoutes.openapi(
  route({
    method: "patch",
    path: "/ai-answers/{id}",
    middleware: [requireAdmin] as const,
    tags: ["AI agent"],
    summary: "Edit a saved answer (admins)",
    request: { params: IdParam, ...jsonBody(EditAnswer) },
    responses: { 200: json(SavedAnswer, "Updated"), 400: errors[400], 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const me = c.get("agent");
    const { id } = c.req.valid("param");
    await siteAnswer(db, me.siteId, id);
    const row = await db.update(aiAnswers).set({ ...c.req.valid("json"), updatedBy: me.id, updatedAt: Date.now() }).where(eq(aiAnswers.id, id)).returning().get();
    return c.json(present(row), 200);
  },
);

aiAnswerRoutes.openapi(
  route({
    method: "delete",
    path: "/ai-answers/{id}",
    middleware: [requireAdmin] as const,
    tags: ["AI agent"],
    summary: "Delete a saved answer: the AI stops using it at once (admins)",
    request: { params: IdParam },
    responses: { 200: json(Ok, "Deleted"), 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const { id } = c.req.valid("param");
    await siteAnswer(db, c.get("agent").siteId, id);
    await db.delete(aiAnswers).where(eq(aiAnswers.id, id));
    return c.json({ ok: true as const }, 200);
  },
);
