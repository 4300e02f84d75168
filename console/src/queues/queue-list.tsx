import { A } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import type { Queue } from "../../../protocol/queues";
import { api } from "../api";
import { useSession } from "../session";
import { messageOf, Refusal } from "../ui/refusal";

/**
 * The space's queues in order, each with how many work items it holds, and the space's ad-hoc search.
 * Admins move a queue up or down (the order every member of the space sees).
 */
export function QueueList(props: {
  spaceId: string;
  queues: Queue[] | undefined;
  selectedId: string | undefined;
  error?: string;
  onReordered: (queues: Queue[]) => void;
}) {
  const session = useSession();
  const [busy, setBusy] = createSignal(false);
  const [refusal, setRefusal] = createSignal<string>();

  async function move(index: number, by: -1 | 1) {
    const list = [...(props.queues ?? [])];
    const [queue] = list.splice(index, 1);
    if (!queue) return;
    list.splice(index + by, 0, queue);
    setBusy(true);
    setRefusal(undefined);
    try {
      await api("PUT", `/api/spaces/${props.spaceId}/queues/order`, { queueIds: list.map((q) => q.id) });
      props.onReordered(list.map((q, position) => ({ ...q, position })));
    } catch (err) {
      setRefusal(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <nav class="queue-list" aria-label="Queues">
      <h2>Queues</h2>
      <ul>
        <li>
          <A href={`/queues/${props.spaceId}`} end classList={{ selected: !props.selectedId }} aria-current={!props.selectedId ? "page" : undefined}>
            <span>Search this space</span>
          </A>
        </li>
        <For each={props.queues}>
          {(queue, index) => (
            <li class="queue-item">
              <A
                href={`/queues/${props.spaceId}/${queue.id}`}
                classList={{ selected: queue.id === props.selectedId }}
                aria-current={queue.id === props.selectedId ? "page" : undefined}
              >
                <span class="queue-name">{queue.name}</span>
                <Show
                  when={queue.count !== null}
                  fallback={
                    <span class="count count-error" aria-label="No count: the query cannot run" title={queue.countError ?? undefined}>
                      !
                    </span>
                  }
                >
                  <span class="count" aria-label={`${queue.count} work items`}>
                    {queue.count}
                  </span>
                </Show>
              </A>
              <Show when={queue.count === null}>
                <p class="queue-count-error" role="note">
                  {queue.countError ?? "This queue's query cannot run."} {session.isAdmin ? "Open the queue and fix its JQL." : "Ask an admin to fix its JQL."}
                </p>
              </Show>
              <Show when={session.isAdmin && (props.queues?.length ?? 0) > 1}>
                <span class="move">
                  <button type="button" aria-label={`Move ${queue.name} up`} disabled={busy() || index() === 0} onClick={() => void move(index(), -1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`Move ${queue.name} down`}
                    disabled={busy() || index() === (props.queues?.length ?? 0) - 1}
                    onClick={() => void move(index(), 1)}
                  >
                    ↓
                  </button>
                </span>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Refusal message={props.error ?? refusal()} />
      <Show when={props.queues && props.queues.length === 0}>
        <p class="empty">No queues yet. Write a query and save it as a queue.</p>
      </Show>
    </nav>
  );
}
