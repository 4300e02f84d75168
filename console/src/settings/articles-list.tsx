/** Knowledge base: every article the AI agent answers from and the support site shows, by category. */
import { A, useLocation } from "@solidjs/router";
import { createMemo, createResource, createSignal, For, Show } from "solid-js";
import type { Article } from "../../../protocol/settings";
import { api } from "../api";
import { ago, when } from "../ui/time";
import { Loaded } from "./controls";

export const loadArticles = () => api<{ articles: Article[] }>("GET", "/api/articles").then((r) => r.articles);

export function ArticlesPage() {
  const location = useLocation<{ deleted?: string }>();
  const [articles] = createResource(loadArticles);
  return (
    <section aria-labelledby="articles-title">
      <div class="st-page-head">
        <h2 id="articles-title">Knowledge base</h2>
        <A class="st-button primary" href="/settings/articles/new">
          New article
        </A>
      </div>
      <p class="st-lead">The AI agent answers from published articles, and the support site lists them by category. Drafts stay here.</p>
      <Show when={location.state?.deleted}>
        <p class="st-saved" role="status">
          “{location.state?.deleted}” was deleted.
        </p>
      </Show>
      <Loaded resource={articles} what="the articles">
        {(list) => <ArticleTable articles={list()} />}
      </Loaded>
    </section>
  );
}

function ArticleTable(props: { articles: Article[] }) {
  const [query, setQuery] = createSignal("");
  const shown = createMemo(() => {
    const q = query().trim().toLowerCase();
    if (!q) return props.articles;
    return props.articles.filter((a) => `${a.title} ${a.category} ${a.body}`.toLowerCase().includes(q));
  });
  const published = () => props.articles.filter((a) => a.published).length;
  return (
    <Show when={props.articles.length > 0} fallback={<p class="empty">No articles yet. Write the first one: the AI agent can only answer from what is here.</p>}>
      <div class="st-toolbar">
        <label for="article-filter" class="sr-only">
          Filter articles
        </label>
        <input id="article-filter" type="search" placeholder="Filter by title, category or text" value={query()} onInput={(e) => setQuery(e.currentTarget.value)} />
        <span class="st-muted" role="status">
          {props.articles.length} articles, {published()} published
          {query().trim() ? ` · ${shown().length} shown` : ""}
        </span>
      </div>
      <table class="data" aria-labelledby="articles-title">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Category</th>
            <th scope="col">Status</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          <For each={shown()} fallback={<tr><td colSpan={4} class="empty">No article matches.</td></tr>}>
            {(article) => (
              <tr>
                <td>
                  <A href={`/settings/articles/${article.id}`}>{article.title}</A>
                </td>
                <td>{article.category}</td>
                <td>
                  <span class={`badge ${article.published ? "on" : "off"}`}>{article.published ? "Published" : "Draft"}</span>
                </td>
                <td title={when(article.updatedAt)}>{ago(article.updatedAt)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </Show>
  );
}
