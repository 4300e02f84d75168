/** Syntax errors read as Jira's do (texts from Jira's own parser tests), with line and character. */
import { describe, expect, it } from "vitest";
import { JqlSyntaxError } from "./errors";
import { parseJql } from "./parser";

function message(jql: string): string {
  try {
    parseJql(jql);
  } catch (error) {
    if (error instanceof JqlSyntaxError) return error.message.replace(/^Error in the JQL Query: /, "");
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(jql)} to be refused`);
}

const OPERATORS = "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
const ESCAPES = "The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.";

describe("JQL syntax errors", () => {
  it.each([
    ["a=b c=d", "Expecting either 'OR' or 'AND' but got 'c'. (line 1, character 5)"],
    ["a=b !c=d", "Expecting either 'OR' or 'AND' but got '!'. (line 1, character 5)"],
    ["a blah >", `Expecting operator but got 'blah'. ${OPERATORS} (line 1, character 3)`],
    ["a", `Expecting operator before the end of the query. ${OPERATORS}`],
    ["a =a and j not is empty", "Expecting 'IN' but got 'is'. (line 1, character 16)"],
    ["a =a and j is ! empty", "Expecting 'NOT' but got '!'. (line 1, character 15)"],
    ["a=", "Expecting either a value, list or function before the end of the query."],
    ["a=!", "Expecting either a value, list or function but got '!'. You must surround '!' in quotation marks to use it as a value. (line 1, character 3)"],
    ["a in (a,(,bad))", "Expecting either a value, list or function but got ','. You must surround ',' in quotation marks to use it as a value. (line 1, character 10)"],
    ["comment ~ 'test", "The quoted string 'test' has not been completed. (line 1, character 11)"],
    ['priority="test\nword', "The quoted string 'test word' has not been completed. (line 1, character 10)"],
    ["comment ~ '", "The quoted string has not been completed. (line 1, character 11)"],
    ["comme\\unt ~ 'test", `'\\un' is an illegal JQL escape sequence. ${ESCAPES} (line 1, character 6)`],
    ["mine{www = qwwr", "The character '{' is a reserved JQL character. You must enclose it in a string or use the escape '\\u007b' instead. (line 1, character 5)"],
    ["minewww =\u007fqwwr", "The character 'U+007F' on line 1 at position 10 must be escaped. Use the escape '\\u007f' instead. (line 1, character 10)"],
    ["summary ~ abort", "'abort' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 11)"],
    ["aaaaa=-3482094382084092840932809482", "'-3482094382084092840932809482' is not a valid number. Numbers must be between -9,223,372,036,854,775,808 and 9,223,372,036,854,775,807. (line 1, character 7)"],
    ["a =b order", "Expecting 'by' before the end of the query."],
    ["a =b order summary", "Expecting 'by' but got 'summary'. (line 1, character 12)"],
    ["a =b order by", "Expecting a field name at the end of the query."],
    ["a =b order by asc", "Expecting a field name but got 'asc'. You must surround 'asc' in quotation marks to use it as a field name. (line 1, character 15)"],
    ["a =b order by ajsks blah", "Expecting either 'ASC' or 'DESC' but got 'blah'. (line 1, character 21)"],
    ["order by a desc d", "Expecting ',' but got 'd'. (line 1, character 17)"],
    ["'' = c", "A field name cannot be empty. (line 1, character 1)"],
    ["a = ''()", "A function name cannot be empty. (line 1, character 5)"],
    ["a = func(", "Expecting ')' before the end of the query."],
    ["a = func(, and not (a = x)", "Expecting ')' but got ','. (line 1, character 10)"],
    ["bas=func(bad,)", "Function argument must be specified. (line 1, character 14)"],
    ["bas=func(bad,", "Expecting a function argument at the end of the query."],
    ["k = func(!", "Expecting a function argument but got '!'. You must surround '!' in quotation marks to use it as an argument. (line 1, character 10)"],
    ["k = func(abc, jk!)", "Expecting ')' or ',' but got '!'. (line 1, character 17)"],
    ["(a=b and c = d", "Expecting ')' before the end of the query."],
    ["abc IN ((foo) abc = a", "Expecting ')' but got 'abc'. (line 1, character 15)"],
    ['comment !~ "brenden" and', "Expecting a field name at the end of the query."],
    [", a = b", "Expecting a field name but got ','. You must surround ',' in quotation marks to use it as a field name. (line 1, character 1)"],
    ["a was", "Expecting either a value, list or function before the end of the query."],
    ['a not was "Open"', "Expecting 'IN' but got 'was'. (line 1, character 7)"],
    ["fixVersion changed 4 by x", "The CHANGED operator does not support the use of values without predicates. You must prefix the 4 value with a suitable predicate. (line 1, character 20)"],
    ['status = "Open" by admin', "The operator '=' does not support the 'by' predicate. (line 1, character 17)"],
    ["assignee was empty from a to b", "The operator 'was' does not support the 'from' predicate. (line 1, character 20)"],
    ["assignee was (a, b)", "The operator 'was' does not support a list of values. Use 'WAS IN' to search for several values. (line 1, character 14)"],
    ["status = (a, b)", "The operator '=' does not support a list of values. Use 'IN' to search for several values. (line 1, character 10)"],
    ["assignee in a", "Expecting a list of values in parentheses or a function but got 'a'. Write it as (a). (line 1, character 13)"],
    ["updated < empty", "Expecting either a value, list or function but got 'empty'. You must surround 'empty' in quotation marks to use it as a value. (line 1, character 11)"],
    ["reporter = casey@example.test", "The character '@' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0040' instead. (line 1, character 17)"],
    ["a = b\n  and c = d e", "Expecting either 'OR' or 'AND' but got 'e'. (line 2, character 13)"],
  ])("%j", (jql, expected) => {
    expect(message(jql)).toBe(expected);
  });

  it("carries the position on the error", () => {
    try {
      parseJql("status = open\n foo");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(JqlSyntaxError);
      expect(error).toMatchObject({ line: 2, character: 2, detail: "Expecting either 'OR' or 'AND' but got 'foo'." });
    }
  });
});
