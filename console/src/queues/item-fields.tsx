import { A } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { WorkItemStatus } from "../../../protocol/domain";
import { Priority, type WorkItem } from "../../../protocol/work-items";
import { api } from "../api";
import { useSession } from "../session";
import { messageOf, Refusal } from "../ui/refusal";
import { when } from "../ui/time";
import { channelLabel, customerName, modeLabel, outcomeLabel, statusClass } from "./labels";

/**
 * A work item's fields. Status and priority can be changed here (a conversation's status follows the chat,
 * so only its priority); the API keeps status changes in the history JQL reads.
 */
export function ItemFields(props: { item: WorkItem; onChanged: (item: WorkItem) => void }) {
  const session = useSession();
  const [busy, setBusy] = createSignal(false);
  const [refusal, setRefusal] = createSignal<string>();
  const isConversation = () => props.item.type === "Conversation";
  const spaceName = () => session.me.spaces.find((s) => s.id === props.item.spaceId)?.name ?? props.item.spaceId;

  async function change(patch: { status?: string; priority?: string }) {
    setBusy(true);
    setRefusal(undefined);
    try {
      props.onChanged(await api<WorkItem>("PATCH", `/api/work-items/${encodeURIComponent(props.item.id)}`, patch));
    } catch (err) {
      setRefusal(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel item-fields" aria-labelledby="fields-title">
      <h2 id="fields-title">Details</h2>
      <dl class="fields">
        <dt>Type</dt>
        <dd>{props.item.type}</dd>
        <dt>Status</dt>
        <dd>
          <Show when={!isConversation()} fallback={<span class={statusClass(props.item.status)}>{props.item.status}</span>}>
            <label class="sr-only" for="item-status">
              Status
            </label>
            <select id="item-status" value={props.item.status} disabled={busy()} onChange={(e) => void change({ status: e.currentTarget.value })}>
              <For each={WorkItemStatus.options}>{(s) => <option value={s}>{s}</option>}</For>
            </select>
          </Show>
        </dd>
        <dt>Priority</dt>
        <dd>
          <label class="sr-only" for="item-priority">
            Priority
          </label>
          <select id="item-priority" value={props.item.priority} disabled={busy()} onChange={(e) => void change({ priority: e.currentTarget.value })}>
            <For each={Priority.options}>{(p) => <option value={p}>{p}</option>}</For>
          </select>
        </dd>
        <dt>Space</dt>
        <dd>{spaceName()}</dd>
        <dt>Assignee</dt>
        <dd>{props.item.assignee?.name ?? "Unassigned"}</dd>
        <dt>Customer</dt>
        <dd>
          <Show when={props.item.customer} fallback="—">
            {(c) => (
              <A href={`/customers/${c().id}`}>
                {customerName(c())}
                <Show when={c().name && c().email}> ({c().email})</Show>
              </A>
            )}
          </Show>
        </dd>
        <dt>Labels</dt>
        <dd>
          <Show when={props.item.labels.length > 0} fallback="—">
            <For each={props.item.labels}>{(l) => <span class="tag">{l}</span>}</For>
          </Show>
        </dd>
        <Show when={isConversation()}>
          <dt>Channel</dt>
          <dd>{channelLabel(props.item.channel)}</dd>
          <dt>Support mode</dt>
          <dd>{modeLabel(props.item.supportMode)}</dd>
          <dt>Outcome</dt>
          <dd>{outcomeLabel(props.item.aiOutcome)}</dd>
          <Show when={props.item.handoffReason}>
            <dt>Handoff reason</dt>
            <dd>{props.item.handoffReason}</dd>
          </Show>
          <dt>Messages</dt>
          <dd>{props.item.messageCount}</dd>
        </Show>
        <dt>Created</dt>
        <dd>{when(props.item.createdAt)}</dd>
        <dt>Updated</dt>
        <dd>{when(props.item.updatedAt)}</dd>
        <Show when={props.item.resolvedAt}>
          {(at) => (
            <>
              <dt>Resolved</dt>
              <dd>{when(at())}</dd>
            </>
          )}
        </Show>
      </dl>
      <Refusal message={refusal()} />
    </section>
  );
}
