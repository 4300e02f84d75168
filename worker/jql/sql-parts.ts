/**
 * Small SQL builders shared by compile.ts and history.ts. Values only enter through `bind` (a bound
 * parameter, counted against D1's limit); everything else is fixed text. Every builder parenthesises.
 */
import { sql, type SQL } from "drizzle-orm";
import type { JqlContext } from "./context";
import type { Problems } from "./values";

export interface CompileState {
  ctx: JqlContext;
  problems: Problems;
  /** Bound parameters used so far. */
  params: number;
  /**
   * Which of the two forms of the condition is being compiled: the one a count reads for every candidate
   * row (`true`), or the one a page reads row by row in ORDER BY order until it has its rows. They differ
   * only where reading a set once beats probing per row for a count but not for a page (history.ts).
   */
  forCount: boolean;
  /** Set when the two forms differ, so the count's form is compiled too. */
  twoForms: boolean;
}

export const bind = (state: CompileState, value: string | number): SQL => {
  state.params++;
  return sql`${value}`;
};

export const FALSE = sql`(0)`;
/**
 * `a OR b OR c …` nests one level per term in SQLite's expression tree (D1 allows 100): the terms are
 * grouped in halves instead, so a clause of n terms is about log2(n) deep. SQLite's planner splits AND and
 * OR terms however they are grouped, so indexes serve them as before.
 */
function balanced(parts: SQL[], op: SQL): SQL {
  if (parts.length === 1) return parts[0]!;
  if (parts.length === 2) return sql`(${parts[0]!}${op}${parts[1]!})`;
  const half = Math.ceil(parts.length / 2);
  return sql`(${balanced(parts.slice(0, half), op)}${op}${balanced(parts.slice(half), op)})`;
}
export const any = (parts: SQL[]) => (parts.length === 0 ? FALSE : sql`(${balanced(parts, sql` OR `)})`);
export const all = (parts: SQL[]) => (parts.length === 0 ? sql`(1)` : sql`(${balanced(parts, sql` AND `)})`);

/** `expr` is one of `ids`: `= ?` for one, a JSON array in one parameter for several (D1's parameter limit). */
export function oneOf(state: CompileState, expr: SQL, ids: (string | number)[]): SQL {
  if (ids.length === 0) return FALSE;
  if (ids.length === 1) return sql`(${expr} = ${bind(state, ids[0]!)})`;
  return sql`(${expr} IN (SELECT value FROM json_each(${bind(state, JSON.stringify(ids))})))`;
}
