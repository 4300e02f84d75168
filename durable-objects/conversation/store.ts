/**
 * The conversation's SQLite storage: the transcript (one row per entry, nothing else written per message),
 * the domain events with the state they built, the projectors' cursors, read receipts and what the router
 * last said about the line. Writes are synchronous with no `await` between them, so one event's writes
 * commit together before any reply leaves. Every statement's written rows are counted (diagnostics).
 */
import type { AiSource, Author, TranscriptEntry } from "../../protocol/conversation";
import type { ConversationEvent, ConversationSnapshot, Waiting } from "./state";
import { reduce } from "./state";
import { migrate } from "./store-migrations";

/** A resent message is recognised among the conversation's most recent entries (no index is written per message). */
export const RESEND_WINDOW = 1000;

interface MessageRow extends Record<string, SqlStorageValue> {
  seq: number;
  author_type: string;
  author_id: string | null;
  author_name: string;
  body: string;
  event: string | null;
  client_id: string | null;
  created_at: number;
  sources: string | null;
  quote: string | null;
  note: number | null;
  about: string | null;
}

const COLUMNS = "seq, author_type, author_id, author_name, body, event, client_id, created_at, sources, quote, note, about";

const toEntry = (row: MessageRow): TranscriptEntry => ({
  seq: row.seq,
  author: { type: row.author_type as Author["type"], id: row.author_id, name: row.author_name },
  body: row.body,
  event: row.event,
  clientId: row.client_id,
  createdAt: row.created_at,
  ...(row.sources ? { sources: JSON.parse(row.sources) as AiSource[] } : {}),
  ...(row.quote ? { quote: row.quote } : {}),
  ...(row.note ? { note: true } : {}),
  ...(row.about ? { about: JSON.parse(row.about) as NonNullable<TranscriptEntry["about"]> } : {}),
});

const clientIdKey = (clientKey: string, clientId: string) => `${clientKey}\n${clientId}`;

/** An entry to append: who wrote it and what; AI answers carry their sources and quote; notes and system lines say so. */
export interface NewEntry {
  author: Author;
  body: string;
  event?: string | null;
  clientKey?: string;
  clientId?: string;
  ai?: { sources: AiSource[]; quote: string | null };
  note?: boolean;
  about?: TranscriptEntry["about"];
}

export interface Cursor {
  eventSeq: number;
  messageSeq: number;
  at: number;
}

/** Rows written, counted from the statements' own cursors. */
export interface WriteCounts {
  total: number;
  messages: number;
}

export class ConversationStore {
  readonly written: WriteCounts = { total: 0, messages: 0 };
  private snapshotCache: ConversationSnapshot | null | undefined;
  /** The newest entry's seq (read once per instance, then kept in step with every append). */
  private lastSeqCache: number | null = null;
  /** Recent client ids and the entry each produced, in seq order (loaded once per instance, then kept in step). */
  private clientIds: Map<string, number> | null = null;

  constructor(
    private readonly storage: DurableObjectStorage,
    private readonly sql = storage.sql,
  ) {
    migrate(storage);
  }

  private write<T extends Record<string, SqlStorageValue>>(query: string, ...params: SqlStorageValue[]): T[] {
    const cursor = this.sql.exec<T>(query, ...params);
    const rows = cursor.toArray();
    this.written.total += cursor.rowsWritten;
    return rows;
  }

  private meta(key: string): string | null {
    return this.sql.exec<{ value: string }>(`SELECT value FROM meta WHERE key = ?`, key).toArray()[0]?.value ?? null;
  }

  private setMeta(key: string, value: string): void {
    this.write(`INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)`, key, value);
  }

  // ── State: events and the snapshot they built ──────────────────────────────────────────────────
  /** The state as the events built it (read from storage once per instance, then kept in step with every append). */
  get snapshot(): ConversationSnapshot | null {
    if (this.snapshotCache === undefined) {
      const raw = this.meta("snapshot");
      this.snapshotCache = raw ? (JSON.parse(raw) as ConversationSnapshot) : null;
    }
    return this.snapshotCache;
  }

