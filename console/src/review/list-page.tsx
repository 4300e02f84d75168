import { A, useLocation, useSearchParams } from "@solidjs/router";
import { createEffect, createMemo, createSignal, For, on, Show } from "solid-js";
import { api } from "../api";
import { messageOf, Refusal } from "../ui/refusal";
import { Stamp } from "../ui/stamp";
import { filtersProblem, hasFilters, listQuery, readFilters, setLastList, type FilterParams } from "./filters";
import { FiltersForm, type FilterPatch } from "./filters-form";
import { MarkBadge, OutcomeBadge } from "./badges";
import { customerText, reasonText, type Reviewed, type ReviewPage } from "./labels";
import { ReviewHeader } from "./tabs";

/** Every conversation the AI agent took part in, newest first, filtered, a page at a time. */
export function ReviewListPage() {
  const [params, setParams] = useSearchParams<FilterParams>();
  const location = useLocation();
  const filters = createMemo(() => readFilters(params), undefined, { equals: (a, b) => listQuery(a) === listQuery(b) });
  createEffect(() => setLastList(`/review${location.search}`));

  const [rows, setRows] = createSignal<Reviewed[]>([]);
  const [next, setNext] = createSignal<number | null>(null);
  /** What is being fetched: the first page of the current filters, or the next page. */
  const [loading, setLoading] = createSignal<"first" | "more" | null>("first");
  const [error, setError] = createSignal<string | null>(null);
  let generation = 0;

  /** Loads the first page (no cursor) or the page after `before`; answers from older filters are dropped. */
  async function load(before?: number) {
    const gen = generation;
    setLoading(before === undefined ? "first" : "more");
    setError(null);
    try {
      const page = await api<ReviewPage>("GET", `/api/review/conversations?${listQuery(filters(), before)}`);
      if (gen !== generation) return;
      setRows((had) => (before === undefined ? page.conversations : [...had, ...page.conversations]));
      setNext(page.next);
    } catch (err) {
      if (gen !== generation) return;
      if (before === undefined) setRows([]);
      setError(messageOf(err));
    } finally {
      if (gen === generation) setLoading(null);
    }
  }

  createEffect(
    on(filters, (f) => {
      // The rows of the previous filters stay (dimmed) until the new ones arrive, so the table does not flicker.
      generation += 1;
      setNext(null);
      setError(null);
      if (filtersProblem(f)) {
        setRows([]);
        setLoading(null);
      } else void load();
    }),
  );

  const change = (patch: FilterPatch) => setParams(patch, { replace: true });
  const clear = () => setParams({ outcome: undefined, reason: undefined, mark: undefined, from: undefined, to: undefined }, { replace: true });

  return (
    <section class="review" aria-labelledby="review-title">
      <ReviewHeader />
      <h2 id="review-title" class="sr-only">
        Conversations
      </h2>
      <FiltersForm filters={filters()} onChange={change} onClear={clear} />
      <Refusal message={filtersProblem(filters()) ?? error()} />
      <Show when={rows().length > 0} fallback={<EmptyList loading={loading() !== null} filtered={hasFilters(filters())} failed={!!error()} />}>
        <ReviewTable rows={rows()} busy={loading() === "first"} />
      </Show>
      <div class="review-more">
        <p class="empty" role="status">
          <Show when={rows().length > 0}>
            {rows().length === 1 ? "1 conversation" : `${rows().length} conversations`}
            {next() !== null ? " shown; there are more." : "."}
          </Show>
        </p>
        <Show when={next() !== null}>
          <button type="button" class="secondary" disabled={loading() !== null} onClick={() => void load(next() ?? undefined)}>
            {loading() === "more" ? "Loading…" : "Load more"}
          </button>
        </Show>
      </div>
    </section>
  );
}

function EmptyList(props: { loading: boolean; filtered: boolean; failed: boolean }) {
  return (
    <Show when={!props.failed}>
      <p class="empty review-empty">
        {props.loading
          ? "Loading conversations…"
          : props.filtered
            ? "No conversations match these filters."
            : "The AI agent has not taken part in any conversation yet."}
      </p>
    </Show>
  );
}

function ReviewTable(props: { rows: Reviewed[]; busy: boolean }) {
  return (
    <table class="data review-table" aria-busy={props.busy} classList={{ busy: props.busy }}>
      <caption class="sr-only">Conversations the AI agent took part in, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Conversation</th>
          <th scope="col">Customer</th>
          <th scope="col">Outcome</th>
          <th scope="col">Handoff reason</th>
          <th scope="col">AI turns</th>
          <th scope="col">Started</th>
          <th scope="col">Review</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
          {(c) => (
            <tr>
              <td>
                <A href={`/review/${encodeURIComponent(c.id)}`} class="review-link">
                  <span class="key">{c.key}</span> {c.summary}
                </A>
              </td>
              <td>{customerText(c.customer)}</td>
              <td>
                <OutcomeBadge conversation={c} />
              </td>
              <td>{reasonText(c.handoffReason) || <span class="empty">—</span>}</td>
              <td>{c.aiTurns}</td>
              <td>
                <Stamp at={c.createdAt} as="when" />
              </td>
              <td>
                <MarkBadge mark={c.review?.mark ?? null} />
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
