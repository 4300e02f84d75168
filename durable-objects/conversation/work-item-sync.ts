/**
 * Writes the conversation's work item to D1: the latest snapshot of the record plus the field changes and
 * comments queued in the outbox, in one D1 batch (a transaction). Every statement is idempotent, so a
 * batch that is retried after a lost answer changes nothing twice.
 */
import type { ConversationRecord } from "./record";
import { workItemStatus } from "./record";
import type { OutboxRow } from "./store";

export interface FieldChange {
  field: "status" | "assignee";
  from: string | null;
  to: string | null;
  by: string | null;
  at: number;
}

/** The customer left their email: a Request work item carrying the transcript. */
export interface RequestFromChat {
  summary: string;
  description: string;
  at: number;
}

export interface KnowledgeGap {
  question: string;
  topic: string;
  at: number;
}

/** A new conversation's first words: a resolved-by-AI conversation of the same customer on the same matter within 24 hours turns unresolved. */
export interface ReopenCheck {
  terms: string[];
  at: number;
}

export interface WorkItemComment {
  id: string;
  authorType: "agent" | "ai" | "system";
  authorId: string | null;
  body: string;
  at: number;
}

const UPSERT = `
INSERT INTO work_items (id, site_id, space_id, number, key, type, status, summary, customer_id, experience_id,
  conversation_id, channel, support_mode, ai_outcome, handoff_reason, handoff_detail, ai_turns, message_count,
  assignee_id, source_version, created_at, updated_at, resolved_at)
SELECT ?1, ?2, ?3, n, ?4 || '-' || n, 'Conversation', ?5, ?6, ?7, (SELECT id FROM experiences WHERE id = ?8),
  ?1, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20
FROM (SELECT coalesce(max(number), 0) + 1 AS n FROM work_items WHERE space_id = ?3)
WHERE true
ON CONFLICT (id) DO UPDATE SET
  status = excluded.status, summary = excluded.summary, ai_outcome = excluded.ai_outcome,
  handoff_reason = excluded.handoff_reason, handoff_detail = excluded.handoff_detail, ai_turns = excluded.ai_turns,
  message_count = excluded.message_count, assignee_id = excluded.assignee_id, source_version = excluded.source_version,
  updated_at = excluded.updated_at, resolved_at = excluded.resolved_at
WHERE excluded.source_version > work_items.source_version`;

function workItemSummary(record: ConversationRecord): string {
  if (record.summary) return record.summary.length > 120 ? `${record.summary.slice(0, 117)}…` : record.summary;
  return `Conversation with ${record.customer.name ?? "a visitor"}`;
}

const REQUEST_INSERT = `
INSERT OR IGNORE INTO work_items (id, site_id, space_id, number, key, type, status, summary, description, customer_id,
  experience_id, channel, support_mode, created_at, updated_at)
SELECT ?1, ?2, ?3, n, ?4 || '-' || n, 'Request', 'Open', ?5, ?6, ?7, (SELECT id FROM experiences WHERE id = ?8), ?9, ?10, ?11, ?11
FROM (SELECT coalesce(max(number), 0) + 1 AS n FROM work_items WHERE space_id = ?3)
WHERE NOT EXISTS (SELECT 1 FROM work_items WHERE id = ?1)`;

const SAME_MATTER = 0.3;
const DAY_MS = 86_400_000;

/** Jaccard overlap of two sets of key terms. */
function overlap(a: string[], b: string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let both = 0;
  for (const t of sa) if (sb.has(t)) both += 1;
  const union = sa.size + sb.size - both;
  return union === 0 ? 0 : both / union;
}

