import { and, desc, eq, gte, inArray, isNull, lt, lte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { KnowledgeGapList, ReviewDetail, ReviewedConversation, ReviewFilter, ReviewPage, SaveReview } from "../../protocol/review";
import { requireAdmin } from "../auth/middleware";
import { database, type Db } from "../db/client";
import { customers, knowledgeGaps, reviews, workItems } from "../db/schema";
import { notFound } from "../http/errors";
import { errors, IdParam, json, jsonBody, route, router } from "../http/openapi";

/** Conversation review for admins: every AI conversation, its outcome and transcript, a mark and note. */
export const reviewRoutes = router();

const AI_MODES = ["ai", "ai_team"] as const;

function listQuery(db: Db, siteId: string, where: SQL[]) {
  return db
    .select({ item: workItems, customer: customers, review: reviews })
    .from(workItems)
    .leftJoin(customers, eq(customers.id, workItems.customerId))
    .leftJoin(reviews, eq(reviews.workItemId, workItems.id))
    .where(and(eq(workItems.siteId, siteId), eq(workItems.type, "Conversation"), inArray(workItems.supportMode, [...AI_MODES]), ...where));
}

type Row = Awaited<ReturnType<ReturnType<typeof listQuery>["all"]>>[number];

const present = ({ item, customer, review }: Row): ReviewedConversation => ({
  id: item.id,
  key: item.key,
  summary: item.summary,
  status: item.status,
  supportMode: item.supportMode,
  outcome: item.aiOutcome,
  handoffReason: item.handoffReason,
  handoffDetail: item.handoffDetail,
  aiTurns: item.aiTurns,
  messageCount: item.messageCount,
  customer: { id: customer?.id ?? null, name: customer?.name ?? null, email: customer?.email ?? null },
  createdAt: item.createdAt,
  review: review ? { mark: review.mark as "good" | "needs_work" | "bad", note: review.note, reviewerId: review.reviewerId, updatedAt: review.updatedAt } : null,
});

reviewRoutes.openapi(
  route({
    method: "get",
    path: "/review/conversations",
    middleware: [requireAdmin] as const,
    tags: ["Conversation review"],
    summary: "Every conversation the AI took part in, newest first, filtered by outcome, handoff reason, mark and date (admins)",
    request: { query: ReviewFilter },
    responses: { 200: json(ReviewPage, "A page of conversations"), 400: errors[400], 403: errors[403] },
  }),
  async (c) => {
    const f = c.req.valid("query");
    const where: SQL[] = [];
    if (f.outcome) where.push(eq(workItems.aiOutcome, f.outcome));
    if (f.reason) where.push(eq(workItems.handoffReason, f.reason));
    if (f.mark === "unreviewed") where.push(isNull(reviews.workItemId));
    else if (f.mark) where.push(eq(reviews.mark, f.mark));
    if (f.from !== undefined) where.push(gte(workItems.createdAt, f.from));
    if (f.to !== undefined) where.push(lte(workItems.createdAt, f.to));
    if (f.before !== undefined) where.push(lt(workItems.createdAt, f.before));
    const rows = await listQuery(database(c.env.DB), c.get("agent").siteId, where).orderBy(desc(workItems.createdAt)).limit(f.limit + 1);
    const page = rows.slice(0, f.limit).map(present);
    return c.json({ conversations: page, next: rows.length > f.limit ? (page.at(-1)?.createdAt ?? null) : null }, 200);
  },
);

async function findItem(db: Db, siteId: string, id: string): Promise<Row> {
  const row = await listQuery(db, siteId, [eq(workItems.id, id)]).get();
  if (!row) throw notFound("The conversation");
  return row;
}

reviewRoutes.openapi(
  route({
    method: "get",
    path: "/review/conversations/{id}",
    middleware: [requireAdmin] as const,
    tags: ["Conversation review"],
    summary: "One AI conversation with its transcript, the AI portion marked (admins)",
    request: { params: IdParam },
    responses: { 200: json(ReviewDetail, "The conversation"), 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    const row = await findItem(database(c.env.DB), c.get("agent").siteId, c.req.valid("param").id);
    const entries = row.item.conversationId
      ? await c.env.CONVERSATION.get(c.env.CONVERSATION.idFromName(row.item.conversationId)).transcript()
      : [];
    // The AI portion: everything up to the moment the conversation went to the line for a person.
    const handoffSeq = entries.find((e) => e.event === "waiting")?.seq ?? Infinity;
    const transcript = entries.map((e) => ({ ...e, aiPortion: e.seq < handoffSeq && (e.author.type === "ai" || e.author.type === "customer") }));
    return c.json({ ...present(row), transcript }, 200);
  },
);

reviewRoutes.openapi(
  route({
    method: "put",
    path: "/review/conversations/{id}",
    middleware: [requireAdmin] as const,
    tags: ["Conversation review"],
    summary: "Mark an AI conversation good, needs work or bad, with a note (admins)",
    request: { params: IdParam, ...jsonBody(SaveReview) },
    responses: { 200: json(ReviewedConversation, "Saved"), 400: errors[400], 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const me = c.get("agent");
    const { id } = c.req.valid("param");
    const { mark, note } = c.req.valid("json");
    await findItem(db, me.siteId, id);
    const now = Date.now();
    await db
      .insert(reviews)
      .values({ workItemId: id, siteId: me.siteId, reviewerId: me.id, mark, note, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: reviews.workItemId, set: { mark, note, reviewerId: me.id, updatedAt: now } });
    return c.json(present(await findItem(db, me.siteId, id)), 200);
  },
);

reviewRoutes.openapi(
  route({
    method: "get",
    path: "/review/knowledge-gaps",
    middleware: [requireAdmin] as const,
    tags: ["Conversation review"],
    summary: "Customer questions the AI could not answer, grouped by topic, most asked first (admins)",
    request: { query: z.object({ days: z.coerce.number().int().min(1).max(365).default(30) }) },
    responses: { 200: json(KnowledgeGapList, "Knowledge gaps"), 403: errors[403] },
  }),
  async (c) => {
    const since = Date.now() - c.req.valid("query").days * 86_400_000;
    const rows = await database(c.env.DB)
      .select({
        topic: knowledgeGaps.topic,
        count: sql<number>`count(*)`,
        lastAskedAt: sql<number>`max(${knowledgeGaps.createdAt})`,
        examples: sql<string>`json_group_array(${knowledgeGaps.question})`,
      })
      .from(knowledgeGaps)
      .where(and(eq(knowledgeGaps.siteId, c.get("agent").siteId), gte(knowledgeGaps.createdAt, since)))
      .groupBy(knowledgeGaps.topic)
      .orderBy(desc(sql`count(*)`), desc(sql`max(${knowledgeGaps.createdAt})`))
      .limit(50);
    const gaps = rows.map((r) => ({ ...r, examples: [...new Set(JSON.parse(r.examples) as string[])].slice(0, 3) }));
    return c.json({ gaps }, 200);
  },
);
