/** Work items other than conversations (Request, Task), their changes and comments; customers and their profiles. */
import { z } from "zod";
import { Rating } from "./conversation";
import { AiOutcome, Channel, WorkItemStatus } from "./domain";

export const Priority = z.enum(["Highest", "High", "Medium", "Low", "Lowest"]);
const label = z.string().trim().regex(/^[A-Za-z0-9_.-]{1,40}$/, "A label is 1–40 letters, digits, dots, dashes or underscores");

export const WorkItemCreate = z
  .object({
    spaceId: z.string().min(1).max(64),
    type: z.enum(["Request", "Task"]),
    summary: z.string().trim().min(1, "The summary cannot be empty").max(200, "The summary is at most 200 characters"),
    description: z.string().max(20000, "The description is at most 20,000 characters").default(""),
    priority: Priority.default("Medium"),
    labels: z.array(label).max(20).default([]),
    assigneeId: z.string().min(1).max(64).nullable().default(null),
    customerId: z.string().min(1).max(64).nullable().default(null),
  })
  .strict();
export type WorkItemCreate = z.infer<typeof WorkItemCreate>;

export const WorkItemUpdate = z
  .object({
    summary: z.string().trim().min(1).max(200),
    description: z.string().max(20000),
    status: WorkItemStatus,
    priority: Priority,
    labels: z.array(label).max(20),
    assigneeId: z.string().min(1).max(64).nullable(),
  })
  .partial()
  .strict();
export type WorkItemUpdate = z.infer<typeof WorkItemUpdate>;

export const WorkItem = z.object({
  id: z.string(),
  key: z.string(),
  type: z.string(),
  status: z.string(),
  priority: z.string(),
  labels: z.array(z.string()),
  summary: z.string(),
  description: z.string(),
  spaceId: z.string(),
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  customer: z.object({ id: z.string(), name: z.string().nullable(), email: z.string().nullable() }).nullable(),
  conversationId: z.string().nullable(),
  channel: Channel.nullable(),
  /** For conversations: the host page's path the customer last wrote from, when the widget said it. */
  page: z.string().nullable().default(null),
  supportMode: z.string().nullable(),
  aiOutcome: AiOutcome.nullable(),
  handoffReason: z.string().nullable(),
  messageCount: z.number(),
  /** For conversations: the customer's rating once they gave one (1–5, JQL `satisfaction`). */
  rating: Rating.nullable().default(null),
  createdAt: z.number(),
  updatedAt: z.number(),
  resolvedAt: z.number().nullable(),
});
export type WorkItem = z.infer<typeof WorkItem>;

export const CommentCreate = z.object({ body: z.string().trim().min(1, "A comment cannot be empty").max(10000) }).strict();
export const Comment = z.object({
  id: z.string(),
  authorType: z.string(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  body: z.string(),
  createdAt: z.number(),
});

export const CustomerSummary = z.object({
  id: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  externalId: z.string().nullable(),
  lastSeenAt: z.number(),
  createdAt: z.number(),
});
export const CustomerProfile = CustomerSummary.extend({
  attributes: z.record(z.string(), z.string()),
  conversations: z.array(WorkItem),
});
