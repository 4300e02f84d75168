/** "Was this helpful?": one vote per visitor and article (kept in D1), and the counts per article for admins. */
import { and, desc, eq, gte, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { articleFeedback, articles } from "../db/schema";
import type { ArticleFeedbackRow } from "../../protocol/help-center";

/** The help center's visitor id: a random value in a cookie of the support site, nothing else about them. */
export const VISITOR_COOKIE = "parley_hc_visitor";
export const isVisitorId = (value: string | undefined): value is string => !!value && /^[0-9a-f-]{36}$/.test(value);

/** Records the visitor's vote once; a second vote on the same article changes nothing. */
export async function recordVote(db: Db, vote: { siteId: string; articleId: string; visitorId: string; helpful: boolean }): Promise<void> {
  await db.insert(articleFeedback).values(vote).onConflictDoNothing();
}

/** How this visitor voted on the article, if they did. */
export async function visitorVote(db: Db, articleId: string, visitorId: string | undefined): Promise<boolean | null> {
  if (!isVisitorId(visitorId)) return null;
  const row = await db
    .select({ helpful: articleFeedback.helpful })
    .from(articleFeedback)
    .where(and(eq(articleFeedback.articleId, articleId), eq(articleFeedback.visitorId, visitorId)))
    .get();
  return row ? row.helpful : null;
}

/** Every article voted on since `since`, least helpful first (most "no" votes, then fewest "yes"). */
export async function feedbackByArticle(db: Db, siteId: string, since: number): Promise<ArticleFeedbackRow[]> {
  const notHelpful = sql<number>`sum(case when ${articleFeedback.helpful} then 0 else 1 end)`;
  const helpful = sql<number>`sum(case when ${articleFeedback.helpful} then 1 else 0 end)`;
  return db
    .select({
      articleId: articles.id,
      slug: articles.slug,
      title: articles.title,
      category: articles.category,
      helpful,
      notHelpful,
      lastVotedAt: sql<number>`max(${articleFeedback.createdAt})`,
    })
    .from(articleFeedback)
    .innerJoin(articles, eq(articles.id, articleFeedback.articleId))
    .where(and(eq(articleFeedback.siteId, siteId), gte(articleFeedback.createdAt, since)))
    .groupBy(articles.id)
    .orderBy(desc(notHelpful), helpful, articles.title)
    .limit(100);
}
