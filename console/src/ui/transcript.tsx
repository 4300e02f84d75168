import { For, Show, type JSX } from "solid-js";
import { teamLine } from "./system-lines";
import type { TranscriptEntry } from "../../../protocol/conversation";
import { authorName } from "./names";
import { timeOfDay } from "./time";
import "./transcript.css";

/**
 * A conversation's transcript as agents read it: every entry as text (never HTML), the AI agent's part
 * marked as such with the sources it answered from as cards, system events (joined, waiting, closed) in
 * between, and internal notes (the team's only, never the customer's) marked "Internal note" in their own style. `actions` adds controls under an entry (the conversation pane's "Save as AI answer"); `customer` names
 * the customer's entries; `seenUpTo` (the customer's read receipt) puts "Seen" under the last agent message it covers.
 */
export function Transcript(props: {
  entries: TranscriptEntry[];
  label?: string;
  actions?: (entry: TranscriptEntry) => JSX.Element;
  customer?: { id: string; name?: string | null; email?: string | null } | null;
  seenUpTo?: number;
}) {
  const firstHumanSeq = () => props.entries.find((e) => e.author.type === "agent" && !e.note)?.seq ?? Infinity;
  const seenSeq = () => {
    const upTo = props.seenUpTo ?? 0;
    return props.entries.findLast((e) => e.author.type === "agent" && !e.event && !e.note && e.seq <= upTo)?.seq ?? null;
  };
  const hasAi = () => props.entries.some((e) => e.author.type === "ai");
  return (
    <ol class="transcript" aria-label={props.label ?? "Transcript"}>
      <For each={props.entries}>
        {(entry) => (
          <Show
            when={entry.author.type !== "system" && !entry.event}
            fallback={
              <li class="entry event" classList={{ note: entry.note === true }} data-seq={entry.seq} data-event={entry.event ?? undefined}>
                <Show when={entry.note}>
                  <span class="tag note-tag">Internal</span>{" "}
                </Show>
                <span>{entry.author.type === "system" ? teamLine(entry) : entry.body}</span> <time>{timeOfDay(entry.createdAt)}</time>
              </li>
            }
          >
            <li
              class={`entry ${entry.author.type}`}
              classList={{ "ai-portion": hasAi() && entry.seq < firstHumanSeq(), note: entry.note === true }}
              data-seq={entry.seq}
            >
              <div class="meta">
                <Show when={entry.note}>
                  <span class="tag note-tag">Internal note</span>
                </Show>
                <strong>{authorName(entry.author, props.customer)}</strong>
                <Show when={entry.author.type === "ai"}>
                  <span class="tag ai-tag">AI agent</span>
                </Show>
                <time>{timeOfDay(entry.createdAt)}</time>
              </div>
              <p class="body">{entry.body}</p>
              <Show when={entry.sources?.length ? entry.sources : null}>
                {(sources) => (
                  <ul class="sources" aria-label="Sources">
                    <For each={sources()}>
                      {(source) => (
                        <li class="source-card">
                          <span class="source-kind">{source.url ? "Help article" : "Saved answer"}</span>
                          <Show when={source.url && /^https?:\/\//.test(source.url) ? source.url : null} fallback={<strong>{source.title}</strong>}>
                            {(url) => (
                              <a href={url()} target="_blank" rel="noopener noreferrer">
                                {source.title}
                              </a>
                            )}
                          </Show>
                        </li>
                      )}
                    </For>
                  </ul>
                )}
              </Show>
              <Show when={seenSeq() === entry.seq}>
                <p class="seen">Seen</p>
              </Show>
              {props.actions?.(entry)}
            </li>
          </Show>
        )}
      </For>
    </ol>
  );
}
