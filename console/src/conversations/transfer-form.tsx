/**
 * The assignee hands the conversation on: to another agent of its space or to another space with chat on,
 * with a note for whoever takes it. It stays theirs until the target accepts; the pane says whom it waits for.
 */
import { createResource, createSignal, For, onCleanup, Show } from "solid-js";
import { TransferRequest, type SpaceTeam, type TeamStatus, type TransferTargets } from "../../../protocol/conversation-views";
import { api } from "../api";
import { useSession } from "../session";
import { messageOf, Refusal } from "../ui/refusal";
import "./pane-forms.css";
import type { Channel } from "./channel";
import { FormActions } from "./form-actions";

interface Target {
  value: string;
  label: string;
  /** Whom the pane waits for once it is offered. */
  waitingFor: string;
  body: { toAgentId: string } | { toSpaceId: string };
  /** Why they cannot be offered it now (null: they can). */
  unable: string | null;
}

/** How a colleague's state reads in the list; only an available one under the limit can be offered it. */
function stateOf(status: TeamStatus, load: number, cap: number): { words: string; unable: boolean } {
  switch (status) {
    case "available":
      return { words: `available, ${load} of ${cap} chats`, unable: false };
    case "at_cap":
      return { words: `at the limit, ${load} of ${cap} chats`, unable: true };
    case "no_console":
      return { words: "console not open", unable: true };
    case "away":
      return { words: "away", unable: true };
  }
}

/** Who can be offered the conversation: its space's other members (those who can take it now first), then the site's other spaces with chat on. */
function targetsFrom(team: SpaceTeam | undefined, chatSpaces: TransferTargets["spaces"], spaceId: string, me: string): { agents: Target[]; spaces: Target[]; spaceName: string } {
  const agents = (team?.agents ?? [])
    .filter((m) => m.id !== me)
    .map((m) => {
      const state = stateOf(m.status, m.load, team!.cap);
      return { value: `agent:${m.id}`, label: `${m.name} — ${state.words}`, waitingFor: m.name, body: { toAgentId: m.id }, unable: state.unable ? `${m.name} cannot take it now (${state.words}).` : null };
    })
    .sort((x, y) => Number(x.unable !== null) - Number(y.unable !== null));
  return {
    spaceName: chatSpaces.find((s) => s.id === spaceId)?.name ?? "this space",
    agents,
    spaces: chatSpaces
      .filter((s) => s.id !== spaceId)
      .map((s) => ({ value: `space:${s.id}`, label: `${s.name} (whoever is available there)`, waitingFor: `someone in ${s.name}`, body: { toSpaceId: s.id }, unable: null })),
  };
}

export function TransferForm(props: { channel: Channel; spaceId: string; onDone: () => void }) {
  const session = useSession();
  const [spaces, { refetch }] = createResource(() =>
    Promise.all([api<SpaceTeam>("GET", `/api/spaces/${encodeURIComponent(props.spaceId)}/team`), api<TransferTargets>("GET", "/api/transfer-targets")]).then(([team, chat]) => ({ team, chat: chat.spaces })),
  );
  // Colleagues come and go: the list follows every 10 s while the form is open, and after a refusal.
  const every = setInterval(() => void refetch(), 10_000);
  onCleanup(() => clearInterval(every));
  const targets = () => targetsFrom(spaces.latest?.team, spaces.latest?.chat ?? [], props.spaceId, session.me.agent.id);
  const [choice, setChoice] = createSignal("");
  const [note, setNote] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [refusal, setRefusal] = createSignal<string | null>(null);
  const chosen = () => [...targets().agents, ...targets().spaces].find((t) => t.value === choice());

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    setRefusal(null);
    const target = chosen();
    if (!target) return setRefusal("Choose whom to transfer the conversation to.");
    const parsed = TransferRequest.safeParse({ ...target.body, ...(note().trim() ? { note: note().trim() } : {}) });
    if (!parsed.success) return setRefusal(parsed.error.issues[0]?.message ?? "The transfer is not valid.");
    setBusy(true);
    try {
      await api("POST", `/api/conversations/${encodeURIComponent(props.channel.id)}/transfer`, parsed.data);
      props.channel.transferring(target.waitingFor);
      props.onDone();
    } catch (err) {
      setRefusal(messageOf(err));
      void refetch();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="pane-form transfer-form" aria-label="Transfer the conversation" onSubmit={submit}>
      <Show when={spaces.error || spaces.latest !== undefined} fallback={<p class="empty">Loading who can take it…</p>}>
        <Show when={!spaces.error} fallback={<Refusal message={`Could not load the spaces: ${messageOf(spaces.error)}`} />}>
          <Show
            when={targets().agents.length + targets().spaces.length > 0}
            fallback={<p class="empty">Nobody else can take it: {targets().spaceName} has no other agent, and no other space has chat on.</p>}
          >
            <label>
              Transfer to
              <select value={choice()} onChange={(e) => setChoice(e.currentTarget.value)}>
                <option value="">Choose an agent or a space…</option>
                <Show when={targets().agents.length > 0}>
                  <optgroup label={`Agents in ${targets().spaceName}`}>
                    <For each={targets().agents}>
                      {(t) => (
                        <option value={t.value} disabled={t.unable !== null} title={t.unable ?? undefined} selected={t.value === choice()}>
                          {t.label}
                        </option>
                      )}
                    </For>
                  </optgroup>
                </Show>
                <Show when={targets().spaces.length > 0}>
                  <optgroup label="Another space">
                    <For each={targets().spaces}>
                      {(t) => (
                        <option value={t.value} selected={t.value === choice()}>
                          {t.label}
                        </option>
                      )}
                    </For>
                  </optgroup>
                </Show>
              </select>
            </label>
            <label>
              Note for them (optional, only the team sees it)
              <textarea rows={2} maxLength={1000} value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
            </label>
          </Show>
        </Show>
      </Show>
      <Refusal message={refusal()} />
      <FormActions label="Transfer" busyLabel="Transferring…" busy={busy()} disabled={!chosen()} onCancel={props.onDone} />
    </form>
  );
}
