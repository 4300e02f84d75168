/** The customer experience form: mode, channels, space, origins, greeting, AI name, handoff rules, look. */
import { createSignal, For, Show } from "solid-js";
import { createStore, produce } from "solid-js/store";
import { channels, Edition, liveChatEditions, supportModes } from "../../../protocol/domain";
import { ExperienceCreate, type Experience, type Space } from "../../../protocol/settings";
import { api } from "../api";
import { useSession } from "../session";
import { channelHint, channelLabel, modeHint, modeLabel } from "./experience-labels";
import { check, Choice, createSaver, Field, numberOf, SaveBar, type FieldErrors } from "./form";
import { draftOf, HandoffRulesEditor, ruleOf, type RuleDraft } from "./handoff-rules";
import { OriginsField } from "./origins-field";

type Draft = Omit<ExperienceCreate, "leaveMessageAfterSeconds" | "handoffRules"> & { leaveMessageAfterSeconds: string; handoffRules: RuleDraft[] };

/** "Acme Help Center" → "acme-help-center". */
export const suggestSlug = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");

const defaults = ExperienceCreate.shape;

function draftFor(initial: Experience | null, spaces: Space[], edition: Edition): Draft {
  if (initial) {
    const { id: _i, createdAt: _c, updatedAt: _u, ...fields } = initial;
    return { ...fields, leaveMessageAfterSeconds: String(initial.leaveMessageAfterSeconds), handoffRules: initial.handoffRules.map(draftOf) };
  }
  return {
    name: "",
    slug: "",
    supportMode: liveChatEditions.includes(edition) ? "ai_team" : "ai",
    channels: [...channels],
    spaceId: (spaces.find((s) => s.chatEnabled) ?? spaces[0])?.id ?? "",
    allowedOrigins: [],
    greeting: defaults.greeting.parse(undefined),
    aiAgentName: defaults.aiAgentName.parse(undefined),
    color: defaults.color.parse(undefined),
    leaveMessageAfterSeconds: String(defaults.leaveMessageAfterSeconds.parse(undefined)),
    handoffRules: [],
  };
}

