/**
 * Handoff rules of kind `pattern` run on every customer message inside the conversation's actor. A
 * pattern with catastrophic backtracking (`^(a+)+$` on 28 "a"s) blocks the actor, and every chat it holds,
 * for seconds. Patterns are checked when an experience is saved with scslre, the analysis behind
 * eslint-plugin-regexp's super-linear backtracking rules: it finds exponential and polynomial backtracking
 * (nested quantifiers, overlapping alternatives, adjacent quantifiers that trade characters) in about a
 * millisecond. Any finding refuses the rule: customer messages are long enough for polynomial ones to hurt.
 */
import { RegExpParser } from "@eslint-community/regexpp";
import { analyse } from "scslre";

/** Why matching this pattern can take super-linear time, or null when it cannot. */
export function backtrackingProblem(pattern: string): string | null {
  let literal;
  try {
    // The pattern as the actor builds it; `source` escapes it for a literal (a `/` inside becomes `\/`).
    const regex = new RegExp(pattern, "i");
    literal = new RegExpParser().parseLiteral(`/${regex.source}/${regex.flags}`);
  } catch {
    return "it is not a regular expression this check can read";
  }
  const { reports } = analyse(literal, { reportTypes: { Move: true, Self: true, Trade: true } });
  if (reports.length === 0) return null;
  return reports.some((r) => r.exponential)
    ? "it can take exponentially long on some messages (a repetition inside a repetition, or alternatives that match the same text, such as (a+)+ or (a|a)*)"
    : "it can take very long on long messages (repetitions that can match the same characters, such as .*.* or \\s*\\s*)";
}
