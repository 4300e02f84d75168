/**
 * The space router's storage: the space's agents as their actors report them, the line of waiting
 * conversations (with the pending offer of each, if any, and its deadline), who was tried in which round,
 * and the log of routing decisions. Indexed so that one event costs an index lookup, not a scan.
 */
import type { HandoffPacket, RoutingDecision, SkipReason } from "../../protocol/console";
import type { AgentSnapshot, RoutingSettings } from "../routing-types";

export interface RouterConfig extends RoutingSettings {
  siteId: string;
  spaceId: string;
}

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
});

export interface AgentRow {
  agentId: string;
  name: string;
  load: number;
}

const DECISION_RETENTION_MS = 30 * 86_400_000;

export class RouterStore {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    sql.exec(`CREATE TABLE IF NOT EXISTS agents (
      agent_id TEXT PRIMARY KEY, name TEXT NOT NULL, available INTEGER NOT NULL, connected INTEGER NOT NULL,
      load INTEGER NOT NULL, last_at INTEGER NOT NULL DEFAULT 0, version INTEGER NOT NULL)`);
    sql.exec(`CREATE INDEX IF NOT EXISTS agents_pick ON agents (available, connected, load, last_at)`);
    sql.exec(`CREATE TABLE IF NOT EXISTS line (
      conversation_id TEXT PRIMARY KEY, enqueued_at INTEGER NOT NULL, packet TEXT NOT NULL,
      offered_to TEXT, offered_at INTEGER, expires_at INTEGER, round INTEGER NOT NULL DEFAULT 1,
      exhausted_epoch INTEGER, notified_position INTEGER)`);
    sql.exec(`CREATE INDEX IF NOT EXISTS line_order ON line (enqueued_at)`);
    sql.exec(`CREATE INDEX IF NOT EXISTS line_waiting ON line (offered_to, enqueued_at)`);
    sql.exec(`CREATE INDEX IF NOT EXISTS line_expiry ON line (expires_at) WHERE expires_at IS NOT NULL`);
    sql.exec(`CREATE TABLE IF NOT EXISTS tried (conversation_id TEXT NOT NULL, agent_id TEXT NOT NULL, round INTEGER NOT NULL,
      PRIMARY KEY (conversation_id, round, agent_id))`);
    sql.exec(`CREATE TABLE IF NOT EXISTS decisions (id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT NULL,
      at INTEGER NOT NULL, kind TEXT NOT NULL, agent_id TEXT, note TEXT, considered TEXT NOT NULL)`);
    sql.exec(`CREATE INDEX IF NOT EXISTS decisions_conversation ON decisions (conversation_id, id)`);
    sql.exec(`CREATE INDEX IF NOT EXISTS decisions_at ON decisions (at)`);
  }

  // ── Meta ────────────────────────────────────────────────────────────────────────────────────────
  private meta(key: string): string | null {
    return this.sql.exec<{ value: string }>(`SELECT value FROM meta WHERE key = ?`, key).toArray()[0]?.value ?? null;
  }
  private setMeta(key: string, value: string): void {
    this.sql.exec(`INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)`, key, value);
  }

  get config(): RouterConfig | null {
    const raw = this.meta("config");
    return raw ? (JSON.parse(raw) as RouterConfig) : null;
  }
  set config(config: RouterConfig) {
    this.setMeta("config", JSON.stringify(config));
  }

  /** Bumped whenever capacity appears; a conversation that exhausted a round starts a new one after it. */
  get epoch(): number {
    return Number(this.meta("epoch") ?? 0);
  }
  bumpEpoch(): void {
    this.setMeta("epoch", String(this.epoch + 1));
  }

  /** A strictly increasing stamp for "offered or assigned least recently" (clock ticks can tie). */
  nextTick(): number {
    const tick = Number(this.meta("tick") ?? 0) + 1;
    this.setMeta("tick", String(tick));
    return tick;
  }

  /** Recent waits (enqueue to accept, ms), newest last, at most 50: the basis of the customer's estimate. */
  recordWait(ms: number): void {
    const waits = this.recentWaits();
    waits.push(Math.max(0, Math.round(ms)));
    this.setMeta("waits", JSON.stringify(waits.slice(-50)));
  }

  recentWaits(): number[] {
    return JSON.parse(this.meta("waits") ?? "[]") as number[];
  }

  // ── Agents ──────────────────────────────────────────────────────────────────────────────────────
  agent(agentId: string): (AgentSnapshot & { lastAt: number }) | null {
    const r = this.sql
      .exec<{ agent_id: string; name: string; available: number; connected: number; load: number; last_at: number; version: number }>(
        `SELECT * FROM agents WHERE agent_id = ?`,
        agentId,
      )
      .toArray()[0];
    return r
      ? { agentId: r.agent_id, name: r.name, available: r.available === 1, connected: r.connected === 1, load: r.load, version: r.version, lastAt: r.last_at }
      : null;
  }

  upsertAgent(s: AgentSnapshot): void {
    this.sql.exec(
      `INSERT INTO agents (agent_id, name, available, connected, load, version) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (agent_id) DO UPDATE SET name = excluded.name, available = excluded.available,
         connected = excluded.connected, load = excluded.load, version = excluded.version`,
      s.agentId,
      s.name,
      s.available ? 1 : 0,
      s.connected ? 1 : 0,
      s.load,
      s.version,
    );
  }

  setLoad(agentId: string, load: number): void {
    this.sql.exec(`UPDATE agents SET load = ? WHERE agent_id = ?`, load, agentId);
  }

  touch(agentId: string): void {
    this.sql.exec(`UPDATE agents SET last_at = ? WHERE agent_id = ?`, this.nextTick(), agentId);
  }

  removeAgent(agentId: string): void {
    this.sql.exec(`DELETE FROM agents WHERE agent_id = ?`, agentId);
  }

  /** The eligible agent with the fewest active + pending, ties to the least recently offered or assigned. */
  pick(conversationId: string, round: number, cap: number): AgentRow | null {
    const r = this.sql
      .exec<{ agent_id: string; name: string; load: number }>(
        `SELECT agent_id, name, load FROM agents
         WHERE available = 1 AND connected = 1 AND load < ?
           AND agent_id NOT IN (SELECT agent_id FROM tried WHERE conversation_id = ? AND round = ?)
         ORDER BY load, last_at LIMIT 1`,
        cap,
        conversationId,
        round,
      )
      .toArray()[0];
    return r ? { agentId: r.agent_id, name: r.name, load: r.load } : null;
  }

  /** Whether an available, connected agent has not been tried for this conversation this round (whatever their load). */
  anyUntried(conversationId: string, round: number): boolean {
    return (
      this.sql
        .exec(
          `SELECT 1 FROM agents WHERE available = 1 AND connected = 1
           AND agent_id NOT IN (SELECT agent_id FROM tried WHERE conversation_id = ? AND round = ?) LIMIT 1`,
          conversationId,
          round,
        )
        .toArray().length > 0
    );
  }

  availableCount(): number {
    return this.sql.exec<{ n: number }>(`SELECT count(*) AS n FROM agents WHERE available = 1 AND connected = 1`).one().n;
  }

  anyEligible(cap: number): boolean {
    return this.sql.exec(`SELECT 1 FROM agents WHERE available = 1 AND connected = 1 AND load < ? LIMIT 1`, cap).toArray().length > 0;
  }

  /** Every agent the router knows, with why each would be skipped for this conversation (for the log). */
  considered(conversationId: string, round: number, cap: number, limit = 50): RoutingDecision["considered"] {
    return this.sql
      .exec<{ agent_id: string; name: string; load: number; available: number; connected: number; tried: number }>(
        `SELECT a.agent_id, a.name, a.load, a.available, a.connected, (t.agent_id IS NOT NULL) AS tried
         FROM agents a LEFT JOIN tried t ON t.conversation_id = ? AND t.round = ? AND t.agent_id = a.agent_id
         ORDER BY a.load, a.last_at LIMIT ?`,
        conversationId,
        round,
        limit,
      )
      .toArray()
      .map((r) => {
        let skipped: SkipReason | null = null;
        if (r.available !== 1) skipped = "unavailable";
        else if (r.connected !== 1) skipped = "disconnected";
        else if (r.load >= cap) skipped = "at_cap";
        else if (r.tried) skipped = "already_tried";
        return { agentId: r.agent_id, name: r.name, load: r.load, skipped };
      });
  }

  markTried(conversationId: string, agentId: string, round: number): void {
    this.sql.exec(`INSERT OR IGNORE INTO tried (conversation_id, agent_id, round) VALUES (?, ?, ?)`, conversationId, agentId, round);
  }

  // ── The line ────────────────────────────────────────────────────────────────────────────────────
  enqueue(packet: HandoffPacket): boolean {
    const inserted = this.sql
      .exec(
        `INSERT INTO line (conversation_id, enqueued_at, packet) VALUES (?, ?, ?) ON CONFLICT (conversation_id) DO NOTHING RETURNING 1`,
        packet.conversationId,
        packet.waitingSince,
        JSON.stringify(packet),
      )
      .toArray();
    return inserted.length > 0;
  }

  refreshPacket(packet: HandoffPacket): void {
    this.sql.exec(`UPDATE line SET packet = ? WHERE conversation_id = ?`, JSON.stringify(packet), packet.conversationId);
  }

  line(conversationId: string): LineRow | null {
    const r = this.sql.exec<LineSql>(`SELECT * FROM line WHERE conversation_id = ?`, conversationId).toArray()[0];
    return r ? toLine(r) : null;
  }

  /** Waiting conversations without a pending offer, in arrival order. */
  waiting(limit: number): LineRow[] {
    return this.sql
      .exec<LineSql>(`SELECT * FROM line WHERE offered_to IS NULL ORDER BY enqueued_at LIMIT ?`, limit)
      .toArray()
      .map(toLine);
  }

  /** The head of the line (offered or not), in arrival order, for position updates. */
  head(limit: number): LineRow[] {
    return this.sql.exec<LineSql>(`SELECT * FROM line ORDER BY enqueued_at LIMIT ?`, limit).toArray().map(toLine);
  }

  position(conversationId: string): number | null {
    const row = this.line(conversationId);
    if (!row) return null;
    return this.sql.exec<{ n: number }>(`SELECT count(*) AS n FROM line WHERE enqueued_at <= ?`, row.enqueuedAt).one().n;
  }

  setNotifiedPosition(conversationId: string, position: number): void {
    this.sql.exec(`UPDATE line SET notified_position = ? WHERE conversation_id = ?`, position, conversationId);
  }

  offer(conversationId: string, agentId: string, offeredAt: number, expiresAt: number): void {
    this.sql.exec(
      `UPDATE line SET offered_to = ?, offered_at = ?, expires_at = ? WHERE conversation_id = ?`,
      agentId,
      offeredAt,
      expiresAt,
      conversationId,
    );
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

  markExhausted(conversationId: string, epoch: number): void {
    this.sql.exec(`UPDATE line SET exhausted_epoch = ? WHERE conversation_id = ?`, epoch, conversationId);
  }

  newRound(conversationId: string): number {
    return this.sql
      .exec<{ round: number }>(
        `UPDATE line SET round = round + 1, exhausted_epoch = NULL WHERE conversation_id = ? RETURNING round`,
        conversationId,
      )
      .one().round;
  }

  leave(conversationId: string): LineRow | null {
    const r = this.sql.exec<LineSql>(`DELETE FROM line WHERE conversation_id = ? RETURNING *`, conversationId).toArray()[0];
    if (r) this.sql.exec(`DELETE FROM tried WHERE conversation_id = ?`, conversationId);
    return r ? toLine(r) : null;
  }

  // ── Decisions ───────────────────────────────────────────────────────────────────────────────────
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

  decisions(conversationId: string): RoutingDecision[] {
    return this.sql
      .exec<{ at: number; kind: string; agent_id: string | null; note: string | null; considered: string }>(
        `SELECT at, kind, agent_id, note, considered FROM decisions WHERE conversation_id = ? ORDER BY id`,
        conversationId,
      )
      .toArray()
      .map((r) => ({
        at: r.at,
        kind: r.kind as RoutingDecision["kind"],
        agentId: r.agent_id,
        note: r.note,
        considered: JSON.parse(r.considered) as RoutingDecision["considered"],
      }));
  }

  lastDecision(conversationId: string): RoutingDecision | null {
    return this.decisions(conversationId).at(-1) ?? null;
  }

  pruneDecisions(now: number): void {
    this.sql.exec(`DELETE FROM decisions WHERE at < ?`, now - DECISION_RETENTION_MS);
  }
}
