/** A space's members: who is offered its conversations; add any agent of the site, remove a member. */
import { createMemo, createSignal, For, Show } from "solid-js";
import type { AgentSummary, Space } from "../../../protocol/settings";
import { api } from "../api";
import { useSession } from "../session";
import { messageOf, Refusal } from "../ui/refusal";

export function SpaceMembers(props: { space: Space; agents: AgentSummary[]; onChange: (space: Space) => void }) {
  const session = useSession();
  const [choice, setChoice] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [refusal, setRefusal] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const candidates = createMemo(() => props.agents.filter((a) => !props.space.members.some((m) => m.id === a.id)));

  async function change(what: () => Promise<Space>, done: string) {
    setBusy(true);
    setRefusal(null);
    setNotice(null);
    try {
      props.onChange(await what());
      setNotice(done);
      await session.refreshMe();
    } catch (err) {
      setRefusal(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  async function add(e: SubmitEvent) {
    e.preventDefault();
    const agent = props.agents.find((a) => a.id === choice());
    if (!agent) {
      setRefusal("Choose an agent to add.");
      return;
    }
    await change(() => api<Space>("POST", `/api/spaces/${props.space.id}/members`, { agentId: agent.id }), `${agent.name} was added.`);
    setChoice("");
  }

  const remove = (member: Space["members"][number]) =>
    change(async () => {
      await api("DELETE", `/api/spaces/${props.space.id}/members/${member.id}`);
      return { ...props.space, members: props.space.members.filter((m) => m.id !== member.id) };
    }, `${member.name} was removed.`);

  return (
    <section class="panel" aria-labelledby="space-members-title">
      <h3 id="space-members-title">Members</h3>
      <Show when={props.space.members.length > 0} fallback={<p class="empty">Nobody is a member yet, so nobody is offered this space's conversations.</p>}>
        <table class="data" aria-labelledby="space-members-title">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">
                <span class="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.space.members}>
              {(member) => (
                <tr>
                  <td>{member.name}</td>
                  <td>{member.email}</td>
                  <td>{member.role === "admin" ? "Admin" : "Agent"}</td>
                  <td class="st-actions">
                    <button
                      type="button"
                      class="danger"
                      disabled={busy()}
                      aria-label={`Remove ${member.name} from ${props.space.name}`}
                      onClick={() => void remove(member)}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <form class="st-inline-form" onSubmit={add}>
        <label for="space-member-choice">Add a member</label>
        <select id="space-member-choice" value={choice()} onChange={(e) => setChoice(e.currentTarget.value)} disabled={candidates().length === 0}>
          <option value="" selected={choice() === ""}>{candidates().length === 0 ? "Every agent is a member" : "Choose an agent…"}</option>
          <For each={candidates()}>
            {(agent) => (
              <option value={agent.id} selected={choice() === agent.id}>
                {agent.name} ({agent.email})
              </option>
            )}
          </For>
        </select>
        <button type="submit" class="primary" disabled={busy() || choice() === ""}>
          Add member
        </button>
      </form>
      <Show when={notice()}>
        <p class="st-saved" role="status">
          {notice()}
        </p>
      </Show>
      <Refusal message={refusal()} />
    </section>
  );
}
