/**
 * The outcome a conversation records when it closes, from where it stood and what happened in it.
 * - closed while waiting for a person: `abandoned`;
 * - closed with a person after an AI handoff: `handed_off` (the reason stays on the record);
 * - closed with a person, no AI involved: `resolved_by_agent`;
 * - whoever closes may say it is unresolved, and then it is (but a customer who left the line abandoned it);
 * - closed with the AI: `abandoned` when the customer never wrote; `resolved_by_ai` when the customer said it
 *   solved it, or left after an AI answer without asking for more; otherwise `unresolved`.
 */
import type { AiOutcome } from "../../protocol/domain";
import type { ConversationState } from "../../protocol/conversation";

export interface OutcomeFacts {
  state: ConversationState;
  handedOff: boolean;
  /** Who wrote the last non-system entry. */
  lastAuthor: "customer" | "ai" | "agent" | null;
  /** The customer wrote at least once. */
  customerWrote: boolean;
  /** The AI's last message was an answer (not "I cannot help", not a greeting). */
  aiAnswered?: boolean;
  /** The customer said the answer solved it. */
  customerConfirmed: boolean;
  /** The closer's own word: either side saying "unresolved" makes it so. */
  verdict?: "resolved" | "unresolved";
}

export function closingOutcome(facts: OutcomeFacts): AiOutcome {
  if (facts.state !== "waiting" && facts.verdict === "unresolved") return "unresolved";
  switch (facts.state) {
    case "waiting":
      return "abandoned";
    case "human":
      return facts.handedOff ? "handed_off" : "resolved_by_agent";
    case "ai":
      if (!facts.customerWrote) return "abandoned";
      if (facts.customerConfirmed) return "resolved_by_ai";
      return facts.lastAuthor === "ai" && facts.aiAnswered !== false ? "resolved_by_ai" : "unresolved";
    case "closed":
      throw new Error("already closed");
  }
}
