/**
 * Candidate passages for a question, from D1: BM25 over the FTS5 passage index finds the articles (and
 * saved answers) that share the question's terms or their lexicon alternatives; every unit of the best
 * few comes back with how many sources contain each term (rare terms say more).
 */
import { passagesOf, type Passage } from "./passages";
import { UNSTEMMED, type Question, type Term } from "./query";

const CANDIDATE_PASSAGES = 80;
const CANDIDATE_SOURCES = 6;
const MAX_TERMS = 14;

/** FTS5 query text for a term and its alternatives: quoted, so the customer's words are always data, never syntax. */
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
export const ftsGroup = (term: Term) => [term.text, ...term.alternatives.map((a) => a.text)].map(quoted).join(" OR ");

export interface Retrieved {
  /** How many sources (articles and saved answers) the site has. */
  docs: number;
  /** For each of the question's terms, how many sources contain it or an alternative. */
  df: number[];
  /** Every unit of the best sources, in reading order. */
  passages: Passage[];
  /** The sources in BM25 order (best first). */
  sources: string[];
  /** For each product-like name in the question, how many passages contain it. */
  names: number[];
}

/** Call after `syncPassages`. */
export async function retrieve(db: D1Database, siteId: string, question: Question, extraSources: string[] = []): Promise<Retrieved> {
  const terms = question.terms.slice(0, MAX_TERMS);
  // A term the knowledge base does not use by stem ("installments", whose stem is that of "install") is not searched for.
  const searched = terms.filter((t) => !t.key.startsWith(UNSTEMMED));
  if (terms.length === 0 && extraSources.length === 0) return { docs: 0, df: [], passages: [], sources: [], names: [] };
  const match = searched.map((t) => `(${ftsGroup(t)})`).join(" OR ");
  const statements = [
    db.prepare("SELECT count(DISTINCT source_id) AS n FROM kb_passages WHERE site_id = ?").bind(siteId),
    ...(searched.length
      ? [
          db
            .prepare(
              `SELECT p.source_id AS source_id FROM kb_passages_fts f JOIN kb_passages p ON p.rowid = f.rowid
               WHERE f.kb_passages_fts MATCH ?1 AND p.site_id = ?2 ORDER BY bm25(kb_passages_fts, 1.5, 2.0, 1.0) LIMIT ?3`,
            )
            .bind(match, siteId, CANDIDATE_PASSAGES),
        ]
      : [db.prepare("SELECT NULL AS source_id WHERE 0")]),
    ...terms.map((t) =>
      t.key.startsWith(UNSTEMMED)
        ? db.prepare("SELECT 0 AS n")
        : db
            .prepare(
              `SELECT count(DISTINCT p.source_id) AS n FROM kb_passages_fts f JOIN kb_passages p ON p.rowid = f.rowid
               WHERE f.kb_passages_fts MATCH ?1 AND p.site_id = ?2`,
            )
            .bind(ftsGroup(t), siteId),
    ),
  ];
  const names = question.names.map((n) =>
    db
      .prepare(`SELECT count(*) AS n FROM kb_passages_fts f JOIN kb_passages p ON p.rowid = f.rowid WHERE f.kb_passages_fts MATCH ?1 AND p.site_id = ?2`)
      .bind(quoted(n), siteId),
  );
  const results = await db.batch<Record<string, unknown>>([...statements, ...names]);
  const nameCounts = results.splice(results.length - names.length, names.length).map((c) => Number((c.results[0] as { n: number } | undefined)?.n ?? 0));
  const [total, found, ...counts] = results;
  const docs = Number((total?.results[0] as { n: number } | undefined)?.n ?? 0);
  const ranked = [...new Set([...((found?.results ?? []) as { source_id: string }[]).map((r) => r.source_id)])];
  const sources = [...new Set([...ranked.slice(0, CANDIDATE_SOURCES), ...extraSources])];
  const df = counts.map((c) => Number((c.results[0] as { n: number } | undefined)?.n ?? 0));
  return { docs, df, passages: await passagesOf(db, siteId, sources), sources, names: nameCounts };
}
