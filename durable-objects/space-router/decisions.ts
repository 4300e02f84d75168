/** The routing log: every decision about a conversation, as admins read it; pruned by age. */
import type { RoutingDecision } from "../../protocol/console";

/** How long decisions are kept (the log explains recent routing; work items keep the history). */
export const DECISION_RETENTION_MS = 30 * 86_400_000;

export class Decisions {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(`CREATE TABLE IF NOT EXISTS decisions (id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT NULL,
      at INTEGER NOT NULL, kind TEXT NOT NULL, agent_id TEXT, note TEXT, considered TEXT NOT NULL)`);
    sql.exec(`CREATE INDEX IF NOT EXISTS decisions_conversation ON decisions (conversation_id, id)`);
    sql.exec(`CREATE INDEX IF NOT EXISTS decisions_at ON decisions (at)`);
  }

  log(conversationId: string, decision: Omit<RoutingDecision, "at">): void {
    this.sql.exec(
      `INSERT INTO decisions (conversation_id, at, kind, agent_id, note, considered) VALUES (?, ?, ?, ?, ?, ?)`,
      conversationId,
      Date.now(),
      decision.kind,
      decision.agentId,
      decision.note,
      JSON.stringify(decision.considered),
    );
  }

  of(conversationId: string): RoutingDecision[] {
    return this.sql
      .exec<{ at: number; kind: string; agent_id: string | null; note: string | null; considered: string }>(
        `SELECT at, kind, agent_id, note, considered FROM decisions WHERE conversation_id = ? ORDER BY id`,
        conversationId,
      )
      .toArray()
      .map((r) => ({ at: r.at, kind: r.kind as RoutingDecision["kind"], agentId: r.agent_id, note: r.note, considered: JSON.parse(r.considered) as RoutingDecision["considered"] }));
  }

  /** The last decision about a conversation (one indexed row). */
  last(conversationId: string): RoutingDecision | null {
    const r = this.sql
      .exec<{ at: number; kind: string; agent_id: string | null; note: string | null; considered: string }>(
        `SELECT at, kind, agent_id, note, considered FROM decisions WHERE conversation_id = ? ORDER BY id DESC LIMIT 1`,
        conversationId,
      )
      .toArray()[0];
    return r ? { at: r.at, kind: r.kind as RoutingDecision["kind"], agentId: r.agent_id, note: r.note, considered: JSON.parse(r.considered) as RoutingDecision["considered"] } : null;
  }

  /** Forgets decisions older than the retention (run by the router's alarm). */
  prune(now: number): void {
    this.sql.exec(`DELETE FROM decisions WHERE at < ?`, now - DECISION_RETENTION_MS);
  }

  oldest(): number | null {
    return this.sql.exec<{ at: number | null }>(`SELECT min(at) AS at FROM decisions`).one().at;
  }
}
