/** Settings → Saved replies: what agents insert with "/" in the composer, for the whole site or one space. */
import { createResource, createSignal, For, Show } from "solid-js";
import { SAVED_REPLY_VARIABLES, SavedReplyCreate, type SavedReply, type SavedReplyList } from "../../../protocol/saved-replies";
import type { Space } from "../../../protocol/settings";
import { api } from "../api";
import { reloadSavedReplies } from "../conversations/saved-replies";
import { ago, when } from "../ui/time";
import { ConfirmButton, Loaded } from "./controls";
import { check, createSaver, Field, SaveBar, type FieldErrors } from "./form";
import { loadSpaces } from "./spaces-list";

const loadPage = async () => {
  const [replies, spaces] = await Promise.all([api<SavedReplyList>("GET", "/api/saved-replies").then((r) => r.replies), loadSpaces()]);
  return { replies, spaces };
};

const VARIABLE_HINT = `Variables: ${Object.entries(SAVED_REPLY_VARIABLES)
  .map(([name, meaning]) => `{{${name}}} (${meaning})`)
  .join(", ")}.`;

export function SavedRepliesPage() {
  const [data, { refetch }] = createResource(loadPage);
  /** The reply being edited (null: a new one). */
  const [editing, setEditing] = createSignal<SavedReply | null>(null);
  const [formKey, setFormKey] = createSignal(0);
  const changed = async () => {
    await refetch();
    await reloadSavedReplies();
  };
  const edit = (reply: SavedReply | null) => {
    setEditing(reply);
    setFormKey((k) => k + 1);
  };
  return (
    <section aria-labelledby="replies-title">
      <h2 id="replies-title">Saved replies</h2>
      <p class="st-lead">Agents type “/” in a reply and the title to insert one, then edit it before sending. A reply for one space is offered to that space's agents only.</p>
      <Loaded resource={data} what="the saved replies">
        {(d) => (
          <>
            <Show when={d().replies.length > 0} fallback={<p class="empty">No saved replies yet. Write the first one below.</p>}>
              <table class="data" aria-label="Saved replies">
                <thead>
                  <tr>
                    <th scope="col">Title</th>
                    <th scope="col">For</th>
                    <th scope="col">Reply</th>
                    <th scope="col">Updated</th>
                    <th scope="col">
                      <span class="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <For each={d().replies}>
                    {(reply) => (
                      <tr>
                        <td>{reply.title}</td>
                        <td>{reply.spaceId ? (d().spaces.find((s) => s.id === reply.spaceId)?.name ?? "A space") : "Every space"}</td>
                        <td class="st-reply-body">{reply.body}</td>
                        <td title={when(reply.updatedAt)}>{ago(reply.updatedAt)}</td>
                        <td>
                          <div class="st-actions">
                          <button type="button" class="secondary" aria-label={`Edit ${reply.title}`} onClick={() => edit(reply)}>
                            Edit
                          </button>
                          <ConfirmButton
                            label="Delete"
                            confirmLabel="Delete"
                            question={`Delete “${reply.title}”?`}
                            onConfirm={async () => {
                              await api("DELETE", `/api/saved-replies/${reply.id}`);
                              if (editing()?.id === reply.id) edit(null);
                              await changed();
                            }}
                          />
                          </div>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
            <Show when={formKey() + 1} keyed>
              {(_key) => <ReplyForm reply={editing()} spaces={d().spaces} onDone={() => void changed().then(() => edit(null))} onCancel={() => edit(null)} />}
            </Show>
          </>
        )}
      </Loaded>
    </section>
  );
}

function ReplyForm(props: { reply: SavedReply | null; spaces: Space[]; onDone: () => void; onCancel: () => void }) {
  const [title, setTitle] = createSignal(props.reply?.title ?? "");
  const [body, setBody] = createSignal(props.reply?.body ?? "");
  const [spaceId, setSpaceId] = createSignal(props.reply?.spaceId ?? "");
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const saver = createSaver();
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const value = check(SavedReplyCreate, { title: title(), body: body(), spaceId: spaceId() || null }, setErrors);
    if (!value) return;
    const saved = await saver.run(() => (props.reply ? api("PATCH", `/api/saved-replies/${props.reply.id}`, value) : api("POST", "/api/saved-replies", value)));
    if (saved) props.onDone();
  };
  return (
    <form class="panel st-form" onSubmit={submit} novalidate aria-label={props.reply ? `Edit ${props.reply.title}` : "New saved reply"}>
      <h3>{props.reply ? `Edit “${props.reply.title}”` : "New saved reply"}</h3>
      <div class="st-row">
        <Field label="Title" hint="What agents type after “/” to find it." error={errors().title}>
          {(a) => <input {...a} value={title()} maxLength={80} onInput={(e) => setTitle(e.currentTarget.value)} />}
        </Field>
        <Field label="For" error={errors().spaceId}>
          {(a) => (
            <select {...a} onChange={(e) => setSpaceId(e.currentTarget.value)}>
              <option value="" selected={spaceId() === ""}>
                Every space
              </option>
              <For each={props.spaces}>
                {(space) => (
                  <option value={space.id} selected={spaceId() === space.id}>
                    {space.name} only
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
      </div>
      <Field label="Reply" hint={VARIABLE_HINT} error={errors().body}>
        {(a) => <textarea {...a} rows={4} maxLength={4000} value={body()} onInput={(e) => setBody(e.currentTarget.value)} />}
      </Field>
      <SaveBar saver={saver} label={props.reply ? "Save reply" : "Add reply"} invalid={Object.keys(errors()).length > 0}>
        <Show when={props.reply}>
          <button type="button" class="secondary" onClick={() => props.onCancel()}>
            Cancel
          </button>
        </Show>
      </SaveBar>
    </form>
  );
}
