/** Conversation review (AI agent settings): every conversation the AI took part in, marks and notes, knowledge gaps. */
import { z } from "zod";
import { TranscriptEntry } from "./conversation";
import { AiOutcome } from "./domain";

export const ReviewMark = z.enum(["good", "needs_work", "bad"]);

export const ReviewFilter = z.object({
  outcome: AiOutcome.optional(),
  reason: z.enum(["customer_request", "missing_knowledge", "rule_matched", "negative_sentiment", "ai_failure"]).optional(),
  mark: z.union([ReviewMark, z.literal("unreviewed")]).optional(),
  from: z.coerce.number().int().min(0).optional(),
  to: z.coerce.number().int().min(0).optional(),
  before: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const ReviewedConversation = z.object({
  id: z.string(),
  key: z.string(),
  summary: z.string(),
  status: z.string(),
  supportMode: z.string().nullable(),
  outcome: AiOutcome.nullable(),
  handoffReason: z.string().nullable(),
  handoffDetail: z.string().nullable(),
  aiTurns: z.number(),
  messageCount: z.number(),
  customer: z.object({ id: z.string().nullable(), name: z.string().nullable(), email: z.string().nullable() }),
  createdAt: z.number(),
  review: z.object({ mark: ReviewMark, note: z.string(), reviewerId: z.string(), updatedAt: z.number() }).nullable(),
});
export type ReviewedConversation = z.infer<typeof ReviewedConversation>;

export const ReviewDetail = ReviewedConversation.extend({
  transcript: z.array(TranscriptEntry.extend({ aiPortion: z.boolean() })),
});

export const SaveReview = z
  .object({ mark: ReviewMark, note: z.string().trim().max(2000, "A note is at most 2,000 characters").default("") })
  .strict();

export const KnowledgeGap = z.object({
  topic: z.string(),
  count: z.number(),
  lastAskedAt: z.number(),
  examples: z.array(z.string()),
});

/** `GET /api/review/conversations`: one page, and the `before` cursor of the next (null on the last page). */
export const ReviewPage = z.object({ conversations: z.array(ReviewedConversation), next: z.number().nullable() });
export type ReviewPage = z.infer<typeof ReviewPage>;

/** `GET /api/review/knowledge-gaps`: most asked first. */
export const KnowledgeGapList = z.object({ gaps: z.array(KnowledgeGap) });
export type KnowledgeGapList = z.infer<typeof KnowledgeGapList>;
