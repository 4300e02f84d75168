import { A } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import { WorkItemStatus } from "../../../protocol/domain";
import { Priority, type WorkItem } from "../../../protocol/work-items";
import { api } from "../api";
import { useSession } from "../session";
import { messageOf, Refusal } from "../ui/refusal";
import { when } from "../ui/time";
import { customerName } from "../../../protocol/customers";
import { aiOutcomeText, handoffReasonText, resolutionText } from "../ui/outcomes";
import type { Space } from "../../../protocol/settings";
import { RatingBadge } from "../ui/rating";
import { channelLabel, modeLabel, statusClass } from "./labels";
import { LabelsEditor } from "./labels-editor";

/**
 * A work item's fields. Status, priority, assignee and labels can be changed here (a conversation's status and
 * assignee follow the chat, so only its priority and labels); the API keeps status and assignee changes in the
 * history JQL reads.
 */
export function ItemFields(props: { item: WorkItem; onChanged: (item: WorkItem) => void }) {
  const session = useSession();
  const [busy, setBusy] = createSignal(false);
  const [refusal, setRefusal] = createSignal<string>();
  const isConversation = () => props.item.type === "Conversation";
  const spaceName = () => session.me.spaces.find((s) => s.id === props.item.spaceId)?.name ?? props.item.spaceId;

  // Who the item can be given to: the members of its space.
  const [members] = createResource(
    () => (isConversation() ? null : props.item.spaceId),
    (spaceId) => api<{ spaces: Space[] }>("GET", "/api/spaces").then((r) => r.spaces.find((sp) => sp.id === spaceId)?.members ?? []),
  );

  async function change(patch: { status?: string; priority?: string; assigneeId?: string | null; labels?: string[] }): Promise<boolean> {
    setBusy(true);
    setRefusal(undefined);
    try {
      props.onChanged(await api<WorkItem>("PATCH", `/api/work-items/${encodeURIComponent(props.item.id)}`, patch));
      return true;
    } catch (err) {
      setRefusal(messageOf(err));
      return false;
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
              <For each={WorkItemStatus.options}>{(s) => <option value={s} selected={props.item.status === s}>{s}</option>}</For>
            </select>
          </Show>
        </dd>
        <dt>Priority</dt>
        <dd>
          <label class="sr-only" for="item-priority">
            Priority
          </label>
          <select id="item-priority" value={props.item.priority} disabled={busy()} onChange={(e) => void change({ priority: e.currentTarget.value })}>
            <For each={Priority.options}>{(p) => <option value={p} selected={props.item.priority === p}>{p}</option>}</For>
          </select>
        </dd>
        <dt>Space</dt>
        <dd>{spaceName()}</dd>
        <dt>Assignee</dt>
        <dd>
          <Show when={!isConversation()} fallback={props.item.assignee?.name ?? "Unassigned"}>
            <label class="sr-only" for="item-assignee">
              Assignee
            </label>
            <select id="item-assignee" disabled={busy() || members.loading} onChange={(e) => void change({ assigneeId: e.currentTarget.value || null })}>
              <option value="" selected={!props.item.assignee}>
                Unassigned
              </option>
              {/* The current assignee stays listed even if they left the space meanwhile. */}
              <Show when={props.item.assignee && !(members() ?? []).some((m) => m.id === props.item.assignee!.id)}>
                <option value={props.item.assignee!.id} selected>
                  {props.item.assignee!.name}
                </option>
              </Show>
              <For each={members() ?? []}>
                {(m) => (
                  <option value={m.id} selected={props.item.assignee?.id === m.id}>
                    {m.name}
                  </option>
                )}
              </For>
            </select>
          </Show>
        </dd>
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
          <LabelsEditor labels={props.item.labels} busy={busy()} onChange={(labels) => change({ labels })} />
        </dd>
        <Show when={isConversation()}>
          <dt>Channel</dt>
          <dd>{channelLabel(props.item.channel)}</dd>
          <dt>Support mode</dt>
          <dd>{modeLabel(props.item.supportMode)}</dd>
          <dt>AI's outcome</dt>
          <dd>{aiOutcomeText(props.item.aiOutcome)}</dd>
          <Show when={props.item.handoffReason}>
            <dt>Handoff reason</dt>
            <dd>{handoffReasonText(props.item.handoffReason)}</dd>
          </Show>
          <dt>Messages</dt>
          <dd>{props.item.messageCount}</dd>
          <dt>Customer's rating</dt>
          <dd>
            <Show when={props.item.rating} fallback="Not rated">
              {(rating) => <RatingBadge rating={rating()} comment />}
            </Show>
          </dd>
        </Show>
        <dt>Resolution</dt>
        <dd>{resolutionText(props.item)}</dd>
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
