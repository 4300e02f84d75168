/**
 * JQL's grammar as a chevrotain parser that builds the AST directly. Precedence as Jira: NOT binds tighter
 * than AND, AND tighter than OR. The grammar is the strict one of Atlassian's own parser: which operand each
 * operator takes (`< EMPTY`, `IN a`, `WAS (a, b)` are refused), which predicates WAS and CHANGED take.
 * Each place that can fail carries a code (ERR_MSG) that errors.ts turns into Jira's sentence.
 */
import { EmbeddedActionsParser, type IParserErrorMessageProvider, type IToken } from "chevrotain";
import type { Clause, FieldRef, JqlQuery, Operand, Operator, Pos, Predicate, PredicateOperator, SortField } from "./ast";
import { at, describeSyntaxError, type SyntaxCode } from "./errors";
import { tokenize } from "./lexer";
import { checkQueryLimits, checkTokenNesting } from "./limits";
import * as T from "./tokens";

const codes: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected }) => `expect:${expected.name}`,
  buildNotAllInputParsedMessage: () => "redundant",
  buildNoViableAltMessage: ({ customUserDescription }) => customUserDescription ?? "operand",
  buildEarlyExitMessage: ({ customUserDescription }) => customUserDescription ?? "operand",
};

const pos = (t: IToken): Pos => ({ line: t.startLine ?? 1, character: t.startColumn ?? 1, offset: t.startOffset });
const text = (t: IToken) => String(t.payload ?? t.image);
/** Safe in chevrotain's grammar-recording phase, where alternatives answer placeholders. */
const lower = (t: IToken | undefined) => String(t?.image ?? "").toLowerCase();
const isNumber = (t: IToken) => t.tokenType === T.PosNumber || t.tokenType === T.NegNumber;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

type Rhs = { operator: Operator; operand?: Operand; predicates: Predicate[] };

class JqlParser extends EmbeddedActionsParser {
  constructor() {
    super(T.allTokens, { errorMessageProvider: codes, maxLookahead: 3 });
    this.performSelfAnalysis();
  }

  query = this.RULE("query", (): JqlQuery => {
    const where = this.OPTION(() => this.SUBRULE(this.orClause));
    const orderBy = this.OPTION2(() => this.SUBRULE(this.orderBy));
    return { ...(where ? { where } : {}), orderBy: orderBy ?? [] };
  });

  private orClause = this.RULE("orClause", (): Clause => {
    const clauses = [this.SUBRULE(this.andClause)];
    this.MANY(() => {
      this.CONSUME(T.OrOp);
      clauses.push(this.SUBRULE2(this.andClause));
    });
    return clauses.length === 1 ? clauses[0]! : { kind: "or", clauses };
  });

  private andClause = this.RULE("andClause", (): Clause => {
    const clauses = [this.SUBRULE(this.notClause)];
    this.MANY(() => {
      this.CONSUME(T.AndOp);
      clauses.push(this.SUBRULE2(this.notClause));
    });
    return clauses.length === 1 ? clauses[0]! : { kind: "and", clauses };
  });

