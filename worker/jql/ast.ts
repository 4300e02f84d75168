/**
 * The parsed query. Close to Jira's own model (`JqlQuery` of the parse API), plus where each part was written
 * so that later errors can point at it. `toStructure` gives the shape Jira's parse endpoint answers.
 */
import { encodeJqlString } from "./strings";

/** 1-based line and character, as Jira reports them; offset is 0-based into the query text. */
export interface Pos {
  line: number;
  character: number;
  offset: number;
}

export type ComparisonOperator = "=" | "!=" | ">" | ">=" | "<" | "<=" | "~" | "!~" | "in" | "not in" | "is" | "is not";
export type HistoryOperator = "was" | "was not" | "was in" | "was not in" | "changed";
export type Operator = ComparisonOperator | HistoryOperator;
export type PredicateOperator = "before" | "after" | "on" | "during" | "by" | "from" | "to";

export interface FieldRef {
  name: string;
  pos: Pos;
}

export type Operand =
  | { kind: "value"; value: string; quoted: boolean; number: boolean; pos: Pos }
  | { kind: "empty"; pos: Pos }
  | { kind: "function"; name: string; args: string[]; pos: Pos }
  | { kind: "list"; values: Operand[]; pos: Pos };

export interface Predicate {
  operator: PredicateOperator;
  operand: Operand;
  pos: Pos;
}

export type Clause =
  | { kind: "and" | "or"; clauses: Clause[] }
  | { kind: "not"; clause: Clause; pos: Pos }
  /** `field op operand [predicates]`; `changed` has no operand, only predicates. */
  | { kind: "terminal"; field: FieldRef; operator: Operator; operand?: Operand; predicates: Predicate[]; pos: Pos };

export type TerminalClause = Extract<Clause, { kind: "terminal" }>;

export interface SortField {
  field: FieldRef;
  direction?: "asc" | "desc";
}

export interface JqlQuery {
  where?: Clause;
  orderBy: SortField[];
}

// ---- Jira's parse-API structure ----

export interface FieldStructure {
  name: string;
  encodedName: string;
}
export type OperandStructure =
  | { value: string; encodedValue: string }
  | { keyword: "empty" }
  | { function: string; arguments: string[]; encodedOperand: string }
  | { values: OperandStructure[]; encodedOperand: string };
export type PredicateStructure = { operator: PredicateOperator; operand: OperandStructure };
export type ClauseStructure =
  | { clauses: ClauseStructure[]; operator: "and" | "or" | "not" }
  | { field: FieldStructure; operator: Operator; operand?: OperandStructure; predicates?: PredicateStructure[] };
export type JqlStructure = {
  where?: ClauseStructure;
  orderBy?: { fields: { field: FieldStructure; direction?: "asc" | "desc" }[] };
};

const field = (f: FieldRef): FieldStructure => ({ name: f.name, encodedName: encodeJqlString(f.name) });

/** The operand as JQL text, as Jira writes it back. */
export function encodeOperand(operand: Operand): string {
  switch (operand.kind) {
    case "value":
      return operand.number ? operand.value : encodeJqlString(operand.value);
    case "empty":
      return "EMPTY";
    case "function":
      return `${encodeJqlString(operand.name)}(${operand.args.map(encodeJqlString).join(", ")})`;
    case "list":
      return `(${operand.values.map(encodeOperand).join(", ")})`;
  }
}

function operandStructure(operand: Operand): OperandStructure {
  switch (operand.kind) {
    case "value":
      return { value: operand.value, encodedValue: encodeOperand(operand) };
    case "empty":
      return { keyword: "empty" };
    case "function":
      return { function: operand.name, arguments: operand.args, encodedOperand: encodeOperand(operand) };
    case "list":
      return { values: operand.values.map(operandStructure), encodedOperand: encodeOperand(operand) };
  }
}

function clauseStructure(clause: Clause): ClauseStructure {
  switch (clause.kind) {
    case "and":
    case "or":
      return { clauses: clause.clauses.map(clauseStructure), operator: clause.kind };
    case "not":
      return { clauses: [clauseStructure(clause.clause)], operator: "not" };
    case "terminal": {
      const out: ClauseStructure = { field: field(clause.field), operator: clause.operator };
      if (clause.operand) out.operand = operandStructure(clause.operand);
      if (clause.operator.startsWith("was") || clause.operator === "changed") {
        out.predicates = clause.predicates.map((p) => ({ operator: p.operator, operand: operandStructure(p.operand) }));
      }
      return out;
    }
  }
}

/** The query in the shape of Jira's `POST /rest/api/3/jql/parse` answer. */
export function toStructure(query: JqlQuery): JqlStructure {
  const out: JqlStructure = {};
  if (query.where) out.where = clauseStructure(query.where);
  if (query.orderBy.length > 0) {
    out.orderBy = { fields: query.orderBy.map((s) => ({ field: field(s.field), ...(s.direction ? { direction: s.direction } : {}) })) };
  }
  return out;
}
