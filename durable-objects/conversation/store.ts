/**
 * The conversation's SQLite storage: the transcript (one row per entry, nothing else written per message),
 * the domain events with the state they built, the projectors' cursors, read receipts and what the router
 * last said about the line. Writes are synchronous with no `await` between them, so one event's writes
 * commit together before any reply leaves. Every statement's written rows are counted (diagnostics).
 */
import type { AiSource, Author, CustomerPresence, TranscriptEntry } from "../../protocol/conversation";
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

/**
 * What the store keeps in memory about the transcript, read with one statement when the object wakes and
 * kept in step with every append: the conversation's counters cost no query per message.
 */
interface Tally {
  lastSeq: number;
  lastAt: number | null;
  lastCustomerSeq: number;
  /** Messages people and the AI wrote (not system lines, not notes). */
  peopleCount: number;
  /** Who wrote the last entry that is not a system line or a note. */
  lastAuthor: Author["type"] | null;
  firstCustomer: string | null;
  lastEventSeq: number;
}

const TALLY = `SELECT
  (SELECT max(seq) FROM messages) AS last_seq,
  (SELECT created_at FROM messages ORDER BY seq DESC LIMIT 1) AS last_at,
  (SELECT max(seq) FROM messages WHERE author_type = 'customer') AS last_customer_seq,
  (SELECT count(*) FROM messages WHERE author_type != 'system' AND note IS NULL) AS people_count,
  (SELECT author_type FROM messages WHERE author_type != 'system' AND note IS NULL ORDER BY seq DESC LIMIT 1) AS last_author,
  (SELECT body FROM messages WHERE author_type = 'customer' ORDER BY seq LIMIT 1) AS first_customer,
  (SELECT max(seq) FROM events) AS last_event_seq`;

/** The meta rows and the cursors, in one read (a cursor's key is `cursor:<name>`, its value `[eventSeq, messageSeq, at]`). */
const STATE = `SELECT key, value FROM meta UNION ALL SELECT 'cursor:' || name, json_array(event_seq, message_seq, at) FROM cursors`;

const NO_WAITING: Waiting = { position: null, estimateSeconds: null, away: null };

/**
 * Every statement the store runs is one of a few fixed texts: the runtime keeps each distinct statement
 * prepared for the object's life, so fewer texts is less memory per conversation.
 */
export class ConversationStore {
  readonly written: WriteCounts = { total: 0, messages: 0 };
  /** The meta rows and the projectors' cursors (read from storage once per instance, then kept in step with every write). */
  private stateCache: { meta: Map<string, string>; cursors: Map<string, Cursor> } | null = null;
  private snapshotCache: ConversationSnapshot | null | undefined;
  private tallyCache: Tally | null = null;
  /** Recent client ids and the entry each produced, in seq order (loaded once per instance, then kept in step). */
  private clientIds: Map<string, number> | null = null;

  constructor(
    private readonly storage: DurableObjectStorage,
    private readonly sql = storage.sql,
  ) {
    migrate(storage);
  }

  /** Forgets what is kept in memory, so the next read comes from storage (tests that change storage underneath). */
  reload(): void {
    this.stateCache = null;
    this.snapshotCache = undefined;
    this.tallyCache = null;
    this.clientIds = null;
  }

  private write<T extends Record<string, SqlStorageValue>>(query: string, ...params: SqlStorageValue[]): T[] {
    const cursor = this.sql.exec<T>(query, ...params);
    const rows = cursor.toArray();
    this.written.total += cursor.rowsWritten;
    return rows;
  }

  private get state(): { meta: Map<string, string>; cursors: Map<string, Cursor> } {
    if (!this.stateCache) {
      const state = { meta: new Map<string, string>(), cursors: new Map<string, Cursor>() };
      for (const row of this.sql.exec<{ key: string; value: string }>(STATE)) {
        if (row.key.startsWith("cursor:")) {
          const [eventSeq, messageSeq, at] = JSON.parse(row.value) as [number, number, number];
          state.cursors.set(row.key.slice("cursor:".length), { eventSeq, messageSeq, at });
        } else state.meta.set(row.key, row.value);
      }
      this.stateCache = state;
    }
    return this.stateCache;
  }

  private meta(key: string): string | null {
    return this.state.meta.get(key) ?? null;
  }

  private setMeta(key: string, value: string): void {
    const { meta } = this.state;
    this.write(`INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)`, key, value);
    meta.set(key, value);
  }

  private get tally(): Tally {
    if (!this.tallyCache) {
      const row = this.sql
        .exec<{ last_seq: number | null; last_at: number | null; last_customer_seq: number | null; people_count: number; last_author: string | null; first_customer: string | null; last_event_seq: number | null }>(TALLY)
        .one();
      this.tallyCache = {
        lastSeq: row.last_seq ?? 0,
        lastAt: row.last_at,
        lastCustomerSeq: row.last_customer_seq ?? 0,
        peopleCount: row.people_count,
        lastAuthor: row.last_author as Author["type"] | null,
        firstCustomer: row.first_customer,
        lastEventSeq: row.last_event_seq ?? 0,
      };
    }
    return this.tallyCache;
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
    const tally = this.tally; // read before the insert, so the new row is counted once
    const [row] = this.write<{ seq: number }>(`INSERT INTO events (type, data, at) VALUES (?, ?, ?) RETURNING seq`, event.type, JSON.stringify(event), event.at);
    tally.lastEventSeq = row!.seq;
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
    return this.tally.lastEventSeq;
  }

