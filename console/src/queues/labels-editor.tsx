/** A work item's labels: each with a remove button, and a box to add one (checked as the API checks it). */
import { createSignal, For, Show } from "solid-js";
import { WorkItemUpdate } from "../../../protocol/work-items";
import { Refusal } from "../ui/refusal";

const Labels = WorkItemUpdate.shape.labels.unwrap();

export function LabelsEditor(props: { labels: string[]; busy: boolean; onChange: (labels: string[]) => Promise<boolean> }) {
  const [draft, setDraft] = createSignal("");
  const [problem, setProblem] = createSignal<string | null>(null);

  async function add(e: SubmitEvent) {
    e.preventDefault();
    setProblem(null);
    const label = draft().trim();
    if (!label) return setProblem("Write the label first.");
    if (props.labels.includes(label)) return setProblem(`The item already has the label “${label}”.`);
    const parsed = Labels.safeParse([...props.labels, label]);
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "That label is not valid.");
    if (await props.onChange(parsed.data)) setDraft("");
  }

  return (
    <div class="labels-editor">
      <Show when={props.labels.length > 0} fallback={<span class="empty">No labels</span>}>
        <ul class="label-chips" aria-label="Labels">
          <For each={props.labels}>
            {(label) => (
              <li class="tag">
                {label}
                <button type="button" class="link" aria-label={`Remove label ${label}`} disabled={props.busy} onClick={() => void props.onChange(props.labels.filter((l) => l !== label))}>
                  ×
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <form class="label-add" onSubmit={add}>
        <label class="sr-only" for="label-new">
          New label
        </label>
        <input id="label-new" value={draft()} maxLength={40} placeholder="Add a label" onInput={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit" class="secondary" disabled={props.busy}>
          Add label
        </button>
      </form>
      <Refusal message={problem()} />
    </div>
  );
}
