import { createSignal, For, Show } from "solid-js";
import { api } from "../api";
import { messageOf, Refusal } from "../ui/refusal";
import { Stamp } from "../ui/stamp";
import { MARKS, markLabel, type Mark, type Reviewed } from "./labels";

const NOTE_MAX = 2000;

const hints: Record<Mark, string> = {
  good: "The AI agent did what a good agent would.",
  needs_work: "Right direction, but the answer or the handoff could be better.",
  bad: "Wrong, unhelpful, or it should have handed off.",
};

/**
 * The reviewer's mark and note (`PUT /api/review/conversations/:id`). Shows what is saved, whether the form
 * differs from it, and the API's own message when it refuses.
 */
export function MarkForm(props: { conversation: Reviewed; reviewerName: (id: string) => string; onSaved: (saved: Reviewed) => void }) {
  const saved = () => props.conversation.review;
  const [mark, setMark] = createSignal<Mark | null>(saved()?.mark ?? null);
  const [note, setNote] = createSignal(saved()?.note ?? "");
  const [saving, setSaving] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [justSaved, setJustSaved] = createSignal(false);

  const dirty = () => mark() !== (saved()?.mark ?? null) || note().trim() !== (saved()?.note ?? "");
  const length = () => note().trim().length;

  async function save(e: SubmitEvent) {
    e.preventDefault();
    const chosen = mark();
    if (!chosen) return;
    setSaving(true);
    setError(null);
    setJustSaved(false);
    try {
      const result = await api<Reviewed>("PUT", `/api/review/conversations/${encodeURIComponent(props.conversation.id)}`, { mark: chosen, note: note() });
      props.onSaved(result);
      setNote(result.review?.note ?? note());
      setJustSaved(true);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form class="panel review-mark" aria-labelledby="review-mark-title" onSubmit={save}>
      <h2 id="review-mark-title">Your review</h2>
      <fieldset>
        <legend>Mark</legend>
        <For each={MARKS}>
          {(m) => (
            <div class={`mark-choice mark-${m}`} classList={{ chosen: mark() === m }}>
              <label>
                <input type="radio" name="mark" value={m} checked={mark() === m} onChange={() => setMark(m)} aria-describedby={`mark-hint-${m}`} />
                <strong>{markLabel[m]}</strong>
              </label>
              <small id={`mark-hint-${m}`}>{hints[m]}</small>
            </div>
          )}
        </For>
      </fieldset>
      <label>
        Note
        <textarea rows={5} value={note()} onInput={(e) => setNote(e.currentTarget.value)} aria-describedby="review-note-count" />
      </label>
      <p id="review-note-count" class="note-count" classList={{ over: length() > NOTE_MAX }}>
        {length().toLocaleString()} / {NOTE_MAX.toLocaleString()} characters
      </p>
      <div class="review-mark-actions">
        <button type="submit" class="primary" disabled={saving() || !mark()}>
          {saving() ? "Saving…" : "Save review"}
        </button>
        <Show when={!mark()}>
          <span class="empty">Choose a mark to save.</span>
        </Show>
        <Show when={mark() && dirty()}>
          <span class="unsaved">Unsaved changes</span>
        </Show>
      </div>
      <Refusal message={error()} />
      <p class="review-saved" role="status">
        <Show when={saved()} fallback={<>Not reviewed yet.</>}>
          {(r) => (
            <>
              {justSaved() && !dirty() ? "Saved. " : ""}Marked <strong>{markLabel[r().mark]}</strong> by {props.reviewerName(r().reviewerId)},{" "}
              <Stamp at={r().updatedAt} />
              .
            </>
          )}
        </Show>
      </p>
    </form>
  );
}
