/**
 * JQL errors in Jira's words. Syntax errors read "Error in the JQL Query: … (line L, character C)" (no position
 * when the query ended too soon); validation errors are Jira's plain sentences ("Field 'foo' does not exist…").
 */
import { EOF, tokenMatcher, type IToken, type TokenType } from "chevrotain";
import * as T from "./tokens";

export class JqlSyntaxError extends Error {
  constructor(
    /** The sentence without the "Error in the JQL Query:" prefix and the position. */
    readonly detail: string,
    readonly line?: number,
    readonly character?: number,
  ) {
    super(`Error in the JQL Query: ${detail}${line === undefined ? "" : ` (line ${line}, character ${character})`}`);
    this.name = "JqlSyntaxError";
  }
}

/** A query that parses but names fields, operators, values or functions that do not fit. */
export class JqlValidationError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join(" "));
    this.name = "JqlValidationError";
  }
}

export const at = (token: IToken, detail: string) => new JqlSyntaxError(detail, token.startLine, token.startColumn);

const VALID_OPERATORS = "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";

const isEof = (token: IToken) => token.tokenType === EOF;
const is = (token: IToken | undefined, ...types: TokenType[]) => !!token && types.some((t) => tokenMatcher(token, t));
const shown = (token: IToken) => (is(token, T.DoubleQuoted, T.SingleQuoted, T.Word) ? String(token.payload) : token.image);

/** Codes the grammar gives chevrotain (ERR_MSG) and the provider returns; `describe` turns them into sentences. */
export type SyntaxCode =
  | "field"
  | "operator"
  | "operand"
  | "single-operand"
  | "in-operand"
  | "is-operand"
  | "expect-in"
  | "close-paren"
  | "close-list"
  | "close-func"
  | "func-arg"
  | "expect-by"
  | "redundant";

/**
 * The sentence for a syntax error at `token` (the first token the grammar could not take); `tokens` is the
 * whole query's token list, to see what came before.
 */
