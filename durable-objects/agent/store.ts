/** The agent actor's storage: who the agent is, availability per space, and their reserved slots. */
import type { Availability, HandoffPacket, Offer } from "../../protocol/console";

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
  /**
   * Offers this actor dropped by itself past their deadline (the router was late, e.g. after a restart): the
   * router's own expiry still decides whether missing them sets the agent unavailable.
   */
  lapsed?: string[];
}

/** A slot of the cap: a pending offer or an active conversation. */
export interface Slot {
  conversationId: string;
  spaceId: string;
  kind: "offer" | "active";
  offeredAt: number;
  expiresAt: number | null;
  packet: HandoffPacket | null;
}

interface SlotRow extends Record<string, SqlStorageValue> {
  conversation_id: string;
  space_id: string;
  kind: string;
  offered_at: number;
  expires_at: number | null;
  packet: string | null;
}

const toSlot = (row: SlotRow): Slot => ({
  conversationId: row.conversation_id,
  spaceId: row.space_id,
  kind: row.kind as Slot["kind"],
  offeredAt: row.offered_at,
  expiresAt: row.expires_at,
  packet: row.packet ? (JSON.parse(row.packet) as HandoffPacket) : null,
});

export class AgentStore {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    sql.exec(`CREATE TABLE IF NOT EXISTS slots (
      conversation_id TEXT PRIMARY KEY,
      space_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      offered_at INTEGER NOT NULL,
      expires_at INTEGER,
      packet TEXT
    )`);
    sql.exec(`CREATE TABLE IF NOT EXISTS watched (conversation_id TEXT PRIMARY KEY, at INTEGER NOT NULL)`);
  }

  /** Conversations the agent opened a socket to (kept a day), so sign-out can close them. */
  watch(conversationId: string): void {
    const now = Date.now();
    this.sql.exec(`INSERT OR REPLACE INTO watched (conversation_id, at) VALUES (?, ?)`, conversationId, now);
    this.sql.exec(`DELETE FROM watched WHERE at < ?`, now - 86_400_000);
  }

  takeWatched(): string[] {
    return this.sql.exec<{ conversation_id: string }>(`DELETE FROM watched RETURNING conversation_id`).toArray().map((r) => r.conversation_id);
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
    return this.sql
      .exec<{ value: string }>(
        `INSERT INTO meta (key, value) VALUES ('version', '1')
         ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value`,
      )
      .one().value as unknown as number;
  }

  get load(): number {
    return this.sql.exec<{ n: number }>(`SELECT count(*) AS n FROM slots`).one().n;
  }

  slot(conversationId: string): Slot | null {
    const row = this.sql.exec<SlotRow>(`SELECT * FROM slots WHERE conversation_id = ?`, conversationId).toArray()[0];
    return row ? toSlot(row) : null;
  }

  slots(kind?: Slot["kind"]): Slot[] {
    const rows = kind
      ? this.sql.exec<SlotRow>(`SELECT * FROM slots WHERE kind = ? ORDER BY offered_at`, kind).toArray()
      : this.sql.exec<SlotRow>(`SELECT * FROM slots ORDER BY offered_at`).toArray();
    return rows.map(toSlot);
  }

  putOffer(offer: Offer): void {
    this.sql.exec(
      `INSERT OR REPLACE INTO slots (conversation_id, space_id, kind, offered_at, expires_at, packet) VALUES (?, ?, 'offer', ?, ?, ?)`,
      offer.packet.conversationId,
      offer.packet.spaceId,
      offer.offeredAt,
      offer.expiresAt,
      JSON.stringify(offer.packet),
    );
  }

  putActive(conversationId: string, spaceId: string): void {
    this.sql.exec(
      `INSERT OR REPLACE INTO slots (conversation_id, space_id, kind, offered_at, expires_at, packet) VALUES (?, ?, 'active', ?, NULL, NULL)`,
      conversationId,
      spaceId,
      Date.now(),
    );
  }

  remove(conversationId: string): Slot | null {
    const row = this.sql.exec<SlotRow>(`DELETE FROM slots WHERE conversation_id = ? RETURNING *`, conversationId).toArray()[0];
    return row ? toSlot(row) : null;
  }

  /** Offers past their deadline by more than `margin` (their router did not release them). */
  staleOffers(now: number, margin: number): Slot[] {
    return this.sql
      .exec<SlotRow>(`SELECT * FROM slots WHERE kind = 'offer' AND expires_at < ?`, now - margin)
      .toArray()
      .map(toSlot);
  }

  earliestOfferExpiry(): number | null {
    return this.sql.exec<{ at: number | null }>(`SELECT min(expires_at) AS at FROM slots WHERE kind = 'offer'`).one().at;
  }
}
