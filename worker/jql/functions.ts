/**
 * JQL functions: now(), startOfDay/Week/Month/Year() and endOf…() with an optional offset, currentUser() and
 * membersOf(space). Names are case-insensitive, as in Jira. Each evaluator answers a value or Jira's sentence
 * for what is wrong.
 */
import { encodeOperand, type Operand } from "./ast";
import type { JqlContext } from "./context";
import { addUnits, endOf, instant, isUnitAtLeast, parseOffset, startOf, type DateRange } from "./dates";

export type FunctionOperand = Extract<Operand, { kind: "function" }>;
export type Result<T> = { ok: T } | { error: string };

type Period = "d" | "w" | "M" | "y";
const periodFunctions: Record<string, { edge: "start" | "end"; period: Period }> = {
  startofday: { edge: "start", period: "d" },
  startofweek: { edge: "start", period: "w" },
  startofmonth: { edge: "start", period: "M" },
  startofyear: { edge: "start", period: "y" },
  endofday: { edge: "end", period: "d" },
  endofweek: { edge: "end", period: "w" },
  endofmonth: { edge: "end", period: "M" },
  endofyear: { edge: "end", period: "y" },
};
const userFunctions = new Set(["currentuser", "membersof"]);

const key = (fn: FunctionOperand) => fn.name.toLowerCase();
export const isDateFunction = (fn: FunctionOperand) => key(fn) === "now" || key(fn) in periodFunctions;
export const isUserFunction = (fn: FunctionOperand) => userFunctions.has(key(fn));
export const isKnownFunction = (fn: FunctionOperand) => isDateFunction(fn) || isUserFunction(fn);

export const unknownFunction = (fn: FunctionOperand) => `Unable to find JQL function '${encodeOperand(fn)}'.`;

function arity(fn: FunctionOperand, min: number, max: number): string | undefined {
  const n = fn.args.length;
  if (n >= min && n <= max) return undefined;
  const expected = min === max ? `'${min}'` : `between '${min}' and '${max}'`;
  return `Function '${fn.name}' expected ${expected} arguments but received '${n}'.`;
}

/** A date function's instant. `what` names where it is used, for the error: "the field 'created'". */
export function evaluateDateFunction(fn: FunctionOperand, ctx: JqlContext, what: string): Result<DateRange> {
  if (!isKnownFunction(fn)) return { error: unknownFunction(fn) };
  if (!isDateFunction(fn)) return { error: `A date for ${what} provided by the function '${fn.name}' is not valid.` };
  if (key(fn) === "now") {
    const wrong = arity(fn, 0, 0);
    return wrong ? { error: wrong } : { ok: instant(ctx.now) };
  }
  const { edge, period } = periodFunctions[key(fn)]!;
  const wrong = arity(fn, 0, 1);
  if (wrong) return { error: wrong };
  const week = ctx.weekStartsOn ?? 0;
  const offset = fn.args[0] === undefined ? { n: 0, unit: period } : parseOffset(fn.args[0], period);
  if (!offset) {
    return { error: `Duration for function '${fn.name}' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.` };
  }
  const start = startOf(ctx.now, period, week);
  if (edge === "start") return { ok: instant(addUnits(start, offset.n, offset.unit)) };
  // endOfMonth(-1M) is the end of last month; endOfMonth(+14d) is 14 days after the end of this month.
  const end = isUnitAtLeast(offset.unit, period)
    ? endOf(addUnits(start, offset.n, offset.unit), period, week)
    : addUnits(endOf(ctx.now, period, week), offset.n, offset.unit);
  return { ok: instant(end) };
}

/** A user function's agent ids. `field` is the field's name as written, for the error. */
export async function evaluateUserFunction(fn: FunctionOperand, ctx: JqlContext, field: string): Promise<Result<string[]>> {
  if (!isKnownFunction(fn)) return { error: unknownFunction(fn) };
  if (!isUserFunction(fn)) return { error: `A value provided by the function '${fn.name}' is invalid for the field '${field}'.` };
  if (key(fn) === "currentuser") {
    const wrong = arity(fn, 0, 0);
    return wrong ? { error: wrong } : { ok: [ctx.currentAgentId] };
  }
  const wrong = arity(fn, 1, 1);
  if (wrong) return { error: wrong };
  const space = fn.args[0]!;
  if ((await ctx.resolveSpaces(space)).length === 0) {
    return { error: `Function '${fn.name}' can not generate a list of agents for space '${space}'; the space does not exist.` };
  }
  return { ok: await ctx.membersOf(space) };
}
