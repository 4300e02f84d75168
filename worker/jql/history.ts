/**
 * WAS, WAS NOT, WAS IN, WAS NOT IN and CHANGED, read from `work_item_changes` (status and assignee).
 *
 * A field's history is a run of intervals: each change starts one (its to_value, from changed_at until the
 * next change), the first change's from_value held before it (from creation; an item created unassigned and
 * assigned later was empty until then), and an item with no recorded change has held its current value
 * since creation. WAS asks whether some interval with the value overlaps
 * the predicates' time window (and, with BY, was started by that agent). CHANGED asks whether some change
 * — not the record of the value the item was created with — fits FROM, TO, BY and the dates.
 *
 * WAS without predicates only asks whether the field ever held one of the values, and a field's history is a
 * chain (each change's from_value is what the one before set, the last change's to_value is the current
 * value; both writers keep it so). Every interval of v but the current one ends with a change from v (the
 * first interval too, recorded or not), so the field held v exactly when its value now is v or some change
 * went from v: looked up by value in an index instead of building every item's intervals. A change to v
 * adds nothing on a chain (the value then was left, or is the current one) and would double what a count
 * reads. Only a chain missing a change could tell the readings apart.
 */
import { aliasedTable, sql, type SQL } from "drizzle-orm";
import { workItemChanges, workItems } from "../db/schema";
import type { Predicate, TerminalClause } from "./ast";
import { all, any, bind, FALSE, oneOf, type CompileState } from "./sql-parts";
import { startOf, type DateRange } from "./dates";
import type { FieldDef } from "./fields";
import { evaluateUserFunction } from "./functions";
import { atoms, resolveDate, resolveValueSet, type ValueSet } from "./values";

const DAY = 86_400_000;
const FIELD = { status: sql`'status'`, assignee: sql`'assignee'` } as const;

// work_item_changes under the aliases the subqueries use; columns through the schema, so a rename breaks here.
const c = aliasedTable(workItemChanges, "c");
const first = aliasedTable(workItemChanges, "f");
const none = aliasedTable(workItemChanges, "n");
/** `FROM work_item_changes AS <alias>` (an aliased table renders as its alias alone). */
const changesAs = (alias: string) => sql`${workItemChanges} AS ${sql.identifier(alias)}`;

/** Every interval of the field's value: hv (value), hs (since), hu (until, NULL for the current one), hb (set by). */
function intervals(field: "status" | "assignee"): SQL {
  const f = FIELD[field];
  const current = field === "status" ? sql`${workItems.status}` : sql`${workItems.assigneeId}`;
  return sql`(
    SELECT ${c.toValue} AS hv, ${c.changedAt} AS hs,
           lead(${c.changedAt}) OVER (ORDER BY ${c.changedAt}, ${c.id}) AS hu, ${c.changedBy} AS hb
      FROM ${changesAs("c")} WHERE ${c.workItemId} = ${workItems.id} AND ${c.field} = ${f}
    UNION ALL
    SELECT fc.fv, ${workItems.createdAt}, fc.fa, NULL
      FROM (SELECT ${first.fromValue} AS fv, ${first.changedAt} AS fa FROM ${changesAs("f")}
             WHERE ${first.workItemId} = ${workItems.id} AND ${first.field} = ${f} ORDER BY ${first.changedAt}, ${first.id} LIMIT 1) fc
     WHERE fc.fv IS NOT NULL OR fc.fa > ${workItems.createdAt}
    UNION ALL
    SELECT ${current}, ${workItems.createdAt}, NULL, NULL
     WHERE NOT EXISTS (SELECT 1 FROM ${changesAs("n")} WHERE ${none.workItemId} = ${workItems.id} AND ${none.field} = ${f})
  )`;
}

const valueIn = (state: CompileState, expr: SQL, set: ValueSet) =>
  any([...(set.ids.length > 0 ? [oneOf(state, expr, set.ids)] : []), ...(set.empty ? [sql`(${expr} IS NULL)`] : [])]);

interface Window {
  /** The time the value must have held (or the change happened) in: [from, to). */
  from?: number;
  to?: number;
  by?: string[];
  fromValues?: ValueSet;
  toValues?: ValueSet;
}

function onePredicateDate(state: CompileState, p: Predicate): DateRange | undefined {
  const values = atoms(p.operand);
  if (values.length !== 1 || p.operand.kind === "list") {
    state.problems.add(`The ${p.operator.toUpperCase()} predicate must be supplied with only 1 date value.`);
    return undefined;
  }
  return resolveDate(values[0]!, `predicate '${p.operator}'`, state.ctx, state.problems);
}

async function predicateAgents(state: CompileState, p: Predicate): Promise<string[]> {
  const ids: string[] = [];
  for (const atom of atoms(p.operand)) {
    if (atom.kind === "empty") state.problems.add("The 'by' predicate does not support EMPTY.");
    else if (atom.kind === "function") {
      const result = await evaluateUserFunction(atom, state.ctx, "by");
      if ("error" in result) state.problems.add(result.error);
      else ids.push(...result.ok);
    } else {
      const found = await state.ctx.resolveAgents(atom.value);
      if (found.length === 0) state.problems.add(`The user '${atom.value}' does not exist and cannot be used in the 'by' predicate.`);
      ids.push(...found);
    }
  }
  return ids;
}