  /** Appends a domain event and the state it builds, together. */
  record(event: ConversationEvent): ConversationSnapshot {
    const next = reduce(this.snapshot, event);
    this.write(`INSERT INTO events (type, data, at) VALUES (?, ?, ?)`, event.type, JSON.stringify(event), event.at);
    this.setMeta("snapshot", JSON.stringify(next));
    this.snapshotCache = next;
    return next;
  }

  eventsAfter(seq: number, limit = 200): { seq: number; event: ConversationEvent }[] {
    return this.sql
      .exec<{ seq: number; data: string }>(`SELECT seq, data FROM events WHERE seq > ? ORDER BY seq LIMIT ?`, seq, limit)
      .toArray()
      .map((r) => ({ seq: r.seq, event: JSON.parse(r.data) as ConversationEvent }));
  }

  get lastEventSeq(): number {
    return this.sql.exec<{ seq: number | null }>(`SELECT max(seq) AS seq FROM events`).one().seq ?? 0;
  }

  cursor(name: "work_item" | "routing"): Cursor {
    const row = this.sql.exec<{ event_seq: number; message_seq: number; at: number }>(`SELECT event_seq, message_seq, at FROM cursors WHERE name = ?`, name).toArray()[0];
    return row ? { eventSeq: row.event_seq, messageSeq: row.message_seq, at: row.at } : { eventSeq: 0, messageSeq: 0, at: 0 };
  }

  setCursor(name: "work_item" | "routing", cursor: Cursor): void {
    this.write(`INSERT OR REPLACE INTO cursors (name, event_seq, message_seq, at) VALUES (?, ?, ?, ?)`, name, cursor.eventSeq, cursor.messageSeq, cursor.at);
  }

  get waiting(): Waiting {
    const raw = this.meta("waiting");
    return raw ? (JSON.parse(raw) as Waiting) : { position: null, estimateSeconds: null, away: null };
  }

  set waiting(waiting: Waiting) {
    this.setMeta("waiting", JSON.stringify(waiting));
  }

  get readUpTo(): { customer: number; agent: number } {
    const raw = this.meta("reads");
    return raw ? (JSON.parse(raw) as { customer: number; agent: number }) : { customer: 0, agent: 0 };
  }

  set readUpTo(reads: { customer: number; agent: number }) {
    this.setMeta("reads", JSON.stringify(reads));
  }

  // ── Transcript ──────────────────────────────────────────────────────────────────────────────────
  get lastSeq(): number {
    this.lastSeqCache ??= this.sql.exec<{ seq: number | null }>(`SELECT max(seq) AS seq FROM messages`).one().seq ?? 0;
    return this.lastSeqCache;
  }