export function ExperienceForm(props: { initial: Experience | null; spaces: Space[]; onSaved: (experience: Experience) => void }) {
  const session = useSession();
  const edition = Edition.catch("standard").parse(session.me.site.edition);
  const [draft, setDraft] = createStore<Draft>(draftFor(props.initial, props.spaces, edition));
  const [slugEdited, setSlugEdited] = createSignal(props.initial !== null);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const saver = createSaver();
  let takePendingOrigin: () => boolean = () => true;
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => {
    setDraft(field, value);
    saver.touched();
  };

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    if (!takePendingOrigin()) return;
    const value = check(
      ExperienceCreate,
      { ...draft, leaveMessageAfterSeconds: numberOf(draft.leaveMessageAfterSeconds), handoffRules: draft.handoffRules.map(ruleOf) },
      setErrors,
    );
    if (!value) return;
    const saved = await saver.run(() =>
      props.initial ? api<Experience>("PATCH", `/api/experiences/${props.initial.id}`, value) : api<Experience>("POST", "/api/experiences", value),
    );
    if (saved) props.onSaved(saved);
  }

  const err = (field: string) => errors()[field];
  return (
    <form class="panel st-form" onSubmit={submit} novalidate aria-label={props.initial ? "Experience settings" : "New customer experience"}>
      <div class="st-row">
        <Field label="Name" error={err("name")}>
          {(a) => (
            <input
              {...a}
              value={draft.name}
              maxLength={80}
              onInput={(e) => {
                set("name", e.currentTarget.value);
                if (!slugEdited()) setDraft("slug", suggestSlug(e.currentTarget.value));
              }}
            />
          )}
        </Field>
        <Field label="URL name" hint={`The support site's address: /support/${draft.slug || "…"}`} error={err("slug")}>
          {(a) => (
            <input
              {...a}
              class="st-mono"
              value={draft.slug}
              maxLength={40}
              onInput={(e) => {
                setSlugEdited(true);
                set("slug", e.currentTarget.value.toLowerCase());
              }}
            />
          )}
        </Field>
      </div>

      <fieldset class="st-choices">
        <legend>Support mode</legend>
        <For each={supportModes}>
          {(mode) => (
            <Choice
              type="radio"
              name="supportMode"
              value={mode}
              label={modeLabel(mode)}
              hint={modeHint(mode)}
              checked={draft.supportMode === mode}
              onChange={() => set("supportMode", mode)}
            />
          )}
        </For>
        <Show when={!liveChatEditions.includes(edition)}>
          <p class="st-hint">This site is on the {edition} edition: modes with a team need Premium or Enterprise.</p>
        </Show>
      </fieldset>

      <fieldset class="st-choices">
        <legend>Channels</legend>
        <For each={channels}>
          {(channel) => (
            <Choice
              type="checkbox"
              label={channelLabel(channel)}
              hint={channelHint(channel)}
              checked={draft.channels.includes(channel)}
              onChange={(on) => set("channels", on ? channels.filter((c) => c === channel || draft.channels.includes(c)) : draft.channels.filter((c) => c !== channel))}
            />
          )}
        </For>
        <Show when={err("channels")}>
          <p class="st-field-error">{err("channels")}</p>
        </Show>
      </fieldset>

      <Field label="Space" hint="Conversations that reach a person go to this space's agents." error={err("spaceId")}>
        {(a) => (
          <select {...a} value={draft.spaceId} onChange={(e) => set("spaceId", e.currentTarget.value)}>
            <Show when={draft.spaceId === ""}>
              <option value="" selected>
                Choose a space…
              </option>
            </Show>
            <For each={props.spaces}>
              {(space) => (
                <option value={space.id} selected={space.id === draft.spaceId}>
                  {space.name}
                  {space.chatEnabled ? "" : " (chat off)"}
                </option>
              )}
            </For>
          </select>
        )}
      </Field>

      <Show when={draft.channels.includes("widget")}>
        <OriginsField
          origins={draft.allowedOrigins}
          onChange={(list) => set("allowedOrigins", list)}
          error={Object.entries(errors()).find(([k]) => k.startsWith("allowedOrigins"))?.[1]}
          pending={(take) => (takePendingOrigin = take)}
        />
      </Show>

      <Field label="Greeting" hint="The first thing customers read when they open the chat." error={err("greeting")}>
        {(a) => <textarea {...a} rows={2} maxLength={500} value={draft.greeting} onInput={(e) => set("greeting", e.currentTarget.value)} />}
      </Field>
      <div class="st-row">
        <Field label="AI agent name" hint="The name the AI answers under." error={err("aiAgentName")}>
          {(a) => <input {...a} value={draft.aiAgentName} maxLength={60} onInput={(e) => set("aiAgentName", e.currentTarget.value)} />}
        </Field>
        <Field label="Colour" hint={draft.color} error={err("color")}>
          {(a) => <input {...a} type="color" value={draft.color} onInput={(e) => set("color", e.currentTarget.value)} />}
        </Field>
        <Field
          label="Offer to leave a message after (seconds)"
          hint="While waiting in line, the customer may leave a message instead (10–3600)."
          error={err("leaveMessageAfterSeconds")}
        >
          {(a) => <input {...a} type="number" min="10" max="3600" value={draft.leaveMessageAfterSeconds} onInput={(e) => set("leaveMessageAfterSeconds", e.currentTarget.value)} />}
        </Field>
      </div>

      <Show
        when={draft.supportMode === "ai_team"}
        fallback={
          <p class="st-hint">
            Handoff rules apply in the “{modeLabel("ai_team")}” mode{draft.handoffRules.length > 0 ? ` (this experience keeps its ${draft.handoffRules.length})` : ""}.
          </p>
        }
      >
        <HandoffRulesEditor
          rules={draft.handoffRules}
          errors={errors()}
          setField={(i, field, value) => {
            setDraft("handoffRules", i, field, value);
            saver.touched();
          }}
          add={(rule) => {
            setDraft("handoffRules", produce((rules) => void rules.push(rule)));
            saver.touched();
          }}
          remove={(i) => {
            setDraft("handoffRules", produce((rules) => void rules.splice(i, 1)));
            saver.touched();
          }}
        />
      </Show>

      <SaveBar saver={saver} label={props.initial ? "Save experience" : "Create experience"} invalid={Object.keys(errors()).length > 0} />
    </form>
  );
}
