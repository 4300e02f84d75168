/** The experience's allowed origins: where the embedded widget may load. Each is checked before it is added. */
import { createSignal, For, onCleanup, Show } from "solid-js";
import { Origin } from "../../../protocol/settings";

/** Checks what was typed: the origin to add (without a trailing slash), or the schema's message. */
export function parseOrigin(text: string): { origin: string } | { error: string } {
  const result = Origin.safeParse(text.trim());
  if (!result.success) return { error: result.error.issues[0]?.message ?? "Not an origin" };
  return { origin: result.data.replace(/\/$/, "") };
}

interface Props {
  origins: string[];
  onChange: (origins: string[]) => void;
  /** An error from the whole form's check (such as "At most 20 allowed origins"). */
  error?: string;
  /** Hands the form a way to add what is still typed in the box when it is saved. */
  pending?: (take: () => boolean) => void;
}

export function OriginsField(props: Props) {
  const [text, setText] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);

  /** Adds the typed origin; false when it is not a valid origin (the message shows). */
  const add = (): boolean => {
    if (text().trim() === "") return true;
    const parsed = parseOrigin(text());
    if ("error" in parsed) {
      setError(parsed.error);
      return false;
    }
    setError(null);
    if (!props.origins.includes(parsed.origin)) props.onChange([...props.origins, parsed.origin]);
    setText("");
    return true;
  };
  props.pending?.(add);
  onCleanup(() => props.pending?.(() => true));

  return (
    <fieldset class="st-origins">
      <legend>Allowed origins</legend>
      <p class="st-hint" id="origins-hint">
        The embedded widget loads only on pages of these origins (scheme and host, like https://www.example.com). The support site needs none.
      </p>
      <Show when={props.origins.length > 0} fallback={<p class="empty">No origin yet: the embedded widget loads nowhere.</p>}>
        <ul class="st-chips">
          <For each={props.origins}>
            {(origin) => (
              <li>
                <span class="st-mono">{origin}</span>
                <button type="button" class="link" aria-label={`Remove ${origin}`} onClick={() => props.onChange(props.origins.filter((o) => o !== origin))}>
                  Remove
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <div class="st-inline-form">
        <label for="new-origin">Allowed origin</label>
        <input
          id="new-origin"
          class="st-mono"
          type="url"
          placeholder="https://www.example.com"
          aria-describedby={error() ? "origins-hint new-origin-error" : "origins-hint"}
          aria-invalid={error() ? true : undefined}
          value={text()}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" class="secondary" onClick={() => add()}>
          Add origin
        </button>
      </div>
      <Show when={error() ?? props.error}>
        <p class="st-field-error" id="new-origin-error">
          {error() ?? props.error}
        </p>
      </Show>
    </fieldset>
  );
}
