/**
 * The embedded responder: answers from the site's knowledge base with no network. FTS5 in D1 finds the
 * candidate articles; confidence is the share of the question's meaning (its terms, weighted by how rare
 * they are in the knowledge base) that the best article covers. Below the threshold it says it cannot
 * help rather than guess. The answer quotes the passage that matches best and links the article.
 */
import { asksForPerson, keyTerms, stem, words } from "./text";
import type { ArticleRef, Responder, ResponderInput, ResponderOutput } from "./responder";

const MAX_TERMS = 12;
const TITLE_WEIGHT = 1.5;

/** FTS5 query for one term: quoted, so user text is always data and never query syntax. */
const ftsTerm = (term: string) => `"${term.replace(/"/g, '""')}"`;

export interface KnowledgeBaseMatch {
  article: { slug: string; title: string; body: string } | null;
  confidence: number;
  terms: string[];
}

/** The best article for a question and how much of the question it covers (0..1). */
export async function bestArticle(db: D1Database, siteId: string, question: string): Promise<KnowledgeBaseMatch> {
  const terms = keyTerms(question).slice(0, MAX_TERMS);
  if (terms.length === 0) return { article: null, confidence: 0, terms };
  const total = await db.prepare("SELECT count(*) AS n FROM articles WHERE site_id = ? AND published = 1").bind(siteId).first<{ n: number }>();
  const docs = total?.n ?? 0;
  if (docs === 0) return { article: null, confidence: 0, terms };

  // One round trip: for every term, the articles whose title or body contain it (stemmed by FTS5).
  const perTerm = await db.batch<{ rowid: number; title: string }>(
    terms.map((term) =>
      db
        .prepare(
          `SELECT a.rowid AS rowid, a.title AS title FROM articles_fts f JOIN articles a ON a.rowid = f.rowid
           WHERE f.articles_fts MATCH ?1 AND a.site_id = ?2 AND a.published = 1`,
        )
        .bind(ftsTerm(term), siteId),
    ),
  );

  // Rare terms say more about a question than common ones; a term no article has weighs the most.
  const idf = terms.map((_, i) => Math.log((docs + 1) / ((perTerm[i]?.results.length ?? 0) + 0.5)) + 1);
  const weightOf = (i: number) => idf[i]!;
  const totalWeight = terms.reduce((sum, _, i) => sum + weightOf(i), 0);

  const candidates = new Map<number, { matched: Set<number>; title: Set<number> }>();
  perTerm.forEach((result, i) => {
    const stemmed = stem(terms[i]!);
    for (const row of result.results) {
      const c = candidates.get(row.rowid) ?? { matched: new Set<number>(), title: new Set<number>() };
      c.matched.add(i);
      if (words(row.title).some((w) => stem(w) === stemmed)) c.title.add(i);
      candidates.set(row.rowid, c);
    }
  });
  if (candidates.size === 0) return { article: null, confidence: 0, terms };

  const score = (c: { matched: Set<number>; title: Set<number> }) => {
    let covered = 0;
    for (const i of c.matched) covered += weightOf(i) * (c.title.has(i) ? TITLE_WEIGHT : 1);
    return covered / totalWeight;
  };
  const [bestRowid, best] = [...candidates.entries()].sort((a, b) => score(b[1]) - score(a[1]))[0]!;
  const coverage = [...best.matched].reduce((sum, i) => sum + weightOf(i), 0) / totalWeight;
  const article = await db
    .prepare("SELECT slug, title, body FROM articles WHERE rowid = ?")
    .bind(bestRowid)
    .first<{ slug: string; title: string; body: string }>();
  return { article, confidence: Math.min(1, coverage), terms };
}

/** The paragraph of the article that shares the most (stemmed) words with the question. */
export function bestPassage(body: string, terms: string[]): string {
  const wanted = new Set(terms.map(stem));
  const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  let best = paragraphs[0] ?? body;
  let bestScore = -1;
  for (const p of paragraphs) {
    const have = new Set(words(p).map(stem));
    let s = 0;
    for (const w of wanted) if (have.has(w)) s += 1;
    if (s > bestScore) {
      best = p;
      bestScore = s;
    }
  }
  return best;
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
    if (!match.article || match.confidence < input.confidenceThreshold) {
      return { kind: "cannot_help", confidence: match.confidence, wantsPerson };
    }
    const ref: ArticleRef = {
      slug: match.article.slug,
      title: match.article.title,
      url: `${this.origin}/support/${input.experience.slug}/articles/${match.article.slug}`,
    };
    const passage = bestPassage(match.article.body, match.terms);
    const text = `From our help article "${ref.title}":\n\n${passage}\n\nThe whole article: ${ref.url}`;
    return { kind: "answer", text, articles: [ref], confidence: match.confidence, wantsPerson };
  }
}
