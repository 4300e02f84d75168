import { createSignal, Show } from "solid-js";
import type { TranscriptEntry } from "../../../protocol/conversation";
import { api } from "../api";
import { messageOf } from "../ui/refusal";

/**
 * "Save as AI answer" under an agent's reply in a conversation the AI handed off: the customer's question
 * (the customer's words before the reply) and the reply become a passage the AI may quote from then on.
 */
export function SaveAsAiAnswer(props: { entry: TranscriptEntry; entries: TranscriptEntry[]; conversationId: string }) {
  const [open, setOpen] = createSignal(false);
  const [state, setState] = createSignal<"idle" | "saving" | "saved">("idle");
  const [error, setError] = createSignal<string | null>(null);
  const question = () =>
    props.entries
      .filter((e) => e.seq < props.entry.seq && e.author.type === "customer")
      .slice(-2)
      .map((e) => e.body)
      .join(" ");
  const [q, setQ] = createSignal("");
  const [a, setA] = createSignal("");

  const start = () => {
    setQ(question());
    setA(props.entry.body);
    setOpen(true);
  };
  async function save(event: SubmitEvent) {
    event.preventDefault();
    setState("saving");
    setError(null);
    try {
      await api("POST", "/api/ai-answers", { question: q(), answer: a(), conversationId: props.conversationId });
      setState("saved");
      setOpen(false);
    } catch (err) {
      setError(messageOf(err));
      setState("idle");
    }
  }

  return (
    <div class="save-answer">
      <Show when={state() !== "saved"} fallback={<p class="saved-note" role="status">Saved: the AI agent can use this answer now.</p>}>
        <Show
          when={open()}
          fallback={
            <button type="button" class="link" onClick={start}>
              Save as AI answer
            </button>
          }
        >
          <form class="save-answer-form" onSubmit={save} aria-label="Save as AI answer">
            <label>
              Question
              <textarea rows={2} value={q()} onInput={(e) => setQ(e.currentTarget.value)} required maxLength={500} />
            </label>
            <label>
              Answer
              <textarea rows={3} value={a()} onInput={(e) => setA(e.currentTarget.value)} required maxLength={4000} />
            </label>
            <Show when={error()}>{(m) => <p class="refusal" role="alert">{m()}</p>}</Show>
            <div class="actions">
              <button type="submit" class="primary" disabled={state() === "saving"}>
                Save for the AI
              </button>
              <button type="button" onClick={() => setOpen(false)}>
                Cancel
              </button>
            </div>
          </form>
        </Show>
      </Show>
    </div>
  );
}
