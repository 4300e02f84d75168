import { useSearchParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import type { RatingTally, SatisfactionReport, WeekTally } from "../../../protocol/satisfaction";
import { api } from "../api";
import { messageOf, Refusal } from "../ui/refusal";
import { ReviewHeader } from "./tabs";

const PERIODS = [4, 8, 12, 26, 52] as const;
const periodLabel = (weeks: number) => (weeks === 52 ? "Last 12 months" : `Last ${weeks} weeks`);
const weekOf = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const average = (t: RatingTally) => (t.average === null ? "—" : `${t.average.toFixed(1)} of 5`);
const ratings = (n: number) => (n === 1 ? "1 rating" : `${n} ratings`);

/**
 * How satisfied customers were: their ratings (1–5, given once a conversation ended) averaged per space and per
 * week, over every rated conversation — with the AI, handed off or people-only alike.
 */
export function SatisfactionPage() {
  const [params, setParams] = useSearchParams<{ weeks?: string }>();
  const weeks = () => {
    const n = Number(params.weeks);
    return (PERIODS as readonly number[]).includes(n) ? n : 8;
  };
  const [report] = createResource(weeks, (w) => api<SatisfactionReport>("GET", `/api/satisfaction?weeks=${w}`));

  return (
    <section class="review" aria-labelledby="satisfaction-title">
      <ReviewHeader />
      <div class="gaps-head">
        <div>
          <h2 id="satisfaction-title">Customer satisfaction</h2>
          <p class="review-lede">
            Customers' ratings of their conversations (1 to 5, given after the chat ended), per space and per week — every rated conversation, people-only ones
            included. Weeks start on Monday (UTC).
          </p>
        </div>
        <label>
          Period
          <select value={String(weeks())} onChange={(e) => setParams({ weeks: e.currentTarget.value === "8" ? undefined : e.currentTarget.value }, { replace: true })}>
            <For each={PERIODS}>{(w) => <option value={String(w)}>{periodLabel(w)}</option>}</For>
          </select>
        </label>
      </div>
      <Show when={!report.error} fallback={<Refusal message={messageOf(report.error)} />}>
        <Show when={report.latest} fallback={<p class="empty">Loading ratings…</p>}>
          {(r) => (
            <Show when={r().overall.count > 0} fallback={<p class="empty review-empty">No customer rated a conversation in the {periodLabel(weeks()).toLowerCase()}.</p>}>
              <p class="satisfaction-overall" role="status">
                <strong>{average(r().overall)}</strong> on average from {ratings(r().overall.count)}, {periodLabel(weeks()).toLowerCase()}, all spaces.
              </p>
              <WeekTable caption="All spaces, per week" weeks={r().byWeek} />
              <h3>Per space</h3>
              <table class="data satisfaction-spaces" aria-label="Satisfaction per space">
                <thead>
                  <tr>
                    <th scope="col">Space</th>
                    <th scope="col">Average</th>
                    <th scope="col">Ratings</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={r().spaces}>
                    {(space) => (
                      <tr>
                        <th scope="row">{space.name}</th>
                        <td>
                          <Score tally={space} />
                        </td>
                        <td>{space.count}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
              <For each={r().spaces}>{(space) => <WeekTable caption={`${space.name}, per week`} weeks={space.weeks} />}</For>
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}

/** The average in words, with a meter beside it (1 to 5). */
function Score(props: { tally: RatingTally }) {
  return (
    <span class="satisfaction-score">
      {average(props.tally)}
      <Show when={props.tally.average !== null}>
        {" "}
        <meter min={1} max={5} low={2.5} high={3.9} optimum={5} value={props.tally.average!} aria-hidden="true" />
      </Show>
    </span>
  );
}

function WeekTable(props: { caption: string; weeks: WeekTally[] }) {
  return (
    <table class="data satisfaction-weeks" aria-label={props.caption}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Week of</th>
          <th scope="col">Average</th>
          <th scope="col">Ratings</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.weeks}>
          {(w) => (
            <tr>
              <th scope="row">{weekOf.format(w.weekStart)}</th>
              <td>
                <Score tally={w} />
              </td>
              <td>{w.count}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
