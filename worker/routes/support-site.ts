import { Hono } from "hono";
import { database } from "../db/client";
import type { AppEnv } from "../env";
import { helpCenter, publishedArticle, publishedArticles, searchArticles } from "../support-site/articles";
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
  return c.html(articlePage(center(experience), article));
});

supportSite.all("*", (c) => c.html(notFoundPage(), 404));
