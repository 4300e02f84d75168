import { A, useLocation, useNavigate, type RouteSectionProps } from "@solidjs/router";
import { createEffect, createMemo, createSignal, For, on, onCleanup, Show, untrack } from "solid-js";
import type { z } from "zod";
import type { Queue, WorkItemPage } from "../../../protocol/queues";
import type { WorkItem } from "../../../protocol/work-items";
import { useSession } from "../session";
import { Refusal } from "../ui/refusal";
import { createJqlCheck, scopedToSpace } from "./jql-check";
import { JqlEditor } from "./jql-editor";
import { createLoader } from "./load";
import { QueueActions } from "./queue-actions";
import { QueueList } from "./queue-list";
import { ResultsTable, type Dir, type Sort } from "./results-table";
import "./queues.css";

const REFRESH_MS = 30_000;
const DATES: Sort[] = ["created", "updated", "resolved"];

/** A space's queues: pick one or write JQL, see its work items sorted and paged, save the query as a queue. */
export function QueuesPage(props: RouteSectionProps) {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const spaceId = () => props.params.spaceId ?? session.me.spaces[0]?.id;
  const space = () => session.me.spaces.find((s) => s.id === spaceId());

  const queues = createLoader<{ queues: Queue[] }>(() => (space() ? `/api/spaces/${space()!.id}/queues` : undefined));
  const queue = () => queues.data()?.queues.find((q) => q.id === props.params.queueId);
  const missingQueue = () => !!props.params.queueId && !!queues.data() && !queue();

  const [text, setText] = createSignal("");
  const [lastValid, setLastValid] = createSignal<string | null>("");
  const [page, setPage] = createSignal(1);
  const [pageSize, setPageSize] = createSignal(50);
  const [sort, setSort] = createSignal<Sort>();
  const [dir, setDir] = createSignal<Dir>("desc");
  const check = createJqlCheck(text, (q) => !!queue() && q.trim() === queue()!.jql.trim());

  // Opening another queue (or space) puts its query in the editor and starts from its first page, its own order.
  const opened = createMemo(() => `${spaceId()}|${props.params.queueId ?? ""}|${queue() ? "loaded" : ""}`);
  createEffect(
    on(opened, () => {
      const jql = untrack(queue)?.jql ?? "";
      setText(jql);
      setLastValid(props.params.queueId && !untrack(queue) ? null : jql);
      setPage(1);
      setSort(undefined);
    }),
  );
  createEffect(() => {
    const c = check();
    if (c.state === "valid" && c.query === untrack(text) && c.query !== untrack(lastValid)) {
      setLastValid(c.query);
      setPage(1);
    }
  });

  const dirty = () => !!queue() && text().trim() !== queue()!.jql.trim();
  const itemsPath = createMemo(() => {
    const id = space()?.id;
    const jql = lastValid();
    if (!id || jql === null) return undefined;
    const params = new URLSearchParams({ page: String(page()), pageSize: String(pageSize()) });
    if (sort()) params.set("sort", sort()!), params.set("dir", dir());
    const q = queue();
    if (q && jql.trim() === q.jql.trim()) return `/api/queues/${q.id}/items?${params}`;
    params.set("jql", scopedToSpace(id, jql));
    return `/api/search?${params}`;
  });
  const results = createLoader<z.infer<typeof WorkItemPage>>(itemsPath);
  const outdated = () => lastValid() !== text();
  // Items left the query meanwhile and this page is now past the end: show the last page instead.
  createEffect(() => {
    const data = results.data();
    if (data && data.items.length === 0 && data.total > 0 && data.page > 1) setPage(Math.ceil(data.total / data.pageSize));
  });

  const refresh = () => Promise.all([results.refetch(), queues.refetch()]);
  const timer = setInterval(() => document.visibilityState === "visible" && void refresh(), REFRESH_MS);
  onCleanup(() => clearInterval(timer));

  const onSort = (field: Sort) => {
    if (sort() === field) setDir(dir() === "asc" ? "desc" : "asc");
    else setSort(field), setDir(DATES.includes(field) ? "desc" : "asc");
    setPage(1);
  };
  const itemHref = (item: WorkItem) => `/queues/items/${item.id}`;
  const openItem = (item: WorkItem) => navigate(itemHref(item), { state: { from: location.pathname } });
  const afterChange = async (next: Queue | null) => {
    await queues.refetch();
    if (next && next.id !== props.params.queueId) navigate(`/queues/${next.spaceId}/${next.id}`);
    else if (next) setText(next.jql), setLastValid(next.jql), void results.refetch();
    else navigate(`/queues/${spaceId()}`);
  };

  return (
    <section class="queues-page" aria-labelledby="queues-title">
      <header class="queues-header">
        <h1 id="queues-title">Queues</h1>
        <Show when={session.me.spaces.length > 1}>
          <nav class="space-tabs" aria-label="Spaces">
            <For each={session.me.spaces}>
              {(s) => (
                <A href={`/queues/${s.id}`} classList={{ selected: s.id === spaceId() }} aria-current={s.id === spaceId() ? "page" : undefined}>
                  {s.name}
                </A>
              )}
            </For>
          </nav>
        </Show>
      </header>
      <Show when={space()} fallback={<p class="empty">{spaceId() ? "This space is not one of yours." : "You are not a member of any space yet."}</p>}>
        {(s) => (
          <div class="queues-layout">
            <QueueList
              spaceId={s().id}
              queues={queues.data()?.queues}
              selectedId={props.params.queueId}
              error={queues.error()}
              onReordered={(list) => queues.set({ queues: list })}
            />
            <div class="queue-main">
              <h2 class="queue-title">
                {queue()?.name ?? (missingQueue() ? "Queue not found" : `Search ${s().name}`)}
                <Show when={queue()}>{(q) => <span class="count">{q().count}</span>}</Show>
              </h2>
              <Show when={missingQueue()}>
                <p class="error">This queue does not exist any more, or is not in your spaces.</p>
              </Show>
              <Show when={!missingQueue()}>
                <JqlEditor value={text()} onInput={setText} check={check()} />
                <QueueActions
                  spaceId={s().id}
                  queue={queue()}
                  text={text()}
                  dirty={dirty()}
                  valid={check().state === "valid" && check().query === text()}
                  onCreated={(q) => void afterChange(q)}
                  onSaved={(q) => void afterChange(q)}
                  onDeleted={() => void afterChange(null)}
                  onDiscard={() => queue() && (setText(queue()!.jql), setLastValid(queue()!.jql))}
                />
                <div class="results-bar">
                  <span class="jql-note" aria-live="polite">
                    {results.loading() ? "Loading…" : outdated() ? "Showing the results of the last valid query." : ""}
                  </span>
                  <button type="button" class="secondary" onClick={() => void refresh()}>
                    Refresh
                  </button>
                </div>
                <Refusal message={results.error()} />
                <Show when={results.data()}>
                  {(data) => (
                    <div classList={{ outdated: outdated() }}>
                      <ResultsTable
                        page={data()}
                        sort={sort()}
                        dir={dir()}
                        onSort={onSort}
                        onPage={setPage}
                        onPageSize={(size) => (setPageSize(size), setPage(1))}
                        onOpen={openItem}
                        itemHref={itemHref}
                        linkState={{ from: location.pathname }}
                      />
                    </div>
                  )}
                </Show>
              </Show>
            </div>
          </div>
        )}
      </Show>
    </section>
  );
}
