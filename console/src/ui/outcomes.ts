/**
 * How a conversation ended, in words: the AI's part (its outcome) and the work item's resolution are two
 * facts, shown apart — an AI that handed off and a person who then resolved it is "Handed off to a person"
 * and "Resolved by a person", never just "Handed off".
 */
import type { AiOutcome } from "../../../protocol/domain";

const AI_PART: Record<AiOutcome, string> = {
  resolved_by_ai: "Resolved by the AI",
  handed_off: "Handed off to a person",
  resolved_by_agent: "No AI part",
  unresolved: "Not resolved by the AI",
  abandoned: "The customer left",
};

/** The AI's part in the conversation ("—" for anything that is not a conversation, or not ended with the AI yet). */
export const aiOutcomeText = (outcome: AiOutcome | null): string => (outcome ? AI_PART[outcome] : "—");

/** The work item's resolution: open, resolved (by whom, for a conversation) or closed without one. */
export function resolutionText(item: { type?: string; status: string; aiOutcome: AiOutcome | null }): string {
  const conversation = item.type === undefined || item.type === "Conversation";
  switch (item.status) {
    case "Resolved":
      if (!conversation) return "Resolved";
      return item.aiOutcome === "resolved_by_ai" ? "Resolved by the AI" : "Resolved by a person";
    case "Closed":
      return item.aiOutcome === "abandoned" ? "Closed: the customer left" : "Closed, not resolved";
    default:
      return "Open";
  }
}

const REASONS: Record<string, string> = {
  customer_request: "The customer asked for a person",
  missing_knowledge: "The AI had no answer",
  rule_matched: "A handoff rule matched",
  negative_sentiment: "The customer was unhappy",
  ai_failure: "The AI failed",
};

/** Why the AI handed off, in words; a code this console does not know yet reads with its underscores as spaces. */
export const handoffReasonText = (reason: string | null): string => (reason ? (REASONS[reason] ?? reason.replace(/_/g, " ")) : "—");
