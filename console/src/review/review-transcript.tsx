import { authorName } from "../ui/names";
import { For, Show } from "solid-js";
import "../ui/transcript.css";
import { teamLine } from "../ui/system-lines";
import { Stamp } from "../ui/stamp";
import type { DetailEntry } from "./labels";

/**
 * The transcript as the review API tells it: the AI portion (what the customer and the AI agent said before
 * any handoff, per entry's `aiPortion`) framed and labelled as one region, and what came after it below.
 */
export function ReviewTranscript(props: { entries: DetailEntry[]; handedOff: boolean }) {
  const first = () => props.entries.findIndex((e) => e.aiPortion);
  const last = () => props.entries.findLastIndex((e) => e.aiPortion);
  const before = () => (first() < 0 ? props.entries : props.entries.slice(0, first()));
  const portion = () => (first() < 0 ? [] : props.entries.slice(first(), last() + 1));
  const after = () => (first() < 0 ? [] : props.entries.slice(last() + 1));
  const aiMessages = () => portion().filter((e) => e.aiPortion && e.author.type === "ai").length;
  return (
    <section class="review-transcript" aria-labelledby="review-transcript-title">
      <h2 id="review-transcript-title">Transcript</h2>
      <Show when={props.entries.length > 0} fallback={<p class="empty">This conversation has no messages.</p>}>
        <Entries entries={before()} label="Before the AI agent" />
        <Show when={portion().length > 0} fallback={<p class="empty">The AI agent wrote nothing in this conversation.</p>}>
          <section class="ai-portion-group" aria-labelledby="ai-portion-title">
            <h3 id="ai-portion-title">AI portion</h3>
            <p class="ai-portion-note">
              {aiMessages() === 1 ? "1 message" : `${aiMessages()} messages`} from the AI agent
              {props.handedOff ? ", before it handed the conversation to the team." : "."}
            </p>
            <Entries entries={portion()} label="AI portion" />
          </section>
        </Show>
        <Show when={after().length > 0}>
          <section class="after-ai" aria-labelledby="after-ai-title">
            <h3 id="after-ai-title">{props.handedOff ? "After the handoff" : "After the AI portion"}</h3>
            <Entries entries={after()} label={props.handedOff ? "After the handoff" : "After the AI portion"} />
          </section>
        </Show>
      </Show>
    </section>
  );
}

function Entries(props: { entries: DetailEntry[]; label: string }) {
  return (
    <Show when={props.entries.length > 0}>
      <ol class="transcript" aria-label={props.label}>
        <For each={props.entries}>{(entry) => <Entry entry={entry} />}</For>
      </ol>
    </Show>
  );
}

function Entry(props: { entry: DetailEntry }) {
  const e = () => props.entry;
  const stamp = () => <Stamp at={e().createdAt} as="clock" />;
  return (
    <Show
      when={e().author.type !== "system"}
      fallback={
        <li class="entry event" classList={{ "ai-portion": e().aiPortion, note: e().note === true }} data-seq={e().seq}>
          <Show when={e().note}>
            <span class="tag note-tag">Internal</span>{" "}
          </Show>
          <span>{e().author.type === "system" ? teamLine(e()) : e().body}</span> {stamp()}
        </li>
      }
    >
      <li class={`entry ${e().author.type}`} classList={{ "ai-portion": e().aiPortion, note: e().note === true }} data-seq={e().seq} data-ai-portion={e().aiPortion ? "" : undefined}>
        <div class="meta">
          <strong>{authorName(e().author)}</strong>
          <Show when={e().author.type === "ai"}>
            <span class="tag ai-tag">AI agent</span>
          </Show>
          <Show when={e().author.type === "customer"}>
            <span class="tag">Customer</span>
          </Show>
          <Show when={e().note}>
            <span class="tag note-tag">Internal note</span>
          </Show>
          {stamp()}
        </div>
        <p class="body">{e().body}</p>
      </li>
    </Show>
  );
}
