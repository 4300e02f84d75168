import { For, Show } from "solid-js";
import type { TranscriptEntry } from "../../../protocol/conversation";
import { timeOfDay } from "./time";
import "./transcript.css";

/**
 * A conversation's transcript as agents read it: every entry as text (never HTML), the AI agent's part
 * marked as such, system events (joined, waiting, closed) in between.
 */
export function Transcript(props: { entries: TranscriptEntry[]; label?: string }) {
  const firstHumanSeq = () => props.entries.find((e) => e.author.type === "agent")?.seq ?? Infinity;
  const hasAi = () => props.entries.some((e) => e.author.type === "ai");
  return (
    <ol class="transcript" aria-label={props.label ?? "Transcript"}>
      <For each={props.entries}>
        {(entry) => (
          <Show
            when={entry.author.type !== "system" && !entry.event}
            fallback={
              <li class="entry event" data-seq={entry.seq}>
                <span>{entry.body}</span> <time>{timeOfDay(entry.createdAt)}</time>
              </li>
            }
          >
            <li
              class={`entry ${entry.author.type}`}
              classList={{ "ai-portion": hasAi() && entry.seq < firstHumanSeq() }}
              data-seq={entry.seq}
            >
              <div class="meta">
                <strong>{entry.author.name}</strong>
                <Show when={entry.author.type === "ai"}>
                  <span class="tag ai-tag">AI agent</span>
                </Show>
                <time>{timeOfDay(entry.createdAt)}</time>
              </div>
              <p class="body">{entry.body}</p>
            </li>
          </Show>
        )}
      </For>
    </ol>
  );
}
