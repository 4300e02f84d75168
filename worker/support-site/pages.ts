/**
 * The help center's pages, rendered on the edge. Every value goes through hono/html's escaping: text is
 * always text, never markup.
 */
import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { articleHtml } from "./markdown";

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
/** The id of a category's section on the home page, for the breadcrumb's link. */
const categoryId = (category: string) => `c-${category.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;

/** The page; `brand` is the site name's element: the home page's heading, a plain line above an article (whose title is the h1). */
export function layout(center: HelpCenter, title: string, body: Html, query = "", brand: "h1" | "p" = "h1"): Html {
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
        ${brand === "h1" ? html`<h1><a href="${base(center)}">${center.name}</a></h1>` : html`<p class="brand"><a href="${base(center)}">${center.name}</a></p>`}
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
    ([category, list]) => html`<section class="category" id="${categoryId(category)}">
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

export interface ArticleView extends ArticleLink {
  body: string;
  updatedAt: number;
}

/** The visitor's "Was this helpful?" vote: not given yet (the form), or given (thanks). */
function helpfulBox(center: HelpCenter, article: ArticleLink, vote: boolean | null): Html {
  if (vote !== null) {
    return html`<section class="helpful" id="feedback" aria-labelledby="helpful-title">
      <h2 id="helpful-title">Thanks for your feedback</h2>
      <p>${vote ? "Glad it helped." : "We'll use it to make this article better."}</p>
    </section>`;
  }
  return html`<section class="helpful" id="feedback" aria-labelledby="helpful-title">
    <h2 id="helpful-title">Was this article helpful?</h2>
    <form method="post" action="${base(center)}/articles/${article.slug}/feedback">
      <button type="submit" name="helpful" value="yes">Yes</button>
      <button type="submit" name="helpful" value="no">No</button>
    </form>
  </section>`;
}

export function articlePage(center: HelpCenter, article: ArticleView, related: ArticleLink[], vote: boolean | null): Html {
  // Markdown through markdown-it with HTML off, then js-xss's allowlist (the xss package): article text is never markup.
  const document = raw(articleHtml(article.body));
  const updated = new Date(article.updatedAt).toISOString().slice(0, 10);
  const body = html`<nav class="crumbs" aria-label="Breadcrumb">
      <ol>
        <li><a href="${base(center)}">${center.name}</a></li>
        <li><a href="${base(center)}#${categoryId(article.category)}">${article.category}</a></li>
        <li><span aria-current="page">${article.title}</span></li>
      </ol>
    </nav>
    <div class="article-layout">
      <article>
        <h1>${article.title}</h1>
        <div class="document">${document}</div>
        <p class="updated">Updated <time datetime="${updated}">${updated}</time></p>
        ${helpfulBox(center, article, vote)}
      </article>
      <aside class="aside">
        ${related.length
          ? html`<section class="related" aria-labelledby="related-title">
              <h2 id="related-title">Related articles</h2>
              <ul>
                ${related.map((r) => html`<li><a href="${base(center)}/articles/${r.slug}">${r.title}</a></li>`)}
              </ul>
            </section>`
          : ""}
        <section class="need-help" aria-labelledby="need-help-title">
          <h2 id="need-help-title">Still need help?</h2>
          <p>Our team and assistant answer in the chat.</p>
          <button type="button" class="chat-button" data-parley-open>Chat with us</button>
        </section>
      </aside>
    </div>`;
  return layout(center, `${article.title} — ${center.name}`, body, "", "p");
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
