/** One space: its name, chat on or off (refused while experiences route to it), business hours, members and queues. */
import { A, useLocation, useParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import type { Queue } from "../../../protocol/queues";
import { SpaceUpdate, type AgentSummary, type Experience, type Space } from "../../../protocol/settings";
import { api } from "../api";
import { useSession } from "../session";
import { messageOf, Refusal } from "../ui/refusal";
import { Loaded } from "./controls";
import { modeLabel } from "./experience-labels";
import { check, Choice, createSaver, Field, SaveBar, type FieldErrors } from "./form";
import { BusinessHoursEditor } from "./business-hours";
import { SpaceMembers } from "./space-members";
import { loadSpaces } from "./spaces-list";

async function loadSpace(id: string) {
  const [spaces, agents, experiences, queues] = await Promise.all([
    loadSpaces(),
    api<{ agents: AgentSummary[] }>("GET", "/api/agents").then((r) => r.agents),
    api<{ experiences: Experience[] }>("GET", "/api/experiences").then((r) => r.experiences),
    api<{ queues: Queue[] }>("GET", `/api/spaces/${encodeURIComponent(id)}/queues`)
      .then((r) => r.queues)
      .catch(() => null),
  ]);
  const space = spaces.find((s) => s.id === id);
  if (!space) throw new Error("There is no such space on this site.");
  return { space, agents, experiences: experiences.filter((e) => e.spaceId === id), queues };
}

export function SpacePage() {
  const params = useParams<{ id: string }>();
  return (
    <section aria-labelledby="space-title">
      <p class="st-crumbs">
        <A href="/settings/spaces">Spaces</A>
      </p>
      <Show when={params.id} keyed>
        {(id) => <SpaceLoader id={id} />}
      </Show>
    </section>
  );
}

/** Built anew for each space id, so moving between spaces never shows the previous one's form. */
function SpaceLoader(props: { id: string }) {
  const [data] = createResource(() => loadSpace(props.id));
  return (
    <Loaded resource={data} what="the space">
      {(d) => <SpaceSettings {...d()} />}
    </Loaded>
  );
}

function SpaceSettings(props: { space: Space; agents: AgentSummary[]; experiences: Experience[]; queues: Queue[] | null }) {
  const session = useSession();
  const location = useLocation<{ created?: boolean }>();
  const [space, setSpace] = createSignal(props.space);
  const [name, setName] = createSignal(props.space.name);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const saver = createSaver();
  const [chatBusy, setChatBusy] = createSignal(false);
  const [chatRefusal, setChatRefusal] = createSignal<string | null>(null);
  const [chatSaved, setChatSaved] = createSignal(false);

  async function rename(e: SubmitEvent) {
    e.preventDefault();
    const value = check(SpaceUpdate, { name: name() }, setErrors);
    if (!value) return;
    const updated = await saver.run(() => api<Space>("PATCH", `/api/spaces/${space().id}`, value));
    if (updated) {
      setSpace(updated);
      await session.refreshMe();
    }
  }

  async function switchChat(on: boolean, box: HTMLInputElement) {
    setChatBusy(true);
    setChatRefusal(null);
    setChatSaved(false);
    try {
      setSpace(await api<Space>("PATCH", `/api/spaces/${space().id}`, { chatEnabled: on }));
      setChatSaved(true);
      await session.refreshMe();
    } catch (err) {
      box.checked = space().chatEnabled;
      setChatRefusal(messageOf(err));
    } finally {
      setChatBusy(false);
    }
  }

  return (
    <>
      <h2 id="space-title">
        {space().name} <span class="key st-mono">{space().key}</span>
      </h2>
      <Show when={location.state?.created}>
        <p class="st-saved" role="status">
          Saved. Now add the agents who work in this space.
        </p>
      </Show>

      <form class="panel st-form" onSubmit={rename} novalidate aria-label="Space name">
        <Field label="Space name" error={errors().name}>
          {(a) => (
            <input
              {...a}
              value={name()}
              maxLength={80}
              onInput={(e) => {
                setName(e.currentTarget.value);
                saver.touched();
              }}
            />
          )}
        </Field>
        <SaveBar saver={saver} label="Rename" busyLabel="Renaming…" invalid={Object.keys(errors()).length > 0} />
      </form>

      <section class="panel" aria-labelledby="space-chat-title">
        <h3 id="space-chat-title">Chat</h3>
        <div class="st-save-row">
          <Choice
            type="checkbox"
            label="Chat is on in this space"
            hint="With chat off, no conversation is routed here, and customer experiences with a team cannot route to it."
            checked={space().chatEnabled}
            disabled={chatBusy()}
            onChange={(on, box) => void switchChat(on, box)}
          />
          <Show when={chatSaved()}>
            <span class="st-saved" role="status">
              Saved
            </span>
          </Show>
        </div>
        <Refusal message={chatRefusal()} />
        <Show
          when={props.experiences.length > 0}
          fallback={<p class="empty">No customer experience routes conversations to this space.</p>}
        >
          <p>Customer experiences routing here:</p>
          <ul class="st-plain">
            <For each={props.experiences}>
              {(exp) => (
                <li>
                  <A href={`/settings/experiences/${exp.id}`}>{exp.name}</A> <span class="st-muted">({modeLabel(exp.supportMode)})</span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>

      <BusinessHoursEditor space={space()} onSaved={setSpace} />

      <SpaceMembers space={space()} agents={props.agents} onChange={setSpace} />

      <section class="panel" aria-labelledby="space-queues-title">
        <h3 id="space-queues-title">Queues</h3>
        <Show when={props.queues} fallback={<p class="error">Could not load this space's queues.</p>}>
          {(queues) => (
            <Show when={queues().length > 0} fallback={<p class="empty">This space has no queues yet.</p>}>
              <ul class="st-plain">
                <For each={queues()}>
                  {(q) => (
                    <li>
                      {q.name}{" "}
                      <Show when={q.count !== null} fallback={<span class="st-field-error">· cannot count: {q.countError ?? "its query cannot run"}</span>}>
                        <span class="st-muted">
                          · {q.count} {q.count === 1 ? "item" : "items"}
                        </span>
                      </Show>{" "}
                      <code class="st-mono">{q.jql}</code>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Show>
        <p>
          <A href="/queues">Create and edit queues on the Queues screen</A>
        </p>
      </section>
    </>
  );
}
