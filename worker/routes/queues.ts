import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { PageQuery, Queue, QueueCreate, QueueOrder, QueueUpdate, WorkItemPage } from "../../protocol/queues";
import { requireAdmin, requireSpaceMember } from "../auth/middleware";
import { database, type Db } from "../db/client";
import { newId } from "../db/ids";
import { queues } from "../db/schema";
import type { SignedInAgent } from "../env";
import { ApiError, notFound } from "../http/errors";
import { errors, IdParam, json, jsonBody, Ok, route, router } from "../http/openapi";
import { compileFor, countJql, runJql } from "../jql/run";

/** Queues per space (a JQL filter each, checked on save, with counts), their items, and search. */
export const queueRoutes = router();

const who = (agent: SignedInAgent) => ({ siteId: agent.siteId, agentId: agent.id });

async function queueFor(db: Db, agent: SignedInAgent, id: string) {
  const queue = await db.select().from(queues).where(and(eq(queues.id, id), eq(queues.siteId, agent.siteId))).get();
  if (!queue || !agent.visibleSpaceIds.includes(queue.spaceId)) throw notFound("The queue");
  return queue;
}

/** A queue's count, or why its query cannot run (never 0 for a query that failed); other failures are the request's. */
async function counted(db: Db, agent: SignedInAgent, q: typeof queues.$inferSelect): Promise<Pick<Queue, "count" | "countError">> {
  try {
    return { count: await countJql(db, who(agent), [q.spaceId], q.jql), countError: null };
  } catch (err) {
    if (err instanceof ApiError && err.code === "invalid_jql") return { count: null, countError: err.message };
    throw err;
  }
}

const withCount = async (db: Db, agent: SignedInAgent, q: typeof queues.$inferSelect): Promise<Queue> => ({
  id: q.id,
  spaceId: q.spaceId,
  name: q.name,
  jql: q.jql,
  position: q.position,
  ...(await counted(db, agent, q)),
});

queueRoutes.openapi(
  route({
    method: "get",
    path: "/spaces/{id}/queues",
    middleware: [requireSpaceMember("id")] as const,
    tags: ["Queues"],
    summary: "A space's queues in order, each with its count",
    request: { params: IdParam },
    responses: { 200: json(z.object({ queues: z.array(Queue) }), "The queues"), 404: errors[404] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const agent = c.get("agent");
    const spaceId = c.req.valid("param").id;
    const rows = await db.select().from(queues).where(eq(queues.spaceId, spaceId)).orderBy(asc(queues.position), asc(queues.createdAt));
    return c.json({ queues: await Promise.all(rows.map((q) => withCount(db, agent, q))) }, 200);
  },
);

queueRoutes.openapi(
  route({
    method: "post",
    path: "/spaces/{id}/queues",
    middleware: [requireAdmin, requireSpaceMember("id")] as const,
    tags: ["Queues"],
    summary: "Create a queue; its JQL is checked first (admins)",
    request: { params: IdParam, ...jsonBody(QueueCreate) },
    responses: { 201: json(Queue, "Created"), 400: errors[400], 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const agent = c.get("agent");
    const spaceId = c.req.valid("param").id;
    const body = c.req.valid("json");
    await compileFor(db, who(agent), [spaceId], body.jql);
    const last = await db.select({ max: sql<number | null>`max(${queues.position})` }).from(queues).where(eq(queues.spaceId, spaceId)).get();
    const row = await db
      .insert(queues)
      .values({ id: newId("q"), siteId: agent.siteId, spaceId, name: body.name, jql: body.jql, position: (last?.max ?? -1) + 1 })
      .returning()
      .get();
    return c.json(await withCount(db, agent, row), 201);
  },
);

queueRoutes.openapi(
  route({
    method: "put",
    path: "/spaces/{id}/queues/order",
    middleware: [requireAdmin, requireSpaceMember("id")] as const,
    tags: ["Queues"],
    summary: "Reorder a space's queues: every queue of the space, in the new order (admins)",
    request: { params: IdParam, ...jsonBody(QueueOrder) },
    responses: { 200: json(Ok, "Reordered"), 400: errors[400], 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const spaceId = c.req.valid("param").id;
    const { queueIds } = c.req.valid("json");
    const current = (await db.select({ id: queues.id }).from(queues).where(eq(queues.spaceId, spaceId))).map((q) => q.id);
    if (current.length !== queueIds.length || new Set(queueIds).size !== queueIds.length || !current.every((id) => queueIds.includes(id))) {
      throw new ApiError(400, "invalid_order", "List every queue of the space exactly once, in the new order.");
    }
    await c.env.DB.batch(queueIds.map((id, position) => c.env.DB.prepare("UPDATE queues SET position = ? WHERE id = ?").bind(position, id)));
    return c.json({ ok: true as const }, 200);
  },
);

queueRoutes.openapi(
  route({
    method: "patch",
    path: "/queues/{id}",
    middleware: [requireAdmin] as const,
    tags: ["Queues"],
    summary: "Rename a queue or change its JQL (checked first) (admins)",
    request: { params: IdParam, ...jsonBody(QueueUpdate) },
    responses: { 200: json(Queue, "Updated"), 400: errors[400], 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const agent = c.get("agent");
    const queue = await queueFor(db, agent, c.req.valid("param").id);
    const change = c.req.valid("json");
    if (change.jql !== undefined) await compileFor(db, who(agent), [queue.spaceId], change.jql);
    const row = Object.keys(change).length > 0 ? await db.update(queues).set(change).where(eq(queues.id, queue.id)).returning().get() : queue;
    return c.json(await withCount(db, agent, row), 200);
  },
);

queueRoutes.openapi(
  route({
    method: "delete",
    path: "/queues/{id}",
    middleware: [requireAdmin] as const,
    tags: ["Queues"],
    summary: "Delete a queue (admins); its work items stay",
    request: { params: IdParam },
    responses: { 200: json(Ok, "Deleted"), 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const queue = await queueFor(db, c.get("agent"), c.req.valid("param").id);
    await db.delete(queues).where(eq(queues.id, queue.id));
    return c.json({ ok: true as const }, 200);
  },
);

queueRoutes.openapi(
  route({
    method: "get",
    path: "/queues/{id}/items",
    tags: ["Queues"],
    summary: "A queue's work items, paged and sorted (by the query's ORDER BY unless `sort` is given)",
    request: { params: IdParam, query: PageQuery },
    responses: { 200: json(WorkItemPage, "A page of work items"), 400: errors[400], 404: errors[404] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const agent = c.get("agent");
    const queue = await queueFor(db, agent, c.req.valid("param").id);
    return c.json(await runJql(db, who(agent), [queue.spaceId], queue.jql, c.req.valid("query")), 200);
  },
);

queueRoutes.openapi(
  route({
    method: "get",
    path: "/search",
    tags: ["Queues"],
    summary: "Work items matching a JQL query, across the spaces you can see (never beyond them)",
    request: { query: PageQuery.extend({ jql: z.string().max(2000).default("") }) },
    responses: { 200: json(WorkItemPage, "A page of work items"), 400: errors[400] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const agent = c.get("agent");
    const { jql, ...page } = c.req.valid("query");
    return c.json(await runJql(db, who(agent), agent.visibleSpaceIds, jql, page), 200);
  },
);
