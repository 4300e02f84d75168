/**
 * Atlassian's own parser test data (Apache-2.0, see test/conformance/jql/README.md): every `valid` query
 * parses, every `invalid` one is refused with a syntax error in Jira's words.
 */
import { describe, expect, it } from "vitest";
import changedClause from "../../test/conformance/jql/changed-clause.json";
import comparisonClause from "../../test/conformance/jql/comparison-clause.json";
import functionOperand from "../../test/conformance/jql/function-operand.json";
import inClause from "../../test/conformance/jql/in-clause.json";
import listOperand from "../../test/conformance/jql/list-operand.json";
import orderBy from "../../test/conformance/jql/order-by.json";
import reservedWords from "../../test/conformance/jql/reserved-words.json";
import wasClause from "../../test/conformance/jql/was-clause.json";
import { JqlSyntaxError } from "./errors";
import { parseJql } from "./parser";

type Cases = { valid: string[]; invalid: string[] };
const files: Record<string, Cases> = {
  "changed-clause": changedClause,
  "comparison-clause": comparisonClause,
  "function-operand": functionOperand,
  "in-clause": inClause,
  "list-operand": listOperand,
  "order-by": orderBy,
  "reserved-words": reservedWords,
  "was-clause": wasClause,
};

function syntaxError(query: string): JqlSyntaxError | undefined {
  try {
    parseJql(query);
    return undefined;
  } catch (error) {
    if (error instanceof JqlSyntaxError) return error;
    throw error;
  }
}

describe("JQL syntax conformance (Atlassian's parser data)", () => {
  for (const [name, cases] of Object.entries(files)) {
    describe(name, () => {
      it.each(cases.valid.map((q) => [q]))("parses %j", (query: string) => {
        expect(syntaxError(query)).toBeUndefined();
      });
      it.each(cases.invalid.map((q) => [q]))("refuses %j", (query: string) => {
        expect(syntaxError(query)?.message).toMatch(/^Error in the JQL Query: \S.*\.( \(line \d+, character \d+\))?$/);
      });
    });
  }
});
