import { useSearchParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { api } from "../api";
import { messageOf, Refusal } from "../ui/refusal";
import { Stamp } from "../ui/stamp";
import type { KnowledgeGapList } from "./labels";
import { ArticleFeedbackPanel } from "./article-feedback";
import { ReviewHeader } from "./tabs";

const PERIODS = [7, 30, 90, 365] as const;
const periodLabel = (days: number) => (days === 365 ? "Last 12 months" : `Last ${days} days`);

/** Questions the AI agent could not answer, grouped by topic, most asked first: what the knowledge base lacks. */
export function KnowledgeGapsPage() {
  const [params, setParams] = useSearchParams<{ days?: string }>();
  const days = () => {
    const n = Number(params.days);
    return (PERIODS as readonly number[]).includes(n) ? n : 30;
  };
  const [gaps] = createResource(days, (d) => api<KnowledgeGapList>("GET", `/api/review/knowledge-gaps?days=${d}`).then((r) => r.gaps));
  const total = () => (gaps.error ? 0 : (gaps() ?? []).reduce((sum, g) => sum + g.count, 0));

  return (
    <section class="review" aria-labelledby="gaps-title">
      <ReviewHeader />
      <div class="gaps-head">
        <div>
          <h2 id="gaps-title">Knowledge gaps</h2>
          <p class="review-lede">
            Questions the AI agent could not answer, grouped by topic, most asked first. An article that answers them closes the gap.
          </p>
        </div>
        <label>
          Period
          <select value={String(days())} onChange={(e) => setParams({ days: e.currentTarget.value === "30" ? undefined : e.currentTarget.value }, { replace: true })}>
            <For each={PERIODS}>{(d) => <option value={String(d)}>{periodLabel(d)}</option>}</For>
          </select>
        </label>
      </div>
      <Show when={!gaps.error} fallback={<Refusal message={messageOf(gaps.error)} />}>
        <Show when={gaps.latest !== undefined} fallback={<p class="empty">Loading knowledge gaps…</p>}>
          <Show
            when={(gaps.latest ?? []).length > 0}
            fallback={<p class="empty review-empty">The AI agent answered every question in the {periodLabel(days()).toLowerCase()}.</p>}
          >
            <p class="empty" role="status">
              {total() === 1 ? "1 unanswered question" : `${total()} unanswered questions`} on {gaps.latest!.length === 1 ? "1 topic" : `${gaps.latest!.length} topics`},{" "}
              {periodLabel(days()).toLowerCase()}.
            </p>
            <table class="data gaps-table" aria-busy={gaps.loading}>
              <caption class="sr-only">Knowledge gaps, most asked first</caption>
              <thead>
                <tr>
                  <th scope="col">Topic</th>
                  <th scope="col">Asked</th>
                  <th scope="col">Last asked</th>
                  <th scope="col">What customers asked</th>
                </tr>
              </thead>
              <tbody>
                <For each={gaps.latest}>
                  {(g) => (
                    <tr>
                      <th scope="row" class="gap-topic">
                        {g.topic}
                      </th>
                      <td>{g.count === 1 ? "once" : `${g.count} times`}</td>
                      <td>
                        <Stamp at={g.lastAskedAt} />
                      </td>
                      <td>
                        <ul class="gap-examples">
                          <For each={g.examples}>{(q) => <li>“{q}”</li>}</For>
                        </ul>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        </Show>
      </Show>
      <ArticleFeedbackPanel days={days()} />
    </section>
  );
}
