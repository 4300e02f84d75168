/**
 * The agent actor's storage: who the agent is, availability per space, the leases on their cap slots
 * (pending offers and active conversations, across spaces), and the conversations they watch.
 */
import type { Availability } from "../../protocol/console";
import type { Lease } from "../contracts";

export interface AgentRecord {
  agentId: string;
  siteId: string;
  name: string;
  spaceIds: string[];
  availability: Record<string, Availability>;
  connected: boolean;
  graceMs: number;
  /** The cap the last router stated (the site's setting). */
  cap: number | null;
}

interface LeaseRow extends Record<string, SqlStorageValue> {
  conversation_id: string;
  space_id: string;
  expires_at: number | null;
  offer: string | null;
}

const toLease = (row: LeaseRow): Lease => ({
  conversationId: row.conversation_id,
  spaceId: row.space_id,
  expiresAt: row.expires_at,
  offer: row.offer ? (JSON.parse(row.offer) as Lease["offer"]) : null,
});

export class AgentStore {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    sql.exec(`CREATE TABLE IF NOT EXISTS leases (
      conversation_id TEXT PRIMARY KEY,
      space_id TEXT NOT NULL,
      expires_at INTEGER,
      offer TEXT,
      created_at INTEGER NOT NULL
    )`);
    sql.exec(`CREATE TABLE IF NOT EXISTS watched (conversation_id TEXT PRIMARY KEY, space_id TEXT NOT NULL, at INTEGER NOT NULL)`);
    // Earlier versions kept a copy of each offer in `slots`; the router owns offers now.
    sql.exec(`DROP TABLE IF EXISTS slots`);
  }

  get record(): AgentRecord | null {
    const row = this.sql.exec<{ value: string }>(`SELECT value FROM meta WHERE key = 'record'`).toArray()[0];
    return row ? (JSON.parse(row.value) as AgentRecord) : null;
  }

  save(record: AgentRecord): AgentRecord {
    this.sql.exec(`INSERT OR REPLACE INTO meta (key, value) VALUES ('record', ?)`, JSON.stringify(record));
    return record;
  }

  /** A strictly increasing number for each report the agent sends its routers. */
  nextVersion(): number {
    return Number(
      this.sql
        .exec<{ value: string }>(
          `INSERT INTO meta (key, value) VALUES ('version', '1')
           ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value`,
        )
        .one().value,
    );
  }

  // ── Leases ──────────────────────────────────────────────────────────────────────────────────────
  /** Slots in use now: active conversations and offers whose lease has not lapsed. */
  load(now = Date.now()): number {
    return this.sql.exec<{ n: number }>(`SELECT count(*) AS n FROM leases WHERE expires_at IS NULL OR expires_at > ?`, now).one().n;
  }

  lease(conversationId: string): Lease | null {
    const row = this.sql.exec<LeaseRow>(`SELECT * FROM leases WHERE conversation_id = ?`, conversationId).toArray()[0];
    return row ? toLease(row) : null;
  }

  /** Leases in force (lapsed offers left out). */
  leases(now = Date.now()): Lease[] {
    return this.sql
      .exec<LeaseRow>(`SELECT * FROM leases WHERE expires_at IS NULL OR expires_at > ? ORDER BY created_at`, now)
      .toArray()
      .map(toLease);
  }

  put(lease: Lease): void {
    this.sql.exec(
      `INSERT OR REPLACE INTO leases (conversation_id, space_id, expires_at, offer, created_at) VALUES (?, ?, ?, ?, ?)`,
      lease.conversationId,
      lease.spaceId,
      lease.expiresAt,
      lease.offer ? JSON.stringify(lease.offer) : null,
      Date.now(),
    );
  }

  /** The offer became the agent's conversation: the lease no longer lapses. */
  confirm(conversationId: string, spaceId: string): void {
    this.sql.exec(
      `INSERT INTO leases (conversation_id, space_id, expires_at, offer, created_at) VALUES (?, ?, NULL, NULL, ?)
       ON CONFLICT (conversation_id) DO UPDATE SET expires_at = NULL, offer = NULL, space_id = excluded.space_id`,
      conversationId,
      spaceId,
      Date.now(),
    );
  }

  remove(conversationId: string): Lease | null {
    const row = this.sql.exec<LeaseRow>(`DELETE FROM leases WHERE conversation_id = ? RETURNING *`, conversationId).toArray()[0];
    return row ? toLease(row) : null;
  }

  /** Forgets offers whose lease lapsed (their router never answered); nothing counts them any more. */
  dropLapsed(now = Date.now()): void {
    this.sql.exec(`DELETE FROM leases WHERE expires_at IS NOT NULL AND expires_at <= ?`, now);
  }

  // ── Watched conversations ───────────────────────────────────────────────────────────────────────
  /** Conversations the agent opened a socket to (kept a day), so sign-out or leaving a space can close them. */
  watch(conversationId: string, spaceId: string): void {
    const now = Date.now();
    this.sql.exec(`INSERT OR REPLACE INTO watched (conversation_id, space_id, at) VALUES (?, ?, ?)`, conversationId, spaceId, now);
    this.sql.exec(`DELETE FROM watched WHERE at < ?`, now - 86_400_000);
  }

  /** Forgets and answers the watched conversations (of one space, or all). */
  takeWatched(spaceId?: string): string[] {
    const rows = spaceId
      ? this.sql.exec<{ conversation_id: string }>(`DELETE FROM watched WHERE space_id = ? RETURNING conversation_id`, spaceId)
      : this.sql.exec<{ conversation_id: string }>(`DELETE FROM watched RETURNING conversation_id`);
    return rows.toArray().map((r) => r.conversation_id);
  }
}
