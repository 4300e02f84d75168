/**
 * The conversation's storage schema and its migrations, run in the constructor (inside the object's
 * initialisation) with `transactionSync`: Durable Object SQL has no BEGIN and no `PRAGMA user_version`, so
 * the version is a row of `meta`. A new conversation gets its whole schema in one statement text; the
 * upgrade path runs only for objects an earlier version created.
 */
import { ensureColumn } from "../sql/columns";
import type { ConversationSnapshot } from "./state";

const SCHEMA_VERSION = 3;

/** The transcript: one row per entry; `seq` is the rowid, so appending writes no index. */
const MESSAGES_TABLE = `CREATE TABLE IF NOT EXISTS messages (
  seq INTEGER PRIMARY KEY,
  author_type TEXT NOT NULL,
  author_id TEXT,
  author_name TEXT NOT NULL,
  body TEXT NOT NULL,
  event TEXT,
  client_key TEXT,
  client_id TEXT,
  created_at INTEGER NOT NULL,
  sources TEXT,
  quote TEXT,
  note INTEGER,
  about TEXT
)`;

const EVENTS_TABLE = `CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY, type TEXT NOT NULL, data TEXT NOT NULL, at INTEGER NOT NULL)`;
const CURSORS_TABLE = `CREATE TABLE IF NOT EXISTS cursors (name TEXT PRIMARY KEY, event_seq INTEGER NOT NULL, message_seq INTEGER NOT NULL, at INTEGER NOT NULL)`;

/** A new conversation's whole schema, in one statement text (the runtime keeps every text it ran prepared). */
const FRESH_SCHEMA = `
  ${MESSAGES_TABLE};
  ${EVENTS_TABLE};
  ${CURSORS_TABLE};
  INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '${SCHEMA_VERSION}')`;

export function migrate(storage: DurableObjectStorage): void {
  const sql = storage.sql;
  const { version, columns } = sql
    .exec<{ version: string | null; columns: number }>(
      `CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
       SELECT (SELECT value FROM meta WHERE key = 'schema_version') AS version, (SELECT count(*) FROM pragma_table_info('messages')) AS columns`,
    )
    .one();
  if (Number(version ?? 0) >= SCHEMA_VERSION) return;
  // A new conversation: the whole schema at once.
  if (columns === 0) return storage.transactionSync(() => void sql.exec(FRESH_SCHEMA));
  upgrade(storage, Number(version ?? 0));
}

/** An object an earlier version created: its tables are brought up to this version. */
function upgrade(storage: DurableObjectStorage, version: number): void {
  const sql = storage.sql;
  storage.transactionSync(() => {
    // Tables older versions lacked are created whole; columns they lacked are added.
    sql.exec(MESSAGES_TABLE);
    ensureColumn(sql, "messages", "sources", "TEXT");
    ensureColumn(sql, "messages", "quote", "TEXT");
    ensureColumn(sql, "messages", "note", "INTEGER");
    ensureColumn(sql, "messages", "about", "TEXT");
    // Resends are recognised among recent entries instead (one index entry per message fewer).
    sql.exec(`DROP INDEX IF EXISTS messages_client`);
    sql.exec(EVENTS_TABLE);
    sql.exec(CURSORS_TABLE);
    if (version > 0 && version < 3) fromRecord(sql);
    // Earlier versions' side tables: the events and their projectors replace them.
    for (const table of ["outbox", "notify", "deadlines"]) sql.exec(`DROP TABLE IF EXISTS ${table}`);
    sql.exec(`INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)`, String(SCHEMA_VERSION));
  });
}

/** Versions 1 and 2 kept one record; it becomes the snapshot (the work item is written again from it). */
function fromRecord(sql: SqlStorage): void {
  const raw = sql.exec<{ value: string }>(`SELECT value FROM meta WHERE key = 'record'`).toArray()[0]?.value;
  if (!raw) return;
  const r = JSON.parse(raw) as Record<string, unknown> & {
    aiTurns: number;
    aiAnsweredSeq: number;
    failedAnswers: number;
    aiAnswered: boolean;
    createdAt: number;
    updatedAt: number;
    readUpTo?: { customer: number; agent: number };
  };
  const snapshot = {
    ...(r as unknown as ConversationSnapshot),
    page: null,
    resolved: Boolean(r.resolved),
    ai: { turns: r.aiTurns ?? 0, answeredSeq: r.aiAnsweredSeq ?? 0, failed: r.failedAnswers ?? 0, answered: Boolean(r.aiAnswered) },
    emailLeft: null,
    rating: null,
    lineClosed: null,
    changedAt: r.updatedAt ?? r.createdAt,
  } satisfies ConversationSnapshot;
  sql.exec(`INSERT OR REPLACE INTO meta (key, value) VALUES ('snapshot', ?)`, JSON.stringify(snapshot));
  if (r.readUpTo) sql.exec(`INSERT OR REPLACE INTO meta (key, value) VALUES ('reads', ?)`, JSON.stringify(r.readUpTo));
  sql.exec(`DELETE FROM meta WHERE key IN ('record', 'synced_version')`);
}
