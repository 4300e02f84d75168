/**
 * The work item's projector: the conversation's events since its cursor (and its new internal notes) become
 * one D1 batch through the one typed work-item store the routes use too — the work item as the conversation
 * now stands, its status and assignee history, comments, the Request a left email makes, knowledge gaps, the
 * customer's contact email. Every statement is idempotent, so a batch retried after a lost answer changes
 * nothing twice.
 */
import type { TranscriptEntry } from "../../protocol/conversation";
import { database } from "../../worker/db/client";
import { workItemStore, type Statement, type WorkItemStore } from "../../worker/work-items/store";
import { keyTerms } from "../ai/text";
import { transcriptText } from "./packet";
import { reduce, workItemStatus, type ConversationEvent, type ConversationSnapshot } from "./state";

/** What the projector reads from the conversation for one batch. */
export interface ProjectionInput {
  snapshot: ConversationSnapshot;
  /** Every event so far (the history rows need the state before each new one), and the cursor's place. */
  events: { seq: number; event: ConversationEvent }[];
  afterEventSeq: number;
  notes: TranscriptEntry[];
  messageCount: number;
  lastMessageSeq: number;
  summary: string | null;
  /** The AI portion, for the comment written when a person first takes over. */
  aiPortion: (until: number) => TranscriptEntry[];
  /** The whole transcript, for the Request a left email makes (never with notes). */
  transcript: () => TranscriptEntry[];
}

const SAME_MATTER = 0.3;
const DAY_MS = 86_400_000;

function summaryLine(s: ConversationSnapshot, summary: string | null): string {
  if (summary) return summary.length > 120 ? `${summary.slice(0, 117)}…` : summary;
  return `Conversation with ${s.customer.name ?? "a visitor"}`;
}

/** A version that only grows: new events, then new messages. */
export const sourceVersion = (eventSeq: number, messageSeq: number) => eventSeq * 1_000_000 + messageSeq;

/** The batch's statements, and the key read when the conversation does not know it yet (last). */
export async function workItemStatements(d1: D1Database, input: ProjectionInput, readKey: boolean): Promise<Statement[]> {
  const db = database(d1);
  const store = workItemStore(db);
  const s = input.snapshot;
  const lastEventSeq = input.events.at(-1)?.seq ?? 0;
  const statements: Statement[] = [
    store.upsertConversation({
      id: s.id,
      siteId: s.siteId,
      space: { id: s.spaceId, key: s.spaceKey },
      version: sourceVersion(lastEventSeq, input.lastMessageSeq),
      status: workItemStatus(s),
      summary: summaryLine(s, input.summary),
      customerId: s.customer.id,
      experienceId: s.experienceId,
      channel: s.channel,
      supportMode: s.supportMode,
      outcome: s.outcome,
      handoffReason: s.handoff?.reason ?? null,
      handoffDetail: s.handoff?.detail ?? null,
      aiTurns: s.ai.turns,
      messageCount: input.messageCount,
      assigneeId: s.assignee?.id ?? null,
      page: s.page,
      rating: s.rating ? { score: s.rating.score, comment: s.rating.comment ?? null, at: s.rating.at } : null,
      createdAt: s.createdAt,
      updatedAt: Date.now(),
      resolvedAt: s.state === "closed" && workItemStatus(s) === "Resolved" ? s.closedAt : null,
    }),
  ];
  let before: ConversationSnapshot | null = null;
  for (const { seq, event } of input.events) {
    const after = reduce(before, event);
    if (seq > input.afterEventSeq) statements.push(...(await eventStatements(store, input, before, after, event, seq)));
    before = after;
  }
  for (const note of input.notes) {
    statements.push(
      store.addComment({ id: `cmt_${s.id}_note_${note.seq}`, siteId: s.siteId, workItemId: s.id, authorType: "agent", authorId: note.author.id, body: `Internal note: ${note.body}`, at: note.createdAt, dedupeKey: `${s.id}:note:${note.seq}` }),
    );
  }
  if (s.state === "closed") statements.push(store.releaseOpenClaim(s.id));
  if (readKey) statements.push(store.keyOf(s.id));
  return statements;
}

