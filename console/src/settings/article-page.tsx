/** One knowledge-base article: write it, edit it, publish or keep it as a draft, delete it. */
import { A, useLocation, useNavigate, useParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { ArticleCreate, type Article, type Experience } from "../../../protocol/settings";
import { api } from "../api";
import { messageOf, Refusal } from "../ui/refusal";
import { when } from "../ui/time";
import { loadArticles } from "./articles-list";
import { ConfirmButton, Loaded } from "./controls";
import { suggestSlug } from "./experience-form";
import { check, Choice, createSaver, Field, SaveBar, type FieldErrors } from "./form";

type Draft = Pick<Article, "title" | "slug" | "body" | "category" | "published">;

/** Everything the article form needs: the article (or none, for a new one), the categories in use, a help center. */
async function loadContext(id: string | null) {
  const [article, articles, experiences] = await Promise.all([
    id ? api<Article>("GET", `/api/articles/${encodeURIComponent(id)}`) : Promise.resolve(null),
    loadArticles(),
    api<{ experiences: Experience[] }>("GET", "/api/experiences").then((r) => r.experiences),
  ]);
  const categories = [...new Set(articles.map((a) => a.category))].sort();
  const helpCenter = experiences.find((e) => e.channels.includes("support_site"))?.slug ?? null;
  return { article, categories, helpCenter };
}

export function ArticlePage() {
  const params = useParams<{ id?: string }>();
  return (
    <section aria-labelledby="article-title">
      <p class="st-crumbs">
        <A href="/settings/articles">Knowledge base</A>
      </p>
      <Show when={params.id ?? "new"} keyed>
        {(id) => <ArticleLoader id={id === "new" ? null : id} />}
      </Show>
    </section>
  );
}

function ArticleLoader(props: { id: string | null }) {
  const [data] = createResource(() => loadContext(props.id));
  return (
    <Loaded resource={data} what="the article">
      {(d) => <ArticleEditor {...d()} />}
    </Loaded>
  );
}

function ArticleEditor(props: { article: Article | null; categories: string[]; helpCenter: string | null }) {
  const navigate = useNavigate();
  const location = useLocation<{ created?: boolean }>();
  const defaults = ArticleCreate.shape;
  const [article, setArticle] = createSignal(props.article);
  const [draft, setDraft] = createStore<Draft>(
    props.article ?? { title: "", slug: "", body: "", category: defaults.category.parse(undefined), published: defaults.published.parse(undefined) },
  );
  const [slugEdited, setSlugEdited] = createSignal(props.article !== null);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [refusal, setRefusal] = createSignal<string | null>(null);
  const saver = createSaver();
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => {
    setDraft(field, value);
    saver.touched();
  };

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const value = check(ArticleCreate, { title: draft.title, slug: draft.slug, body: draft.body, category: draft.category, published: draft.published }, setErrors);
    if (!value) return;
    const current = article();
    const saved = await saver.run(() => (current ? api<Article>("PATCH", `/api/articles/${current.id}`, value) : api<Article>("POST", "/api/articles", value)));
    if (!saved) return;
    if (current) setArticle(saved);
    else navigate(`/settings/articles/${saved.id}`, { state: { created: true } });
  }

  async function remove(current: Article) {
    setRefusal(null);
    try {
      await api("DELETE", `/api/articles/${current.id}`);
      navigate("/settings/articles", { state: { deleted: current.title } });
    } catch (err) {
      setRefusal(messageOf(err));
    }
  }

  return (
    <>
      <h2 id="article-title">{article()?.title ?? "New article"}</h2>
      <Show when={location.state?.created && article()}>
        <p class="st-saved" role="status">
          Saved.
        </p>
      </Show>
      <Show when={article()}>
        {(a) => (
          <p class="st-muted">
            Last changed {when(a().updatedAt)}.{" "}
            <Show when={a().published && props.helpCenter}>
              <a href={`/support/${props.helpCenter}/articles/${a().slug}`} target="_blank" rel="noopener">
                View on the support site
              </a>
            </Show>
          </p>
        )}
      </Show>
      <form class="panel st-form" onSubmit={submit} novalidate aria-label="Article">
        <div class="st-row">
          <Field label="Title" error={errors().title}>
            {(a) => (
              <input
                {...a}
                value={draft.title}
                maxLength={200}
                onInput={(e) => {
                  set("title", e.currentTarget.value);
                  if (!slugEdited()) setDraft("slug", suggestSlug(e.currentTarget.value).slice(0, 80));
                }}
              />
            )}
          </Field>
          <Field label="URL name" hint={`Its address on the support site: …/articles/${draft.slug || "…"}`} error={errors().slug}>
            {(a) => (
              <input
                {...a}
                class="st-mono"
                value={draft.slug}
                maxLength={80}
                onInput={(e) => {
                  setSlugEdited(true);
                  set("slug", e.currentTarget.value.toLowerCase());
                }}
              />
            )}
          </Field>
          <Field label="Category" hint="Articles are grouped by category on the support site." error={errors().category}>
            {(a) => <input {...a} list="article-categories" value={draft.category} maxLength={60} onInput={(e) => set("category", e.currentTarget.value)} />}
          </Field>
          <datalist id="article-categories">
            <For each={props.categories}>{(c) => <option value={c} />}</For>
          </datalist>
        </div>
        <Field label="Body" hint="Plain text. Blank lines separate paragraphs; the AI quotes the paragraph that answers." error={errors().body}>
          {(a) => <textarea {...a} class="st-article-body" rows={16} maxLength={20000} value={draft.body} onInput={(e) => set("body", e.currentTarget.value)} />}
        </Field>
        <Choice
          type="checkbox"
          label="Published"
          hint="Published articles are what the AI agent answers from and what the support site shows. Unpublished ones are drafts."
          checked={draft.published}
          onChange={(on) => set("published", on)}
        />
        <SaveBar saver={saver} label={article() ? "Save article" : "Create article"} invalid={Object.keys(errors()).length > 0} />
      </form>
      <Show when={article()}>
        {(a) => (
          <section class="panel st-danger-zone" aria-labelledby="delete-article-title">
            <h3 id="delete-article-title">Delete this article</h3>
            <ConfirmButton label="Delete article" confirmLabel="Delete for good" question={`Delete “${a().title}”?`} onConfirm={() => remove(a())} />
            <Refusal message={refusal()} />
          </section>
        )}
      </Show>
    </>
  );
}
