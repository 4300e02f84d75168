/** Agents: everyone on the support team with their role and spaces, and a form to add someone. */
import { createResource, createSignal, For, Show } from "solid-js";
import { AgentCreate, type AgentSummary, type Space } from "../../../protocol/settings";
import { api } from "../api";
import { useSession } from "../session";
import { Loaded } from "./controls";
import { check, createSaver, Field, SaveBar, type FieldErrors } from "./form";
import { loadSpaces } from "./spaces-list";

const loadTeam = async () => {
  const [agents, spaces] = await Promise.all([api<{ agents: AgentSummary[] }>("GET", "/api/agents").then((r) => r.agents), loadSpaces()]);
  return { agents, spaces };
};

export function AgentsPage() {
  const [team, { refetch }] = createResource(loadTeam);
  const spacesOf = (agentId: string, spaces: Space[]) =>
    spaces
      .filter((s) => s.members.some((m) => m.id === agentId))
      .map((s) => s.name)
      .join(", ");
  return (
    <section aria-labelledby="agents-title">
      <h2 id="agents-title">Agents</h2>
      <p class="st-lead">Everyone who signs in to this console. Admins may change settings; agents answer conversations in their spaces.</p>
      <Loaded resource={team} what="the agents">
        {(t) => (
          <>
            <table class="data" aria-labelledby="agents-title">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Spaces</th>
                </tr>
              </thead>
              <tbody>
                <For each={t().agents}>
                  {(agent) => (
                    <tr>
                      <td>{agent.name}</td>
                      <td>{agent.email}</td>
                      <td>{agent.role === "admin" ? "Admin" : "Agent"}</td>
                      <td>{spacesOf(agent.id, t().spaces) || <span class="st-muted">None</span>}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <NewAgentForm spaces={t().spaces} onAdded={() => void refetch()} />
          </>
        )}
      </Loaded>
    </section>
  );
}

function NewAgentForm(props: { spaces: Space[]; onAdded: () => void }) {
  const session = useSession();
  const [name, setName] = createSignal("");
  const [email, setEmail] = createSignal("");
  const [role, setRole] = createSignal<"agent" | "admin">("agent");
  const [password, setPassword] = createSignal("");
  const [spaceIds, setSpaceIds] = createSignal<string[]>([]);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const saver = createSaver();

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const value = check(AgentCreate, { name: name(), email: email().trim(), role: role(), password: password() }, setErrors);
    if (!value) return;
    const created = await saver.run(async () => {
      const agent = await api<AgentSummary>("POST", "/api/agents", value);
      for (const spaceId of spaceIds()) await api("POST", `/api/spaces/${spaceId}/members`, { agentId: agent.id });
      return agent;
    });
    if (created) {
      setName("");
      setEmail("");
      setPassword("");
      setSpaceIds([]);
      props.onAdded();
      if (created.id === session.me.agent.id) await session.refreshMe();
    }
  }

  const toggleSpace = (id: string, on: boolean) => setSpaceIds((list) => (on ? [...list, id] : list.filter((s) => s !== id)));

  return (
    <form class="panel st-form" onSubmit={submit} novalidate aria-labelledby="new-agent-title" onInput={() => saver.touched()}>
      <h3 id="new-agent-title">Add an agent</h3>
      <div class="st-row">
        <Field label="Name" error={errors().name}>
          {(a) => <input {...a} value={name()} maxLength={80} autocomplete="off" onInput={(e) => setName(e.currentTarget.value)} />}
        </Field>
        <Field label="Email" error={errors().email}>
          {(a) => <input {...a} type="email" value={email()} autocomplete="off" onInput={(e) => setEmail(e.currentTarget.value)} />}
        </Field>
      </div>
      <div class="st-row">
        <Field label="Role" hint="Admins can change every setting.">
          {(a) => (
            <select {...a} value={role()} onChange={(e) => setRole(e.currentTarget.value === "admin" ? "admin" : "agent")}>
              <option value="agent" selected={role() === "agent"}>
                Agent
              </option>
              <option value="admin" selected={role() === "admin"}>
                Admin
              </option>
            </select>
          )}
        </Field>
        <Field label="First password" hint="At least 10 characters. Share it with them privately." error={errors().password}>
          {(a) => <input {...a} type="password" autocomplete="new-password" value={password()} onInput={(e) => setPassword(e.currentTarget.value)} />}
        </Field>
      </div>
      <Show when={props.spaces.length > 0}>
        <fieldset class="st-choices">
          <legend>Spaces</legend>
          <For each={props.spaces}>
            {(space) => (
              <label class="st-check">
                <input type="checkbox" checked={spaceIds().includes(space.id)} onChange={(e) => toggleSpace(space.id, e.currentTarget.checked)} />
                {space.name}
              </label>
            )}
          </For>
        </fieldset>
      </Show>
      <SaveBar saver={saver} label="Add agent" busyLabel="Adding…" invalid={Object.keys(errors()).length > 0} />
    </form>
  );
}
