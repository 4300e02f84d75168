/** Queues: a space's named JQL filters over its work items, and search across the agent's spaces. */
import { z } from "zod";
import { WorkItem } from "./work-items";

const jql = z.string().trim().min(1, "Write a JQL query").max(2000, "A query is at most 2,000 characters");

export const QueueCreate = z.object({ name: z.string().trim().min(1, "Name the queue").max(80, "A queue name is at most 80 characters"), jql }).strict();
export const QueueUpdate = QueueCreate.partial().strict();
export const QueueOrder = z.object({ queueIds: z.array(z.string().min(1).max(64)).min(1).max(200) }).strict();

export const Queue = z.object({
  id: z.string(),
  spaceId: z.string(),
  name: z.string(),
  jql: z.string(),
  position: z.number(),
  /** How many work items match; null when the query cannot run (a queue saved before a rule refused its JQL). */
  count: z.number().nullable(),
  /** Why there is no count, in Jira's words; null when there is one. */
  countError: z.string().nullable(),
});
export type Queue = z.infer<typeof Queue>;

export const SortField = z.enum(["key", "created", "updated", "resolved", "priority", "status", "summary", "type", "assignee"]);

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
  sort: SortField.optional(),
  dir: z.enum(["asc", "desc"]).default("desc"),
});

export const WorkItemPage = z.object({ items: z.array(WorkItem), total: z.number(), page: z.number(), pageSize: z.number() });
