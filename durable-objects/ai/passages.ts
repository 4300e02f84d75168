/**
 * The AI's passage index in D1: every article cut into units (sentences, steps, list items, with their
 * section heading) and every saved answer as one unit. Triggers queue each change of an article or a
 * saved answer (migration 0008); `syncPassages` rebuilds what is queued before the AI retrieves, so an
 * article edited in the console is answered from as soon as the next question comes.
 */
import { sectionsOf, unitKind } from "./markdown";

export type PassageKind = "sentence" | "step" | "item" | "answer";

export interface Passage {
  rowid: number;
  sourceId: string;
  source: "article" | "answer";
  title: string;
  slug: string | null;
  section: string;
  block: number;
  position: number;
  kind: PassageKind;
  text: string;
  textHash: string;
}

export type NewPassage = Omit<Passage, "rowid" | "textHash">;

/** An article's units, in order: blocks are numbered across the article. */
export function articlePassages(article: { id: string; slug: string; title: string; body: string }): NewPassage[] {
  const out: NewPassage[] = [];
  let block = 0;
  for (const section of sectionsOf(article.body)) {
    for (const b of section.blocks) {
      b.units.forEach((text, position) =>
        out.push({ sourceId: article.id, source: "article", title: article.title, slug: article.slug, section: section.heading, block, position, kind: unitKind(b.kind), text }),
      );
      block += 1;
    }
  }
  return out;
}

/** A saved answer is one unit: the agent's words, under the question they answer. */
export function answerPassages(answer: { id: string; question: string; answer: string }): NewPassage[] {
  const text = answer.answer.replace(/\s+/g, " ").trim();
  return text ? [{ sourceId: answer.id, source: "answer", title: answer.question.trim(), slug: null, section: "", block: 0, position: 0, kind: "answer", text }] : [];
}

export async function textHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

const BATCH = 25;

/** Rebuilds the passages of the site's queued articles and saved answers. Returns how many sources it indexed. */
export async function syncPassages(db: D1Database, siteId: string): Promise<number> {
  let indexed = 0;
  for (;;) {
    const queued = await db
      .prepare("SELECT source, source_id, token FROM kb_index_queue WHERE site_id = ? LIMIT ?")
      .bind(siteId, BATCH)
      .all<{ source: "article" | "answer"; source_id: string; token: string }>();
    if (queued.results.length === 0) return indexed;
    const articleIds = queued.results.filter((q) => q.source === "article").map((q) => q.source_id);
    const answerIds = queued.results.filter((q) => q.source === "answer").map((q) => q.source_id);
    const [articles, answers] = await db.batch<Record<string, unknown>>([
      db
        .prepare(`SELECT id, slug, title, body FROM articles WHERE site_id = ? AND published = 1 AND id IN (SELECT value FROM json_each(?))`)
        .bind(siteId, JSON.stringify(articleIds)),
      db.prepare(`SELECT id, question, answer FROM ai_answers WHERE site_id = ? AND id IN (SELECT value FROM json_each(?))`).bind(siteId, JSON.stringify(answerIds)),
    ]);
    const rows = [
      ...((articles?.results ?? []) as { id: string; slug: string; title: string; body: string }[]).flatMap(articlePassages),
      ...((answers?.results ?? []) as { id: string; question: string; answer: string }[]).flatMap(answerPassages),
    ];
    const hashes = await Promise.all(rows.map((r) => textHash(r.text)));
    const insert = db.prepare(
      `INSERT INTO kb_passages (site_id, source, source_id, title, slug, section, block, position, kind, text, text_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // One transaction: the old passages go, the new ones come, and only the queue entries read are cleared
    // (an edit made meanwhile has a new token and is indexed next time).
    await db.batch([
      ...queued.results.map((q) => db.prepare("DELETE FROM kb_passages WHERE source = ? AND source_id = ? AND site_id = ?").bind(q.source, q.source_id, siteId)),
      ...rows.map((r, i) => insert.bind(siteId, r.source, r.sourceId, r.title, r.slug, r.section, r.block, r.position, r.kind, r.text, hashes[i]!)),
      ...queued.results.map((q) => db.prepare("DELETE FROM kb_index_queue WHERE source = ? AND source_id = ? AND token = ?").bind(q.source, q.source_id, q.token)),
    ]);
    indexed += queued.results.length;
  }
}

interface PassageRow {
  rowid: number;
  source_id: string;
  source: "article" | "answer";
  title: string;
  slug: string | null;
  section: string;
  block: number;
  position: number;
  kind: PassageKind;
  text: string;
  text_hash: string;
}

export const toPassage = (r: PassageRow): Passage => ({
  rowid: r.rowid,
  sourceId: r.source_id,
  source: r.source,
  title: r.title,
  slug: r.slug,
  section: r.section,
  block: r.block,
  position: r.position,
  kind: r.kind,
  text: r.text,
  textHash: r.text_hash,
});

export const PASSAGE_COLUMNS = "rowid, source_id, source, title, slug, section, block, position, kind, text, text_hash";

/** Every passage of the given sources, in reading order. */
export async function passagesOf(db: D1Database, siteId: string, sourceIds: string[]): Promise<Passage[]> {
  if (sourceIds.length === 0) return [];
  const rows = await db
    .prepare(`SELECT ${PASSAGE_COLUMNS} FROM kb_passages WHERE site_id = ? AND source_id IN (SELECT value FROM json_each(?)) ORDER BY source_id, block, position`)
    .bind(siteId, JSON.stringify(sourceIds))
    .all<PassageRow>();
  return rows.results.map(toPassage);
}
