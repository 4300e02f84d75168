import { createResource, For, Show } from "solid-js";
import type { ArticleFeedbackList } from "../../../protocol/help-center";
import { api } from "../api";
import { messageOf, Refusal } from "../ui/refusal";
import { Stamp } from "../ui/stamp";

const share = (yes: number, no: number) => `${Math.round((yes / (yes + no)) * 100)}%`;

/**
 * The help center's "Was this helpful?" votes per article in the period, least helpful first: beside the
 * questions the AI could not answer, the articles readers say did not answer theirs.
 */
export function ArticleFeedbackPanel(props: { days: number }) {
  const [feedback] = createResource(
    () => props.days,
    (d) => api<ArticleFeedbackList>("GET", `/api/review/article-feedback?days=${d}`).then((r) => r.articles),
  );
  return (
    <section class="article-feedback" aria-labelledby="article-feedback-title">
      <h2 id="article-feedback-title">Was this article helpful?</h2>
      <p class="review-lede">What help-center readers answered under each article, least helpful first. One vote per reader and article.</p>
      <Show when={!feedback.error} fallback={<Refusal message={messageOf(feedback.error)} />}>
        <Show when={feedback.latest !== undefined} fallback={<p class="empty">Loading article feedback…</p>}>
          <Show when={(feedback.latest ?? []).length > 0} fallback={<p class="empty review-empty">No reader has voted on an article in this period.</p>}>
            <table class="data" aria-busy={feedback.loading}>
              <caption class="sr-only">Article feedback, least helpful first</caption>
              <thead>
                <tr>
                  <th scope="col">Article</th>
                  <th scope="col">Helpful</th>
                  <th scope="col">Not helpful</th>
                  <th scope="col">Share helpful</th>
                  <th scope="col">Last vote</th>
                </tr>
              </thead>
              <tbody>
                <For each={feedback.latest}>
                  {(a) => (
                    <tr>
                      <th scope="row">
                        {a.title}
                        <small class="article-feedback-category">{a.category}</small>
                      </th>
                      <td>{a.helpful} yes</td>
                      <td>{a.notHelpful} no</td>
                      <td>{share(a.helpful, a.notHelpful)}</td>
                      <td>
                        <Stamp at={a.lastVotedAt} />
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        </Show>
      </Show>
    </section>
  );
}
