/**
 * The one typed store of work items in D1, for the routes and for the conversation actor's work-item
 * projector: key numbering, the field-change history JQL reads, comments, and what a conversation writes
 * (its work item from a snapshot, a Request from a left email, the customer's email, knowledge gaps).
 *
 * Writers get drizzle statements, not results, so a change and its history go to D1 in one `db.batch`
 * (one transaction): `await runBatch(db, [store.update(...), store.addChange(...)])`. Every statement a
 * retrying writer sends is idempotent (dedupe keys, versions, insert-once). Every column is named through
 * the schema, so renaming one in db/schema.ts breaks its callers at compile time.
 */
import { and, asc, eq, gte, ne, sql, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import type { AiOutcome, Channel, SupportMode, WorkItemStatus } from "../../protocol/domain";
import type { Db } from "../db/client";
import { agents, customers, experiences, knowledgeGaps, openConversations, workItemChanges, workItemComments, workItems } from "../db/schema";

export type Statement = BatchItem<"sqlite">;

/** Runs statements as one D1 batch (a transaction): all of them or none. Answers each one's result. */
export async function runBatch(db: Db, statements: Statement[]) {
  const [first, ...rest] = statements;
  if (!first) return [];
  return db.batch([first, ...rest]);
}

// ── Key numbering ─────────────────────────────────────────────────────────────────────────────────
/**
 * The next number of the site's keys with this prefix (`BILL-1` … `BILL-41` → 42), read inside the INSERT
 * itself, so two writers never take the same one. Counted over the keys, not the space's items: an item
 * transferred away keeps its key (the space it left never gives that key again), and one transferred in
 * holds another prefix's number. The range `BILL-` < key < `BILL.` is every `BILL-n`, read from the unique
 * (site, key) index.
 */
const nextNumber = (siteId: string, prefix: string): SQL<number> =>
  sql<number>`(SELECT coalesce(max(${workItems.number}), 0) + 1 FROM ${workItems} WHERE ${workItems.siteId} = ${siteId} AND ${workItems.key} > ${`${prefix}-`} AND ${workItems.key} < ${`${prefix}.`})`;
/** `BILL-42`: the space's key as prefix, and the number the same INSERT takes. */
const keyed = (siteId: string, prefix: string) => ({ number: nextNumber(siteId, prefix), key: sql<string>`${prefix} || '-' || ${nextNumber(siteId, prefix)}` });
/** The experience's id while it exists (a deleted experience leaves the link empty, as its foreign key says). */
const experienceLink = (experienceId: string | null): SQL<string | null> =>
  sql<string | null>`(SELECT ${experiences.id} FROM ${experiences} WHERE ${experiences.id} = ${experienceId})`;
/** The value an upsert proposed, for its DO UPDATE. */
const excluded = (column: AnySQLiteColumn) => sql.raw(`excluded."${column.name}"`);

export type HistoryField = "status" | "assignee";

export interface FieldChange {
  siteId: string;
  workItemId: string;
  field: HistoryField;
  from: string | null;
  to: string | null;
  by: string | null;
  at: number;
  /** For writers that retry: the same key is stored once. */
  dedupeKey?: string;
}

export interface NewComment {
  id: string;
  siteId: string;
  workItemId: string;
  authorType: "agent" | "ai" | "system";
  authorId: string | null;
  body: string;
  at: number;
  /** For writers that retry: the same key is stored once. */
  dedupeKey?: string;
}

/** A Request or Task created by an agent. */
export interface NewItem {
  id: string;
  siteId: string;
  space: { id: string; key: string };
  type: "Request" | "Task";
  priority: string;
  labels: string[];
  summary: string;
  description: string;
  assigneeId: string | null;
  reporterAgentId: string | null;
  customerId: string | null;
  at: number;
}

/** What an agent may change on a work item. */
export interface ItemChange {
  summary?: string;
  description?: string;
  status?: WorkItemStatus;
  priority?: string;
  labels?: string[];
  assigneeId?: string | null;
}

/** A conversation's work item as its actor sees it at one version. */
export interface ConversationSnapshot {
  id: string;
  siteId: string;
  space: { id: string; key: string };
  version: number;
  status: WorkItemStatus;
  summary: string;
  customerId: string;
  experienceId: string | null;
  channel: Channel;
  supportMode: SupportMode;
  outcome: AiOutcome | null;
  handoffReason: string | null;
  handoffDetail: string | null;
  aiTurns: number;
  messageCount: number;
  assigneeId: string | null;
  /** The host page the customer was last on. */
  page: string | null;
  /** The customer's rating, once they gave it. */
  rating: { score: number; comment: string | null; at: number } | null;
  createdAt: number;
  updatedAt: number;
  resolvedAt: number | null;
}

/** A customer who left their email with the AI: a Request carrying the transcript, once. */
export interface RequestFromConversation {
  id: string;
  siteId: string;
  space: { id: string; key: string };
  summary: string;
  description: string;
  customerId: string;
  experienceId: string | null;
  channel: Channel;
  supportMode: SupportMode;
  at: number;
}

/** The row of a Request made from a conversation (its number and key taken by the INSERT itself). */
const requestRow = (r: RequestFromConversation) => ({
  id: r.id,
  siteId: r.siteId,
  spaceId: r.space.id,
  ...keyed(r.siteId, r.space.key),
  type: "Request" as const,
  status: "Open" as const,
  summary: r.summary,
  description: r.description,
  customerId: r.customerId,
  experienceId: experienceLink(r.experienceId),
  channel: r.channel,
  supportMode: r.supportMode,
  createdAt: r.at,
  updatedAt: r.at,
});

export interface NewKnowledgeGap {
  id: string;
  siteId: string;
  conversationId: string;
  question: string;
  topic: string;
  at: number;
}

export function workItemStore(db: Db) {
  return {
    // ── Writes (statements for one batch) ──
    /** A new Request or Task with the space's next key. */
    create(item: NewItem): Statement {
      return db.insert(workItems).values({
        id: item.id,
        siteId: item.siteId,
        spaceId: item.space.id,
        ...keyed(item.siteId, item.space.key),
        type: item.type,
        status: "Open",
        priority: item.priority,
        labels: item.labels,
        summary: item.summary,
        description: item.description,
        assigneeId: item.assigneeId,
        reporterAgentId: item.reporterAgentId,
        customerId: item.customerId,
        createdAt: item.at,
        updatedAt: item.at,
      });
    },

    /** An agent's change; a status of Resolved or Closed sets when it was resolved, any other clears it. */
    update(id: string, change: ItemChange, at: number): Statement {
      const resolved = change.status === undefined ? {} : { resolvedAt: change.status === "Resolved" || change.status === "Closed" ? at : null };
      return db.update(workItems).set({ ...change, ...resolved, updatedAt: at }).where(eq(workItems.id, id));
    },

    /** A status or assignee change in the history JQL's WAS and CHANGED read. */
    addChange(change: FieldChange): Statement {
      return db
        .insert(workItemChanges)
        .values({
          siteId: change.siteId,
          workItemId: change.workItemId,
          field: change.field,
          fromValue: change.from,
          toValue: change.to,
          changedBy: change.by,
          changedAt: change.at,
          dedupeKey: change.dedupeKey ?? null,
        })
        .onConflictDoNothing();
    },

    addComment(comment: NewComment): Statement {
      return db
        .insert(workItemComments)
        .values({
          id: comment.id,
          siteId: comment.siteId,
          workItemId: comment.workItemId,
          authorType: comment.authorType,
          authorId: comment.authorId,
          body: comment.body,
          dedupeKey: comment.dedupeKey ?? null,
          createdAt: comment.at,
        })
        .onConflictDoNothing();
    },

    /**
     * A conversation's work item from its actor's snapshot: created with the space's next key the first
     * time, updated only by a newer version (an outbox retried after a later write changes nothing).
     */
    upsertConversation(s: ConversationSnapshot): Statement {
      return db
        .insert(workItems)
        .values({
          id: s.id,
          siteId: s.siteId,
          spaceId: s.space.id,
          ...keyed(s.siteId, s.space.key),
          type: "Conversation",
          status: s.status,
          summary: s.summary,
          customerId: s.customerId,
          experienceId: experienceLink(s.experienceId),
          conversationId: s.id,
          channel: s.channel,
          supportMode: s.supportMode,
          aiOutcome: s.outcome,
          handoffReason: s.handoffReason,
          handoffDetail: s.handoffDetail,
          aiTurns: s.aiTurns,
          messageCount: s.messageCount,
          assigneeId: sql`(SELECT ${agents.id} FROM ${agents} WHERE ${agents.id} = ${s.assigneeId})`,
          page: s.page,
          satisfaction: s.rating?.score ?? null,
          satisfactionComment: s.rating?.comment ?? null,
          ratedAt: s.rating?.at ?? null,
          sourceVersion: s.version,
          createdAt: s.createdAt,
          updatedAt: s.updatedAt,
          resolvedAt: s.resolvedAt,
        })
        .onConflictDoUpdate({
          target: workItems.id,
          set: {
            spaceId: excluded(workItems.spaceId),
            page: excluded(workItems.page),
            satisfaction: excluded(workItems.satisfaction),
            satisfactionComment: excluded(workItems.satisfactionComment),
            ratedAt: excluded(workItems.ratedAt),
            status: excluded(workItems.status),
            summary: excluded(workItems.summary),
            aiOutcome: excluded(workItems.aiOutcome),
            handoffReason: excluded(workItems.handoffReason),
            handoffDetail: excluded(workItems.handoffDetail),
            aiTurns: excluded(workItems.aiTurns),
            messageCount: excluded(workItems.messageCount),
            assigneeId: excluded(workItems.assigneeId),
            sourceVersion: excluded(workItems.sourceVersion),
            updatedAt: excluded(workItems.updatedAt),
            resolvedAt: excluded(workItems.resolvedAt),
          },
          setWhere: sql`${excluded(workItems.sourceVersion)} > ${workItems.sourceVersion}`,
        });
    },

    /** A Request from a conversation, once per id (a retry changes nothing), with the space's next key. */
    insertRequestOnce(r: RequestFromConversation): Statement {
      return db
        .insert(workItems)
        .values(requestRow(r))
        .onConflictDoNothing();
    },

    /** A Request from a conversation: created once per id, and a second email updates its description (the same request). */
    upsertRequest(r: RequestFromConversation): Statement {
      return db
        .insert(workItems)
        .values(requestRow(r))
        .onConflictDoUpdate({ target: workItems.id, set: { description: excluded(workItems.description), updatedAt: excluded(workItems.updatedAt) } });
    },

    /** The email a customer left, on their row of this site. */
    setCustomerEmail(siteId: string, customerId: string, email: string): Statement {
      return db.update(customers).set({ email }).where(and(eq(customers.id, customerId), eq(customers.siteId, siteId)));
    },

    /** An address the customer typed: their contact email, unless a signed one is on record (never overwritten). */
    setContactEmail(siteId: string, customerId: string, email: string): Statement {
      return db
        .update(customers)
        .set({ email })
        .where(and(eq(customers.id, customerId), eq(customers.siteId, siteId), eq(customers.emailVerified, false)));
    },

    /** A closed conversation frees its customer's claim on an open one (the next start would take it over anyway). */
    releaseOpenClaim(conversationId: string): Statement {
      return db.delete(openConversations).where(eq(openConversations.conversationId, conversationId));
    },

    /** A question the AI could not answer, once per id. */
    addKnowledgeGap(gap: NewKnowledgeGap): Statement {
      return db
        .insert(knowledgeGaps)
        .values({ id: gap.id, siteId: gap.siteId, conversationId: gap.conversationId, question: gap.question, topic: gap.topic, createdAt: gap.at })
        .onConflictDoNothing();
    },

    /** A conversation resolved by the AI turns back to unresolved (the customer came back on the same matter). */
    reopenResolvedByAi(id: string, at: number): Statement {
      return db
        .update(workItems)
        .set({ aiOutcome: "unresolved", updatedAt: at })
        .where(and(eq(workItems.id, id), eq(workItems.aiOutcome, "resolved_by_ai")));
    },

    // ── Reads (queries; also usable as the last statement of a batch) ──
    /** The work item's key (`BILL-42`), as rows: `[{ key }]`, or none when it is not there. */
    keyOf(id: string) {
      return db.select({ key: workItems.key }).from(workItems).where(eq(workItems.id, id));
    },

    /** The customer's other conversations the AI resolved since `since` (to turn back when they return). */
    resolvedByAiSince(customerId: string, exceptId: string, since: number) {
      return db
        .select({ id: workItems.id, summary: workItems.summary })
        .from(workItems)
        .where(
          and(
            eq(workItems.customerId, customerId),
            ne(workItems.id, exceptId),
            eq(workItems.type, "Conversation"),
            eq(workItems.aiOutcome, "resolved_by_ai"),
            gte(workItems.resolvedAt, since),
          ),
        );
    },

    /** A work item's comments, oldest first, with their authors' names. */
    comments(workItemId: string) {
      return db
        .select({
          id: workItemComments.id,
          authorType: workItemComments.authorType,
          authorId: workItemComments.authorId,
          authorName: agents.name,
          body: workItemComments.body,
          createdAt: workItemComments.createdAt,
        })
        .from(workItemComments)
        .leftJoin(agents, eq(agents.id, workItemComments.authorId))
        .where(eq(workItemComments.workItemId, workItemId))
        .orderBy(asc(workItemComments.createdAt));
    },

    /** A work item's history of one field, in order. */
    history(workItemId: string, field: HistoryField) {
      return db
        .select({ from: workItemChanges.fromValue, to: workItemChanges.toValue, by: workItemChanges.changedBy, at: workItemChanges.changedAt })
        .from(workItemChanges)
        .where(and(eq(workItemChanges.workItemId, workItemId), eq(workItemChanges.field, field)))
        .orderBy(asc(workItemChanges.changedAt), asc(workItemChanges.id));
    },
  };
}

export type WorkItemStore = ReturnType<typeof workItemStore>;
