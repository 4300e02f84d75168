import { aliasedTable, eq } from "drizzle-orm";
import type { WorkItem } from "../../protocol/work-items";
import type { Db } from "../db/client";
import { agents, customers, workItems } from "../db/schema";

const assignee = aliasedTable(agents, "assignee");

/** Work items with their assignee and customer, ready to present. */
export function workItemQuery(db: Db) {
  return db
    .select({ item: workItems, assignee: { id: assignee.id, name: assignee.name }, customer: { id: customers.id, name: customers.name, email: customers.email } })
    .from(workItems)
    .leftJoin(assignee, eq(assignee.id, workItems.assigneeId))
    .leftJoin(customers, eq(customers.id, workItems.customerId));
}

type Row = Awaited<ReturnType<ReturnType<typeof workItemQuery>["all"]>>[number];

export function presentWorkItem({ item, assignee: a, customer: c }: Row): WorkItem {
  return {
    id: item.id,
    key: item.key,
    type: item.type,
    status: item.status,
    priority: item.priority,
    labels: item.labels,
    summary: item.summary,
    description: item.description,
    spaceId: item.spaceId,
    assignee: a?.id ? { id: a.id, name: a.name } : null,
    customer: c?.id ? { id: c.id, name: c.name, email: c.email } : null,
    conversationId: item.conversationId,
    channel: item.channel,
    page: item.page,
    supportMode: item.supportMode,
    aiOutcome: item.aiOutcome,
    handoffReason: item.handoffReason,
    messageCount: item.messageCount,
    rating: item.satisfaction === null ? null : { score: item.satisfaction, ...(item.satisfactionComment ? { comment: item.satisfactionComment } : {}) },
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    resolvedAt: item.resolvedAt,
  };
}
