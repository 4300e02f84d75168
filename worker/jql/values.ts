/**
 * Turns what a query wrote after an operator into what the database holds: canonical enum spellings, agent,
 * customer, space and experience ids, keys, date ranges. Problems are collected in Jira's words; a value that
 * resolves to nothing is an error ("The value 'Nope' does not exist for the field 'status'."), as in Jira.
 */
import type { Operand } from "./ast";
import type { JqlContext } from "./context";
import { DATE_FORMATS, parseDateValue, type DateRange } from "./dates";
import { PRIORITIES, STATUS_CATEGORIES, type FieldDef } from "./fields";
import { evaluateDateFunction, evaluateUserFunction, type FunctionOperand } from "./functions";

export type Atom = Exclude<Operand, { kind: "list" }>;
type ValueAtom = Extract<Operand, { kind: "value" }>;

/** The single values of an operand; nested lists are flattened, as Jira does. */
export const atoms = (operand: Operand): Atom[] => (operand.kind === "list" ? operand.values.flatMap(atoms) : [operand]);

/** What an operand matches: these stored values, and/or "no value". */
export interface ValueSet {
  ids: string[];
  empty: boolean;
}

export const notFound = (value: string, field: string) => `The value '${value}' does not exist for the field '${field}'.`;
export const noEmpty = (field: string) => `The field '${field}' does not support searching for EMPTY values.`;

/** Collects errors without repeating one (a list may name the same bad value twice). */
export class Problems {
  readonly list: string[] = [];
  add(message: string) {
    if (!this.list.includes(message)) this.list.push(message);
  }
}

function enumValue(def: FieldDef, atom: ValueAtom): string[] {
  const wanted = atom.value.toLowerCase();
  if (def.kind === "statusCategory") return STATUS_CATEGORIES[wanted]?.statuses ?? [];
  if (def.kind === "priority" && /^[1-5]$/.test(atom.value)) return [PRIORITIES[Number(atom.value) - 1]!];
  const match = def.values?.find((v) => v.toLowerCase() === wanted);
  return match ? [match] : [];
}

const KEY = /^([A-Za-z][A-Za-z0-9_]*)-(\d+)$/;
export const parseKey = (value: string) => {
  const match = KEY.exec(value.trim());
  return match ? { space: match[1]!.toUpperCase(), number: Number(match[2]) } : undefined;
};

async function lookup(def: FieldDef, atom: ValueAtom, ctx: JqlContext): Promise<string[]> {
  switch (def.kind) {
    case "agent":
      return ctx.resolveAgents(atom.value);
    case "reporter": {
      const [customers, agents] = await Promise.all([ctx.resolveCustomers(atom.value), ctx.resolveAgents(atom.value)]);
      return [...customers, ...agents];
    }
    case "space":
      return ctx.resolveSpaces(atom.value);
    case "experience":
      return ctx.resolveExperiences(atom.value);
    case "labels":
      return [atom.value];
    case "number":
      return /^\d+$/.test(atom.value.trim()) ? [String(Number(atom.value))] : [];
    case "key": {
      const key = parseKey(atom.value);
      return key ? [`${key.space}-${key.number}`] : [];
    }
    default:
      return enumValue(def, atom);
  }
}

/** The values an equality-style operand stands for (=, !=, IN, NOT IN, WAS…, FROM, TO). */
export async function resolveValueSet(def: FieldDef, name: string, operand: Operand, ctx: JqlContext, problems: Problems): Promise<ValueSet> {
  const set: ValueSet = { ids: [], empty: false };
  for (const atom of atoms(operand)) {
    if (atom.kind === "empty") {
      if (def.nullable) set.empty = true;
      else problems.add(noEmpty(name));
    } else if (atom.kind === "function") {
      const result = await evaluateUserFunction(atom, ctx, name);
      if ("error" in result) problems.add(result.error);
      else if (def.kind !== "agent" && def.kind !== "reporter") problems.add(`A value provided by the function '${atom.name}' is invalid for the field '${name}'.`);
      else set.ids.push(...result.ok);
    } else {
      const ids = await lookup(def, atom, ctx);
      if (ids.length > 0) set.ids.push(...ids);
      else if (def.kind === "key") problems.add(`The issue key '${atom.value}' for field '${name}' is invalid.`);
      else problems.add(notFound(atom.value, name));
    }
  }
  set.ids = [...new Set(set.ids)];
  return set;
}

/** One date for a field or a predicate; `what` is "field 'created'" or "predicate 'after'". */
export function resolveDate(atom: Atom, what: string, ctx: JqlContext, problems: Problems): DateRange | undefined {
  if (atom.kind === "function") {
    const result = evaluateDateFunction(atom as FunctionOperand, ctx, `the ${what}`);
    if ("error" in result) problems.add(result.error);
    return "ok" in result ? result.ok : undefined;
  }
  const text = atom.kind === "empty" ? "EMPTY" : atom.value;
  const range = atom.kind === "value" ? parseDateValue(atom.value, ctx.now) : undefined;
  if (!range) problems.add(`Date value '${text}' for ${what} is invalid. ${DATE_FORMATS}`);
  return range;
}

/** The dates of a date field's operand (EMPTY allowed where the field may be empty). */
export function resolveDates(def: FieldDef, name: string, operand: Operand, ctx: JqlContext, problems: Problems) {
  const out = { ranges: [] as DateRange[], empty: false };
  for (const atom of atoms(operand)) {
    if (atom.kind === "empty") {
      if (def.nullable) out.empty = true;
      else problems.add(noEmpty(name));
      continue;
    }
    const range = resolveDate(atom, `field '${name}'`, ctx, problems);
    if (range) out.ranges.push(range);
  }
  return out;
}
