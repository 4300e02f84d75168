/** What the help center reads from D1: a published experience with the support-site channel, its articles, search. */
import { and, asc, eq, ne } from "drizzle-orm";
import type { Db } from "../db/client";
import { articles, experiences } from "../db/schema";
import { keyTerms } from "../../durable-objects/ai/text";

export async function helpCenter(db: Db, slug: string) {
  // A URL name belongs to one experience across all sites (see assertSlugFree).
  const experience = (await db.select().from(experiences).where(eq(experiences.slug, slug)).get()) ?? null;
  if (!experience || !experience.channels.includes("support_site")) return null;
  return experience;
}

export function publishedArticles(db: Db, siteId: string) {
  return db
    .select({ slug: articles.slug, title: articles.title, category: articles.category })
    .from(articles)
    .where(and(eq(articles.siteId, siteId), eq(articles.published, true)))
    .orderBy(asc(articles.category), asc(articles.title));
}

export function publishedArticle(db: Db, siteId: string, slug: string) {
  return db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, category: articles.category, body: articles.body, updatedAt: articles.updatedAt })
    .from(articles)
    .where(and(eq(articles.siteId, siteId), eq(articles.slug, slug), eq(articles.published, true)))
    .get();
}

/** Other published articles of the same category, for "Related articles". */
export function relatedArticles(db: Db, siteId: string, article: { slug: string; category: string }, limit = 5) {
  return db
    .select({ slug: articles.slug, title: articles.title, category: articles.category })
    .from(articles)
    .where(and(eq(articles.siteId, siteId), eq(articles.category, article.category), ne(articles.slug, article.slug), eq(articles.published, true)))
    .orderBy(asc(articles.title))
    .limit(limit);
}

/** Full-text search, best first, with a short snippet; the visitor's words are quoted terms, never FTS syntax. */
export async function searchArticles(d1: D1Database, siteId: string, query: string) {
  const terms = keyTerms(query).slice(0, 12);
  if (terms.length === 0) return [];
  const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(" OR ");
  const rows = await d1
    .prepare(
      `SELECT a.slug, a.title, a.category, snippet(articles_fts, 1, '', '', '…', 24) AS snippet
       FROM articles_fts f JOIN articles a ON a.rowid = f.rowid
       WHERE f.articles_fts MATCH ? AND a.site_id = ? AND a.published = 1
       ORDER BY bm25(articles_fts, 4.0, 1.0) LIMIT 20`,
    )
    .bind(match, siteId)
    .all<{ slug: string; title: string; category: string; snippet: string }>();
  // Snippets are plain text: no Markdown marks.
  return rows.results.map((r) => ({ ...r, snippet: r.snippet.replace(/[*_`#]+/g, "").replace(/\s+/g, " ").trim() }));
}
