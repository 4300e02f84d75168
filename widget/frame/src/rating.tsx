/**
 * The customer rates a closed conversation once: 1 to 5 (a radio group, each choice named) and an optional
 * comment, sent as a `rate` frame; the conversation says it recorded it (`rated`), and then we thank them.
 */
import { createSignal, For, Show } from "solid-js";
import type { Rating as RatingValue } from "../../../protocol/conversation";
import { strings } from "./strings";

const STAR = "M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3 6.1 20.6l1.3-6.6L2.5 9.4l6.6-.8z";

function Star(props: { on: boolean }) {
  return (
    <svg class="star" classList={{ on: props.on }} viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
      <path d={STAR} />
    </svg>
  );
}

export function Rating(props: {
  recorded: RatingValue | null;
  sending: boolean;
  problem: string | null;
  onRate: (rating: RatingValue) => void;
}) {
  const [score, setScore] = createSignal(0);
  const [hover, setHover] = createSignal(0);
  const [comment, setComment] = createSignal("");
  const shown = () => hover() || score();
  return (
    <Show
      when={!props.recorded}
      fallback={
        <p class="rated" role="status">
          {strings.rateThanks} {strings.rateGiven(props.recorded!.score)}
        </p>
      }
    >
      <form
        class="rating"
        onSubmit={(event) => {
          event.preventDefault();
          if (score() < 1 || props.sending) return;
          const text = comment().trim();
          props.onRate(text ? { score: score(), comment: text.slice(0, 1000) } : { score: score() });
        }}
      >
        <fieldset>
          <legend>{strings.rateTitle}</legend>
          <div class="stars" onMouseLeave={() => setHover(0)}>
            <For each={strings.rateLabels}>
              {(label, i) => (
                <label title={label} onMouseEnter={() => setHover(i() + 1)}>
                  <input
                    type="radio"
                    name="parley-score"
                    class="visually-hidden"
                    value={i() + 1}
                    checked={score() === i() + 1}
                    aria-label={strings.rateScore(i() + 1, label)}
                    onChange={() => setScore(i() + 1)}
                  />
                  <Star on={shown() > i()} />
                </label>
              )}
            </For>
          </div>
          <Show when={shown() > 0}>
            <p class="score-label" aria-hidden="true">
              {strings.rateLabels[shown() - 1]}
            </p>
          </Show>
        </fieldset>
        <Show when={score() > 0}>
          <label class="visually-hidden" for="parley-rating-comment">
            {strings.rateComment}
          </label>
          <textarea id="parley-rating-comment" rows={2} maxLength={1000} placeholder={strings.rateComment} value={comment()} onInput={(e) => setComment(e.currentTarget.value)} />
          <button type="submit" class="primary" disabled={props.sending}>
            {props.sending ? strings.rateSending : strings.rateSubmit}
          </button>
        </Show>
        <Show when={props.problem}>{(p) => <p class="problem" role="alert">{p()}</p>}</Show>
      </form>
    </Show>
  );
}
