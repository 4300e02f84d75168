/** Spaces: every space of the site with its chat switch and members at a glance, and a form to create one. */
import { A, useNavigate } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import { SpaceCreate, type Space } from "../../../protocol/settings";
import { api } from "../api";
import { useSession } from "../session";
import { Loaded } from "./controls";
import { check, createSaver, Field, SaveBar, type FieldErrors } from "./form";

export const loadSpaces = () => api<{ spaces: Space[] }>("GET", "/api/spaces").then((r) => r.spaces);

export function SpacesPage() {
  const [spaces] = createResource(loadSpaces);
  return (
    <section aria-labelledby="spaces-title">
      <h2 id="spaces-title">Spaces</h2>
      <p class="st-lead">Each team works in a space: chat is switched on or off per space, and its members are offered its conversations.</p>
      <Loaded resource={spaces} what="the spaces">
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="empty">No spaces yet. Create the first one below.</p>}>
            <table class="data">
              <thead>
                <tr>
                  <th scope="col">Space</th>
                  <th scope="col">Key</th>
                  <th scope="col">Chat</th>
                  <th scope="col">Members</th>
                </tr>
              </thead>
              <tbody>
                <For each={list()}>
                  {(space) => (
                    <tr>
                      <td>
                        <A href={`/settings/spaces/${space.id}`}>{space.name}</A>
                      </td>
                      <td class="st-mono">{space.key}</td>
                      <td>
                        <span class={`badge ${space.chatEnabled ? "on" : "off"}`}>{space.chatEnabled ? "Chat on" : "Chat off"}</span>
                      </td>
                      <td>{space.members.length === 0 ? "No members" : space.members.map((m) => m.name).join(", ")}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Loaded>
      <NewSpaceForm />
    </section>
  );
}

/** "Billing support" → "BILL": a key to start from, until the admin types their own. */
export function suggestKey(name: string): string {
  const words = name.toUpperCase().replace(/[^A-Z0-9 ]/g, "").split(/\s+/).filter(Boolean);
  const first = (words[0] ?? "").replace(/^[0-9]+/, "");
  const key = (first.slice(0, 4) + words.slice(1).map((w) => w[0]).join("")).slice(0, 10);
  return key.length >= 2 ? key : "";
}

function NewSpaceForm() {
  const session = useSession();
  const navigate = useNavigate();
  const [name, setName] = createSignal("");
  const [key, setKey] = createSignal("");
  const [keyEdited, setKeyEdited] = createSignal(false);
  const [chat, setChat] = createSignal(true);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const saver = createSaver();

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const value = check(SpaceCreate, { name: name(), key: key(), chatEnabled: chat() }, setErrors);
    if (!value) return;
    const created = await saver.run(() => api<Space>("POST", "/api/spaces", value));
    if (created) {
      await session.refreshMe();
      navigate(`/settings/spaces/${created.id}`, { state: { created: true } });
    }
  }

  return (
    <form class="panel st-form" onSubmit={submit} novalidate aria-labelledby="new-space-title">
      <h3 id="new-space-title">Create a space</h3>
      <div class="st-row">
        <Field label="Space name" error={errors().name}>
          {(a) => (
            <input
              {...a}
              value={name()}
              maxLength={80}
              onInput={(e) => {
                setName(e.currentTarget.value);
                if (!keyEdited()) setKey(suggestKey(e.currentTarget.value));
              }}
            />
          )}
        </Field>
        <Field label="Key" hint="Starts its work-item keys, like BILL-42. Cannot change later." error={errors().key}>
          {(a) => (
            <input
              {...a}
              class="st-mono"
              value={key()}
              maxLength={10}
              onInput={(e) => {
                setKeyEdited(true);
                setKey(e.currentTarget.value.toUpperCase());
              }}
            />
          )}
        </Field>
      </div>
      <label class="st-check">
        <input type="checkbox" checked={chat()} onChange={(e) => setChat(e.currentTarget.checked)} />
        Switch chat on in this space
      </label>
      <SaveBar saver={saver} label="Create space" busyLabel="Creating…" invalid={Object.keys(errors()).length > 0} />
    </form>
  );
}
