/**
 * The conversation as the customer sees it: bubbles (text only, links clickable), the AI's sources as
 * cards, system lines worded for the customer, messages still sending or not sent (with retry), and
 * "Sent" / "Seen" under the customer's own messages.
 */
import { For, Show, type JSX } from "solid-js";
import type { TranscriptEntry, WidgetConfig } from "../../../protocol/conversation";
import type { OutboxEntry } from "../../../protocol/conversation-socket";
import { strings } from "./strings";
import { systemLine } from "./words";

/** Text with its http(s) links clickable; everything else stays text. */
function Linked(props: { text: string }): JSX.Element {
  const parts = () => props.text.split(/(https?:\/\/[^\s]+)/g);
  return (
    <For each={parts()}>
      {(part) =>
        /^https?:\/\//.test(part) ? (
          <a href={part} target="_blank" rel="noopener noreferrer">
            {part}
          </a>
        ) : (
          part
        )
      }
    </For>
  );
}

/** Where an AI answer comes from, as cards: the article's title, a link when it has one. Text only, never HTML. */
function Sources(props: { sources: NonNullable<TranscriptEntry["sources"]> }): JSX.Element {
  return (
    <ul class="sources" aria-label={strings.sources}>
      <For each={props.sources}>
        {(source) => (
          <li class="source-card">
            <span class="source-kind">{source.url ? strings.article : strings.savedAnswer}</span>
            <Show when={source.url && /^https?:\/\//.test(source.url) ? source.url : null} fallback={<span class="source-title">{source.title}</span>}>
              {(url) => (
                <a class="source-title" href={url()} target="_blank" rel="noopener noreferrer">
                  {source.title}
                </a>
              )}
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}

function Bubble(props: { entry: TranscriptEntry; receipt: string | null }) {
  const e = () => props.entry;
  const label = () => (e().author.type === "customer" ? strings.you : e().author.type === "system" ? strings.team : e().author.name);
  return (
    <Show
      when={e().author.type !== "system" || e().event === null}
      fallback={
        <li class="system" data-event={e().event ?? undefined}>
          {systemLine(e())}
        </li>
      }
    >
      <li class={`bubble ${e().author.type === "system" ? "team" : e().author.type}`} data-seq={e().seq}>
        <span class="author">
          {label()}
          <Show when={e().author.type === "ai"}>
            <span class="ai-badge">{strings.aiBadge}</span>
          </Show>
        </span>
        <span class="body">
          <Linked text={e().body} />
        </span>
        <Show when={e().sources?.length ? e().sources : null}>{(sources) => <Sources sources={sources()} />}</Show>
        <Show when={props.receipt}>{(r) => <span class="status receipt">{r()}</span>}</Show>
      </li>
    </Show>
  );
}

/** A message not acknowledged yet: "Sending…", or "Not sent" with the reason and a retry when it can help. */
function Unsent(props: { entry: OutboxEntry; onRetry: (clientId: string) => void }) {
  const failed = () => props.entry.status === "failed";
  return (
    <li class="bubble customer" classList={{ pending: !failed(), failed: failed() }}>
      <span class="author">{strings.you}</span>
      <span class="body">{props.entry.body}</span>
      <Show when={failed()} fallback={<span class="status">{strings.sending}</span>}>
        <span class="status" role="alert">
          {props.entry.problem ? `${strings.notSent}: ${props.entry.problem}` : strings.notSent}
          <Show when={!props.entry.final}>
            {" — "}
            <button type="button" class="link" onClick={() => props.onRetry(props.entry.clientId)}>
              {strings.retry}
            </button>
          </Show>
        </span>
      </Show>
    </li>
  );
}

/** The experience's greeting, shown before any conversation exists (the conversation stores it when it starts). */
export function greetingOf(config: WidgetConfig): TranscriptEntry {
  const author = config.supportMode === "team" ? { type: "system" as const, id: null, name: strings.team } : { type: "ai" as const, id: null, name: config.aiAgentName };
  return { seq: 1, author, body: config.greeting, event: null, clientId: null, createdAt: Date.now() };
}

export function Transcript(props: {
  greeting: TranscriptEntry | null;
  messages: TranscriptEntry[];
  outbox: OutboxEntry[];
  /** The newest entry an agent has read. */
  agentRead: number;
  onRetry: (clientId: string) => void;
  ref: (el: HTMLOListElement) => void;
}) {
  const own = () => props.messages.filter((m) => m.author.type === "customer");
  /** "Seen" under the customer's last message an agent has read; "Sent" under their last one if it is newer. */
  const receipt = (entry: TranscriptEntry): string | null => {
    if (entry.author.type !== "customer" || props.outbox.length > 0) return null;
    const mine = own();
    const seen = props.agentRead > 0 ? [...mine].reverse().find((m) => m.seq <= props.agentRead) : undefined;
    if (seen?.seq === entry.seq) return strings.seen;
    return mine.at(-1)?.seq === entry.seq ? strings.sent : null;
  };
  const unsent = () => props.outbox.filter((o) => !props.messages.some((m) => m.clientId === o.clientId));
  return (
    <ol class="messages" role="log" aria-live="polite" aria-relevant="additions" ref={props.ref}>
      <Show when={props.greeting}>{(g) => <Bubble entry={g()} receipt={null} />}</Show>
      <For each={props.messages}>{(entry) => <Bubble entry={entry} receipt={receipt(entry)} />}</For>
      <For each={unsent()}>{(entry) => <Unsent entry={entry} onRetry={props.onRetry} />}</For>
    </ol>
  );
}
