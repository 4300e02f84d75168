import { A } from "@solidjs/router";
import { createSignal, For, Show, type JSX } from "solid-js";
import type { ConversationState, TranscriptEntry } from "../../../protocol/conversation";
import type { ConversationListItem, LiveFilter } from "../../../protocol/conversation-views";
import { customerName } from "../../../protocol/customers";
import { useSession } from "../session";
import { overall } from "../shell/availability";
import { now } from "../ui/clock";
import { ago } from "../ui/time";
import { channelLabel } from "../queues/labels";
import { createConversationList } from "./lists";
import { canTake, TakeButton } from "./take";

const STATUS_WORDS: Record<string, string> = { Open: "With the AI", Waiting: "Waiting for a person", "In progress": "With a person", Resolved: "Resolved", Closed: "Closed" };
const STATE_STATUS: Record<ConversationState, string> = { ai: "Open", waiting: "Waiting", human: "In progress", closed: "Closed" };

const FILTERS: { value: LiveFilter; label: string }[] = [
  { value: "person", label: "All but AI-only" },
  { value: "human", label: "With a person" },
  { value: "waiting", label: "Waiting for a person" },
  { value: "ai", label: "With the AI (AI-only too)" },
];

/**
 * The newest line said in the conversation (not a note, not a system line), as a list row shows it: the
 * agent's own as "You: …", a colleague's or the AI's with their name, so the agent sees whose turn it is.
 */
function previewOf(entries: TranscriptEntry[], me: string): string {
  const last = entries.findLast((e) => e.event === null && !e.note && e.author.type !== "system");
  if (!last) return "";
  if (last.author.type === "customer") return last.body;
  return `${last.author.type === "agent" && last.author.id === me ? "You" : last.author.name}: ${last.body}`;
}

/** Left column: the agent's own conversations (with unread markers), then everything live and recently ended. */
export function ConversationSidebar() {
  const session = useSession();
  const [show, setShow] = createSignal<LiveFilter>("person");
  const live = createConversationList("live", session.live, show);
  const recent = createConversationList("recent", session.live);
  const mine = () => session.desk.active();
  const channelOf = (id: string) => session.desk.open(id);
  const cap = () => session.live.state.status?.cap;
  const available = () => overall(session.live.state.status) !== "unavailable";
  /** The listed work item knows the customer's email too; until it is listed, the conversation's own customer. */
  const nameOf = (conversationId: string, fallback: { id: string; name: string | null } | undefined) => {
    const listed = live.list()?.find((i) => i.conversationId === conversationId)?.customer;
    const customer = listed ?? fallback;
    return customer ? customerName(customer) : "Connecting…";
  };

  return (
    <nav class="conversation-sidebar" aria-label="Conversations">
      <section>
        <h2>
          Yours{" "}
          <small>
            {mine().length}
            <Show when={cap() != null}> of {cap()}</Show>
          </small>
        </h2>
        <Show
          when={mine().length > 0}
          fallback={
            <p class="empty">
              {available() ? "No conversation is yours right now. New offers appear at the bottom right." : "No conversation is yours right now. Go available (top right) to receive offers."}
            </p>
          }
        >
          <ul class="conversation-list">
            <For each={mine()}>
              {(id) => {
                const channel = channelOf(id);
                return (
                  <li>
                    <A href={`/conversations/${id}`} class="row" activeClass="current">
                      <span class="who">{nameOf(id, channel.state.conversation?.customer)}</span>
                      <Show when={session.desk.unread(id) > 0}>
                        <span class="unread" aria-label={`${session.desk.unread(id)} unread`}>
                          {session.desk.unread(id)}
                        </span>
                      </Show>
                      <span class="preview">{previewOf(channel.state.entries, session.me.agent.id)}</span>
                    </A>
                  </li>
                );
              }}
            </For>
          </ul>
        </Show>
      </section>
      <ItemSection
        title="Live in your spaces"
        items={live.list()}
        empty={show() === "person" ? "Nothing live in your spaces that a person may need." : "Nothing live in your spaces matches."}
        filter={
          <label class="list-filter">
            Show
            <select onChange={(e) => setShow(e.currentTarget.value as LiveFilter)}>
              <For each={FILTERS}>
                {(f) => (
                  <option value={f.value} selected={show() === f.value}>
                    {f.label}
                  </option>
                )}
              </For>
            </select>
          </label>
        }
      />
      <ItemSection title="Recently ended" items={recent.list()} empty="No conversation has ended yet." />
    </nav>
  );
}

function ItemSection(props: { title: string; items: ConversationListItem[] | undefined; empty: string; filter?: JSX.Element }) {
  const session = useSession();
  const spaceName = (id: string) => session.me.spaces.find((s) => s.id === id)?.name ?? "";
  /** A conversation this tab holds open knows its state before the work item does (the outbox writes it a moment later). */
  const statusOf = (item: ConversationListItem) => {
    const open = item.conversationId ? session.desk.channels().find((c) => c.id === item.conversationId) : undefined;
    const state = open?.state.conversation?.state;
    // Ended: the work item says how (Resolved or Closed) once it has caught up; until then, "Closed".
    if (state === "closed") return item.status === "Resolved" || item.status === "Closed" ? item.status : "Closed";
    return state ? STATE_STATUS[state] : item.status;
  };
  /** A waiting conversation of a space where the agent is available: they may take it from the line. */
  const takeable = (item: ConversationListItem) => statusOf(item) === "Waiting" && !assigneeOf(item) && canTake(session, item.spaceId);
  const assigneeOf = (item: ConversationListItem) => {
    const open = item.conversationId ? session.desk.channels().find((c) => c.id === item.conversationId) : undefined;
    return open?.state.conversation?.assignee ?? item.assignee;
  };
  return (
    <section aria-label={props.title}>
      <div class="section-head">
        <h2>{props.title}</h2>
        {props.filter}
      </div>
      <Show when={(props.items ?? []).length > 0} fallback={<p class="empty">{props.items ? props.empty : "Loading…"}</p>}>
        <ul class="conversation-list">
          <For each={props.items}>
            {(item) => (
              <li classList={{ takeable: takeable(item) }}>
                <A href={`/conversations/${item.conversationId ?? item.id}`} class="row" activeClass="current">
                  <span class="who">{item.customer ? customerName(item.customer) : "—"}</span>
                  <span class="key">{item.key}</span>
                  <span class="preview">{item.summary}</span>
                  <span class="meta">
                    <span class="status-word">{STATUS_WORDS[statusOf(item)] ?? statusOf(item)}</span>
                    <Show when={assigneeOf(item)}> · {assigneeOf(item)!.name}</Show> · {spaceName(item.spaceId)} · {ago(item.updatedAt, now())}
                  </span>
                  <span class="meta origin">
                    {channelLabel(item.channel)}
                    <Show when={item.page}> · {item.page}</Show> · {item.customerConversations === 1 ? "first conversation" : `${item.customerConversations} conversations`}
                  </span>
                </A>
                <Show when={takeable(item) && item.conversationId}>
                  {(id) => <TakeButton conversationId={id()} who={item.customer ? customerName(item.customer) : "the customer"} />}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
