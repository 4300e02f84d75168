/** One customer experience: create it, or change it, install it, and delete it. */
import { A, useLocation, useNavigate, useParams } from "@solidjs/router";
import { createResource, createSignal, Show } from "solid-js";
import type { Experience, Space } from "../../../protocol/settings";
import { api } from "../api";
import { messageOf, Refusal } from "../ui/refusal";
import { ConfirmButton, Loaded } from "./controls";
import { ExperienceForm } from "./experience-form";
import { ExperienceInstall } from "./experience-install";
import { loadSpaces } from "./spaces-list";

function Crumbs() {
  return (
    <p class="st-crumbs">
      <A href="/settings/experiences">Customer experiences</A>
    </p>
  );
}

export function NewExperiencePage() {
  const navigate = useNavigate();
  const [spaces] = createResource(loadSpaces);
  return (
    <section aria-labelledby="experience-title">
      <Crumbs />
      <h2 id="experience-title">New customer experience</h2>
      <Loaded resource={spaces} what="the spaces">
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="empty">Create a space first: every experience routes to one.</p>}>
            <ExperienceForm
              initial={null}
              spaces={list()}
              onSaved={(created) => navigate(`/settings/experiences/${created.id}`, { state: { created: true } })}
            />
          </Show>
        )}
      </Loaded>
    </section>
  );
}

export function ExperiencePage() {
  const params = useParams<{ id: string }>();
  return (
    <section aria-labelledby="experience-title">
      <Crumbs />
      <Show when={params.id} keyed>
        {(id) => <ExperienceLoader id={id} />}
      </Show>
    </section>
  );
}

function ExperienceLoader(props: { id: string }) {
  const [data] = createResource(async () => {
    const [experience, spaces] = await Promise.all([api<Experience>("GET", `/api/experiences/${encodeURIComponent(props.id)}`), loadSpaces()]);
    return { experience, spaces };
  });
  return (
    <Loaded resource={data} what="the customer experience">
      {(d) => <ExperienceSettings experience={d().experience} spaces={d().spaces} />}
    </Loaded>
  );
}

function ExperienceSettings(props: { experience: Experience; spaces: Space[] }) {
  const navigate = useNavigate();
  const location = useLocation<{ created?: boolean }>();
  const [experience, setExperience] = createSignal(props.experience);
  const [refusal, setRefusal] = createSignal<string | null>(null);

  async function remove() {
    setRefusal(null);
    try {
      await api("DELETE", `/api/experiences/${experience().id}`);
      navigate("/settings/experiences", { state: { deleted: experience().name } });
    } catch (err) {
      setRefusal(messageOf(err));
    }
  }

  return (
    <>
      <h2 id="experience-title">{experience().name}</h2>
      <Show when={location.state?.created}>
        <p class="st-saved" role="status">
          Saved. The experience is ready: install it below.
        </p>
      </Show>
      <ExperienceInstall experience={experience()} />
      <h3>Settings</h3>
      <ExperienceForm initial={props.experience} spaces={props.spaces} onSaved={setExperience} />
      <section class="panel st-danger-zone" aria-labelledby="delete-experience-title">
        <h3 id="delete-experience-title">Delete this experience</h3>
        <p class="st-hint">Its widget and support site stop at once. Its conversations stay, with their work items.</p>
        <ConfirmButton label="Delete experience" confirmLabel="Delete for good" question={`Delete “${experience().name}”?`} onConfirm={remove} />
        <Refusal message={refusal()} />
      </section>
    </>
  );
}
