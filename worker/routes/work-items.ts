import { createRoute } from "@hono/zod-openapi";
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { Comment, CommentCreate, WorkItem, WorkItemCreate, WorkItemUpdate } from "../../protocol/work-items";
import { database, type Db } from "../db/client";
import { newId } from "../db/ids";
import { agents, customers, spaceMembers, spaces, workItemComments, workItems } from "../db/schema";
import type { SignedInAgent } from "../env";
import { ApiError, notFound } from "../http/errors";
import { errors, IdParam, json, jsonBody, router } from "../http/openapi";
import { presentWorkItem, workItemQuery } from "../work-items/present";
import { visibleSpaceIds } from "../work-items/visibility";

/** Work items: create Requests and Tasks, change them (recording history), comment. Conversations change through their actor. */
export const workItemRoutes = router();

async function visibleItem(db: Db, agent: SignedInAgent, id: string) {
  const spaceIds = await visibleSpaceIds(db, agent);
  const row = spaceIds.length === 0 ? undefined : await workItemQuery(db).where(and(eq(workItems.id, id), eq(workItems.siteId, agent.siteId), inArray(workItems.spaceId, spaceIds))).get();
  if (!row) throw notFound("The work item");
  return row;
}

async function assertAssignable(db: Db, spaceId: string, agentId: string) {
  const member = await db.select({ id: spaceMembers.agentId }).from(spaceMembers).where(and(eq(spaceMembers.spaceId, spaceId), eq(spaceMembers.agentId, agentId))).get();
  if (!member) throw new ApiError(400, "invalid_assignee", "The assignee must be a member of the work item's space.");
}

