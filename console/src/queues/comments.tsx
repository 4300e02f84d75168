import { createSignal, For, Show } from "solid-js";
import type { z } from "zod";
import { CommentCreate, type Comment } from "../../../protocol/work-items";
import { api } from "../api";
import { messageOf, Refusal } from "../ui/refusal";
import { ago, when } from "../ui/time";

type CommentT = z.infer<typeof Comment>;

const author = (c: CommentT) => c.authorName ?? (c.authorType === "ai" ? "AI agent" : c.authorType === "system" ? "Parley" : "Someone");

/** A work item's comments, oldest first, and a box to add one. */
export function Comments(props: { workItemId: string; comments: CommentT[]; onAdded: (comment: CommentT) => void }) {
  const [body, setBody] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [refusal, setRefusal] = createSignal<string>();

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    setRefusal(undefined);
    const parsed = CommentCreate.safeParse({ body: body() });
    if (!parsed.success) return setRefusal(parsed.error.issues[0]?.message ?? "Write a comment first.");
    setBusy(true);
    try {
      props.onAdded(await api<CommentT>("POST", `/api/work-items/${encodeURIComponent(props.workItemId)}/comments`, parsed.data));
      setBody("");
    } catch (err) {
      setRefusal(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel comments" aria-labelledby="comments-title">
      <h2 id="comments-title">Comments ({props.comments.length})</h2>
      <Show when={props.comments.length > 0} fallback={<p class="empty">No comments yet.</p>}>
        <ol class="comment-list">
          <For each={props.comments}>
            {(c) => (
              <li class={`comment ${c.authorType}`}>
                <div class="meta">
                  <strong>{author(c)}</strong> <time title={when(c.createdAt)}>{ago(c.createdAt)}</time>
                </div>
                <p class="body">{c.body}</p>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <form class="comment-form" onSubmit={submit}>
        <label>
          Add a comment
          <textarea rows={3} maxLength={10000} value={body()} onInput={(e) => setBody(e.currentTarget.value)} />
        </label>
        <Refusal message={refusal()} />
        <div>
          <button type="submit" class="primary" disabled={busy()}>
            {busy() ? "Adding…" : "Add comment"}
          </button>
        </div>
      </form>
    </section>
  );
}
