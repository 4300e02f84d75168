/** The editor of an experience's handoff rules: each kind the schema knows, added, edited and removed. */
import { createSignal, For, Match, Show, Switch } from "solid-js";
import type { HandoffRule } from "../../../protocol/domain";
import { Field, numberOf, type FieldErrors } from "./form";

type Kind = HandoffRule["kind"];
type Attribute = Extract<HandoffRule, { kind: "customer_attribute" }>["attribute"];

/** A rule as the form holds it: every field as typed, whatever the kind (lists as text). */
export interface RuleDraft {
  kind: Kind;
  name: string;
  keywords: string;
  pattern: string;
  turns: string;
  attribute: Attribute;
  key: string;
  values: string;
}

const kinds: Record<Kind, { label: string; name: string; hint: string }> = {
  keywords: { label: "Keywords", name: "Keywords", hint: "Hands off when the customer writes any of these words or phrases." },
  pattern: { label: "Pattern", name: "Pattern", hint: "Hands off when the customer's message matches this regular expression (case-insensitive)." },
  ai_turns: { label: "AI turns", name: "Too many AI answers", hint: "Hands off after this many AI answers without the customer saying it solved it." },
  customer_attribute: { label: "Customer attribute", name: "Important customers", hint: "Hands off at once for customers who match, such as an email domain or a VIP list." },
  negative_sentiment: { label: "Negative sentiment", name: "Upset customer", hint: "Hands off when the customer sounds upset or angry." },
};
const kindOrder = Object.keys(kinds) as Kind[];
const attributes: Record<Attribute, string> = { email_domain: "Email domain", vip: "VIP list (emails or your customer ids)", attribute: "Customer attribute" };

/** "a, b\nc" → ["a", "b", "c"]. */
const list = (text: string) =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function newRuleDraft(kind: Kind): RuleDraft {
  return { kind, name: kinds[kind].name, keywords: "", pattern: "", turns: "3", attribute: "email_domain", key: "", values: "" };
}

export function draftOf(rule: HandoffRule): RuleDraft {
  const base = newRuleDraft(rule.kind);
  base.name = rule.name;
  if (rule.kind === "keywords") base.keywords = rule.keywords.join(", ");
  if (rule.kind === "pattern") base.pattern = rule.pattern;
  if (rule.kind === "ai_turns") base.turns = String(rule.turns);
  if (rule.kind === "customer_attribute") {
    base.attribute = rule.attribute;
    base.key = rule.key ?? "";
    base.values = rule.values.join("\n");
  }
  return base;
}

/** The rule to send; the experience's schema checks it with the rest of the form. */
export function ruleOf(d: RuleDraft): unknown {
  switch (d.kind) {
    case "keywords":
      return { kind: d.kind, name: d.name, keywords: list(d.keywords) };
    case "pattern":
      return { kind: d.kind, name: d.name, pattern: d.pattern };
    case "ai_turns":
      return { kind: d.kind, name: d.name, turns: numberOf(d.turns) };
    case "customer_attribute":
      return { kind: d.kind, name: d.name, attribute: d.attribute, ...(d.attribute === "attribute" ? { key: d.key.trim() } : {}), values: list(d.values) };
    case "negative_sentiment":
      return { kind: d.kind, name: d.name };
  }
}

interface Props {
  rules: RuleDraft[];
  /** Changes one field of one rule in place (so the box being typed in keeps its focus). */
  setField: <K extends keyof RuleDraft>(index: number, field: K, value: RuleDraft[K]) => void;
  add: (rule: RuleDraft) => void;
  remove: (index: number) => void;
  errors: FieldErrors;
}

