/**
 * The conversation's state machine: typed domain events, the state they build, and the guards. A
 * conversation's state changes only by appending an event (to its own storage) and reducing it here; its
 * projectors read the same events to write the work item to D1 and to tell the space's router.
 *
 * States: `ai` → `waiting` → `human` → `closed` (also `ai` → `closed`, `waiting` → `closed`; a person can
 * hand back to the line when they leave the space; outside business hours a handoff goes back to `ai`).
 */
import type { Author, ConversationState as Phase, ConversationSummary, CustomerPresence, Rating } from "../../protocol/conversation";
import type { AiOutcome, WorkItemStatus } from "../../protocol/domain";
import type { AssignedHow, StartParams, Away } from "../contracts";

/** Why the conversation went to a person: category (and rule), a readable label and a short summary for the agent. */
export interface Handoff {
  reason: string;
  label: string;
  rule: string | null;
  detail: string;
  at: number;
}

export type ConversationEvent =
  | { type: "started"; params: Omit<StartParams, "greeting">; at: number }
  | { type: "handed_off"; handoff: Handoff; at: number }
  | { type: "entered_line"; at: number }
  | { type: "line_closed"; away: Away; at: number }
  | { type: "assigned"; agent: { id: string; name: string }; how: AssignedHow; from: { id: string; name: string } | null; note: string | null; spaceId: string; at: number }
  | { type: "unassigned"; agent: { id: string; name: string }; reason: string; at: number }
  | { type: "closed"; by: Author | null; outcome: AiOutcome; resolved: boolean; at: number }
  | { type: "email_left"; email: string; verified: boolean; at: number }
  | { type: "rated"; rating: Rating; at: number }
  | { type: "knowledge_gap"; question: string; topic: string; at: number }
  | { type: "page"; path: string; at: number }
  | { type: "ai_turn"; upTo: number; answered: boolean; counted: boolean; failed: number; at: number }
  | { type: "customer_confirmed"; at: number }
  | { type: "key"; workItemKey: string; at: number };

/** Everything about the conversation but its transcript, as the events built it. */
export interface ConversationSnapshot extends Omit<StartParams, "greeting"> {
  state: Phase;
  assignee: { id: string; name: string } | null;
  handoff: Handoff | null;
  outcome: AiOutcome | null;
  /** Closed as solved: by the AI, or by the agent who closed it as resolved after a handoff. */
  resolved: boolean;
  closedAt: number | null;
  waitingSince: number | null;
  /** The AI's part: answers given, the last customer entry it responded to, failed answers in a row, its last reply an answer. */
  ai: { turns: number; answeredSeq: number; failed: number; answered: boolean };
  customerConfirmed: boolean;
  emailLeft: { email: string; at: number } | null;
  rating: (Rating & { at: number }) | null;
  /** Outside business hours the handoff became an email request; when the team is back. */
  lineClosed: Away | null;
  workItemKey: string | null;
  createdAt: number;
  /** Set when anything the work item shows changed (not for messages: those are counted from the transcript). */
  changedAt: number;
}

export function initialPhase(mode: StartParams["supportMode"]): Phase {
  return mode === "team" ? "waiting" : "ai";
}

