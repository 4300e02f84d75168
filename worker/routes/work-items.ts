import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { Comment, CommentCreate, WorkItem, WorkItemCreate, WorkItemUpdate } from "../../protocol/work-items";
import { database, type Db } from "../db/client";
import { newId } from "../db/ids";
import { customers, spaceMembers, spaces, workItems } from "../db/schema";
import type { SignedInAgent } from "../env";
import { ApiError, notFound } from "../http/errors";
import { errors, IdParam, json, jsonBody, route, router } from "../http/openapi";
import { presentWorkItem, workItemQuery } from "../work-items/present";
import { runBatch, workItemStore } from "../work-items/store";

/** Work items: create Requests and Tasks, change them (recording history), comment. Conversations change through their actor. */
export const workItemRoutes = router();

async function visibleItem(db: Db, agent: SignedInAgent, id: string) {
  const spaceIds = agent.visibleSpaceIds;
  const row = spaceIds.length === 0 ? undefined : await workItemQuery(db).where(and(eq(workItems.id, id), eq(workItems.siteId, agent.siteId), inArray(workItems.spaceId, spaceIds))).get();
  if (!row) throw notFound("The work item");
  return row;
}

async function assertAssignable(db: Db, spaceId: string, agentId: string) {
  const member = await db.select({ id: spaceMembers.agentId }).from(spaceMembers).where(and(eq(spaceMembers.spaceId, spaceId), eq(spaceMembers.agentId, agentId))).get();
  if (!member) throw new ApiError(400, "invalid_assignee", "The assignee must be a member of the work item's space.");
}

workItemRoutes.openapi(
  route({
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
    if (!agent.visibleSpaceIds.includes(body.spaceId)) throw notFound("The space");
    const space = await db.select().from(spaces).where(eq(spaces.id, body.spaceId)).get();
    if (!space) throw notFound("The space");
    if (body.assigneeId) await assertAssignable(db, space.id, body.assigneeId);
    if (body.customerId) {
      const customer = await db.select({ id: customers.id }).from(customers).where(and(eq(customers.id, body.customerId), eq(customers.siteId, agent.siteId))).get();
      if (!customer) throw notFound("The customer");
    }
    const id = newId("wi");
    const at = Date.now();
    const store = workItemStore(db);
    const history = { siteId: agent.siteId, workItemId: id, by: agent.id, at };
    await runBatch(db, [
      store.create({ id, siteId: agent.siteId, space, type: body.type, priority: body.priority, labels: body.labels, summary: body.summary, description: body.description, assigneeId: body.assigneeId, reporterAgentId: agent.id, customerId: body.customerId, at }),
      store.addChange({ ...history, field: "status", from: null, to: "Open" }),
      ...(body.assigneeId ? [store.addChange({ ...history, field: "assignee", from: null, to: body.assigneeId })] : []),
    ]);
    return c.json(presentWorkItem(await visibleItem(db, agent, id)), 201);
  },
);

workItemRoutes.openapi(
  route({
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
    const comments = await workItemStore(db).comments(row.item.id);
    return c.json({ ...presentWorkItem(row), comments }, 200);
  },
);

workItemRoutes.openapi(
  route({
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
    const at = Date.now();
    const store = workItemStore(db);
    const history = { siteId: agent.siteId, workItemId: item.id, by: agent.id, at };
    // The change and its history in one batch: both are kept, or neither.
    await runBatch(db, [
      store.update(item.id, patch, at),
      ...(patch.status !== undefined && patch.status !== item.status ? [store.addChange({ ...history, field: "status", from: item.status, to: patch.status })] : []),
      ...(patch.assigneeId !== undefined && patch.assigneeId !== item.assigneeId
        ? [store.addChange({ ...history, field: "assignee", from: item.assigneeId, to: patch.assigneeId })]
        : []),
    ]);
    return c.json(presentWorkItem(await visibleItem(db, agent, item.id)), 200);
  },
);

workItemRoutes.openapi(
  route({
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
    const comment = { id: newId("cmt"), siteId: agent.siteId, workItemId: item.id, authorType: "agent" as const, authorId: agent.id, body: c.req.valid("json").body, at: Date.now() };
    await runBatch(db, [workItemStore(db).addComment(comment)]);
    return c.json({ id: comment.id, authorType: "agent", authorId: agent.id, authorName: agent.name, body: comment.body, createdAt: comment.at }, 201);
  },
);
