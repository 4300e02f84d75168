import { Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { ArticleFeedbackVote } from "../../protocol/help-center";
import { database } from "../db/client";
import type { AppEnv } from "../env";
import { ApiError, validationError } from "../http/errors";
import { FORM_BODY_LIMIT, limitBody } from "../http/body-limit";
import { rateLimit } from "../http/rate-limit";
import { helpCenter, publishedArticle, publishedArticles, relatedArticles, searchArticles } from "../support-site/articles";
import { isVisitorId, recordVote, visitorVote, VISITOR_COOKIE } from "../support-site/feedback";
import { articlePage, homePage, notFoundPage, searchPage, themeCss, type HelpCenter } from "../support-site/pages";
import { HELP_CSS } from "../support-site/styles";

/** The support site: /support/<experience> is a help center with the experience's articles and search. */
export const supportSite = new Hono<AppEnv>();

supportSite.get("/assets/help.css", (c) => c.body(HELP_CSS, 200, { "content-type": "text/css; charset=utf-8", "cache-control": "public, max-age=3600" }));

const center = (e: { id: string; slug: string; name: string; color: string }): HelpCenter => ({ id: e.id, slug: e.slug, name: e.name, color: e.color });

supportSite.get("/:slug/theme.css", async (c) => {
  const experience = await helpCenter(database(c.env.DB), c.req.param("slug"));
  return c.body(themeCss(experience?.color ?? ""), 200, { "content-type": "text/css; charset=utf-8", "cache-control": "public, max-age=300" });
});

supportSite.get("/:slug", async (c) => {
  const db = database(c.env.DB);
  const experience = await helpCenter(db, c.req.param("slug"));
  if (!experience) return c.html(notFoundPage(), 404);
  return c.html(homePage(center(experience), await publishedArticles(db, experience.siteId)));
});

supportSite.get("/:slug/search", async (c) => {
  const experience = await helpCenter(database(c.env.DB), c.req.param("slug"));
  if (!experience) return c.html(notFoundPage(), 404);
  const query = (c.req.query("q") ?? "").slice(0, 200);
  return c.html(searchPage(center(experience), query, await searchArticles(c.env.DB, experience.siteId, query)));
});

supportSite.get("/:slug/articles/:article", async (c) => {
  const db = database(c.env.DB);
  const experience = await helpCenter(db, c.req.param("slug"));
  const article = experience ? await publishedArticle(db, experience.siteId, c.req.param("article")) : undefined;
  if (!experience || !article) return c.html(notFoundPage(), 404);
  const [related, vote] = await Promise.all([relatedArticles(db, experience.siteId, article), visitorVote(db, article.id, getCookie(c, VISITOR_COOKIE))]);
  return c.html(articlePage(center(experience), article, related, vote));
});

/** "Was this helpful?": the article page's form posts here; one vote per visitor and article, then back to the article. */
supportSite.post("/:slug/articles/:article/feedback", limitBody(FORM_BODY_LIMIT), async (c) => {
  // The help center sends no referrer, so a browser's form post says `Origin: null`: Sec-Fetch-Site tells where it came from.
  const site = c.req.header("sec-fetch-site");
  const origin = c.req.header("origin");
  const own = site ? site === "same-origin" : origin === undefined || origin === new URL(c.req.url).origin;
  if (!own) throw new ApiError(403, "bad_origin", "Feedback is only taken from the help center's own pages.");
  const db = database(c.env.DB);
  const experience = await helpCenter(db, c.req.param("slug"));
  const article = experience ? await publishedArticle(db, experience.siteId, c.req.param("article")) : undefined;
  if (!experience || !article) return c.html(notFoundPage(), 404);
  await rateLimit(c, c.env.WIDGET_LIMITER, `feedback:${experience.id}`, "Too much feedback from here. Wait a minute and try again.");
  const parsed = ArticleFeedbackVote.safeParse(await c.req.parseBody());
  if (!parsed.success) throw validationError(parsed.error, "feedback");
  let visitorId = getCookie(c, VISITOR_COOKIE);
  if (!isVisitorId(visitorId)) {
    visitorId = crypto.randomUUID();
    setCookie(c, VISITOR_COOKIE, visitorId, { path: "/support", httpOnly: true, secure: true, sameSite: "Lax", maxAge: 365 * 86_400 });
  }
  await recordVote(db, { siteId: experience.siteId, articleId: article.id, visitorId, helpful: parsed.data.helpful === "yes" });
  return c.redirect(`/support/${experience.slug}/articles/${article.slug}#feedback`, 303);
});

supportSite.all("*", (c) => c.html(notFoundPage(), 404));
