import { A } from "@solidjs/router";
import type { JSX } from "solid-js";

/** The review screen's heading and its tabs: the conversations, the knowledge gaps, the answers agents saved, and customers' ratings. */
export function ReviewHeader(props: { children?: JSX.Element }) {
  return (
    <header class="review-head">
      <div>
        <h1>Conversation review</h1>
        <p class="review-lede">How the AI agent did: every conversation it took part in, and what it could not answer; and how satisfied customers were.</p>
      </div>
      <nav class="review-tabs" aria-label="Conversation review">
        <A href="/review" end>
          Conversations
        </A>
        <A href="/review/knowledge-gaps">Knowledge gaps</A>
        <A href="/review/saved-answers">Saved answers</A>
        <A href="/review/satisfaction">Satisfaction</A>
      </nav>
      {props.children}
    </header>
  );
}