  /** Appends one entry: one row, nothing else (the conversation's counters are read from the transcript). */
  append(entry: NewEntry): TranscriptEntry {
    const before = this.written.total;
    const [row] = this.write<MessageRow>(
      `INSERT INTO messages (author_type, author_id, author_name, body, event, client_key, client_id, created_at, sources, quote, note, about)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
      entry.author.type,
      entry.author.id,
      entry.author.name,
      entry.body,
      entry.event ?? null,
      entry.clientKey ?? null,
      entry.clientId ?? null,
      Date.now(),
      entry.ai?.sources.length ? JSON.stringify(entry.ai.sources) : null,
      entry.ai?.quote ?? null,
      entry.note ? 1 : null,
      entry.about ? JSON.stringify(entry.about) : null,
    );
    this.written.messages += this.written.total - before;
    const stored = toEntry(row!);
    this.lastSeqCache = stored.seq;
    if (entry.clientKey && entry.clientId) this.rememberClientId(entry.clientKey, entry.clientId, stored.seq);
    return stored;
  }

  /**
   * The seq of the entry a client id already produced, if the frame is a resend (recognised among the recent
   * entries). Kept in memory, so a message costs no look-up in the transcript.
   */
  resentAs(clientKey: string, clientId: string): number | null {
    const seq = this.recentClientIds().get(clientIdKey(clientKey, clientId));
    return seq !== undefined && seq > this.lastSeq - RESEND_WINDOW ? seq : null;
  }

  private recentClientIds(): Map<string, number> {
    if (!this.clientIds) {
      this.clientIds = new Map();
      const rows = this.sql.exec<{ seq: number; client_key: string; client_id: string }>(
        `SELECT seq, client_key, client_id FROM messages WHERE seq > ? AND client_id IS NOT NULL ORDER BY seq`,
        this.lastSeq - RESEND_WINDOW,
      );
      for (const r of rows) this.clientIds.set(clientIdKey(r.client_key, r.client_id), r.seq);
    }
    return this.clientIds;
  }

  private rememberClientId(clientKey: string, clientId: string, seq: number): void {
    const ids = this.recentClientIds();
    ids.set(clientIdKey(clientKey, clientId), seq);
    // Oldest first (seq order): forget what fell out of the window once it holds twice the window.
    if (ids.size <= 2 * RESEND_WINDOW) return;
    for (const [key, at] of ids) {
      if (at > seq - RESEND_WINDOW) break;
      ids.delete(key);
    }
  }

  /** Entries after `seq`, in order; the customer's view leaves internal notes out. */
  after(seq: number, options: { notes?: boolean; limit?: number } = {}): TranscriptEntry[] {
    const notes = options.notes ?? true;
    return this.sql
      .exec<MessageRow>(`SELECT ${COLUMNS} FROM messages WHERE seq > ? ${notes ? "" : "AND note IS NULL"} ORDER BY seq LIMIT ?`, seq, options.limit ?? 10_000)
      .toArray()
      .map(toEntry);
  }

  /** Internal notes after `seq` (copied to the work item's comments). */
  notesAfter(seq: number): TranscriptEntry[] {
    return this.sql.exec<MessageRow>(`SELECT ${COLUMNS} FROM messages WHERE seq > ? AND note = 1 ORDER BY seq`, seq).toArray().map(toEntry);
  }

  lastCustomerSeq(): number {
    return this.sql.exec<{ seq: number | null }>(`SELECT max(seq) AS seq FROM messages WHERE author_type = 'customer'`).one().seq ?? 0;
  }

  customerMessagesAfter(seq: number): TranscriptEntry[] {
    return this.sql.exec<MessageRow>(`SELECT ${COLUMNS} FROM messages WHERE author_type = 'customer' AND seq > ? ORDER BY seq`, seq).toArray().map(toEntry);
  }

  /** The customer's first words: the conversation's summary. */
  firstCustomerMessage(): string | null {
    return this.sql.exec<{ body: string }>(`SELECT body FROM messages WHERE author_type = 'customer' ORDER BY seq LIMIT 1`).toArray()[0]?.body ?? null;
  }

  /** Who wrote the last entry that is not a system line or a note. */
  lastAuthorType(): Author["type"] | null {
    const row = this.sql.exec<{ author_type: string }>(`SELECT author_type FROM messages WHERE author_type != 'system' AND note IS NULL ORDER BY seq DESC LIMIT 1`).toArray()[0];
    return row ? (row.author_type as Author["type"]) : null;
  }

  /** When anyone last wrote (for the idle close). */
  lastActivityAt(): number | null {
    return this.sql.exec<{ at: number }>(`SELECT created_at AS at FROM messages ORDER BY seq DESC LIMIT 1`).toArray()[0]?.at ?? null;
  }

  /** Messages people and the AI wrote (not system lines, not notes): the work item's message count. */
  messageCount(): number {
    return this.sql.exec<{ n: number }>(`SELECT count(*) AS n FROM messages WHERE author_type != 'system' AND note IS NULL`).one().n;
  }

  /** The last few entries people wrote, for an offer's handoff packet (no notes). */
  recent(limit: number): TranscriptEntry[] {
    return this.sql
      .exec<MessageRow>(`SELECT ${COLUMNS} FROM messages WHERE author_type != 'system' AND note IS NULL ORDER BY seq DESC LIMIT ?`, limit)
      .toArray()
      .map(toEntry)
      .reverse();
  }

  /** The AI part of the transcript: what the customer and the AI said up to the handoff. */
  aiPortion(until: number): TranscriptEntry[] {
    return this.sql
      .exec<MessageRow>(`SELECT ${COLUMNS} FROM messages WHERE created_at <= ? AND author_type IN ('customer', 'ai') ORDER BY seq`, until)
      .toArray()
      .map(toEntry);
  }
}
