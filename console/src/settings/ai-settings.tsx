/** AI agent settings: which responder answers, how sure it must be, when "cannot help" hands off, the model. */
import { A } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import { AiSettings, AiSettingsUpdate, DEFAULT_MODELS } from "../../../protocol/domain";
import { api } from "../api";
import { Loaded } from "./controls";
import { check, Choice, createSaver, Field, numberOf, SaveBar, type FieldErrors } from "./form";

type Responder = AiSettings["responder"];

const responders: Record<Responder, { label: string; hint: string; defaultModel?: string }> = {
  knowledge_base: {
    label: "Knowledge base (built in)",
    hint: "Answers by quoting the best passage of your published articles. Needs no network and no model.",
  },
  workers_ai: {
    label: "Workers AI",
    hint: "A Cloudflare Workers AI model writes the answer from the best article. Needs the deployment's AI binding; without it the knowledge base answers.",
    defaultModel: DEFAULT_MODELS.workers_ai,
  },
  openai_compatible: {
    label: "OpenAI-compatible endpoint",
    hint: "The model at the endpoint your operator configured (LLM_ENDPOINT and its key) writes the answer. Without them the knowledge base answers.",
    defaultModel: DEFAULT_MODELS.openai_compatible,
  },
};
const responderOrder = Object.keys(responders) as Responder[];

export function AiSettingsPage() {
  const [settings] = createResource(() => api<AiSettings>("GET", "/api/settings/ai"));
  return (
    <section aria-labelledby="ai-settings-title">
      <h2 id="ai-settings-title">AI agent</h2>
      <p class="st-lead">
        How the AI agent answers customers in the “AI only” and “AI first, then team” experiences. See how it does in{" "}
        <A href="/review">Conversation review</A>.
      </p>
      <Loaded resource={settings} what="the AI agent settings">
        {(value) => <AiSettingsForm initial={value()} />}
      </Loaded>
    </section>
  );
}

function AiSettingsForm(props: { initial: AiSettings }) {
  const [responder, setResponder] = createSignal<Responder>(props.initial.responder);
  const [threshold, setThreshold] = createSignal(String(props.initial.confidenceThreshold));
  const [after, setAfter] = createSignal(String(props.initial.cannotHelpHandoffAfter));
  const [model, setModel] = createSignal(props.initial.model ?? "");
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const saver = createSaver();
  const usesModel = () => responder() !== "knowledge_base";

  function chooseResponder(next: Responder) {
    setResponder(next);
    const known = Object.values(responders).map((r) => r.defaultModel);
    if (responders[next].defaultModel && (model() === "" || known.includes(model()))) setModel(responders[next].defaultModel!);
    saver.touched();
  }

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    if (usesModel() && model().trim() === "") {
      setErrors({ model: "Name the model the AI agent should use" });
      return;
    }
    const value = check(
      AiSettingsUpdate,
      {
        responder: responder(),
        confidenceThreshold: numberOf(threshold()),
        cannotHelpHandoffAfter: numberOf(after()),
        ...(usesModel() ? { model: model().trim() } : {}),
      },
      setErrors,
    );
    if (!value) return;
    const saved = await saver.run(() => api<AiSettings>("PATCH", "/api/settings/ai", value));
    if (saved) {
      setThreshold(String(saved.confidenceThreshold));
      setAfter(String(saved.cannotHelpHandoffAfter));
    }
  }

  return (
    <form class="panel st-form" onSubmit={submit} novalidate aria-label="AI agent settings" onInput={() => saver.touched()}>
      <fieldset class="st-choices">
        <legend>Responder</legend>
        <For each={responderOrder}>
          {(r) => (
            <Choice
              type="radio"
              name="responder"
              value={r}
              label={responders[r].label}
              hint={responders[r].hint}
              checked={responder() === r}
              onChange={() => chooseResponder(r)}
            />
          )}
        </For>
      </fieldset>
      <Show when={usesModel()}>
        <Field label="Model" hint="The model's name as the provider knows it." error={errors().model}>
          {(a) => <input {...a} class="st-mono" value={model()} maxLength={200} onInput={(e) => setModel(e.currentTarget.value)} />}
        </Field>
      </Show>
      <div class="st-row">
        <Field
          label="Confidence threshold"
          hint="0 to 1. Below it the AI says it cannot help instead of guessing. Higher: fewer but surer answers (default 0.35)."
          error={errors().confidenceThreshold}
        >
          {(a) => <input {...a} type="number" min="0" max="1" step="0.05" value={threshold()} onInput={(e) => setThreshold(e.currentTarget.value)} />}
        </Field>
        <Field
          label="Hand off after this many “cannot help” answers"
          hint="In “AI first, then team” experiences: 1 hands off the first time the AI cannot help (1–10)."
          error={errors().cannotHelpHandoffAfter}
        >
          {(a) => <input {...a} type="number" min="1" max="10" step="1" value={after()} onInput={(e) => setAfter(e.currentTarget.value)} />}
        </Field>
      </div>
      <SaveBar saver={saver} invalid={Object.keys(errors()).length > 0} />
    </form>
  );
}
