/** What every settings form shares: labelled fields with their errors, the browser-side check, and "Saved". */
import { createSignal, createUniqueId, Show, type JSX } from "solid-js";
import type { z } from "zod";
import { messageOf, Refusal } from "../ui/refusal";

/** Field path ("handoffRules.0.keywords") → the first message the schema gave for it. */
export type FieldErrors = Record<string, string>;

/** The schema's issues as one message per field; missing and not-a-number values get words a person can act on. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".");
    if (key in out) continue;
    out[key] = plainMessage(issue);
  }
  return out;
}

/** The schema's own message, except zod's generic ones ("Too big: expected number to be <=1"), said plainly. */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") return issue.expected === "number" ? "Enter a number" : issue.expected === "int" ? "Enter a whole number" : "Fill this in";
  const generic = /^(Too small|Too big|Invalid input)/.test(issue.message);
  if (!generic) return issue.message;
  const unit = (origin: string, n: number | bigint) => (origin === "string" ? ` character${n === 1 ? "" : "s"}` : origin === "array" ? ` item${n === 1 ? "" : "s"}` : "");
  if (issue.code === "too_small") return `At least ${issue.minimum}${unit(issue.origin, issue.minimum)}`;
  if (issue.code === "too_big") return `At most ${issue.maximum}${unit(issue.origin, issue.maximum)}`;
  return issue.message;
}

/** Checks a value with a schema: the parsed value, or the errors per field (and nothing is sent). */
export function check<S extends z.ZodType>(schema: S, value: unknown, setErrors: (e: FieldErrors) => void): z.output<S> | null {
  const result = schema.safeParse(value);
  if (result.success) {
    setErrors({});
    return result.data;
  }
  setErrors(fieldErrors(result.error));
  return null;
}

/** Reads a number input: an empty box is NaN, which the schema turns into "Enter a number". */
export const numberOf = (text: string): number => (text.trim() === "" ? Number.NaN : Number(text));

/** The attributes an input needs to be tied to its label, hint and error. */
export interface FieldAttrs {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
}

/** A labelled field: the label, the input (from children), a hint and the field's error, all tied together. */
export function Field(props: { label: string; hint?: string; error?: string; class?: string; children: (attrs: FieldAttrs) => JSX.Element }) {
  const id = createUniqueId();
  const attrs: FieldAttrs = {
    id,
    get "aria-describedby"() {
      const ids = [props.hint ? `${id}-hint` : "", props.error ? `${id}-error` : ""].filter(Boolean);
      return ids.length > 0 ? ids.join(" ") : undefined;
    },
    get "aria-invalid"() {
      return props.error ? true : undefined;
    },
  };
  return (
    <div class={`st-field ${props.class ?? ""}`}>
      <label for={id}>{props.label}</label>
      {props.children(attrs)}
      <Show when={props.hint}>
        <p class="st-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="st-field-error" id={`${id}-error`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}

/** The state of one save: busy, "Saved", or the API's refusal. Editing again clears "Saved". */
export function createSaver() {
  const [saving, setSaving] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  const [refusal, setRefusal] = createSignal<string | null>(null);
  const [dirty, setDirty] = createSignal(false);
  return {
    saving,
    saved,
    refusal,
    setRefusal,
    /** Changed since it was loaded or last saved: the save bar stays in sight and says so. */
    dirty,
    /** Marks the form as changed since the last save. */
    touched() {
      setSaved(false);
      setDirty(true);
    },
    /** Runs the API call: "Saved" when it went through, the API's message when it was refused. */
    async run<T>(action: () => Promise<T>): Promise<T | undefined> {
      setSaving(true);
      setSaved(false);
      setRefusal(null);
      try {
        const result = await action();
        setSaved(true);
        setDirty(false);
        return result;
      } catch (err) {
        setRefusal(messageOf(err));
        return undefined;
      } finally {
        setSaving(false);
      }
    },
  };
}
export type Saver = ReturnType<typeof createSaver>;

/**
 * The submit button with "Saved" after it, and the API's own message when it refused. With changes not saved
 * yet it sticks to the bottom of the screen and says so, however long the form: an edit at the top (an
 * allowed origin added) is never taken for saved.
 */
export function SaveBar(props: { saver: Saver; label?: string; busyLabel?: string; invalid?: boolean; children?: JSX.Element }) {
  return (
    <div class="st-save-bar" classList={{ unsaved: props.saver.dirty() }}>
      <div class="st-save-row">
        <button type="submit" class="primary" disabled={props.saver.saving()}>
          {props.saver.saving() ? (props.busyLabel ?? "Saving…") : (props.label ?? "Save")}
        </button>
        {props.children}
        <Show when={props.saver.dirty() && !props.saver.saving()}>
          <span class="st-unsaved" role="status">
            Unsaved changes
          </span>
        </Show>
        <Show when={props.saver.saved()}>
          <span class="st-saved" role="status">
            Saved
          </span>
        </Show>
        <Show when={props.invalid}>
          <span class="st-field-error" role="alert">
            Check the fields marked above.
          </span>
        </Show>
      </div>
      <Refusal message={props.saver.refusal()} />
    </div>
  );
}

/** A radio button or checkbox with its label, and a hint that describes it without becoming part of its name. */
export function Choice(props: {
  type: "radio" | "checkbox";
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean, input: HTMLInputElement) => void;
  name?: string;
  value?: string;
  disabled?: boolean;
}) {
  const id = createUniqueId();
  return (
    <div class="st-choice">
      <label class="st-check">
        <input
          type={props.type}
          name={props.name}
          value={props.value}
          checked={props.checked}
          disabled={props.disabled}
          aria-describedby={props.hint ? `${id}-hint` : undefined}
          onChange={(e) => props.onChange(e.currentTarget.checked, e.currentTarget)}
        />
        {props.label}
      </label>
      <Show when={props.hint}>
        <p class="st-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      </Show>
    </div>
  );
}