workItemRoutes.openapi(
  createRoute({
    method: "post",
    path: "/work-items",
    tags: ["Work items"],
    summary: "Create a Request or a Task in one of your spaces",
    request: jsonBody(WorkItemCreate),
    responses: { 201: json(WorkItem, "Created"), 400: errors[400], 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    const body = c.req.valid("json");
    const db = database(c.env.DB);
    const agent = c.get("agent");
    if (!(await visibleSpaceIds(db, agent)).includes(body.spaceId)) throw notFound("The space");
    const space = await db.select().from(spaces).where(eq(spaces.id, body.spaceId)).get();
    if (!space) throw notFound("The space");
    if (body.assigneeId) await assertAssignable(db, space.id, body.assigneeId);
    if (body.customerId) {
      const customer = await db.select({ id: customers.id }).from(customers).where(and(eq(customers.id, body.customerId), eq(customers.siteId, agent.siteId))).get();
      if (!customer) throw notFound("The customer");
    }
    const id = newId("wi");
    const now = Date.now();
    await c.env.DB.batch([
      c.env.DB.prepare(
        `INSERT INTO work_items (id, site_id, space_id, number, key, type, status, priority, labels, summary, description,
           assignee_id, reporter_agent_id, customer_id, created_at, updated_at)
         SELECT ?1, ?2, ?3, n, ?4 || '-' || n, ?5, 'Open', ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13
         FROM (SELECT coalesce(max(number), 0) + 1 AS n FROM work_items WHERE space_id = ?3)`,
      ).bind(id, agent.siteId, space.id, space.key, body.type, body.priority, JSON.stringify(body.labels), body.summary, body.description, body.assigneeId, agent.id, body.customerId, now),
      c.env.DB.prepare(`INSERT INTO work_item_changes (site_id, work_item_id, field, from_value, to_value, changed_by, changed_at) VALUES (?, ?, 'status', NULL, 'Open', ?, ?)`).bind(agent.siteId, id, agent.id, now),
      ...(body.assigneeId
        ? [c.env.DB.prepare(`INSERT INTO work_item_changes (site_id, work_item_id, field, from_value, to_value, changed_by, changed_at) VALUES (?, ?, 'assignee', NULL, ?, ?, ?)`).bind(agent.siteId, id, body.assigneeId, agent.id, now)]
        : []),
    ]);
    return c.json(presentWorkItem(await visibleItem(db, agent, id)), 201);
  },
);

workItemRoutes.openapi(
  createRoute({
    method: "get",
    path: "/work-items/{id}",
    tags: ["Work items"],
    summary: "One work item of your spaces, with its comments",
    request: { params: IdParam },
    responses: { 200: json(WorkItem.extend({ comments: z.array(Comment) }), "The work item"), 404: errors[404] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const row = await visibleItem(db, c.get("agent"), c.req.valid("param").id);
    const comments = await db
      .select({ id: workItemComments.id, authorType: workItemComments.authorType, authorId: workItemComments.authorId, authorName: agents.name, body: workItemComments.body, createdAt: workItemComments.createdAt })
      .from(workItemComments)
      .leftJoin(agents, eq(agents.id, workItemComments.authorId))
      .where(eq(workItemComments.workItemId, row.item.id))
      .orderBy(asc(workItemComments.createdAt));
    return c.json({ ...presentWorkItem(row), comments }, 200);
  },
);

workItemRoutes.openapi(
  createRoute({
    method: "patch",
    path: "/work-items/{id}",
    tags: ["Work items"],
    summary: "Change a work item; status and assignee changes are kept in its history (conversations change through the chat)",
    request: { params: IdParam, ...jsonBody(WorkItemUpdate) },
    responses: { 200: json(WorkItem, "Updated"), 400: errors[400], 404: errors[404], 409: errors[409] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const agent = c.get("agent");
    const patch = c.req.valid("json");
    const { item } = await visibleItem(db, agent, c.req.valid("param").id);
    if (item.type === "Conversation" && (patch.status !== undefined || patch.assigneeId !== undefined || patch.summary !== undefined)) {
      throw new ApiError(409, "conversation_field", "A conversation's status, assignee and summary follow the chat itself; change its priority or labels here.");
    }
    if (patch.assigneeId) await assertAssignable(db, item.spaceId, patch.assigneeId);
    const now = Date.now();
    const history = (field: "status" | "assignee", from: string | null, to: string | null) =>
      c.env.DB.prepare(`INSERT INTO work_item_changes (site_id, work_item_id, field, from_value, to_value, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)`).bind(agent.siteId, item.id, field, from, to, agent.id, now);
    const statements = [];
    if (patch.status !== undefined && patch.status !== item.status) statements.push(history("status", item.status, patch.status));
    if (patch.assigneeId !== undefined && patch.assigneeId !== item.assigneeId) statements.push(history("assignee", item.assigneeId, patch.assigneeId));
    const resolved = patch.status === undefined ? {} : { resolvedAt: patch.status === "Resolved" || patch.status === "Closed" ? now : null };
    await db.update(workItems).set({ ...patch, ...resolved, updatedAt: now }).where(eq(workItems.id, item.id));
    if (statements.length > 0) await c.env.DB.batch(statements);
    return c.json(presentWorkItem(await visibleItem(db, agent, item.id)), 200);
  },
);

workItemRoutes.openapi(
  createRoute({
    method: "post",
    path: "/work-items/{id}/comments",
    tags: ["Work items"],
    summary: "Comment on a work item",
    request: { params: IdParam, ...jsonBody(CommentCreate) },
    responses: { 201: json(Comment, "Created"), 400: errors[400], 404: errors[404] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const agent = c.get("agent");
    const { item } = await visibleItem(db, agent, c.req.valid("param").id);
    const comment = { id: newId("cmt"), siteId: agent.siteId, workItemId: item.id, authorType: "agent", authorId: agent.id, body: c.req.valid("json").body, createdAt: Date.now() };
    await db.insert(workItemComments).values(comment);
    return c.json({ id: comment.id, authorType: "agent", authorId: agent.id, authorName: agent.name, body: comment.body, createdAt: comment.createdAt }, 201);
  },
);
