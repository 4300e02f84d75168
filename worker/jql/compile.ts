/**
 * Compiles a parsed query to a drizzle SQL condition over `work_items` (and ORDER BY terms), validating it on
 * the way: unknown fields, unsupported operators, values that do not exist, bad dates and functions are
 * reported in Jira's words. Every value from the query is a bound parameter; every fragment is parenthesised,
 * so `and(spaceScope, compiled.where)` can never be escaped by an OR. Semantics follow Jira: `!=` and `NOT IN`
 * never match an empty field, while `NOT (a = x)` does (every terminal is two-valued under NOT).
 */
import { aliasedTable, sql, type SQL } from "drizzle-orm";
import { workItemComments, workItems } from "../db/schema";
import type { Clause, JqlQuery, SortField, TerminalClause } from "./ast";
import type { JqlContext } from "./context";
import type { DateRange } from "./dates";
import { JqlValidationError } from "./errors";
import { lookupField, PRIORITIES, priorityRank, rankOf, type FieldDef } from "./fields";
import { compileHistory } from "./history";
import { all, any, bind, FALSE, oneOf, type CompileState } from "./sql-parts";
import { atoms, parseKey, Problems, resolveDates, resolveValueSet, type ValueSet } from "./values";

export interface CompiledJql {
  /** A parenthesised condition on `work_items`; `(1 = 1)` when the query has no clause. */
  where: SQL;
  /**
   * The same condition, written for count(*), which reads every match: WAS reads the matching history
   * once as a set, where `where` (for a page, which stops after its rows) probes it row by row.
   */
  countWhere: SQL;
  /** ORDER BY terms in order; empty when the query has none (the caller picks its default). */
  orderBy: SQL[];
}

/** A work item's comments, as the text search's subquery names them. */
const wc = aliasedTable(workItemComments, "wc");
const wcFrom = sql`${workItemComments} AS ${sql.identifier("wc")}`;

/** D1 binds at most 100 parameters per statement; leave room for the caller's own scoping. */
export const MAX_PARAMETERS = 80;

function labelsMatch(state: CompileState, ids: string[]): SQL {
  const wanted = ids.map((l) => l.toLowerCase());
  return sql`EXISTS (SELECT 1 FROM json_each(${workItems.labels}) l WHERE ${oneOf(state, sql`lower(l.value)`, wanted)})`;
}

function isEmpty(def: FieldDef): SQL {
  if (def.kind === "labels") return sql`(coalesce(json_array_length(${workItems.labels}), 0) = 0)`;
  return sql`(${def.column} IS NULL)`;
}

function inSet(state: CompileState, def: FieldDef, ids: string[]): SQL {
  if (def.kind === "labels") return labelsMatch(state, ids);
  if (def.kind === "key") return oneOf(state, sql`upper(${def.column})`, ids);
  // Priorities compare by rank (one per canonical name, as stored), which the priority index holds.
  if (def.kind === "priority") return oneOf(state, def.column, ids.map(rankOf));
  if (def.kind === "number") return oneOf(state, def.column, ids.map(Number));
  return oneOf(state, def.column, ids);
}

/** `=` / `IN`: one of the values, or empty when EMPTY was listed. */
function matches(state: CompileState, def: FieldDef, set: ValueSet): SQL {
  const parts = set.ids.length > 0 ? [inSet(state, def, set.ids)] : [];
  if (set.empty) parts.push(isEmpty(def));
  return any(parts);
}

/** `!=` / `NOT IN`: has a value, and not one of these (Jira: never matches an empty field). */
function differs(state: CompileState, def: FieldDef, set: ValueSet): SQL {
  const parts = [sql`(NOT ${isEmpty(def)})`];
  if (set.ids.length > 0) parts.push(sql`(NOT ${inSet(state, def, set.ids)})`);
  return all(parts);
}

const compare = (op: string, left: SQL, right: SQL): SQL => {
  switch (op) {
    case "<":
      return sql`(${left} < ${right})`;
    case "<=":
      return sql`(${left} <= ${right})`;
    case ">":
      return sql`(${left} > ${right})`;
    default:
      return sql`(${left} >= ${right})`;
  }
};