/** The state after one event. Pure: the same events always build the same state. */
export function reduce(s: ConversationSnapshot | null, e: ConversationEvent): ConversationSnapshot {
  if (e.type === "started") {
    return {
      ...e.params,
      state: initialPhase(e.params.supportMode),
      assignee: null,
      handoff: null,
      outcome: null,
      resolved: false,
      closedAt: null,
      waitingSince: e.params.supportMode === "team" ? e.at : null,
      ai: { turns: 0, answeredSeq: 0, failed: 0, answered: false },
      customerConfirmed: false,
      emailLeft: null,
      rating: null,
      lineClosed: null,
      workItemKey: null,
      createdAt: e.at,
      changedAt: e.at,
    };
  }
  if (!s) throw new Error(`event ${e.type} before the conversation started`);
  const changed = { ...s, changedAt: e.at };
  switch (e.type) {
    case "handed_off":
      return { ...changed, handoff: e.handoff };
    case "entered_line":
      return { ...changed, state: "waiting", waitingSince: e.at, lineClosed: null };
    case "line_closed":
      return { ...changed, state: s.supportMode === "team" ? s.state : "ai", waitingSince: s.supportMode === "team" ? s.waitingSince : null, lineClosed: e.away };
    case "assigned":
      return { ...changed, state: "human", assignee: e.agent, spaceId: e.spaceId, waitingSince: null };
    case "unassigned":
      return { ...changed, state: "waiting", assignee: null, waitingSince: e.at };
    case "closed":
      return { ...changed, state: "closed", outcome: e.outcome, resolved: e.resolved, closedAt: e.at };
    case "email_left":
      return { ...changed, emailLeft: { email: e.email, at: e.at }, customer: e.verified || !s.customer.email ? { ...s.customer, email: e.email } : s.customer };
    case "rated":
      return { ...changed, rating: { ...e.rating, at: e.at } };
    case "knowledge_gap":
      return s;
    case "page":
      return { ...changed, page: e.path };
    case "ai_turn":
      return {
        ...s,
        ai: { turns: s.ai.turns + (e.counted ? 1 : 0), answeredSeq: Math.max(s.ai.answeredSeq, e.upTo), failed: e.failed, answered: e.answered },
        changedAt: e.counted ? e.at : s.changedAt,
      };
    case "customer_confirmed":
      return { ...s, customerConfirmed: true };
    case "key":
      return { ...s, workItemKey: e.workItemKey };
  }
}

// ── Guards: the state machine's rules, in one place ──────────────────────────────────────────────
export const isOpen = (s: ConversationSnapshot) => s.state !== "closed";
/** The team is away until `backAt` (outside business hours): no handoff before then. */
export const lineClosedNow = (s: ConversationSnapshot, now = Date.now()) => s.lineClosed !== null && (s.lineClosed.backAt === null || now < s.lineClosed.backAt);
/** The AI may hand off once, from `ai`, in `ai_team` — again only after a line closed outside business hours has opened. */
export const canHandOff = (s: ConversationSnapshot, now = Date.now()) =>
  s.state === "ai" && s.supportMode === "ai_team" && (s.handoff === null || (s.lineClosed !== null && !lineClosedNow(s, now)));
/** A person may be given the conversation while it waits, or (transfer, reassignment) while someone has it. */
export const canAssign = (s: ConversationSnapshot, how: AssignedHow) => s.state === "waiting" || (s.state === "human" && (how === "transfer" || how === "reassign"));

// ── What others see ──────────────────────────────────────────────────────────────────────────────
/** The work item's status for a conversation state (a closed one is Resolved when someone solved it). */
export function workItemStatus(s: Pick<ConversationSnapshot, "state" | "outcome" | "resolved">): WorkItemStatus {
  switch (s.state) {
    case "ai":
      return "Open";
    case "waiting":
      return "Waiting";
    case "human":
      return "In progress";
    case "closed":
      return s.resolved || s.outcome === "resolved_by_ai" || s.outcome === "resolved_by_agent" ? "Resolved" : "Closed";
  }
}

export interface Waiting {
  position: number | null;
  estimateSeconds: number | null;
  away: Away | null;
}

export function summaryOf(s: ConversationSnapshot, waiting: Waiting, customerPresence: CustomerPresence | null): ConversationSummary {
  const isWaiting = s.state === "waiting";
  return {
    id: s.id,
    siteId: s.siteId,
    spaceId: s.spaceId,
    state: s.state,
    supportMode: s.supportMode,
    aiAgentName: s.aiAgentName,
    assignee: s.assignee,
    customer: { id: s.customer.id, name: s.customer.name },
    workItemKey: s.workItemKey,
    outcome: s.outcome,
    waitingSince: isWaiting ? s.waitingSince : null,
    position: isWaiting ? waiting.position : null,
    estimateSeconds: isWaiting ? waiting.estimateSeconds : null,
    away: isWaiting ? waiting.away : s.state === "ai" ? s.lineClosed : null,
    page: s.page,
    rating: s.rating ? { score: s.rating.score, ...(s.rating.comment ? { comment: s.rating.comment } : {}) } : null,
    customerPresence,
    createdAt: s.createdAt,
  };
}
