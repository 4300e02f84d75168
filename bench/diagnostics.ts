/**
 * What messages cost inside the conversations, as they count it themselves (GET /api/conversations/:id/
 * diagnostics, admins): SQLite rows written (index entries included) and D1 statements, against the messages
 * stored, summed over every conversation between two readings.
 *
 * A conversation counts in memory since its object last woke (`since`): an object the runtime evicted between
 * the readings starts again from zero, so such a conversation is left out of the sums and counted apart.
 */
import type { ApiClient } from "./lib/client.ts";
import { pool } from "./lib/chat.ts";
import { round } from "./lib/stats.ts";

export interface CostReading {
  since: number;
  messages: number;
  rowsWritten: number;
  rowsWrittenByMessages: number;
  d1Statements: number;
}

export async function readCosts(admin: ApiClient, conversationIds: string[]): Promise<Map<string, CostReading>> {
  const readings = await pool(conversationIds, 8, (id) => admin.call("GET", `/api/conversations/${id}/diagnostics`) as Promise<CostReading>);
  return new Map(conversationIds.map((id, i) => [id, readings[i]!]));
}

export interface CostFigures {
  messages: number;
  conversations: number;
  /** conversations whose object woke anew between the readings (left out) */
  restarted: number;
  rows_written_per_message: number;
  rows_written_by_the_message_path_per_message: number;
  d1_statements_per_message: number;
}

export function costsBetween(before: Map<string, CostReading>, after: Map<string, CostReading>): CostFigures {
  const sum = { messages: 0, rowsWritten: 0, rowsWrittenByMessages: 0, d1Statements: 0 };
  let conversations = 0;
  let restarted = 0;
  for (const [id, b] of before) {
    const a = after.get(id);
    if (!a || a.since !== b.since) {
      restarted++;
      continue;
    }
    conversations++;
    sum.messages += a.messages - b.messages;
    sum.rowsWritten += a.rowsWritten - b.rowsWritten;
    sum.rowsWrittenByMessages += a.rowsWrittenByMessages - b.rowsWrittenByMessages;
    sum.d1Statements += a.d1Statements - b.d1Statements;
  }
  const per = (n: number) => (sum.messages === 0 ? 0 : round(n / sum.messages, 3));
  return {
    messages: sum.messages,
    conversations,
    restarted,
    rows_written_per_message: per(sum.rowsWritten),
    rows_written_by_the_message_path_per_message: per(sum.rowsWrittenByMessages),
    d1_statements_per_message: per(sum.d1Statements),
  };
}
