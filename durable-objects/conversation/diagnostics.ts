/**
 * What this conversation has cost since its object last woke: messages stored, SQLite rows written (all,
 * and by the message path alone), D1 statements and batches. Kept in memory only — writing them down would
 * cost the rows they count — and read by admins (GET /api/conversations/:id/diagnostics) and the benchmark.
 */
import type { ConversationDiagnostics } from "../../protocol/conversation-views";
import type { WriteCounts } from "./store";

export class Diagnostics {
  private messages = 0;
  private d1Statements = 0;
  private d1Batches = 0;
  private readonly since = Date.now();

  /** A message from the customer or an agent was stored. */
  message(): void {
    this.messages += 1;
  }

  d1(statements: number): void {
    this.d1Statements += statements;
    this.d1Batches += 1;
  }

  report(written: WriteCounts): ConversationDiagnostics {
    const per = (n: number) => (this.messages === 0 ? null : n / this.messages);
    return {
      since: this.since,
      messages: this.messages,
      rowsWritten: written.total,
      rowsWrittenByMessages: written.messages,
      d1Statements: this.d1Statements,
      d1Batches: this.d1Batches,
      rowsWrittenPerMessage: per(written.total),
      d1StatementsPerMessage: per(this.d1Statements),
    };
  }
}
