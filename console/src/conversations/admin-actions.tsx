/**
 * What an admin does to any open conversation from outside it: close it with an outcome (a ghost or stale
 * chat), or give it to another member of its space. In the conversation pane and on the work-item page.
 */
import { createResource, createSignal, For, Show } from "solid-js";
import type { ConversationState } from "../../../protocol/conversation";
import { AdminCloseRequest, ReassignRequest } from "../../../protocol/conversation-views";
import type { Space } from "../../../protocol/settings";
import { api } from "../api";
import { messageOf, Refusal } from "../ui/refusal";
import "./pane-forms.css";
import { FormActions } from "./form-actions";

export interface AdminTarget {
  id: string;
  spaceId: string;
  state: ConversationState;
  assignee: { id: string; name: string } | null;
}

/** "Close…" and "Reassign to…" with their forms, one open at a time; `onChanged` after either went through. */
export function AdminActions(props: { conversation: AdminTarget; hideClose?: boolean; onChanged?: (what: string) => void }) {
  const [open, setOpen] = createSignal<"close" | "reassign" | null>(null);
  const [done, setDone] = createSignal<string | null>(null);
  const finished = (what: string) => {
    setOpen(null);
    setDone(what);
    props.onChanged?.(what);
  };
  const canReassign = () => props.conversation.state === "waiting" || props.conversation.state === "human";
  return (
    <Show when={props.conversation.state !== "closed"}>
      <div class="admin-actions" role="group" aria-label="Admin actions">
        <Show when={!props.hideClose}>
          <button type="button" class="secondary" aria-expanded={open() === "close"} onClick={() => setOpen(open() === "close" ? null : "close")}>
            Close…
          </button>
        </Show>
        <Show when={canReassign()}>
          <button type="button" class="secondary" aria-expanded={open() === "reassign"} onClick={() => setOpen(open() === "reassign" ? null : "reassign")}>
            Reassign to…
          </button>
        </Show>
        <Show when={done() && !open()}>
          <span class="admin-done" role="status">
            {done()}
          </span>
        </Show>
      </div>
      <Show when={open() === "close"}>
        <AdminCloseForm conversationId={props.conversation.id} onCancel={() => setOpen(null)} onClosed={() => finished("Closed.")} />
      </Show>
      <Show when={open() === "reassign" && canReassign()}>
        <ReassignForm conversation={props.conversation} onCancel={() => setOpen(null)} onReassigned={(name) => finished(`Reassigned to ${name}.`)} />
      </Show>
    </Show>
  );
}

function AdminCloseForm(props: { conversationId: string; onCancel: () => void; onClosed: () => void }) {
  const [outcome, setOutcome] = createSignal<"resolved" | "unresolved">("unresolved");
  const [busy, setBusy] = createSignal(false);
  const [refusal, setRefusal] = createSignal<string | null>(null);
  async function submit(e: SubmitEvent) {
    e.preventDefault();
    setBusy(true);
    setRefusal(null);
    try {
      await api("POST", `/api/conversations/${encodeURIComponent(props.conversationId)}/close`, AdminCloseRequest.parse({ outcome: outcome() }));
      props.onClosed();
    } catch (err) {
      setRefusal(messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form class="pane-form" aria-label="Close the conversation" onSubmit={submit}>
      <p class="pane-form-lede">Close it for everyone: the customer's chat ends and the agent's slot is freed.</p>
      <label>
        Outcome
        <select value={outcome()} onChange={(e) => setOutcome(e.currentTarget.value as "resolved" | "unresolved")}>
          <option value="unresolved">Not resolved</option>
          <option value="resolved">Resolved</option>
        </select>
      </label>
      <Refusal message={refusal()} />
      <FormActions kind="danger" label="Close conversation for everyone" busyLabel="Closing…" busy={busy()} onCancel={props.onCancel} />
    </form>
  );
}

function ReassignForm(props: { conversation: AdminTarget; onCancel: () => void; onReassigned: (name: string) => void }) {
  const [spaces] = createResource(() => api<{ spaces: Space[] }>("GET", "/api/spaces").then((r) => r.spaces));
  const space = () => spaces()?.find((s) => s.id === props.conversation.spaceId);
  const members = () => (space()?.members ?? []).filter((m) => m.id !== props.conversation.assignee?.id);
  const [agentId, setAgentId] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [refusal, setRefusal] = createSignal<string | null>(null);
  async function submit(e: SubmitEvent) {
    e.preventDefault();
    setRefusal(null);
    const target = members().find((m) => m.id === agentId());
    if (!target) return setRefusal("Choose the agent to give it to.");
    setBusy(true);
    try {
      await api("POST", `/api/conversations/${encodeURIComponent(props.conversation.id)}/reassign`, ReassignRequest.parse({ toAgentId: target.id }));
      props.onReassigned(target.name);
    } catch (err) {
      setRefusal(messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form class="pane-form" aria-label="Reassign the conversation" onSubmit={submit}>
      <Show when={!spaces.loading} fallback={<p class="empty">Loading the space's members…</p>}>
        <Show when={!spaces.error} fallback={<Refusal message={`Could not load the space's members: ${messageOf(spaces.error)}`} />}>
          <Show when={members().length > 0} fallback={<p class="empty">{space()?.name ?? "This space"} has no other member to give it to.</p>}>
            <label>
              Reassign to
              <select value={agentId()} onChange={(e) => setAgentId(e.currentTarget.value)}>
                <option value="">Choose an agent of {space()?.name}…</option>
                <For each={members()}>{(m) => <option value={m.id}>{m.name}</option>}</For>
              </select>
            </label>
          </Show>
        </Show>
      </Show>
      <Refusal message={refusal()} />
      <FormActions label="Reassign" busyLabel="Reassigning…" busy={busy()} disabled={!agentId()} onCancel={props.onCancel} />
    </form>
  );
}