export function describeSyntaxError(code: SyntaxCode, token: IToken, tokens: IToken[]): JqlSyntaxError {
  const index = isEof(token) ? tokens.length : tokens.findIndex((t) => t.startOffset === token.startOffset);
  const previous = tokens[index - 1];
  const end = isEof(token);
  const got = end ? "" : shown(token);
  const surround = (as: string) => `You must surround '${got}' in quotation marks to use it as ${as}.`;
  switch (code) {
    case "field":
      if (end) return new JqlSyntaxError("Expecting a field name at the end of the query.");
      if (is(token, T.LBracket)) return at(token, `Expecting a field name but got '['. Did you mean 'cf['?`);
      return at(token, `Expecting a field name but got '${got}'. ${surround("a field name")}`);
    case "operator":
      if (end) return new JqlSyntaxError(`Expecting operator before the end of the query. ${VALID_OPERATORS}`);
      return at(token, `Expecting operator but got '${got}'. ${VALID_OPERATORS}`);
    case "operand":
    case "single-operand":
    case "in-operand":
      if (end) return new JqlSyntaxError("Expecting either a value, list or function before the end of the query.");
      if (code === "in-operand" && is(token, ...T.valueTokens, T.EmptyOp)) {
        return at(token, `Expecting a list of values in parentheses or a function but got '${got}'. Write it as (${got}).`);
      }
      if (code === "single-operand" && is(token, T.LParen)) {
        const history = tokens.slice(0, index).some((t) => is(t, T.Was)) && is(previous, T.Was, T.Not);
        const operator = history ? (is(previous, T.Not) ? "was not" : "was") : (previous?.image ?? "");
        const instead = { was: "WAS IN", "was not": "WAS NOT IN", "=": "IN", "!=": "NOT IN" }[operator];
        const hint = instead ? ` Use '${instead}' to search for several values.` : "";
        return at(token, `The operator '${operator}' does not support a list of values.${hint}`);
      }
      return at(token, `Expecting either a value, list or function but got '${got}'. ${surround("a value")}`);
    case "is-operand":
      if (end) return new JqlSyntaxError("Expecting 'EMPTY' before the end of the query.");
      if (is(previous, T.Is) && !is(token, ...T.valueTokens)) return at(token, `Expecting 'NOT' but got '${got}'.`);
      return at(token, `Expecting 'EMPTY' but got '${got}'. The operators 'IS' and 'IS NOT' only search for EMPTY values.`);
    case "expect-in":
      return end ? new JqlSyntaxError("Expecting 'IN' before the end of the query.") : at(token, `Expecting 'IN' but got '${got}'.`);
    case "close-paren":
      if (end) return new JqlSyntaxError("Expecting ')' before the end of the query.");
      return afterClause(token, tokens, index);
    case "close-list":
      return end ? new JqlSyntaxError("Expecting ')' before the end of the query.") : at(token, `Expecting ')' but got '${got}'.`);
    case "close-func":
      if (end) return new JqlSyntaxError("Expecting ')' before the end of the query.");
      if (is(token, T.Comma)) return at(token, "Expecting ')' but got ','.");
      if (is(previous, T.LParen)) return at(token, `Expecting a function argument but got '${got}'. ${surround("an argument")}`);
      return at(token, `Expecting ')' or ',' but got '${got}'.`);
    case "func-arg":
      if (end) return new JqlSyntaxError("Expecting a function argument at the end of the query.");
      if (is(token, T.Comma, T.RParen)) return at(token, "Function argument must be specified.");
      return at(token, `Expecting a function argument but got '${got}'. ${surround("an argument")}`);
    case "expect-by":
      return end ? new JqlSyntaxError("Expecting 'by' before the end of the query.") : at(token, `Expecting 'by' but got '${got}'.`);
    case "redundant":
      if (tokens.slice(0, index).some((t) => is(t, T.Order))) {
        return is(previous, T.Asc, T.Desc) ? at(token, `Expecting ',' but got '${got}'.`) : at(token, `Expecting either 'ASC' or 'DESC' but got '${got}'.`);
      }
      if (index === 0) return describeSyntaxError("field", token, tokens);
      return afterClause(token, tokens, index);
    default:
      return end ? new JqlSyntaxError("Unable to parse the query.") : at(token, `Unexpected '${got}'.`);
  }
}

const operatorNames: [TokenType, string][] = [
  [T.NotEquals, "!="],
  [T.NotLike, "!~"],
  [T.LessEquals, "<="],
  [T.GreaterEquals, ">="],
  [T.Less, "<"],
  [T.Greater, ">"],
  [T.Equals, "="],
  [T.Like, "~"],
  [T.In, "in"],
  [T.Is, "is"],
  [T.Was, "was"],
  [T.Changed, "changed"],
];

/** A token that cannot continue a complete clause: a predicate the operator does not take, or a missing AND/OR. */
function afterClause(token: IToken, tokens: IToken[], index: number): JqlSyntaxError {
  const got = shown(token);
  let operator: string | undefined;
  for (let i = index - 1; i >= 0 && operator === undefined; i--) {
    operator = operatorNames.find(([type]) => tokenMatcher(tokens[i]!, type))?.[1];
    if (operator === "in" && is(tokens[i - 1], T.Not)) operator = is(tokens[i - 2], T.Was) ? "was not in" : "not in";
    else if (operator === "in" && is(tokens[i - 1], T.Was)) operator = "was in";
  }
  if (operator && is(token, ...T.predicateTokens)) {
    return at(token, `The operator '${operator}' does not support the '${token.image.toLowerCase()}' predicate.`);
  }
  if (operator === "changed" && is(token, ...T.valueTokens)) {
    return at(
      token,
      `The CHANGED operator does not support the use of values without predicates. You must prefix the ${got} value with a suitable predicate.`,
    );
  }
  return at(token, `Expecting either 'OR' or 'AND' but got '${got}'.`);
}
