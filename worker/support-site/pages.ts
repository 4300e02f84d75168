/**
 * The help center's pages, rendered on the edge. Every value goes through hono/html's escaping: text is
 * always text, never markup.
 */
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface HelpCenter {
  /** The experience's id: the help center's chat is its widget. */
  id: string;
  slug: string;
  name: string;
  color: string;
}

export interface ArticleLink {
  slug: string;
  title: string;
  category: string;
}

const base = (center: HelpCenter) => `/support/${center.slug}`;

export function layout(center: HelpCenter, title: string, body: Html, query = ""): Html {
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="stylesheet" href="/support/assets/help.css" />
    <link rel="stylesheet" href="${base(center)}/theme.css" />
  </head>
  <body>
    <header class="hero">
      <div class="wrap">
        <h1><a href="${base(center)}">${center.name}</a></h1>
        <form class="search" action="${base(center)}/search" method="get" role="search">
          <label class="visually-hidden" for="q">Search the help center</label>
          <input id="q" name="q" type="search" value="${query}" placeholder="Search for answers…" aria-label="Search the help center" />
          <button type="submit">Search</button>
        </form>
      </div>
    </header>
    <main class="wrap">${body}</main>
    <script src="/widget/v1/widget.js" data-experience="${center.id}" data-channel="support_site" async></script>
  </body>
</html>`;
}

export function homePage(center: HelpCenter, articles: ArticleLink[]): Html {
  const byCategory = new Map<string, ArticleLink[]>();
  for (const a of articles) byCategory.set(a.category, [...(byCategory.get(a.category) ?? []), a]);
  const sections = [...byCategory.entries()].map(
    ([category, list]) => html`<section class="category">
      <h2>${category}</h2>
      <ul>
        ${list.map((a) => html`<li><a href="${base(center)}/articles/${a.slug}">${a.title}</a></li>`)}
      </ul>
    </section>`,
  );
  const body = articles.length ? html`<div class="categories">${sections}</div>` : html`<p class="empty">No articles yet.</p>`;
  return layout(center, `${center.name} — Help center`, body);
}

export function searchPage(center: HelpCenter, query: string, results: (ArticleLink & { snippet: string })[]): Html {
  const body = html`<h2>Results for “${query}”</h2>
    ${results.length
      ? html`<ul class="results">
          ${results.map(
            (r) => html`<li class="result">
              <a href="${base(center)}/articles/${r.slug}">${r.title}</a>
              <p>${r.snippet}</p>
            </li>`,
          )}
        </ul>`
      : html`<p class="empty">No articles match. Try other words, or ask us in the chat.</p>`}`;
  return layout(center, `${query} — ${center.name}`, body, query);
}

export function articlePage(center: HelpCenter, article: ArticleLink & { body: string; updatedAt: number }): Html {
  const paragraphs = article.body.split(/\n\s*\n/).map((p) => html`<p>${p}</p>`);
  const updated = new Date(article.updatedAt).toISOString().slice(0, 10);
  const body = html`<nav class="crumbs" aria-label="Breadcrumb"><a href="${base(center)}">${center.name}</a> › ${article.category}</nav>
    <article>
      <h1>${article.title}</h1>
      ${paragraphs}
      <p class="empty">Updated ${updated}</p>
    </article>`;
  return layout(center, `${article.title} — ${center.name}`, body);
}

export function notFoundPage(): Html {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>Not found</title><link rel="stylesheet" href="/support/assets/help.css" /></head>
<body><main class="wrap"><h1>Not found</h1><p>There is no help center or article at this address.</p></main></body></html>`;
}

/** The experience's colour as a stylesheet; only a #rrggbb value ever gets in. */
export function themeCss(color: string): string {
  const safe = /^#[0-9a-fA-F]{6}$/.test(color) ? color : "#2563eb";
  return `:root { --accent: ${safe}; }\n.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }\n`;
}
