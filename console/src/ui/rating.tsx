/** A customer's rating (1–5 and their comment), as every console screen shows it: stars as text, and the words. */
import { Show } from "solid-js";
import type { Rating } from "../../../protocol/conversation";
import "./rating.css";

const WORDS = ["", "Very poor", "Poor", "OK", "Good", "Excellent"] as const;

/** "4 of 5: Good", as the widget names each choice. */
export const ratingWords = (score: number): string => `${score} of 5: ${WORDS[score] ?? ""}`;

/** Five stars, the score's filled, hidden from screen readers (they read the words). */
export const stars = (score: number): string => "★".repeat(score) + "☆".repeat(Math.max(0, 5 - score));

/** The rating inline: stars, then the words and, with `comment`, the customer's comment as text. */
export function RatingBadge(props: { rating: Rating; comment?: boolean }) {
  return (
    <span class="rating" data-score={props.rating.score}>
      <span class="rating-stars" aria-hidden="true">
        {stars(props.rating.score)}
      </span>{" "}
      <span class="rating-words">{ratingWords(props.rating.score)}</span>
      <Show when={props.comment && props.rating.comment}>
        {(comment) => <q class="rating-comment">{comment()}</q>}
      </Show>
    </span>
  );
}