async function eventStatements(
  store: WorkItemStore,
  input: ProjectionInput,
  before: ConversationSnapshot | null,
  after: ConversationSnapshot,
  event: ConversationEvent,
  seq: number,
): Promise<Statement[]> {
  const s = input.snapshot;
  const out: Statement[] = [];
  const by = event.type === "assigned" ? event.agent.id : event.type === "closed" && event.by?.type === "agent" ? event.by.id : null;
  const statusBefore = before ? workItemStatus(before) : null;
  const statusAfter = workItemStatus(after);
  if (statusBefore !== statusAfter) {
    out.push(store.addChange({ siteId: s.siteId, workItemId: s.id, field: "status", from: statusBefore, to: statusAfter, by, at: event.at, dedupeKey: `${s.id}:${seq}:status` }));
  }
  const assigneeBefore = before?.assignee?.id ?? null;
  const assigneeAfter = after.assignee?.id ?? null;
  if (assigneeBefore !== assigneeAfter) {
    out.push(store.addChange({ siteId: s.siteId, workItemId: s.id, field: "assignee", from: assigneeBefore, to: assigneeAfter, by, at: event.at, dedupeKey: `${s.id}:${seq}:assignee` }));
  }
  const comment = (id: string, authorType: "ai" | "system", body: string) => store.addComment({ id, siteId: s.siteId, workItemId: s.id, authorType, authorId: null, body, at: event.at, dedupeKey: id });
  switch (event.type) {
    case "started":
      if (input.summary) out.push(...(await reopenStatements(store, s, keyTerms(input.summary), event.at)));
      break;
    case "assigned": {
      if (event.how === "offer" && before?.handoff && !before.assignee) {
        const lines = transcriptText(input.aiPortion(before.handoff.at));
        if (lines) out.push(comment(`cmt_${s.id}_ai`, "ai", `Transcript of the AI portion, before the handoff (${before.handoff.reason}):\n\n${lines}`));
      }
      if (event.how === "transfer" || event.how === "reassign") {
        const what = event.how === "transfer" ? `Transferred from ${event.from?.name ?? "another agent"} to ${event.agent.name}` : `Reassigned to ${event.agent.name} by an admin`;
        out.push(comment(`cmt_${s.id}_${seq}`, "system", event.note ? `${what}: ${event.note}` : `${what}.`));
      }
      break;
    }
    case "email_left":
      // One Request per conversation: a second email updates it.
      out.push(
        store.upsertRequest({
          id: `req_${s.id.slice(3)}`,
          siteId: s.siteId,
          space: { id: s.spaceId, key: s.spaceKey },
          summary: (input.summary ?? "A question from the chat").slice(0, 200),
          description: `The customer left their email (${event.email}) so the team can write back.\n\nTranscript:\n${transcriptText(input.transcript())}`,
          customerId: s.customer.id,
          experienceId: s.experienceId,
          channel: s.channel,
          supportMode: s.supportMode,
          at: event.at,
        }),
      );
      // A typed address is a contact address: it never overwrites a verified email.
      out.push(store.setContactEmail(s.siteId, s.customer.id, event.email));
      break;
    case "knowledge_gap":
      out.push(store.addKnowledgeGap({ id: `gap_${s.id}:${seq}`, siteId: s.siteId, conversationId: s.id, question: event.question, topic: event.topic, at: event.at }));
      break;
    default:
      break;
  }
  return out;
}

/** Jaccard overlap of two sets of key terms. */
function overlap(a: string[], b: string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let both = 0;
  for (const t of sa) if (sb.has(t)) both += 1;
  const union = sa.size + sb.size - both;
  return union === 0 ? 0 : both / union;
}

/** A customer back within a day on the same matter: their earlier resolved-by-AI conversations turn unresolved. */
async function reopenStatements(store: WorkItemStore, s: ConversationSnapshot, terms: string[], at: number): Promise<Statement[]> {
  const earlier = await store.resolvedByAiSince(s.customer.id, s.id, at - DAY_MS);
  return earlier.filter((row) => overlap(keyTerms(row.summary), terms) >= SAME_MATTER).map((row) => store.reopenResolvedByAi(row.id, at));
}
