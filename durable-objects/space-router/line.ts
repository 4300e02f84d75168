/**
 * The space's line: waiting conversations in arrival order, each with its pending offer (to whom, until
 * when) — the router owns offers whole — who was tried in which round and how it went, and who took which
 * conversation (to answer a late accept, and to release the agent's lease when the conversation ends).
 */
import type { HandoffPacket } from "../../protocol/console";
import type { TransferNote } from "../contracts";
import { ensureColumn } from "../sql/columns";

export interface LineRow {
  conversationId: string;
  enqueuedAt: number;
  packet: HandoffPacket;
  offeredTo: string | null;
  offeredAt: number | null;
  expiresAt: number | null;
  round: number;
  exhaustedEpoch: number | null;
  notifiedPosition: number | null;
  notifiedAway: string | null;
  /** Set when this entry is a transfer: the current assignee keeps the conversation until someone accepts. */
  transfer: TransferNote | null;
}

interface LineSql extends Record<string, SqlStorageValue> {
  conversation_id: string;
  enqueued_at: number;
  packet: string;
  offered_to: string | null;
  offered_at: number | null;
  expires_at: number | null;
  round: number;
  exhausted_epoch: number | null;
  notified_position: number | null;
  notified_away: string | null;
  transfer: string | null;
}

const toLine = (r: LineSql): LineRow => ({
  conversationId: r.conversation_id,
  enqueuedAt: r.enqueued_at,
  packet: JSON.parse(r.packet) as HandoffPacket,
  offeredTo: r.offered_to,
  offeredAt: r.offered_at,
  expiresAt: r.expires_at,
  round: r.round,
  exhaustedEpoch: r.exhausted_epoch,
  notifiedPosition: r.notified_position,
  notifiedAway: r.notified_away,
  transfer: r.transfer ? (JSON.parse(r.transfer) as TransferNote) : null,
});

export type TriedOutcome = "offered" | "declined" | "expired";