function dateClause(state: CompileState, def: FieldDef, clause: TerminalClause): SQL {
  const { ranges, empty } = resolveDates(def, clause.field.name, clause.operand!, state.ctx, state.problems);
  const within = (r: DateRange) => sql`(${def.column} >= ${bind(state, r.from)} AND ${def.column} < ${bind(state, r.to)})`;
  switch (clause.operator) {
    case "=":
    case "in":
    case "is":
      return any([...ranges.map(within), ...(empty ? [isEmpty(def)] : [])]);
    case "!=":
    case "not in":
    case "is not":
      return all([sql`(${def.column} IS NOT NULL)`, ...ranges.map((r) => sql`(NOT ${within(r)})`)]);
    default:
      return ranges[0] ? compare(clause.operator, def.column, bind(state, ranges[0].from)) : FALSE;
  }
}

async function orderedClause(state: CompileState, def: FieldDef, clause: TerminalClause): Promise<SQL> {
  const [atom] = atoms(clause.operand!);
  const name = clause.field.name;
  if (atom?.kind !== "value") {
    if (atom?.kind === "function") state.problems.add(`A value provided by the function '${atom.name}' is invalid for the field '${name}'.`);
    return FALSE;
  }
  if (def.kind === "priority") {
    const set = await resolveValueSet(def, name, atom, state.ctx, state.problems);
    const index = PRIORITIES.indexOf(set.ids[0] as (typeof PRIORITIES)[number]);
    return index < 0 ? FALSE : compare(clause.operator, priorityRank, bind(state, PRIORITIES.length - index));
  }
  if (def.kind === "number") {
    if (!/^\d+$/.test(atom.value.trim())) {
      state.problems.add(`The value '${atom.value}' is not a number, as the field '${name}' needs.`);
      return FALSE;
    }
    return compare(clause.operator, def.column, bind(state, Number(atom.value)));
  }
  const key = parseKey(atom.value);
  const spaces = key ? await state.ctx.resolveSpaces(key.space) : [];
  if (!key) state.problems.add(`The issue key '${atom.value}' for field '${name}' is invalid.`);
  else if (spaces.length === 0) state.problems.add(`An issue with key '${atom.value}' does not exist for field '${name}'.`);
  if (!key || spaces.length === 0) return FALSE;
  // Within the key's own prefix (`BILL-` < key < `BILL.`), wherever its items live now: a transferred
  // conversation keeps the key it was given.
  const prefix = sql`(${workItems.key} > ${bind(state, `${key.space}-`)} AND ${workItems.key} < ${bind(state, `${key.space}.`)})`;
  return all([prefix, compare(clause.operator, sql`${workItems.number}`, bind(state, key.number))]);
}

/** Words and "quoted phrases" of a `~` search. */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"|(\S+)/g)) {
    const term = (match[1] ?? match[2] ?? "").trim();
    if (term) terms.push(term);
  }
  return terms;
}

/** A LIKE pattern that matches the term literally: %, _ and \ are escaped (with ESCAPE '\'). */
export const containsPattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function textClause(state: CompileState, def: FieldDef, clause: TerminalClause): SQL {
  const name = clause.field.name;
  const [atom] = atoms(clause.operand!);
  if (atom?.kind === "empty") state.problems.add(`The field '${name}' does not support searching for EMPTY values.`);
  if (atom?.kind === "function") state.problems.add(`A value provided by the function '${atom.name}' is invalid for the field '${name}'.`);
  if (atom?.kind !== "value") return FALSE;
  const terms = searchTerms(atom.value);
  if (terms.length === 0) {
    state.problems.add(`The field '${name}' does not support searching for an empty string.`);
    return FALSE;
  }
  const termMatch = (term: string): SQL => {
    const like = (expr: SQL) => sql`(${expr} LIKE ${bind(state, containsPattern(term))} ESCAPE '\\')`;
    if (def.id === "summary") return like(sql`${workItems.summary}`);
    const comments = sql`EXISTS (SELECT 1 FROM ${wcFrom} WHERE ${wc.workItemId} = ${workItems.id} AND ${like(sql`${wc.body}`)})`;
    return any([like(sql`(${workItems.summary} || char(10) || ${workItems.description})`), comments]);
  };
  const found = all(terms.map(termMatch));
  return clause.operator === "!~" ? sql`(NOT ${found})` : found;
}