const narrow = (w: Window, from: number | undefined, to: number | undefined) => {
  if (from !== undefined) w.from = Math.max(w.from ?? from, from);
  if (to !== undefined) w.to = Math.min(w.to ?? to, to);
};

async function window(state: CompileState, def: FieldDef, clause: TerminalClause): Promise<Window> {
  const w: Window = {};
  for (const p of clause.predicates) {
    switch (p.operator) {
      case "before":
      case "after":
      case "on": {
        const date = onePredicateDate(state, p);
        if (!date) break;
        if (p.operator === "before") narrow(w, undefined, date.from);
        else if (p.operator === "after") narrow(w, date.from + 1, undefined);
        else {
          // ON names a day: an instant (a period, now()) stands for the day it falls in.
          const from = date.to - date.from === 1 ? startOf(date.from, "d") : date.from;
          narrow(w, from, date.to - date.from === 1 ? from + DAY : date.to);
        }
        break;
      }
      case "during": {
        const values = atoms(p.operand);
        if (p.operand.kind !== "list" || values.length !== 2) {
          state.problems.add("The DURING predicate must be supplied with exactly 2 date values.");
          break;
        }
        const start = resolveDate(values[0]!, "predicate 'during'", state.ctx, state.problems);
        const end = resolveDate(values[1]!, "predicate 'during'", state.ctx, state.problems);
        if (start && end) narrow(w, start.from, end.to);
        break;
      }
      case "by":
        w.by = [...(w.by ?? []), ...(await predicateAgents(state, p))];
        break;
      case "from":
      case "to": {
        const set = await resolveValueSet(def, clause.field.name, p.operand, state.ctx, state.problems);
        if (p.operator === "from") w.fromValues = set;
        else w.toValues = set;
        break;
      }
    }
  }
  return w;
}

/**
 * The field ever held one of `ids` (none of them empty), for WAS without predicates: its value now, or a
 * change from one of them, looked up by (field, from_value, item) in changes_field_from_item. A count reads
 * those changes once, as a set of items; a page, which stops after its rows, looks up each row it reads
 * instead (building the whole set would cost it more than its rows). Never NULL, so WAS NOT is its negation.
 */
function everHeld(state: CompileState, field: "status" | "assignee", ids: string[]): SQL {
  const now = field === "status" ? oneOf(state, sql`${workItems.status}`, ids) : sql`(${workItems.assigneeId} IS NOT NULL AND ${oneOf(state, sql`${workItems.assigneeId}`, ids)})`;
  const left = sql`SELECT ${c.workItemId} FROM ${changesAs("c")} WHERE ${c.field} = ${FIELD[field]} AND ${oneOf(state, sql`${c.fromValue}`, ids)}`;
  state.twoForms = true;
  return any([now, state.forCount ? sql`(${workItems.id} IN (${left}))` : sql`EXISTS (${left} AND ${c.workItemId} = ${workItems.id})`]);
}

/** SQL for a WAS… or CHANGED clause on a field with history. */
export async function compileHistory(state: CompileState, def: FieldDef, clause: TerminalClause): Promise<SQL> {
  const field = def.history!;
  const w = await window(state, def, clause);
  if (clause.operator === "changed") {
    const f = FIELD[field];
    const conditions = [
      sql`${c.workItemId} = ${workItems.id}`,
      sql`${c.field} = ${f}`,
      // Not the record of the value the item was created with (a change from nothing, at creation).
      sql`NOT (${c.fromValue} IS NULL AND (${c.field} = 'status' OR ${c.changedAt} <= ${workItems.createdAt}))`,
      sql`${c.fromValue} IS NOT ${c.toValue}`,
    ];
    if (w.fromValues) conditions.push(valueIn(state, sql`${c.fromValue}`, w.fromValues));
    if (w.toValues) conditions.push(valueIn(state, sql`${c.toValue}`, w.toValues));
    if (w.by) conditions.push(oneOf(state, sql`${c.changedBy}`, w.by));
    if (w.from !== undefined) conditions.push(sql`${c.changedAt} >= ${bind(state, w.from)}`);
    if (w.to !== undefined) conditions.push(sql`${c.changedAt} < ${bind(state, w.to)}`);
    return sql`(EXISTS (SELECT 1 FROM ${changesAs("c")} WHERE ${sql.join(conditions, sql` AND `)}))`;
  }
  const set = await resolveValueSet(def, clause.field.name, clause.operand!, state.ctx, state.problems);
  if (set.ids.length === 0 && !set.empty) return FALSE;
  const positive = clause.operator === "was" || clause.operator === "was in";
  if (clause.predicates.length === 0 && !set.empty) {
    const held = everHeld(state, field, set.ids);
    return positive ? held : sql`(NOT ${held})`;
  }
  const conditions = [valueIn(state, sql`h.hv`, set)];
  if (w.by) conditions.push(oneOf(state, sql`h.hb`, w.by));
  if (w.from !== undefined) conditions.push(sql`(h.hu IS NULL OR h.hu > ${bind(state, w.from)})`);
  if (w.to !== undefined) conditions.push(sql`(h.hs < ${bind(state, w.to)})`);
  const held = sql`(EXISTS (SELECT 1 FROM ${intervals(field)} h WHERE ${all(conditions)}))`;
  return positive ? held : sql`(NOT ${held})`;
}