  private notClause = this.RULE("notClause", (): Clause =>
    this.OR({
      ERR_MSG: "field",
      DEF: [
        {
          ALT: () => {
            const not = this.CONSUME(T.NotOp);
            const clause = this.SUBRULE(this.notClause);
            return { kind: "not" as const, clause, pos: pos(not) };
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LParen);
            const clause = this.SUBRULE(this.orClause);
            this.CONSUME(T.RParen, { ERR_MSG: "close-paren" });
            return clause;
          },
        },
        { ALT: () => this.SUBRULE(this.terminalClause) },
      ],
    }),
  );

  private terminalClause = this.RULE("terminalClause", (): Clause => {
    const field = this.SUBRULE(this.field);
    const rhs = this.SUBRULE(this.rhs);
    return { kind: "terminal", field, ...rhs, pos: field.pos };
  });

  private field = this.RULE("field", (): FieldRef => {
    const token = this.CONSUME(T.Value, { ERR_MSG: "field" });
    this.ACTION(() => {
      if (text(token).trim() === "") throw at(token, "A field name cannot be empty.");
    });
    return { name: text(token), pos: pos(token) };
  });

  private rhs = this.RULE("rhs", (): Rhs =>
    this.OR({
      ERR_MSG: "operator",
      DEF: [
        {
          ALT: () => {
            const op = this.OR2([
              { ALT: () => this.CONSUME(T.Equals) },
              { ALT: () => this.CONSUME(T.NotEquals) },
              { ALT: () => this.CONSUME(T.Like) },
              { ALT: () => this.CONSUME(T.NotLike) },
            ]);
            return { operator: lower(op) as Operator, operand: this.SUBRULE(this.singleOperand, { ARGS: [true] }), predicates: [] };
          },
        },
        {
          ALT: () => {
            const op = this.OR3([
              { ALT: () => this.CONSUME(T.LessEquals) },
              { ALT: () => this.CONSUME(T.GreaterEquals) },
              { ALT: () => this.CONSUME(T.Less) },
              { ALT: () => this.CONSUME(T.Greater) },
            ]);
            return { operator: lower(op) as Operator, operand: this.SUBRULE2(this.singleOperand, { ARGS: [false] }), predicates: [] };
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.In);
            return { operator: "in" as const, operand: this.SUBRULE(this.listOperand), predicates: [] };
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Not);
            this.CONSUME2(T.In, { ERR_MSG: "expect-in" });
            return { operator: "not in" as const, operand: this.SUBRULE2(this.listOperand), predicates: [] };
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Is);
            const not = this.OPTION(() => this.CONSUME2(T.Not));
            const empty = this.CONSUME(T.EmptyOp, { ERR_MSG: "is-operand" });
            return { operator: not ? ("is not" as const) : ("is" as const), operand: { kind: "empty" as const, pos: pos(empty) }, predicates: [] };
          },
        },
        { ALT: () => this.SUBRULE(this.wasRhs) },
        {
          ALT: () => {
            this.CONSUME(T.Changed);
            const predicates: Predicate[] = [];
            this.MANY(() => predicates.push(this.SUBRULE(this.changedPredicate)));
            return { operator: "changed" as const, predicates };
          },
        },
      ],
    }),
  );

  private wasRhs = this.RULE("wasRhs", (): Rhs => {
    this.CONSUME(T.Was);
    const not = this.OPTION(() => this.CONSUME(T.Not));
    const { operator, operand } = this.OR({
      ERR_MSG: "single-operand",
      DEF: [
        {
          ALT: () => {
            this.CONSUME(T.In);
            return { operator: not ? ("was not in" as const) : ("was in" as const), operand: this.SUBRULE(this.listOperand) };
          },
        },
        { ALT: () => ({ operator: not ? ("was not" as const) : ("was" as const), operand: this.SUBRULE(this.singleOperand, { ARGS: [true] }) }) },
      ],
    });
    const predicates: Predicate[] = [];
    this.MANY(() => predicates.push(this.SUBRULE(this.wasPredicate)));
    return { operator, operand, predicates };
  });

  private wasPredicate = this.RULE("wasPredicate", (): Predicate => {
    const op = this.OR([
      { ALT: () => this.CONSUME(T.Before) },
      { ALT: () => this.CONSUME(T.After) },
      { ALT: () => this.CONSUME(T.On) },
      { ALT: () => this.CONSUME(T.During) },
      { ALT: () => this.CONSUME(T.By) },
    ]);
    return { operator: lower(op) as PredicateOperator, operand: this.SUBRULE(this.anyOperand), pos: pos(op) };
  });

  private changedPredicate = this.RULE("changedPredicate", (): Predicate => {
    const op = this.OR([
      { ALT: () => this.CONSUME(T.Before) },
      { ALT: () => this.CONSUME(T.After) },
      { ALT: () => this.CONSUME(T.On) },
      { ALT: () => this.CONSUME(T.During) },
      { ALT: () => this.CONSUME(T.By) },
      { ALT: () => this.CONSUME(T.From) },
      { ALT: () => this.CONSUME(T.To) },
    ]);
    return { operator: lower(op) as PredicateOperator, operand: this.SUBRULE(this.anyOperand), pos: pos(op) };
  });

  /** After `=`, `!=`, `~`, `!~`, `WAS`, `WAS NOT` (EMPTY allowed) and `<`, `>`, `<=`, `>=` (no EMPTY): one value or a function. */
  private singleOperand = this.RULE("singleOperand", (allowEmpty?: boolean): Operand =>
    this.OR({
      ERR_MSG: "single-operand",
      DEF: [
        { GATE: () => allowEmpty === true, ALT: () => ({ kind: "empty" as const, pos: pos(this.CONSUME(T.EmptyOp)) }) },
        { ALT: () => this.SUBRULE(this.func) },
        { ALT: () => this.SUBRULE(this.value) },
      ],
    }),
  );

  /** After `IN` and `NOT IN`: a list or a function. */
  private listOperand = this.RULE("listOperand", (): Operand =>
    this.OR({
      ERR_MSG: "in-operand",
      DEF: [
        { ALT: () => this.SUBRULE(this.func) },
        { ALT: () => this.SUBRULE(this.list) },
        {
          // A bare value is not a list: read it only to say so (Jira's message names the value).
          ALT: () => {
            const token = this.CONSUME(T.Value);
            return this.ACTION(() => {
              throw describeSyntaxError("in-operand", token, [token]);
            });
          },
        },
      ],
    }),
  );

  /** In lists and after history predicates: anything. */
  private anyOperand = this.RULE("anyOperand", (): Operand =>
    this.OR({
      ERR_MSG: "operand",
      DEF: [
        { ALT: () => ({ kind: "empty" as const, pos: pos(this.CONSUME(T.EmptyOp)) }) },
        { ALT: () => this.SUBRULE(this.func) },
        { ALT: () => this.SUBRULE(this.value) },
        { ALT: () => this.SUBRULE(this.list) },
      ],
    }),
  );

  private list = this.RULE("list", (): Operand => {
    const open = this.CONSUME(T.LParen);
    const values = [this.SUBRULE(this.anyOperand)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      values.push(this.SUBRULE2(this.anyOperand));
    });
    this.CONSUME(T.RParen, { ERR_MSG: "close-list" });
    return { kind: "list", values, pos: pos(open) };
  });

  private value = this.RULE("value", (): Operand => {
    const token = this.CONSUME(T.Value);
    this.ACTION(() => {
      if (!isNumber(token)) return;
      const n = BigInt(token.image);
      if (n < LONG_MIN || n > LONG_MAX) {
        throw at(
          token,
          `'${token.image}' is not a valid number. Numbers must be between -9,223,372,036,854,775,808 and 9,223,372,036,854,775,807.`,
        );
      }
    });
    return { kind: "value", value: text(token), quoted: token.tokenType !== T.Word && !isNumber(token), number: isNumber(token), pos: pos(token) };
  });

  private func = this.RULE("func", (): Operand => {
    const name = this.CONSUME(T.Value);
    this.ACTION(() => {
      if (text(name).trim() === "") throw at(name, "A function name cannot be empty.");
    });
    this.CONSUME(T.LParen);
    const args: string[] = [];
    this.OPTION(() => {
      args.push(text(this.CONSUME2(T.Value)));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        args.push(text(this.CONSUME3(T.Value, { ERR_MSG: "func-arg" })));
      });
    });
    this.CONSUME(T.RParen, { ERR_MSG: "close-func" });
    return { kind: "function", name: text(name), args, pos: pos(name) };
  });

  private orderBy = this.RULE("orderBy", (): SortField[] => {
    this.CONSUME(T.Order);
    this.CONSUME(T.By, { ERR_MSG: "expect-by" });
    const fields = [this.SUBRULE(this.sortField)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      fields.push(this.SUBRULE2(this.sortField));
    });
    return fields;
  });

  private sortField = this.RULE("sortField", (): SortField => {
    const field = this.SUBRULE(this.field);
    const direction = this.OPTION(() => this.OR([{ ALT: () => this.CONSUME(T.Asc) }, { ALT: () => this.CONSUME(T.Desc) }]));
    return direction ? { field, direction: lower(direction) as "asc" | "desc" } : { field };
  });
}

/** Built on first use: the grammar analysis should not add to every Worker start. */
let parser: JqlParser | undefined;

/**
 * Parses a JQL query (syntax only: any field name parses). Throws JqlSyntaxError with Jira's message and
 * position. The empty query is valid: it has no clause and no order.
 */
export function parseJql(query: string): JqlQuery {
  const tokens = tokenize(query);
  checkTokenNesting(tokens);
  parser ??= new JqlParser();
  parser.input = tokens;
  const result = parser.query();
  const error = parser.errors[0];
  if (error) throw describeSyntaxError(error.message as SyntaxCode, error.token, tokens);
  checkQueryLimits(result);
  return result;
}
