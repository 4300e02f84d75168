import { createResource, createSignal, For, Show } from "solid-js";
import type { SavedAnswer, SavedAnswerList } from "../../../protocol/ai-answers";
import { api } from "../api";
import { messageOf, Refusal } from "../ui/refusal";
import { Stamp } from "../ui/stamp";
import { ReviewHeader } from "./tabs";

/** One saved answer, editable in place. */
function AnswerRow(props: { answer: SavedAnswer; onChange: () => void }) {
  const [editing, setEditing] = createSignal(false);
  const [question, setQuestion] = createSignal(props.answer.question);
  const [answer, setAnswer] = createSignal(props.answer.answer);
  const [error, setError] = createSignal<string | null>(null);
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      setEditing(false);
      props.onChange();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <li class="saved-answer">
      <Show
        when={editing()}
        fallback={
          <>
            <p class="saved-question">“{props.answer.question}”</p>
            <p class="saved-text">{props.answer.answer}</p>
            <p class="empty">
              Updated <Stamp at={props.answer.updatedAt} />
            </p>
            <div class="actions">
              <button type="button" onClick={() => setEditing(true)}>
                Edit
              </button>
              <button type="button" onClick={() => void run(() => api("DELETE", `/api/ai-answers/${props.answer.id}`))}>
                Delete
              </button>
            </div>
          </>
        }
      >
        <form
          aria-label="Edit saved answer"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => api("PATCH", `/api/ai-answers/${props.answer.id}`, { question: question(), answer: answer() }));
          }}
        >
          <label>
            Question
            <textarea rows={2} value={question()} onInput={(e) => setQuestion(e.currentTarget.value)} maxLength={500} />
          </label>
          <label>
            Answer
            <textarea rows={4} value={answer()} onInput={(e) => setAnswer(e.currentTarget.value)} maxLength={4000} />
          </label>
          <div class="actions">
            <button type="submit" class="primary">
              Save
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      </Show>
      <Show when={error()}>{(m) => <Refusal message={m()} />}</Show>
    </li>
  );
}

/** Answers agents saved from handed-off conversations: the AI agent quotes them; admins keep them right. */
export function SavedAnswersPage() {
  const [answers, { refetch }] = createResource(() => api<SavedAnswerList>("GET", "/api/ai-answers").then((r) => r.answers));
  return (
    <section class="review" aria-labelledby="saved-title">
      <ReviewHeader />
      <h2 id="saved-title">Saved answers</h2>
      <p class="review-lede">Answers agents saved with “Save as AI answer”. The AI agent uses them like articles, quoting them with their question.</p>
      <Show when={!answers.error} fallback={<Refusal message={messageOf(answers.error)} />}>
        <Show when={answers.latest !== undefined} fallback={<p class="empty">Loading saved answers…</p>}>
          <Show when={(answers.latest ?? []).length > 0} fallback={<p class="empty review-empty">No saved answers yet. Agents save them from a conversation the AI handed off.</p>}>
            <ul class="saved-answers">
              <For each={answers.latest}>{(a) => <AnswerRow answer={a} onChange={() => void refetch()} />}</For>
            </ul>
          </Show>
        </Show>
      </Show>
    </section>
  );
}