/** Statements that turn earlier resolved-by-AI conversations on the same matter back to unresolved. */
async function reopenStatements(db: D1Database, record: ConversationRecord, check: ReopenCheck, termsOf: (text: string) => string[]) {
  const earlier = await db
    .prepare(
      `SELECT id, summary FROM work_items WHERE customer_id = ? AND id != ? AND type = 'Conversation'
       AND ai_outcome = 'resolved_by_ai' AND resolved_at >= ?`,
    )
    .bind(record.customer.id, record.id, check.at - DAY_MS)
    .all<{ id: string; summary: string }>();
  return earlier.results
    .filter((row) => overlap(termsOf(row.summary), check.terms) >= SAME_MATTER)
    .map((row) =>
      db
        .prepare(`UPDATE work_items SET ai_outcome = 'unresolved', updated_at = ? WHERE id = ? AND ai_outcome = 'resolved_by_ai'`)
        .bind(check.at, row.id),
    );
}

/** Sends one batch; answers the work item's key. Throws when D1 does not take it (the caller retries). */
export async function syncWorkItem(
  db: D1Database,
  record: ConversationRecord,
  outbox: OutboxRow[],
  termsOf: (text: string) => string[] = () => [],
): Promise<string> {
  const resolvedAt = record.state === "closed" && workItemStatus(record) === "Resolved" ? record.closedAt : null;
  const statements: D1PreparedStatement[] = [
    db
      .prepare(UPSERT)
      .bind(
        record.id,
        record.siteId,
        record.spaceId,
        record.spaceKey,
        workItemStatus(record),
        workItemSummary(record),
        record.customer.id,
        record.experienceId,
        record.channel,
        record.supportMode,
        record.outcome,
        record.handoff?.reason ?? null,
        record.handoff?.detail ?? null,
        record.aiTurns,
        record.messageCount,
        record.assignee?.id ?? null,
        record.version,
        record.createdAt,
        record.updatedAt,
        resolvedAt,
      ),
  ];
  for (const row of outbox) {
    const dedupe = `${record.id}:${row.id}`;
    if (row.kind === "request") {
      const request = JSON.parse(row.payload) as RequestFromChat;
      statements.push(
        db
          .prepare(REQUEST_INSERT)
          .bind(`req_${record.id.slice(3)}_${row.id}`, record.siteId, record.spaceId, record.spaceKey, request.summary, request.description, record.customer.id, record.experienceId, record.channel, record.supportMode, request.at),
      );
      continue;
    }
    if (row.kind === "customer_email") {
      const { email } = JSON.parse(row.payload) as { email: string };
      statements.push(db.prepare(`UPDATE customers SET email = ? WHERE id = ? AND site_id = ?`).bind(email, record.customer.id, record.siteId));
      continue;
    }
    if (row.kind === "gap") {
      const gap = JSON.parse(row.payload) as KnowledgeGap;
      statements.push(
        db
          .prepare(`INSERT OR IGNORE INTO knowledge_gaps (id, site_id, conversation_id, question, topic, created_at) VALUES (?, ?, ?, ?, ?, ?)`)
          .bind(`gap_${dedupe}`, record.siteId, record.id, gap.question, gap.topic, gap.at),
      );
      continue;
    }
    if (row.kind === "reopen_check") {
      statements.push(...(await reopenStatements(db, record, JSON.parse(row.payload) as ReopenCheck, termsOf)));
      continue;
    }
    if (row.kind === "change") {
      const change = JSON.parse(row.payload) as FieldChange;
      statements.push(
        db
          .prepare(
            `INSERT OR IGNORE INTO work_item_changes (site_id, work_item_id, field, from_value, to_value, changed_by, changed_at, dedupe_key)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .bind(record.siteId, record.id, change.field, change.from, change.to, change.by, change.at, dedupe),
      );
    } else {
      const comment = JSON.parse(row.payload) as WorkItemComment;
      statements.push(
        db
          .prepare(
            `INSERT OR IGNORE INTO work_item_comments (id, site_id, work_item_id, author_type, author_id, body, dedupe_key, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .bind(comment.id, record.siteId, record.id, comment.authorType, comment.authorId, comment.body, dedupe, comment.at),
      );
    }
  }
  statements.push(db.prepare(`SELECT key FROM work_items WHERE id = ?`).bind(record.id));
  const results = await db.batch<{ key: string }>(statements);
  const key = results.at(-1)?.results[0]?.key;
  if (!key) throw new Error("the work item was not written");
  return key;
}