export function HandoffRulesEditor(props: Props) {
  const [newKind, setNewKind] = createSignal<Kind>("keywords");
  const edit = <K extends keyof RuleDraft>(i: number, field: K, value: RuleDraft[K]) => props.setField(i, field, value);
  const error = (i: number, field: string) => {
    const message = props.errors[`handoffRules.${i}.${field}`] ?? (field === "name" ? props.errors[`handoffRules.${i}`] : undefined);
    return message && field === "key" ? "Name the customer attribute to match, like plan" : message;
  };

  return (
    <fieldset class="st-rules">
      <legend>Handoff rules</legend>
      <p class="st-hint">
        Besides a customer asking for a person, or the AI not being able to help, these hand the conversation to the team.
      </p>
      <For each={props.rules} fallback={<p class="empty">No rules yet.</p>}>
        {(rule, i) => (
          <div class="st-rule" role="group" aria-label={`Rule ${i() + 1}: ${kinds[rule.kind].label}`}>
            <div class="st-rule-head">
              <strong>{kinds[rule.kind].label}</strong>
              <button
                type="button"
                class="danger"
                aria-label={`Remove rule ${i() + 1} (${rule.name || kinds[rule.kind].label})`}
                onClick={() => props.remove(i())}
              >
                Remove
              </button>
            </div>
            <p class="st-hint">{kinds[rule.kind].hint}</p>
            <div class="st-row">
              <Field label="Rule name" error={error(i(), "name")}>
                {(a) => <input {...a} value={rule.name} maxLength={80} onInput={(e) => edit(i(), "name", e.currentTarget.value)} />}
              </Field>
              <Switch>
                <Match when={rule.kind === "keywords"}>
                  <Field label="Keywords" hint="Separate them with commas." error={error(i(), "keywords")}>
                    {(a) => <input {...a} value={rule.keywords} onInput={(e) => edit(i(), "keywords", e.currentTarget.value)} />}
                  </Field>
                </Match>
                <Match when={rule.kind === "pattern"}>
                  <Field label="Pattern" hint="A regular expression, like refund\s+now" error={error(i(), "pattern")}>
                    {(a) => <input {...a} class="st-mono" value={rule.pattern} maxLength={200} onInput={(e) => edit(i(), "pattern", e.currentTarget.value)} />}
                  </Field>
                </Match>
                <Match when={rule.kind === "ai_turns"}>
                  <Field label="AI answers before handoff" hint="1–50" error={error(i(), "turns")}>
                    {(a) => <input {...a} type="number" min="1" max="50" value={rule.turns} onInput={(e) => edit(i(), "turns", e.currentTarget.value)} />}
                  </Field>
                </Match>
                <Match when={rule.kind === "customer_attribute"}>
                  <Field label="Match on">
                    {(a) => (
                      <select {...a} value={rule.attribute} onChange={(e) => edit(i(), "attribute", e.currentTarget.value as Attribute)}>
                        <For each={Object.entries(attributes)}>{([value, label]) => (
                            <option value={value} selected={rule.attribute === value}>
                              {label}
                            </option>
                          )}</For>
                      </select>
                    )}
                  </Field>
                </Match>
              </Switch>
            </div>
            <Switch>
              <Match when={rule.kind === "customer_attribute"}>
                <div class="st-row">
                  <Switch>
                    <Match when={rule.attribute === "attribute"}>
                      <Field label="Attribute name" hint="As your site passes it, like plan" error={error(i(), "key")}>
                        {(a) => <input {...a} value={rule.key} maxLength={60} onInput={(e) => edit(i(), "key", e.currentTarget.value)} />}
                      </Field>
                    </Match>
                  </Switch>
                  <Field
                    label={rule.attribute === "email_domain" ? "Email domains" : rule.attribute === "vip" ? "VIP customers" : "Values"}
                    hint="One a line, or separated with commas."
                    error={error(i(), "values")}
                  >
                    {(a) => <textarea {...a} rows={3} value={rule.values} onInput={(e) => edit(i(), "values", e.currentTarget.value)} />}
                  </Field>
                </div>
              </Match>
            </Switch>
          </div>
        )}
      </For>
      <div class="st-inline-form">
        <label for="new-rule-kind">New rule</label>
        <select id="new-rule-kind" value={newKind()} onChange={(e) => setNewKind(e.currentTarget.value as Kind)}>
          <For each={kindOrder}>{(kind) => (
            <option value={kind} selected={newKind() === kind}>
              {kinds[kind].label}
            </option>
          )}</For>
        </select>
        <button
          type="button"
          class="secondary"
          disabled={props.rules.length >= 20}
          onClick={() => props.add(newRuleDraft(newKind()))}
        >
          Add rule
        </button>
      </div>
      <Show when={props.errors.handoffRules}>
        <p class="st-field-error" role="alert">
          {props.errors.handoffRules}
        </p>
      </Show>
    </fieldset>
  );
}
