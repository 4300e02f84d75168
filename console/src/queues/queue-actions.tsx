import { createSignal, Match, Show, Switch } from "solid-js";
import type { Queue } from "../../../protocol/queues";
import { api } from "../api";
import { useSession } from "../session";
import { messageOf, Refusal } from "../ui/refusal";

type Mode = "idle" | "create" | "rename" | "delete";

/**
 * What can be done with the query in the editor: save it into the open queue, save it as a new queue, rename
 * or delete the queue (admins), or drop the edits (everyone). A refusal shows the API's own message.
 */
export function QueueActions(props: {
  spaceId: string;
  queue: Queue | undefined;
  text: string;
  /** The query in the editor differs from the open queue's. */
  dirty: boolean;
  /** The query in the editor was checked and is valid. */
  valid: boolean;
  onCreated: (queue: Queue) => void;
  onSaved: (queue: Queue) => void;
  onDeleted: () => void;
  onDiscard: () => void;
}) {
  const session = useSession();
  const [mode, setMode] = createSignal<Mode>("idle");
  const [name, setName] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [refusal, setRefusal] = createSignal<string>();

  const open = (next: Mode) => {
    setRefusal(undefined);
    setName(next === "rename" ? (props.queue?.name ?? "") : "");
    setMode(next);
  };

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setRefusal(undefined);
    try {
      await action();
      setMode("idle");
    } catch (err) {
      setRefusal(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  const create = () =>
    run(async () => props.onCreated(await api<Queue>("POST", `/api/spaces/${props.spaceId}/queues`, { name: name(), jql: props.text })));
  const rename = (queue: Queue) => run(async () => props.onSaved(await api<Queue>("PATCH", `/api/queues/${queue.id}`, { name: name() })));
  const saveJql = (queue: Queue) => run(async () => props.onSaved(await api<Queue>("PATCH", `/api/queues/${queue.id}`, { jql: props.text })));
  const remove = (queue: Queue) =>
    run(async () => {
      await api("DELETE", `/api/queues/${queue.id}`);
      props.onDeleted();
    });

  return (
    <div class="queue-actions">
      <div class="buttons">
        <Show when={props.queue && props.dirty}>
          <Show when={session.isAdmin}>
            <button type="button" class="primary" disabled={busy() || !props.valid} onClick={() => props.queue && saveJql(props.queue)}>
              Save changes to queue
            </button>
          </Show>
          <button type="button" class="secondary" disabled={busy()} onClick={() => props.onDiscard()}>
            Discard changes
          </button>
        </Show>
        <Show when={session.isAdmin}>
          <button type="button" class="secondary" disabled={busy()} aria-expanded={mode() === "create"} onClick={() => open("create")}>
            Save as new queue
          </button>
          <Show when={props.queue}>
            <button type="button" class="secondary" disabled={busy()} aria-expanded={mode() === "rename"} onClick={() => open("rename")}>
              Rename queue
            </button>
            <button type="button" class="danger" disabled={busy()} onClick={() => open("delete")}>
              Delete queue
            </button>
          </Show>
        </Show>
        <Show when={!session.isAdmin}>
          <span class="jql-note">Only admins can save, rename or delete queues.</span>
        </Show>
      </div>
      <Switch>
        <Match when={mode() === "create" || mode() === "rename"}>
          <form
            class="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (mode() === "create") void create();
              else if (props.queue) void rename(props.queue);
            }}
          >
            <label>
              Queue name
              <input value={name()} maxLength={80} required autofocus onInput={(e) => setName(e.currentTarget.value)} />
            </label>
            <button type="submit" class="primary" disabled={busy()}>
              {mode() === "create" ? "Create queue" : "Save name"}
            </button>
            <button type="button" class="secondary" onClick={() => setMode("idle")}>
              Cancel
            </button>
          </form>
        </Match>
        <Match when={mode() === "delete" && props.queue}>
          {(queue) => (
            <div class="inline-form confirm" role="group" aria-label="Confirm deletion">
              <span>
                Delete the queue “{queue().name}”? Its work items stay.
              </span>
              <button type="button" class="danger" disabled={busy()} onClick={() => void remove(queue())}>
                Yes, delete it
              </button>
              <button type="button" class="secondary" onClick={() => setMode("idle")}>
                Keep it
              </button>
            </div>
          )}
        </Match>
      </Switch>
      <Refusal message={refusal()} />
    </div>
  );
}
