/** The conversation's own record: everything about it but the transcript, kept in its SQLite storage. */
import type { AiOutcome, Channel, SupportMode, WorkItemStatus } from "../../protocol/domain";
import type { HandoffPacket } from "../../protocol/console";
import type { ConversationState, ConversationSummary, TranscriptEntry } from "../../protocol/conversation";
import type { RoutingSettings } from "../routing-types";

/** What a conversation needs to start, passed by the Worker after it has checked the experience. */
export interface StartParams {
  id: string;
  siteId: string;
  spaceId: string;
  spaceKey: string;
  experienceId: string;
  aiAgentName: string;
  greeting: string;
  supportMode: SupportMode;
  channel: Channel;
  customer: { id: string; name: string | null; email: string | null };
  idleCloseMs: number;
  /** The site's routing settings when the conversation started (cap, offer timeout). */
  routing: RoutingSettings;
  /** The experience's allowed origins when the conversation started: the embedded widget's sockets must come from one. */
  allowedOrigins: string[];
  /** Parley's public origin, for links to the support site in AI answers. */
  origin: string;
}

/** The start parameters (but the greeting, which is the first transcript entry) and everything that happened since. */
export interface ConversationRecord extends Omit<StartParams, "greeting"> {
  state: ConversationState;
  assignee: { id: string; name: string } | null;
  /** Why the conversation went to a person: category (and rule), a readable label and a short summary for the agent. */
  handoff: { reason: string; label: string; rule: string | null; detail: string; at: number } | null;
  outcome: AiOutcome | null;
  summary: string | null;
  messageCount: number;
  /** AI answers given (each a turn without resolution until the customer says it solved it). */
  aiTurns: number;
  /** The last customer entry the AI has responded to, and how many answers in a row it could not give. */
  aiAnsweredSeq: number;
  failedAnswers: number;
  /** The customer said the AI's answer solved it. */
  customerConfirmed: boolean;
  /** The AI's latest message answered the question (false after "I cannot help"). */
  aiAnswered: boolean;
  readUpTo: { customer: number; agent: number };
  lastActivityAt: number;
  createdAt: number;
  updatedAt: number;
  closedAt: number | null;
  workItemKey: string | null;
  /** Since when the customer has waited for a person, and their place in the line. */
  waitingSince: number | null;
  position: number | null;
  estimateSeconds?: number | null;
  /** Closed as solved: by the AI, or by the agent who closed it as resolved after a handoff. */
  resolved?: boolean;
  /** Bumped on every change the work item shows; the outbox writes only newer versions. */
  version: number;
}

export function initialState(mode: SupportMode): ConversationState {
  return mode === "team" ? "waiting" : "ai";
}

export function summaryOf(record: ConversationRecord): ConversationSummary {
  return {
    id: record.id,
    siteId: record.siteId,
    spaceId: record.spaceId,
    state: record.state,
    supportMode: record.supportMode,
    aiAgentName: record.aiAgentName,
    assignee: record.assignee,
    customer: { id: record.customer.id, name: record.customer.name },
    workItemKey: record.workItemKey,
    outcome: record.outcome,
    waitingSince: record.state === "waiting" ? record.waitingSince : null,
    position: record.state === "waiting" ? record.position : null,
    estimateSeconds: record.state === "waiting" ? (record.estimateSeconds ?? null) : null,
    createdAt: record.createdAt,
  };
}

/** What an agent sees in an offer: who, why, what was said lately, how long they have waited. */
export function packetOf(record: ConversationRecord, recent: TranscriptEntry[]): HandoffPacket {
  return {
    conversationId: record.id,
    spaceId: record.spaceId,
    customer: record.customer,
    reason: record.handoff?.label ?? "Live chat: the customer asked the team directly",
    summary: record.handoff?.detail ?? record.summary ?? "The customer has not written yet.",
    lastMessages: recent,
    waitingSince: record.waitingSince ?? record.createdAt,
  };
}

/** The work item's status for a conversation state (a closed one is Resolved when someone solved it). */
export function workItemStatus(record: Pick<ConversationRecord, "state" | "outcome" | "resolved">): WorkItemStatus {
  switch (record.state) {
    case "ai":
      return "Open";
    case "waiting":
      return "Waiting";
    case "human":
      return "In progress";
    case "closed":
      return record.resolved || record.outcome === "resolved_by_ai" || record.outcome === "resolved_by_agent" ? "Resolved" : "Closed";
  }
}
