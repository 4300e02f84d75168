import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { ArticleFeedbackList } from "../../protocol/help-center";
import { requireAdmin } from "../auth/middleware";
import { database } from "../db/client";
import { errors, json, router } from "../http/openapi";
import { feedbackByArticle } from "../support-site/feedback";

/** The help center's "Was this helpful?" votes per article, for admins (shown beside the knowledge gaps). */
export const articleFeedbackRoutes = router();
articleFeedbackRoutes.use("/review/article-feedback", requireAdmin);

articleFeedbackRoutes.openapi(
  createRoute({
    method: "get",
    path: "/review/article-feedback",
    tags: ["Conversation review"],
    summary: "Help-center articles with their 'Was this helpful?' votes in the period, least helpful first (admins)",
    request: { query: z.object({ days: z.coerce.number().int().min(1).max(365).default(30) }) },
    responses: { 200: json(ArticleFeedbackList, "Votes per article"), 403: errors[403] },
  }),
  async (c) => {
    const since = Date.now() - c.req.valid("query").days * 86_400_000;
    return c.json({ articles: await feedbackByArticle(database(c.env.DB), c.get("agent").siteId, since) }, 200);
  },
);
