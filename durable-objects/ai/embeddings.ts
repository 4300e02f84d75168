/**
 * Retrieval by meaning for the Workers AI responder: passage embeddings from Workers AI (bge-m3,
 * multilingual), stored in D1 by text hash (Vectorize has no local simulation) as int8 with a scale, and
 * backfilled the first time the binding is used (and for passages added since). A question's nearest
 * passages are found by cosine similarity over the site's vectors.
 */
export const EMBEDDING_MODEL = "@cf/baai/bge-m3";
const BACKFILL_BATCH = 50;

export interface AiBinding {
  run(model: string, input: Record<string, unknown>): Promise<unknown>;
}

/** A unit vector as int8 (×127) in base64: a quarter of float32's size, plenty for ranking. */
export function pack(vector: number[]): string {
  const norm = Math.hypot(...vector) || 1;
  const bytes = new Int8Array(vector.map((v) => Math.round((v / norm) * 127)));
  return btoa(String.fromCharCode(...new Uint8Array(bytes.buffer)));
}

export function unpack(text: string): Int8Array {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return new Int8Array(bytes.buffer);
}

async function embed(ai: AiBinding, texts: string[]): Promise<number[][]> {
  const result = (await ai.run(EMBEDDING_MODEL, { text: texts })) as { data?: number[][] };
  if (!result.data || result.data.length !== texts.length) throw new Error("the embedding model answered without vectors");
  return result.data;
}

/** Embeds the site's passages that have no vector yet. Returns how many it embedded. */
export async function backfillEmbeddings(db: D1Database, ai: AiBinding, siteId: string): Promise<number> {
  let done = 0;
  for (;;) {
    const missing = await db
      .prepare(
        `SELECT DISTINCT p.text_hash AS hash, p.title || ': ' || p.text AS text FROM kb_passages p
         LEFT JOIN kb_embeddings e ON e.text_hash = p.text_hash AND e.model = ?1
         WHERE p.site_id = ?2 AND e.text_hash IS NULL LIMIT ?3`,
      )
      .bind(EMBEDDING_MODEL, siteId, BACKFILL_BATCH)
      .all<{ hash: string; text: string }>();
    if (missing.results.length === 0) return done;
    const vectors = await embed(ai, missing.results.map((m) => m.text));
    const insert = db.prepare("INSERT OR REPLACE INTO kb_embeddings (model, text_hash, vector) VALUES (?, ?, ?)");
    await db.batch(missing.results.map((m, i) => insert.bind(EMBEDDING_MODEL, m.hash, pack(vectors[i]!))));
    done += missing.results.length;
  }
}

/** The sources (articles, saved answers) of the passages nearest the question in meaning, best first. */
export async function nearestSources(db: D1Database, ai: AiBinding, siteId: string, question: string, limit = 4): Promise<string[]> {
  await backfillEmbeddings(db, ai, siteId);
  const [q] = await embed(ai, [question]);
  const query = unpack(pack(q!));
  const rows = await db
    .prepare(`SELECT p.source_id AS source, e.vector AS vector FROM kb_passages p JOIN kb_embeddings e ON e.text_hash = p.text_hash AND e.model = ? WHERE p.site_id = ?`)
    .bind(EMBEDDING_MODEL, siteId)
    .all<{ source: string; vector: string }>();
  const best = new Map<string, number>();
  for (const row of rows.results) {
    const v = unpack(row.vector);
    let dot = 0;
    for (let i = 0; i < Math.min(v.length, query.length); i++) dot += v[i]! * query[i]!;
    if (dot > (best.get(row.source) ?? -Infinity)) best.set(row.source, dot);
  }
  return [...best.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([s]) => s);
}
