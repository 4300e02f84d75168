/**
 * The embedded responder: answers from the site's knowledge base with no network.
 *
 * FTS5 in D1 finds the candidate articles (BM25, titles weighted up) and tells how many articles contain
 * each of the question's terms. Each candidate's passages (a paragraph with its article's title) are then
 * scored by how much of the question they cover, every term weighted by how rare it is in the knowledge
 * base — a term no article has weighs the most, so an off-topic question covers little. The best passage's
 * coverage is the confidence: below the threshold the AI says it cannot help rather than guess.
 */
import { stemmer } from "stemmer";
import type { ArticleRef, Responder, ResponderInput, ResponderOutput } from "./responder";
import { asksForPerson, keyTerms, words } from "./text";
import { alternativesOf } from "./synonyms";

const MAX_TERMS = 12;
const CANDIDATES = 6;
const TITLE_BOOST = 1.5;
/** A name the knowledge base has never seen (another brand, a place) says the question is about something else. */
const UNKNOWN_NAME_FACTOR = 3;
/** Any other word the knowledge base has never seen counts a little more than its rarest word. */
const UNKNOWN_WORD_FACTOR = 1.25;
/** A match through an alternative word counts a little less than the customer's own word. */
const ALTERNATIVE_CREDIT = 0.7;

/** FTS5 query text for a term and its alternatives: quoted, so user text is always data, never syntax. */
const ftsGroup = (alternatives: string[]) => alternatives.map((a) => `"${a.replace(/"/g, '""')}"`).join(" OR ");

export interface KnowledgeBaseMatch {
  article: { slug: string; title: string; body: string } | null;
  passage: string | null;
  confidence: number;
  terms: string[];
}

interface Term {
  text: string;
  /** Porter stem of the customer's word (the same stemmer FTS5 uses) and of its alternatives. */
  stem: string;
  alternatives: Set<string>;
  weight: number;
}

/** Porter stems of a text's words (several words of a phrase alternative stay one unit per word). */
const stemsOf = (text: string) => new Set(words(text).map((w) => stemmer(w)));

function passages(title: string, body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `${title}\n${p}`);
}

/** How much of the question a passage covers (0..1), title words counting a little more. */
function coverage(terms: Term[], passage: string, title: string): number {
  const have = stemsOf(passage);
  const inTitle = stemsOf(title);
  let covered = 0;
  let total = 0;
  for (const t of terms) {
    total += t.weight;
    const credit = have.has(t.stem) ? 1 : [...t.alternatives].some((s) => have.has(s)) ? ALTERNATIVE_CREDIT : 0;
    const titled = inTitle.has(t.stem) || [...t.alternatives].some((s) => inTitle.has(s));
    covered += t.weight * credit * (credit > 0 && titled ? TITLE_BOOST : 1);
  }
  return total === 0 ? 0 : covered / total;
}

/** Capitalised words that do not start a sentence: names of products, brands, places. */
function properNouns(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![.!?]\s|^)\b([A-Z][a-zA-Z]+)\b/g)) out.add(m[1]!.toLowerCase());
  return out;
}

/** The best passage for a question, its article, and how much of the question it covers (0..1). */
export async function bestArticle(db: D1Database, siteId: string, question: string): Promise<KnowledgeBaseMatch> {
  const texts = keyTerms(question).slice(0, MAX_TERMS);
  const none = { article: null, passage: null, confidence: 0, terms: texts };
  if (texts.length === 0) return none;
  const groups = texts.map((t) => alternativesOf(t));

  const statements = [
    db.prepare("SELECT count(*) AS n FROM articles WHERE site_id = ? AND published = 1").bind(siteId),
    db
      .prepare(
        `SELECT a.rowid AS rowid, a.slug AS slug, a.title AS title, a.body AS body
         FROM articles_fts f JOIN articles a ON a.rowid = f.rowid
         WHERE f.articles_fts MATCH ?1 AND a.site_id = ?2 AND a.published = 1
         ORDER BY bm25(articles_fts, 4.0, 1.0) LIMIT ?3`,
      )
      .bind(groups.map((g) => `(${ftsGroup(g)})`).join(" OR "), siteId, CANDIDATES),
    // How many articles contain each term (or one of its alternatives): rare terms say more.
    ...groups.map((g) =>
      db
        .prepare(
          `SELECT count(*) AS n FROM articles_fts f JOIN articles a ON a.rowid = f.rowid
           WHERE f.articles_fts MATCH ?1 AND a.site_id = ?2 AND a.published = 1`,
        )
        .bind(ftsGroup(g), siteId),
    ),
  ];
  const [total, found, ...counts] = await db.batch<Record<string, unknown>>(statements);
  const docs = Number((total?.results[0] as { n: number } | undefined)?.n ?? 0);
  const candidates = (found?.results ?? []) as { rowid: number; slug: string; title: string; body: string }[];
  if (docs === 0 || candidates.length === 0) return none;

  const known = counts.map((c) => Number((c.results[0] as { n: number } | undefined)?.n ?? 0));
  const idf = (df: number) => Math.log((docs + 1) / (df + 0.5)) + 1;
  const rarest = idf(1);
  const names = properNouns(question);
  const terms: Term[] = texts.map((text, i) => {
    const stem = stemmer(text);
    const alternatives = new Set(groups[i]!.slice(1).flatMap((alt) => (alt.includes(" ") ? [] : [stemmer(alt)])).filter((a) => a !== stem));
    const weight = known[i]! > 0 ? idf(known[i]!) : rarest * (names.has(text) ? UNKNOWN_NAME_FACTOR : UNKNOWN_WORD_FACTOR);
    return { text, stem, alternatives, weight };
  });

  let best: { article: (typeof candidates)[number]; passage: string; score: number } | null = null;
  for (const [rank, article] of candidates.entries()) {
    for (const passage of passages(article.title, article.body)) {
      // BM25's order breaks ties between equally covering passages.
      const score = coverage(terms, passage, article.title) - rank * 1e-3;
      if (!best || score > best.score) best = { article, passage, score };
    }
  }
  if (!best) return none;
  return {
    article: { slug: best.article.slug, title: best.article.title, body: best.article.body },
    passage: best.passage.slice(best.article.title.length + 1),
    confidence: Math.max(0, Math.min(1, best.score + 1e-3 * candidates.indexOf(best.article))),
    terms: texts,
  };
}

export class KnowledgeBaseResponder implements Responder {
  constructor(
    private readonly db: D1Database,
    /** Where the support site lives, for article links (e.g. https://help.acme.example). */
    private readonly origin: string,
  ) {}

  async respond(input: ResponderInput): Promise<ResponderOutput> {
    const wantsPerson = asksForPerson(input.question);
    const match = await bestArticle(this.db, input.siteId, input.question);
    if (!match.article || !match.passage || match.confidence < input.confidenceThreshold) {
      return { kind: "cannot_help", confidence: match.confidence, wantsPerson };
    }
    const ref: ArticleRef = {
      slug: match.article.slug,
      title: match.article.title,
      url: `${this.origin}/support/${input.experience.slug}/articles/${match.article.slug}`,
    };
    const text = `From our help article "${ref.title}":\n\n${match.passage}\n\nThe whole article: ${ref.url}`;
    return { kind: "answer", text, articles: [ref], confidence: match.confidence, wantsPerson };
  }
}