async function terminal(state: CompileState, clause: TerminalClause): Promise<SQL> {
  const def = lookupField(clause.field.name);
  if (!def) {
    state.problems.add(`Field '${clause.field.name}' does not exist or you do not have permission to view it.`);
    return FALSE;
  }
  if (!def.operators.has(clause.operator)) {
    state.problems.add(`The operator '${clause.operator}' is not supported by the '${clause.field.name}' field.`);
    return FALSE;
  }
  if (def.history && (clause.operator.startsWith("was") || clause.operator === "changed")) {
    return compileHistory(state, def, clause);
  }
  if (def.kind === "text") return textClause(state, def, clause);
  if (def.kind === "date") return dateClause(state, def, clause);
  if (["<", "<=", ">", ">="].includes(clause.operator)) return orderedClause(state, def, clause);
  const set = await resolveValueSet(def, clause.field.name, clause.operand!, state.ctx, state.problems);
  const positive = clause.operator === "=" || clause.operator === "in" || clause.operator === "is";
  return positive ? matches(state, def, set) : differs(state, def, set);
}

async function clauseSql(state: CompileState, clause: Clause): Promise<SQL> {
  switch (clause.kind) {
    case "and":
    case "or": {
      const parts: SQL[] = [];
      for (const c of clause.clauses) parts.push(await clauseSql(state, c));
      return clause.kind === "and" ? all(parts) : any(parts);
    }
    case "not":
      // Two-valued: a NULL inside (an empty field) counts as "does not match", so NOT matches it, as in Jira.
      return sql`(NOT coalesce(${await clauseSql(state, clause.clause)}, 0))`;
    case "terminal":
      return terminal(state, clause);
  }
}

function orderSql(state: CompileState, sort: SortField): SQL[] {
  const def = lookupField(sort.field.name);
  if (!def) state.problems.add(`Not able to sort using field '${sort.field.name}'.`);
  else if (!def.sort) state.problems.add(`Field '${sort.field.name}' does not support sorting.`);
  // Jira puts empty values first in a descending sort and last in an ascending one.
  const direction = def?.sortNeverNull
    ? sort.direction === "desc" ? sql`DESC` : sql`ASC`
    : sort.direction === "desc" ? sql`DESC NULLS FIRST` : sql`ASC NULLS LAST`;
  return (def?.sort ?? []).map((key) => sql`${key} ${direction}`);
}

/** Compiles and validates; answers the SQL and every problem found (none means valid). */
export async function compileWithProblems(query: JqlQuery, ctx: JqlContext): Promise<CompiledJql & { errors: string[] }> {
  const state: CompileState = { ctx, problems: new Problems(), params: 0, forCount: false, twoForms: false };
  const where = query.where ? await clauseSql(state, query.where) : sql`(1 = 1)`;
  // Values resolve from the context's memo the second time; both forms bind the same number of parameters.
  const countWhere = query.where && state.twoForms ? await clauseSql({ ...state, params: 0, forCount: true }, query.where) : where;
  const orderBy = query.orderBy.flatMap((s) => orderSql(state, s));
  if (state.params > MAX_PARAMETERS) {
    state.problems.add(`The query compares too many values at once (${state.params}; at most ${MAX_PARAMETERS}). Group values with IN (...) or split the query.`);
  }
  return { where, countWhere, orderBy, errors: state.problems.list };
}

/** Checks fields, operators, values, functions and dates; answers Jira's messages (empty when valid). */
export async function validateJql(query: JqlQuery, ctx: JqlContext): Promise<string[]> {
  return (await compileWithProblems(query, ctx)).errors;
}

/** The query as SQL over `work_items`; throws JqlValidationError when it does not validate. */
export async function compileJql(query: JqlQuery, ctx: JqlContext): Promise<CompiledJql> {
  const { where, countWhere, orderBy, errors } = await compileWithProblems(query, ctx);
  if (errors.length > 0) throw new JqlValidationError(errors);
  return { where, countWhere, orderBy };
}
