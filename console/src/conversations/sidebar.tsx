import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { WorkItem } from "../../../protocol/work-items";
import { useSession } from "../session";
import { ago } from "../ui/time";
import { createConversationList } from "./lists";

const STATUS_WORDS: Record<string, string> = { Open: "With the AI", Waiting: "Waiting for a person", "In progress": "With a person", Resolved: "Resolved", Closed: "Closed" };

/** Left column: the agent's own conversations (with unread markers), then everything live and recently ended. */
export function ConversationSidebar() {
  const session = useSession();
  const live = createConversationList("live", session.live);
  const recent = createConversationList("recent", session.live);
  const mine = () => session.desk.active();
  const channelOf = (id: string) => session.desk.open(id);
  const cap = () => session.live.state.status?.cap;

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
        <Show when={mine().length > 0} fallback={<p class="empty">No conversation is yours right now. Go available to receive offers.</p>}>
          <ul class="conversation-list">
            <For each={mine()}>
              {(id) => {
                const channel = channelOf(id);
                return (
                  <li>
                    <A href={`/conversations/${id}`} class="row" activeClass="current">
                      <span class="who">{channel.state.conversation?.customer.name ?? "Visitor"}</span>
                      <Show when={session.desk.unread(id) > 0}>
                        <span class="unread" aria-label={`${session.desk.unread(id)} unread`}>
                          {session.desk.unread(id)}
                        </span>
                      </Show>
                      <span class="preview">{channel.state.entries.filter((e) => e.author.type === "customer").at(-1)?.body ?? ""}</span>
                    </A>
                  </li>
                );
              }}
            </For>
          </ul>
        </Show>
      </section>
      <ItemSection title="Live in your spaces" items={live.list()} empty="Nothing live in your spaces." />
      <ItemSection title="Recently ended" items={recent.list()} empty="No conversation has ended yet." />
    </nav>
  );
}

function ItemSection(props: { title: string; items: WorkItem[] | undefined; empty: string }) {
  const session = useSession();
  const spaceKey = (id: string) => session.me.spaces.find((s) => s.id === id)?.name ?? "";
  return (
    <section>
      <h2>{props.title}</h2>
      <Show when={(props.items ?? []).length > 0} fallback={<p class="empty">{props.items ? props.empty : "Loading…"}</p>}>
        <ul class="conversation-list">
          <For each={props.items}>
            {(item) => (
              <li>
                <A href={`/conversations/${item.conversationId ?? item.id}`} class="row" activeClass="current">
                  <span class="who">{item.customer?.name ?? item.customer?.email ?? "Visitor"}</span>
                  <span class="key">{item.key}</span>
                  <span class="preview">{item.summary}</span>
                  <span class="meta">
                    {STATUS_WORDS[item.status] ?? item.status}
                    <Show when={item.assignee}> · {item.assignee!.name}</Show> · {spaceKey(item.spaceId)} · {ago(item.updatedAt)}
                  </span>
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
