/**
 * The conversation's SQLite storage: its record, the transcript, the outbox of work-item changes for D1,
 * and its deadlines (idle close, outbox retry) under the object's one alarm. Writes are synchronous and
 * have no `await` between them, so each event's writes commit together before any reply leaves.
 */
import type { Author, TranscriptEntry } from "../../protocol/conversation";
import type { ConversationRecord } from "./record";

const SCHEMA_VERSION = 1;

export type DeadlineName = "idle" | "outbox" | "notify" | "ai";

export interface OutboxRow {
  id: number;
  kind: "change" | "comment" | "request" | "customer_email" | "gap" | "reopen_check";
  payload: string;
}

interface MessageRow extends Record<string, SqlStorageValue> {
  seq: number;
  author_type: string;
  author_id: string | null;
  author_name: string;
  body: string;
  event: string | null;
  client_id: string | null;
  created_at: number;
}

const toEntry = (row: MessageRow): TranscriptEntry => ({
  seq: row.seq,
  author: { type: row.author_type as Author["type"], id: row.author_id, name: row.author_name },
  body: row.body,
  event: row.event,
  clientId: row.client_id,
  createdAt: row.created_at,
});

export class ConversationStore {
  constructor(
    private readonly storage: DurableObjectStorage,
    private readonly sql = storage.sql,
  ) {
    this.migrate();
  }

  private migrate(): void {
    this.sql.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    const row = this.sql.exec<{ value: string }>(`SELECT value FROM meta WHERE key = 'schema_version'`).toArray()[0];
    if (row && Number(row.value) >= SCHEMA_VERSION) return;
    this.storage.transactionSync(() => {
      this.sql.exec(`CREATE TABLE IF NOT EXISTS messages (
        seq INTEGER PRIMARY KEY,
        author_type TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT NOT NULL,
        body TEXT NOT NULL,
        event TEXT,
        client_key TEXT,
        client_id TEXT,
        created_at INTEGER NOT NULL
      )`);
      this.sql.exec(`CREATE UNIQUE INDEX IF NOT EXISTS messages_client ON messages (client_key, client_id) WHERE client_id IS NOT NULL`);
      this.sql.exec(`CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, payload TEXT NOT NULL)`);
      this.sql.exec(`CREATE TABLE IF NOT EXISTS notify (id INTEGER PRIMARY KEY AUTOINCREMENT, payload TEXT NOT NULL)`);
      this.sql.exec(`INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)`, String(SCHEMA_VERSION));
    });
  }

  // ── Record ──────────────────────────────────────────────────────────────────────────────────────
  /** Read from storage every time: nothing about the conversation lives only in memory. */
  get record(): ConversationRecord | null {
    const row = this.sql.exec<{ value: string }>(`SELECT value FROM meta WHERE key = 'record'`).toArray()[0];
    return row ? (JSON.parse(row.value) as ConversationRecord) : null;
  }

  /** Saves the record; `visible` changes (what the work item shows) bump its version for the outbox. */
  saveRecord(record: ConversationRecord, visible = true): ConversationRecord {
    const next = visible ? { ...record, version: record.version + 1, updatedAt: Date.now() } : record;
    this.sql.exec(`INSERT OR REPLACE INTO meta (key, value) VALUES ('record', ?)`, JSON.stringify(next));
    return next;
  }

  get syncedVersion(): number {
    const row = this.sql.exec<{ value: string }>(`SELECT value FROM meta WHERE key = 'synced_version'`).toArray()[0];
    return row ? Number(row.value) : 0;
  }

  set syncedVersion(version: number) {
    this.sql.exec(`INSERT OR REPLACE INTO meta (key, value) VALUES ('synced_version', ?)`, String(version));
  }

  // ── Transcript ──────────────────────────────────────────────────────────────────────────────────
  get lastSeq(): number {
    return this.sql.exec<{ seq: number | null }>(`SELECT max(seq) AS seq FROM messages`).one().seq ?? 0;
  }

