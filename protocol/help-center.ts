/** The help center's "Was this helpful?": a visitor's vote on an article, and the counts admins see. */
import { z } from "zod";

/** `POST /support/:experience/articles/:article/feedback` (a form of the article page): yes or no, once per visitor. */
export const ArticleFeedbackVote = z.object({ helpful: z.enum(["yes", "no"], "Answer yes or no") }).strict();
export type ArticleFeedbackVote = z.infer<typeof ArticleFeedbackVote>;

export const ArticleFeedbackRow = z.object({
  articleId: z.string(),
  slug: z.string(),
  title: z.string(),
  category: z.string(),
  helpful: z.number().int().min(0),
  notHelpful: z.number().int().min(0),
  lastVotedAt: z.number(),
});
export type ArticleFeedbackRow = z.infer<typeof ArticleFeedbackRow>;

/** `GET /api/review/article-feedback?days=30` (admins): articles with votes in the period, least helpful first. */
export const ArticleFeedbackList = z.object({ articles: z.array(ArticleFeedbackRow) });
export type ArticleFeedbackList = z.infer<typeof ArticleFeedbackList>;
