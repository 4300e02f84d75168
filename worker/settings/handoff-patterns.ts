/** Handoff patterns are checked when an experience is saved (durable-objects/ai/pattern-safety.ts says why). */
import type { HandoffRule } from "../../protocol/domain";
import { backtrackingProblem } from "../../durable-objects/ai/pattern-safety";
import { ApiError } from "../http/errors";

export { backtrackingProblem };

/** Refuses an experience's rules when one of its patterns can backtrack catastrophically, naming the rule. */
export function assertSafeHandoffPatterns(rules: HandoffRule[] | undefined): void {
  for (const [index, rule] of (rules ?? []).entries()) {
    if (rule.kind !== "pattern") continue;
    const problem = backtrackingProblem(rule.pattern);
    if (problem) {
      throw new ApiError(400, "unsafe_pattern", `The pattern of handoff rule "${rule.name}" is refused: ${problem}. Write it without nested or overlapping repetition.`, [
        { path: `handoffRules.${index}.pattern`, message: problem },
      ]);
    }
  }
}
