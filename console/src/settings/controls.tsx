/** Small controls the settings screens share: loading states, a two-step delete, copy to the clipboard. */
import { createSignal, Match, Show, Switch, untrack, type JSX, type Resource } from "solid-js";
import { messageOf } from "../ui/refusal";

/**
 * Shows the children once the resource has loaded (built once; they read the latest value through the
 * accessor, so a refetch updates them without losing what is being typed), its loading state and error otherwise.
 */
export function Loaded<T>(props: { resource: Resource<T>; what: string; children: (value: () => T) => JSX.Element }) {
  const ready = () => props.resource.state === "ready" || props.resource.state === "refreshing";
  return (
    <Switch>
      <Match when={props.resource.error as unknown}>
        <p class="error" role="alert">
          Could not load {props.what}: {messageOf(props.resource.error)}
        </p>
      </Match>
      <Match when={ready()}>{untrack(() => props.children(() => props.resource() as T))}</Match>
      <Match when={true}>
        <p class="loading">Loading {props.what}…</p>
      </Match>
    </Switch>
  );
}

/** A destructive action that asks once more, in the page (no browser dialog), before it runs. */
export function ConfirmButton(props: { label: string; confirmLabel: string; question: string; onConfirm: () => Promise<void> | void; disabled?: boolean }) {
  const [asking, setAsking] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await props.onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <Show
      when={asking()}
      fallback={
        <button type="button" class="danger" disabled={props.disabled} onClick={() => setAsking(true)}>
          {props.label}
        </button>
      }
    >
      <span class="st-confirm" role="group" aria-label={props.question}>
        <span>{props.question}</span>
        <button type="button" class="danger" disabled={busy()} onClick={() => void confirm()}>
          {props.confirmLabel}
        </button>
        <button type="button" class="secondary" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </span>
    </Show>
  );
}

/** Copies text: the clipboard when the browser allows it, otherwise the text is selected for Ctrl+C. */
export function CopyButton(props: { text: string; label: string; target: () => HTMLElement | undefined }) {
  const [done, setDone] = createSignal<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      setDone("Copied");
    } catch {
      const el = props.target();
      if (el) {
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.select();
        else {
          const range = document.createRange();
          range.selectNodeContents(el);
          const selection = window.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
        }
      }
      setDone("Selected: press Ctrl+C (⌘C on a Mac) to copy");
    }
  };
  return (
    <span class="st-copy">
      <button type="button" class="secondary" onClick={() => void copy()}>
        {props.label}
      </button>
      <Show when={done()}>
        <span class="st-copied" role="status">
          {done()}
        </span>
      </Show>
    </span>
  );
}
