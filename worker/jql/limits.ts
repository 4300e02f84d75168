/**
 * How deep and how big a query may be. Without bounds a query that validates could still fail: about a
 * thousand nested parentheses (or `!`) overflow the parser's stack, and D1 refuses expressions more than
 * 100 levels deep (50 nested NOTs compile past it). The limits are far above what people write, and the
 * deepest and largest queries they allow run on D1 (limits.test.ts).
 */
import { tokenMatcher, type IToken } from "chevrotain";
import type { Clause, JqlQuery } from "./ast";
import { JqlSyntaxError } from "./errors";
import * as T from "./tokens";

/** Levels of parentheses, AND, OR and NOT inside one another. */
export const MAX_NESTING = 20;
/** Clauses (field, operator, value) in one query. */
export const MAX_CLAUSES = 100;

const tooDeep = (line?: number, character?: number) =>
  new JqlSyntaxError(`The query nests more than ${MAX_NESTING} levels of parentheses, AND, OR and NOT. Write it with fewer levels.`, line, character);

/**
 * Before parsing: every open parenthesis and every NOT still in force (until the next AND or OR at its
 * level, or the parenthesis around it, closes) is a level the parser recurses into.
 */
export function checkTokenNesting(tokens: IToken[]): void {
  const negations: number[] = [0];
  let previous: IToken | undefined;
  let inCall = false;
  for (const token of tokens) {
    // A function's parentheses hold plain arguments (a name comes before them): they nest nothing.
    if (tokenMatcher(token, T.LParen) && previous && T.valueTokens.some((t) => tokenMatcher(previous!, t))) inCall = true;
    else if (tokenMatcher(token, T.LParen)) negations.push(0);
    else if (tokenMatcher(token, T.RParen) && inCall) inCall = false;
    else if (tokenMatcher(token, T.RParen)) negations.length > 1 && negations.pop();
    else if (tokenMatcher(token, T.AndOp) || tokenMatcher(token, T.OrOp)) negations[negations.length - 1] = 0;
    else if (tokenMatcher(token, T.NotOp) && (!previous || [T.LParen, T.AndOp, T.OrOp, T.NotOp].some((t) => tokenMatcher(previous!, t)))) {
      negations[negations.length - 1]! += 1;
    }
    const depth = negations.length - 1 + negations.reduce((sum, n) => sum + n, 0);
    if (depth > MAX_NESTING) throw tooDeep(token.startLine, token.startColumn);
    previous = token;
  }
}

/** After parsing: the tree of AND, OR and NOT is at most MAX_NESTING deep and has at most MAX_CLAUSES clauses. */
export function checkQueryLimits(query: JqlQuery): void {
  let clauses = 0;
  const walk = (clause: Clause, depth: number): void => {
    if (clause.kind === "terminal") {
      clauses += 1;
      if (clauses > MAX_CLAUSES) {
        throw new JqlSyntaxError(`The query has more than ${MAX_CLAUSES} clauses. Split it into smaller queries.`, clause.pos.line, clause.pos.character);
      }
      return;
    }
    if (depth + 1 > MAX_NESTING) {
      const at = clause.kind === "not" ? clause.pos : firstPos(clause);
      throw tooDeep(at?.line, at?.character);
    }
    if (clause.kind === "not") walk(clause.clause, depth + 1);
    else for (const c of clause.clauses) walk(c, depth + 1);
  };
  if (query.where) walk(query.where, 0);
}

function firstPos(clause: Clause): { line: number; character: number } | undefined {
  if (clause.kind === "terminal" || clause.kind === "not") return clause.pos;
  return clause.clauses[0] ? firstPos(clause.clauses[0]) : undefined;
}