export class Line {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(`CREATE TABLE IF NOT EXISTS line (
      conversation_id TEXT PRIMARY KEY, enqueued_at INTEGER NOT NULL, packet TEXT NOT NULL,
      offered_to TEXT, offered_at INTEGER, expires_at INTEGER, round INTEGER NOT NULL DEFAULT 1,
      exhausted_epoch INTEGER, notified_position INTEGER)`);
    ensureColumn(sql, "line", "notified_away", "TEXT");
    ensureColumn(sql, "line", "transfer", "TEXT");
    sql.exec(`CREATE INDEX IF NOT EXISTS line_order ON line (enqueued_at)`);
    sql.exec(`CREATE INDEX IF NOT EXISTS line_waiting ON line (offered_to, enqueued_at)`);
    sql.exec(`CREATE INDEX IF NOT EXISTS line_expiry ON line (expires_at) WHERE expires_at IS NOT NULL`);
    sql.exec(`CREATE TABLE IF NOT EXISTS tried (conversation_id TEXT NOT NULL, agent_id TEXT NOT NULL, round INTEGER NOT NULL,
      PRIMARY KEY (conversation_id, round, agent_id))`);
    ensureColumn(sql, "tried", "outcome", "TEXT NOT NULL DEFAULT 'offered'");
    sql.exec(`CREATE TABLE IF NOT EXISTS assigned (conversation_id TEXT PRIMARY KEY, agent_id TEXT NOT NULL, agent_name TEXT NOT NULL, at INTEGER NOT NULL)`);
    sql.exec(`CREATE INDEX IF NOT EXISTS assigned_agent ON assigned (agent_id)`);
  }

  // ── Entries ─────────────────────────────────────────────────────────────────────────────────────
  /** Adds a conversation to the line (idempotent); answers whether it entered now. */
  enqueue(packet: HandoffPacket, transfer: TransferNote | null = null, enqueuedAt = packet.waitingSince): boolean {
    return (
      this.sql
        .exec(
          `INSERT INTO line (conversation_id, enqueued_at, packet, transfer) VALUES (?, ?, ?, ?) ON CONFLICT (conversation_id) DO NOTHING RETURNING 1`,
          packet.conversationId,
          enqueuedAt,
          JSON.stringify(packet),
          transfer ? JSON.stringify(transfer) : null,
        )
        .toArray().length > 0
    );
  }

  refreshPacket(packet: HandoffPacket): LineRow | null {
    const r = this.sql.exec<LineSql>(`UPDATE line SET packet = ? WHERE conversation_id = ? RETURNING *`, JSON.stringify(packet), packet.conversationId).toArray()[0];
    return r ? toLine(r) : null;
  }

  get(conversationId: string): LineRow | null {
    const r = this.sql.exec<LineSql>(`SELECT * FROM line WHERE conversation_id = ?`, conversationId).toArray()[0];
    return r ? toLine(r) : null;
  }

  /** Waiting conversations without a pending offer, in arrival order (transfers have their own turn). */
  waiting(limit: number): LineRow[] {
    return this.sql.exec<LineSql>(`SELECT * FROM line WHERE offered_to IS NULL AND transfer IS NULL ORDER BY enqueued_at LIMIT ?`, limit).toArray().map(toLine);
  }

  /** Transfers not on offer right now: each is offered at once, ahead of the line, or fails. */
  pendingTransfers(limit: number): LineRow[] {
    return this.sql.exec<LineSql>(`SELECT * FROM line WHERE offered_to IS NULL AND transfer IS NOT NULL ORDER BY enqueued_at LIMIT ?`, limit).toArray().map(toLine);
  }

  /** The head of the line (offered or not, transfers left out: their customer is not waiting), for position updates. */
  head(limit: number): LineRow[] {
    return this.sql.exec<LineSql>(`SELECT * FROM line WHERE transfer IS NULL ORDER BY enqueued_at LIMIT ?`, limit).toArray().map(toLine);
  }

  position(conversationId: string): number | null {
    const row = this.get(conversationId);
    if (!row || row.transfer) return null;
    return this.sql.exec<{ n: number }>(`SELECT count(*) AS n FROM line WHERE enqueued_at <= ? AND transfer IS NULL`, row.enqueuedAt).one().n;
  }

  setNotified(conversationId: string, position: number, away: string | null): void {
    this.sql.exec(`UPDATE line SET notified_position = ?, notified_away = ? WHERE conversation_id = ?`, position, away, conversationId);
  }

  leave(conversationId: string): LineRow | null {
    const r = this.sql.exec<LineSql>(`DELETE FROM line WHERE conversation_id = ? RETURNING *`, conversationId).toArray()[0];
    if (r) this.sql.exec(`DELETE FROM tried WHERE conversation_id = ?`, conversationId);
    return r ? toLine(r) : null;
  }

  /** Transfer requests made by an agent (withdrawn when they leave the space). */
  transfersFrom(agentId: string): LineRow[] {
    return this.sql
      .exec<LineSql>(`SELECT * FROM line WHERE transfer IS NOT NULL AND json_extract(transfer, '$.from.id') = ?`, agentId)
      .toArray()
      .map(toLine);
  }

  // ── Offers ──────────────────────────────────────────────────────────────────────────────────────
  offer(conversationId: string, agentId: string, offeredAt: number, expiresAt: number): void {
    this.sql.exec(`UPDATE line SET offered_to = ?, offered_at = ?, expires_at = ? WHERE conversation_id = ?`, agentId, offeredAt, expiresAt, conversationId);
  }

  /** Puts an offered conversation back to waiting. */
  unoffer(conversationId: string): void {
    this.sql.exec(`UPDATE line SET offered_to = NULL, offered_at = NULL, expires_at = NULL WHERE conversation_id = ?`, conversationId);
  }

  offersTo(agentId: string): LineRow[] {
    return this.sql.exec<LineSql>(`SELECT * FROM line WHERE offered_to = ?`, agentId).toArray().map(toLine);
  }

  expiredOffers(now: number): LineRow[] {
    return this.sql.exec<LineSql>(`SELECT * FROM line WHERE expires_at IS NOT NULL AND expires_at <= ?`, now).toArray().map(toLine);
  }

  earliestExpiry(): number | null {
    return this.sql.exec<{ at: number | null }>(`SELECT min(expires_at) AS at FROM line WHERE expires_at IS NOT NULL`).one().at;
  }

  // ── Rounds ──────────────────────────────────────────────────────────────────────────────────────
  markTried(conversationId: string, agentId: string, round: number, outcome: TriedOutcome): void {
    this.sql.exec(
      `INSERT INTO tried (conversation_id, agent_id, round, outcome) VALUES (?, ?, ?, ?)
       ON CONFLICT (conversation_id, round, agent_id) DO UPDATE SET outcome = excluded.outcome`,
      conversationId,
      agentId,
      round,
      outcome,
    );
  }

  /** The agent's offer was taken back before they could answer it (they went away): they have not been tried. */
  forgetTried(conversationId: string, agentId: string, round: number): void {
    this.sql.exec(`DELETE FROM tried WHERE conversation_id = ? AND agent_id = ? AND round = ?`, conversationId, agentId, round);
  }

  /** How this agent's last offer of the conversation ended, if they had one. */
  lastTried(conversationId: string, agentId: string): TriedOutcome | null {
    return (
      this.sql
        .exec<{ outcome: TriedOutcome }>(`SELECT outcome FROM tried WHERE conversation_id = ? AND agent_id = ? ORDER BY round DESC LIMIT 1`, conversationId, agentId)
        .toArray()[0]?.outcome ?? null
    );
  }

  markExhausted(conversationId: string, epoch: number): void {
    this.sql.exec(`UPDATE line SET exhausted_epoch = ? WHERE conversation_id = ?`, epoch, conversationId);
  }

  newRound(conversationId: string): number {
    return this.sql.exec<{ round: number }>(`UPDATE line SET round = round + 1, exhausted_epoch = NULL WHERE conversation_id = ? RETURNING round`, conversationId).one().round;
  }

  // ── Who has which conversation ──────────────────────────────────────────────────────────────────
  assign(conversationId: string, agent: { id: string; name: string }): void {
    this.sql.exec(`INSERT OR REPLACE INTO assigned (conversation_id, agent_id, agent_name, at) VALUES (?, ?, ?, ?)`, conversationId, agent.id, agent.name, Date.now());
  }

  assignee(conversationId: string): { id: string; name: string } | null {
    const r = this.sql.exec<{ agent_id: string; agent_name: string }>(`SELECT agent_id, agent_name FROM assigned WHERE conversation_id = ?`, conversationId).toArray()[0];
    return r ? { id: r.agent_id, name: r.agent_name } : null;
  }

  unassign(conversationId: string): { id: string; name: string } | null {
    const r = this.sql.exec<{ agent_id: string; agent_name: string }>(`DELETE FROM assigned WHERE conversation_id = ? RETURNING agent_id, agent_name`, conversationId).toArray()[0];
    return r ? { id: r.agent_id, name: r.agent_name } : null;
  }

  assignedTo(agentId: string): string[] {
    return this.sql.exec<{ conversation_id: string }>(`SELECT conversation_id FROM assigned WHERE agent_id = ?`, agentId).toArray().map((r) => r.conversation_id);
  }
}