  cursor(name: "work_item" | "routing"): Cursor {
    return this.state.cursors.get(name) ?? { eventSeq: 0, messageSeq: 0, at: 0 };
  }

  setCursor(name: "work_item" | "routing", cursor: Cursor): void {
    const { cursors } = this.state;
    this.write(`INSERT OR REPLACE INTO cursors (name, event_seq, message_seq, at) VALUES (?, ?, ?, ?)`, name, cursor.eventSeq, cursor.messageSeq, cursor.at);
    cursors.set(name, cursor);
  }

  get waiting(): Waiting {
    const raw = this.meta("waiting");
    return raw ? (JSON.parse(raw) as Waiting) : NO_WAITING;
  }

  set waiting(waiting: Waiting) {
    this.setMeta("waiting", JSON.stringify(waiting));
  }

  /** The customer's presence as last seen by their sockets (null before their widget first connected). */
  get presence(): CustomerPresence | null {
    const raw = this.meta("presence");
    return raw ? (JSON.parse(raw) as CustomerPresence) : null;
  }

  set presence(presence: CustomerPresence) {
    this.setMeta("presence", JSON.stringify(presence));
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
    return this.tally.lastSeq;
  }

  /** Appends one entry: one row, nothing else (the conversation's counters are kept in memory, read once from the transcript). */
  append(entry: NewEntry): TranscriptEntry {
    const before = this.written.total;
    const tally = this.tally; // read before the insert, so the new row is counted once
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
    tally.lastSeq = stored.seq;
    tally.lastAt = stored.createdAt;
    if (stored.author.type === "customer") {
      tally.lastCustomerSeq = stored.seq;
      tally.firstCustomer ??= stored.body;
    }
    if (stored.author.type !== "system" && !stored.note) {
      tally.peopleCount += 1;
      tally.lastAuthor = stored.author.type;
    }
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
    return this.select(seq, { notes: options.notes ?? true, limit: options.limit });
  }

  /**
   * The one transcript query (one statement text for every read): entries after `seq`, with or without
   * notes or only notes, of one author type or any, in order.
   */
  private select(seq: number, where: { notes: boolean | "only"; authorType?: Author["type"]; limit?: number }): TranscriptEntry[] {
    return this.sql
      .exec<MessageRow>(
        `SELECT ${COLUMNS} FROM messages WHERE seq > ?1 AND (?2 = 1 OR (?2 = 0 AND note IS NULL) OR (?2 = 2 AND note = 1)) AND (?3 IS NULL OR author_type = ?3) ORDER BY seq LIMIT ?4`,
        seq,
        where.notes === "only" ? 2 : where.notes ? 1 : 0,
        where.authorType ?? null,
        where.limit ?? 10_000,
      )
      .toArray()
      .map(toEntry);
  }

  /** Internal notes after `seq` (copied to the work item's comments). */
  notesAfter(seq: number): TranscriptEntry[] {
    return this.select(seq, { notes: "only" });
  }

  lastCustomerSeq(): number {
    return this.tally.lastCustomerSeq;
  }

  customerMessagesAfter(seq: number): TranscriptEntry[] {
    return this.select(seq, { notes: true, authorType: "customer" });
  }

  /** The customer's first words: the conversation's summary. */
  firstCustomerMessage(): string | null {
    return this.tally.firstCustomer;
  }

  /** Who wrote the last entry that is not a system line or a note. */
  lastAuthorType(): Author["type"] | null {
    return this.tally.lastAuthor;
  }

  /** When anyone last wrote (for the idle close). */
  lastActivityAt(): number | null {
    return this.tally.lastAt;
  }

  /** Messages people and the AI wrote (not system lines, not notes): the work item's message count. */
  messageCount(): number {
    return this.tally.peopleCount;
  }

  /** The last few entries people wrote, for an offer's handoff packet (no notes, no system lines). */
  recent(limit: number): TranscriptEntry[] {
    const peopleAfter = (seq: number) => this.select(seq, { notes: false }).filter((e) => e.author.type !== "system");
    const since = Math.max(0, this.lastSeq - 4 * limit - 10);
    const people = peopleAfter(since);
    // A long run of system lines (rare) hides older words: read the whole transcript then.
    return (people.length >= limit || since === 0 ? people : peopleAfter(0)).slice(-limit);
  }

  /** The AI part of the transcript: what the customer and the AI said up to the handoff. */
  aiPortion(until: number): TranscriptEntry[] {
    return this.select(0, { notes: false }).filter((e) => e.createdAt <= until && (e.author.type === "customer" || e.author.type === "ai"));
  }
}
