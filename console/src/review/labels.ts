/** The review API's types (from protocol/review.ts) and the words admins read for its codes. */
import type { z } from "zod";
import { customerName } from "../../../protocol/customers";
import { AiOutcome } from "../../../protocol/domain";
import { KnowledgeGap, ReviewDetail, ReviewedConversation, ReviewFilter, ReviewMark } from "../../../protocol/review";

export type Reviewed = z.infer<typeof ReviewedConversation>;
export type Detail = z.infer<typeof ReviewDetail>;
export type DetailEntry = Detail["transcript"][number];
export type Gap = z.infer<typeof KnowledgeGap>;
export type Mark = z.infer<typeof ReviewMark>;
export type Outcome = z.infer<typeof AiOutcome>;
export type Reason = NonNullable<z.infer<typeof ReviewFilter>["reason"]>;
export type MarkFilter = NonNullable<z.infer<typeof ReviewFilter>["mark"]>;

export type { KnowledgeGapList, ReviewPage } from "../../../protocol/review";

export const OUTCOMES = AiOutcome.options;
export const MARKS = ReviewMark.options;
export const REASONS = ReviewFilter.shape.reason.unwrap().options;

export const outcomeLabel: Record<Outcome, string> = {
  resolved_by_ai: "Resolved by AI",
  handed_off: "Handed off",
  resolved_by_agent: "Resolved by agent",
  unresolved: "Unresolved",
  abandoned: "Abandoned",
};

export const reasonLabel: Record<Reason, string> = {
  customer_request: "Customer asked for a person",
  missing_knowledge: "Missing knowledge",
  rule_matched: "Handoff rule matched",
  negative_sentiment: "Negative sentiment",
  ai_failure: "AI failure",
};

export const markLabel: Record<Mark, string> = { good: "Good", needs_work: "Needs work", bad: "Bad" };

/** A handoff reason as words; a code this console does not know yet is shown as it is. */
export const reasonText = (reason: string | null): string =>
  reason === null ? "" : ((reasonLabel as Record<string, string | undefined>)[reason] ?? reason);

/** Who the conversation was with, as the list and the detail show it. */
export const customerText = (c: Reviewed["customer"]): string => customerName({ ...c, id: c.id ?? "" });
