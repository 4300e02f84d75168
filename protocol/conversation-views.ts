/** What the console reads about conversations over REST: the lists outside queues, and one conversation. */
import { z } from "zod";
import { ConversationSummary, TranscriptEntry } from "./conversation";
import { WorkItem } from "./work-items";

export const ConversationView = z.enum(["live", "recent"]);
export type ConversationView = z.infer<typeof ConversationView>;

/**
 * Which live conversations to list: `person` (default) every one that has or may reach a person — with a
 * person, waiting, or with the AI in a mode that hands off — so AI-only conversations stay out; `human` with a
 * person; `waiting` waiting for one; `ai` with the AI, AI-only ones included.
 */
export const LiveFilter = z.enum(["person", "human", "waiting", "ai"]);
export type LiveFilter = z.infer<typeof LiveFilter>;

/** `GET /api/conversations?view=live|recent&show=…`: conversations of your spaces, newest activity first. */
export const ConversationListQuery = z.object({
  view: ConversationView.default("live"),
  show: LiveFilter.default("person"),
  limit: z.coerce.number().int().min(1, "limit is at least 1").max(200, "limit is at most 200").default(50),
});

/** A listed conversation: its work item, and how many conversations its customer has had (to tell rows apart). */
export const ConversationListItem = WorkItem.extend({ customerConversations: z.number().int().min(0) });
export type ConversationListItem = z.infer<typeof ConversationListItem>;
export const ConversationList = z.object({ conversations: z.array(ConversationListItem) });
export type ConversationList = z.infer<typeof ConversationList>;

/** `GET /api/conversations/:id`: the conversation as it stands, with its whole transcript. */
export const ConversationDetail = z.object({ conversation: ConversationSummary, transcript: z.array(TranscriptEntry) });
export type ConversationDetail = z.infer<typeof ConversationDetail>;

/** `GET /api/conversations/:id/diagnostics` (admins): what the conversation has cost since its object last woke. */
export const ConversationDiagnostics = z.object({
  since: z.number(),
  /** Messages from the customer and agents stored (AI and system lines are not counted). */
  messages: z.number(),
  /** SQLite rows written by the conversation (index entries included), and those written by storing messages. */
  rowsWritten: z.number(),
  rowsWrittenByMessages: z.number(),
  d1Statements: z.number(),
  d1Batches: z.number(),
  rowsWrittenPerMessage: z.number().nullable(),
  d1StatementsPerMessage: z.number().nullable(),
});
export type ConversationDiagnostics = z.infer<typeof ConversationDiagnostics>;

/** `POST /api/conversations/:id/transfer`: to one agent or to another space, with a note for whoever takes it. */
export const TransferRequest = z
  .object({
    toAgentId: z.string().min(1).max(64).optional(),
    toSpaceId: z.string().min(1).max(64).optional(),
    note: z.string().trim().max(1000, "A note is at most 1,000 characters").optional(),
  })
  .strict()
  .refine((t) => (t.toAgentId === undefined) !== (t.toSpaceId === undefined), "Transfer to exactly one target: an agent (toAgentId) or a space (toSpaceId)");
export type TransferRequest = z.infer<typeof TransferRequest>;

/** `GET /api/transfer-targets`: the site's spaces with chat on, any of which a conversation can be transferred to (names only: an agent need not be a member). */
export const TransferTargets = z.object({ spaces: z.array(z.object({ id: z.string(), name: z.string() })) });
export type TransferTargets = z.infer<typeof TransferTargets>;

/** `POST /api/conversations/:id/close` (admins): close any conversation with the outcome they choose. */
export const AdminCloseRequest = z.object({ outcome: z.enum(["resolved", "unresolved"]) }).strict();

/** `POST /api/conversations/:id/reassign` (admins): give the conversation to an agent of its space. */
export const ReassignRequest = z.object({ toAgentId: z.string().min(1).max(64) }).strict();

/** Whether a member of a space could be offered a conversation now, as its router knows them. */
export const TeamStatus = z.enum(["available", "at_cap", "no_console", "away"]);
export type TeamStatus = z.infer<typeof TeamStatus>;

/** `GET /api/spaces/:id/team` (members and admins): who in the space could take a conversation now (transfer). */
export const SpaceTeam = z.object({
  spaceId: z.string(),
  /** Conversations an agent takes at once in this space. */
  cap: z.number().int().positive(),
  agents: z.array(z.object({ id: z.string(), name: z.string(), status: TeamStatus, load: z.number().int().nonnegative() })),
});
export type SpaceTeam = z.infer<typeof SpaceTeam>;