  append(entry: { author: Author; body: string; event?: string | null; clientKey?: string; clientId?: string }): TranscriptEntry {
    const createdAt = Date.now();
    const row = this.sql
      .exec<MessageRow>(
        `INSERT INTO messages (seq, author_type, author_id, author_name, body, event, client_key, client_id, created_at)
         VALUES ((SELECT coalesce(max(seq), 0) + 1 FROM messages), ?, ?, ?, ?, ?, ?, ?, ?)
         RETURNING seq, author_type, author_id, author_name, body, event, client_id, created_at`,
        entry.author.type,
        entry.author.id,
        entry.author.name,
        entry.body,
        entry.event ?? null,
        entry.clientKey ?? null,
        entry.clientId ?? null,
        createdAt,
      )
      .one();
    return toEntry(row);
  }

  /** The entry a client id already produced, if the frame is a resend. */
  byClientId(clientKey: string, clientId: string): TranscriptEntry | null {
    const row = this.sql
      .exec<MessageRow>(
        `SELECT seq, author_type, author_id, author_name, body, event, client_id, created_at FROM messages
         WHERE client_key = ? AND client_id = ?`,
        clientKey,
        clientId,
      )
      .toArray()[0];
    return row ? toEntry(row) : null;
  }

  after(seq: number, limit = 10_000): TranscriptEntry[] {
    return this.sql
      .exec<MessageRow>(
        `SELECT seq, author_type, author_id, author_name, body, event, client_id, created_at FROM messages
         WHERE seq > ? ORDER BY seq LIMIT ?`,
        seq,
        limit,
      )
      .toArray()
      .map(toEntry);
  }

  lastCustomerSeq(): number {
    return this.sql.exec<{ seq: number | null }>(`SELECT max(seq) AS seq FROM messages WHERE author_type = 'customer'`).one().seq ?? 0;
  }

  customerMessagesAfter(seq: number): TranscriptEntry[] {
    return this.sql
      .exec<MessageRow>(
        `SELECT seq, author_type, author_id, author_name, body, event, client_id, created_at FROM messages
         WHERE author_type = 'customer' AND seq > ? ORDER BY seq`,
        seq,
      )
      .toArray()
      .map(toEntry);
  }

  lastAuthorType(): Author["type"] | null {
    const row = this.sql
      .exec<{ author_type: string }>(`SELECT author_type FROM messages WHERE author_type != 'system' ORDER BY seq DESC LIMIT 1`)
      .toArray()[0];
    return row ? (row.author_type as Author["type"]) : null;
  }

  // ── Outbox ──────────────────────────────────────────────────────────────────────────────────────
  enqueue(kind: OutboxRow["kind"], payload: unknown): void {
    this.sql.exec(`INSERT INTO outbox (kind, payload) VALUES (?, ?)`, kind, JSON.stringify(payload));
  }

  pendingOutbox(limit = 50): OutboxRow[] {
    return this.sql.exec<OutboxRow & Record<string, SqlStorageValue>>(`SELECT id, kind, payload FROM outbox ORDER BY id LIMIT ?`, limit).toArray();
  }

  clearOutbox(upToId: number): void {
    this.sql.exec(`DELETE FROM outbox WHERE id <= ?`, upToId);
  }

  // ── Notifications for the routing actors ────────────────────────────────────────────────────────
  queueNotification(payload: unknown): void {
    this.sql.exec(`INSERT INTO notify (payload) VALUES (?)`, JSON.stringify(payload));
  }

  nextNotification(): { id: number; payload: string } | null {
    return this.sql.exec<{ id: number; payload: string }>(`SELECT id, payload FROM notify ORDER BY id LIMIT 1`).toArray()[0] ?? null;
  }

  dropNotification(id: number): void {
    this.sql.exec(`DELETE FROM notify WHERE id = ?`, id);
  }

  /** The last few entries people wrote, for an offer's handoff packet. */
  recent(limit: number): TranscriptEntry[] {
    return this.sql
      .exec<MessageRow>(
        `SELECT seq, author_type, author_id, author_name, body, event, client_id, created_at FROM messages
         WHERE author_type != 'system' ORDER BY seq DESC LIMIT ?`,
        limit,
      )
      .toArray()
      .map(toEntry)
      .reverse();
  }

  /** The AI part of the transcript: everything before the handoff, for the work item's comment. */
  aiPortion(until: number): TranscriptEntry[] {
    return this.sql
      .exec<MessageRow>(
        `SELECT seq, author_type, author_id, author_name, body, event, client_id, created_at FROM messages
         WHERE created_at <= ? AND author_type IN ('customer', 'ai') ORDER BY seq`,
        until,
      )
      .toArray()
      .map(toEntry);
  }
}
