/**
 * The embedded responder: answers from the site's knowledge base with no network.
 *
 * FTS5 in D1 finds the candidate articles (BM25, titles weighted up) and tells how many articles contain
 * each of the question's terms. Each candidate's passages (a paragraph with its article's title) are then
 * scored by how much of the question they cover, every term weighted by how rare it is in the knowledge
 * base — a term no article has weighs the most, so an off-topic question covers little. The best passage's
 * coverage, discounted when the match looks incidental, is the confidence: below the threshold the AI says
 * it cannot help rather than guess.
 *
 * What keeps a passage that merely shares a few words from passing for an answer:
 * - the question's terms: a calculation's operator words ("17 times 23") are not a topic, and a support
 *   phrase ("money back", "Wi-Fi", "nothing happens") is one term, not two loose words;
 * - rarity: common words weigh little, words the knowledge base never uses weigh the most and, left
 *   uncovered, hold the confidence down; a match through a synonym counts less than the customer's word;
 * - topic: when none of the question's terms is in the article's title, the passage mentions them in passing
 *   (the water tank in the descaling steps, a gift in the warranty's proof-of-purchase note), so its coverage
 *   counts for less;
 * - other products: a name the customer owns that the knowledge base never mentions ("my Keurig") is another
 *   company's product, which no article here answers for.
 */
import { stemmer } from "stemmer";
import type { ArticleRef, Responder, ResponderInput, ResponderOutput } from "./responder";
import { asksForPerson, isKeyWord, withoutCalculations, words } from "./text";
import { alternativesOf, phrasesIn, stemKey } from "./synonyms";

const MAX_TERMS = 12;
const CANDIDATES = 6;
/** A covered term that is also in the article's title counts this much more. */
const TITLE_BOOST = 1.5;
/** A word the knowledge base has never seen counts a little more than its rarest word. */
const UNKNOWN_WORD_FACTOR = 1.25;
/** A match through an alternative word counts a little less than the customer's own word. */
const ALTERNATIVE_CREDIT = 0.7;
/** The confidence of a passage whose article's title has none of the question's terms (an incidental match). */
const OFF_TOPIC_FACTOR = 0.6;
/** The longest synonym phrase, in words: passages are matched on word runs up to this length. */
const MAX_PHRASE = 3;

/** FTS5 query text for a term and its alternatives: quoted, so user text is always data, never syntax. */
const ftsGroup = (alternatives: string[]) => alternatives.map((a) => `"${a.replace(/"/g, '""')}"`).join(" OR ");

export interface KnowledgeBaseMatch {
  article: { slug: string; title: string; body: string } | null;
  passage: string | null;
  confidence: number;
  terms: string[];
}

export interface Candidate {
  slug: string;
  title: string;
  body: string;
}

interface Term {
  text: string;
  /** Porter stems of the customer's word or phrase (the same stemmer FTS5 uses), space-separated. */
  stem: string;
  alternatives: Set<string>;
  weight: number;
}

/** A text's Porter stems and its runs of up to MAX_PHRASE stems, so phrases ("turn on", "wi fi") match too. */
function stemsOf(text: string): Set<string> {
  const stems = words(text).map((w) => stemmer(w));
  const out = new Set<string>();
  for (let i = 0; i < stems.length; i++) {
    for (let n = 1; n <= MAX_PHRASE && i + n <= stems.length; n++) out.add(stems.slice(i, i + n).join(" "));
  }
  return out;
}

function passages(title: string, body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `${title}\n${p}`);
}

/** The distinct terms of a question, in order: support phrases ("money back", "wi-fi") as one term, then its key words. */
export function questionTerms(question: string): string[] {
  const tokens = words(withoutCalculations(question));
  const found = phrasesIn(tokens.map((w) => stemmer(w)));
  const inPhrase = new Set(found.flatMap((f) => Array.from({ length: f.length }, (_, k) => f.at + k)));
  const terms = [
    ...found.map((f) => ({ at: f.at, text: f.text })),
    ...tokens.flatMap((w, at) => (!inPhrase.has(at) && isKeyWord(w) ? [{ at, text: w }] : [])),
  ].sort((a, b) => a.at - b.at);
  return [...new Set(terms.map((t) => t.text))];
}

/** Names the customer says are theirs ("my Keurig", "our Nespresso"): capitalised words after my/our. */
function ownedNames(text: string): Set<string> {
  return new Set([...text.matchAll(/\b(?:[Mm]y|[Oo]ur)\s+([A-Z][a-zA-Z]+)\b/g)].map((m) => m[1]!.toLowerCase()));
}

/** The best passage for a question, its article, and how much of the question it covers (0..1). */
export async function bestArticle(db: D1Database, siteId: string, question: string): Promise<KnowledgeBaseMatch> {
  const texts = questionTerms(question).slice(0, MAX_TERMS);
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
  const candidates = (found?.results ?? []) as unknown as Candidate[];
  if (docs === 0 || candidates.length === 0) return none;
  const known = counts.map((c) => Number((c.results[0] as { n: number } | undefined)?.n ?? 0));
  return choosePassage(question, texts, docs, known, candidates);
}

/**
 * Scores the candidates' passages for the question's terms and returns the best with its confidence.
 * `docs` is the number of published articles, `known[i]` how many contain `texts[i]` or an alternative.
 */
export function choosePassage(question: string, texts: string[], docs: number, known: number[], candidates: Candidate[]): KnowledgeBaseMatch {
  const none = { article: null, passage: null, confidence: 0, terms: texts };
  // Another company's product: whatever a passage shares with the question, it is not about that.
  const owned = ownedNames(question);
  if (texts.some((t, i) => owned.has(t) && known[i] === 0)) return none;

  const idf = (df: number) => Math.log((docs + 1) / (df + 0.5)) + 1;
  const terms: Term[] = texts.map((text, i) => {
    const stem = stemKey(text);
    const alternatives = new Set(alternativesOf(text).slice(1).map(stemKey).filter((a) => a !== stem));
    const weight = known[i]! > 0 ? idf(known[i]!) : idf(1) * UNKNOWN_WORD_FACTOR;
    return { text, stem, alternatives, weight };
  });
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  if (total === 0) return none;

  let best: { article: Candidate; passage: string; score: number; confidence: number } | null = null;
  for (const [rank, article] of candidates.entries()) {
    const inTitle = stemsOf(article.title);
    for (const passage of passages(article.title, article.body)) {
      const have = stemsOf(passage);
      let covered = 0;
      let onTopic = false;
      for (const t of terms) {
        const credit = have.has(t.stem) ? 1 : [...t.alternatives].some((s) => have.has(s)) ? ALTERNATIVE_CREDIT : 0;
        const titled = credit > 0 && (inTitle.has(t.stem) || [...t.alternatives].some((s) => inTitle.has(s)));
        covered += t.weight * credit * (titled ? TITLE_BOOST : 1);
        onTopic ||= titled;
      }
      // The passage is chosen on coverage (BM25's order breaks ties); an off-topic one is then trusted less.
      const score = covered / total - rank * 1e-3;
      const confidence = Math.min(1, covered / total) * (onTopic ? 1 : OFF_TOPIC_FACTOR);
      if (!best || score > best.score) best = { article, passage, score, confidence };
    }
  }
  if (!best) return none;
  return {
    article: { slug: best.article.slug, title: best.article.title, body: best.article.body },
    passage: best.passage.slice(best.article.title.length + 1),
    confidence: best.confidence,
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
