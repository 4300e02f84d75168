/** The parser's output, seen through Jira's parse-API structure (toStructure). */
import { describe, expect, it } from "vitest";
import { toStructure, type Clause, type ClauseStructure } from "./ast";
import { parseJql } from "./parser";

const where = (jql: string) => toStructure(parseJql(jql)).where;
const v = (value: string, encodedValue = value) => ({ value, encodedValue });
const f = (name: string, encodedName = name) => ({ name, encodedName });
const term = (field: string, operator: string, operand: unknown): ClauseStructure => ({ field: f(field), operator, operand }) as ClauseStructure;

describe("JQL parser", () => {
  it("binds NOT tighter than AND and AND tighter than OR; parentheses regroup", () => {
    expect(where("a = 1 OR b = 2 AND NOT c = 3")).toEqual({
      operator: "or",
      clauses: [
        term("a", "=", v("1")),
        { operator: "and", clauses: [term("b", "=", v("2")), { operator: "not", clauses: [term("c", "=", v("3"))] }] },
      ],
    });
    expect(where("(a = 1 OR b = 2) AND c = 3")).toEqual({
      operator: "and",
      clauses: [{ operator: "or", clauses: [term("a", "=", v("1")), term("b", "=", v("2"))] }, term("c", "=", v("3"))],
    });
    expect(where("a = 1 && b = 2 || !c = 3 & d = 4 | e = 5")).toEqual(where("a = 1 AND b = 2 OR NOT c = 3 AND d = 4 OR e = 5"));
    expect(where("not not a = 1")).toEqual({ operator: "not", clauses: [{ operator: "not", clauses: [term("a", "=", v("1"))] }] });
  });

  it("reads keywords in any case and keeps field names as written", () => {
    const query = parseJql("Status = x aNd Assignee iN (a) Or labels Is NoT eMpTy oRdEr bY created DeSc, Key aSc");
    expect(toStructure(query)).toEqual({
      where: {
        operator: "or",
        clauses: [
          { operator: "and", clauses: [term("Status", "=", v("x")), term("Assignee", "in", { values: [v("a")], encodedOperand: "(a)" })] },
          term("labels", "is not", { keyword: "empty" }),
        ],
      },
      orderBy: { fields: [{ field: f("created"), direction: "desc" }, { field: f("Key"), direction: "asc" }] },
    });
    expect(where("assignee IS null")).toEqual(term("assignee", "is", { keyword: "empty" }));
  });

  it("reads every operator", () => {
    const operators: [string, string][] = [
      ["a = b", "="], ["a != b", "!="], ["a > 1", ">"], ["a >= 1", ">="], ["a < 1", "<"], ["a <= 1", "<="],
      ["a ~ b", "~"], ["a !~ b", "!~"], ["a in (b)", "in"], ["a not in (b)", "not in"], ["a is empty", "is"],
      ["a is not empty", "is not"], ["a was b", "was"], ["a was not b", "was not"], ["a was in (b)", "was in"],
      ["a was not in (b)", "was not in"], ["a changed", "changed"], ["a=b", "="], ["a!=b", "!="], ["a>=1", ">="],
    ];
    for (const [jql, operator] of operators) expect((where(jql) as { operator: string }).operator).toBe(operator);
  });

  it("decodes quotes and escapes, and writes values back encoded", () => {
    expect(where(`summary ~ 'it\\'s "fine"'`)).toEqual(term("summary", "~", v(`it's "fine"`, `"it's \\"fine\\""`)));
    expect(where(`summary ~ "tab\\there\\u0041\\\\"`)).toEqual(term("summary", "~", v("tab\thereA\\", `"tab\\thereA\\\\"`)));
    expect(where(`summary ~ a\\ b`)).toEqual(term("summary", "~", v("a b", `"a b"`)));
    expect(where(`"my field" = "abort"`)).toEqual({ field: f("my field", `"my field"`), operator: "=", operand: v("abort", `"abort"`) });
    expect(where(`key = BILL-42`)).toEqual(term("key", "=", v("BILL-42")));
  });

  it("reads functions, their arguments and offsets", () => {
    expect(where(`created > startOfDay(-1d)`)).toEqual(
      term("created", ">", { function: "startOfDay", arguments: ["-1d"], encodedOperand: "startOfDay(-1d)" }),
    );
    expect(where(`created < endOfMonth("+1M")`)).toEqual(
      term("created", "<", { function: "endOfMonth", arguments: ["+1M"], encodedOperand: `endOfMonth("+1M")` }),
    );
    expect(where(`assignee in membersOf("Billing team", 2)`)).toEqual(
      term("assignee", "in", { function: "membersOf", arguments: ["Billing team", "2"], encodedOperand: `membersOf("Billing team", 2)` }),
    );
    expect(where(`assignee = currentUser()`)).toEqual(term("assignee", "=", { function: "currentUser", arguments: [], encodedOperand: "currentUser()" }));
  });

  it("reads relative dates and Jira's date formats as values", () => {
    expect(where("created > -1d")).toEqual(term("created", ">", v("-1d")));
    expect(where(`created > "-2w 3d"`)).toEqual(term("created", ">", v("-2w 3d", `"-2w 3d"`)));
    expect(where("updated < 4h")).toEqual(term("updated", "<", v("4h")));
    expect(where("updated >= -30m")).toEqual(term("updated", ">=", v("-30m")));
    expect(where("created >= 2024-01-31")).toEqual(term("created", ">=", v("2024-01-31")));
    expect(where(`created >= "2024/01/31 10:30"`)).toEqual(term("created", ">=", v("2024/01/31 10:30", `"2024/01/31 10:30"`)));
  });

  it("reads lists, nested lists and EMPTY in lists", () => {
    expect(where("a in ((b), EMPTY, fn(c))")).toEqual(
      term("a", "in", {
        values: [{ values: [v("b")], encodedOperand: "(b)" }, { keyword: "empty" }, { function: "fn", arguments: ["c"], encodedOperand: "fn(c)" }],
        encodedOperand: "((b), EMPTY, fn(c))",
      }),
    );
  });

  it("reads history predicates", () => {
    expect(where(`status changed from Open to "In progress" by (jane, currentUser()) after -1w before now() on "2024-01-02" during (-2w, -1w)`)).toEqual({
      field: f("status"),
      operator: "changed",
      predicates: [
        { operator: "from", operand: v("Open") },
        { operator: "to", operand: v("In progress", `"In progress"`) },
        { operator: "by", operand: { values: [v("jane"), { function: "currentUser", arguments: [], encodedOperand: "currentUser()" }], encodedOperand: "(jane, currentUser())" } },
        { operator: "after", operand: v("-1w") },
        { operator: "before", operand: { function: "now", arguments: [], encodedOperand: "now()" } },
        { operator: "on", operand: v("2024-01-02") },
        { operator: "during", operand: { values: [v("-2w"), v("-1w")], encodedOperand: "(-2w, -1w)" } },
      ],
    });
    expect(where("assignee was not in (a, b) BY c")).toEqual({
      field: f("assignee"),
      operator: "was not in",
      operand: { values: [v("a"), v("b")], encodedOperand: "(a, b)" },
      predicates: [{ operator: "by", operand: v("c") }],
    });
  });

  it("reads ORDER BY alone, with several fields, and the empty query", () => {
    expect(toStructure(parseJql("ORDER BY priority DESC, created"))).toEqual({
      orderBy: { fields: [{ field: f("priority"), direction: "desc" }, { field: f("created") }] },
    });
    expect(toStructure(parseJql(""))).toEqual({});
    expect(toStructure(parseJql("  \n "))).toEqual({});
  });

  it("remembers where each clause was written, across lines", () => {
    const query = parseJql("a = 1\nAND  b = 2");
    const and = query.where as Extract<Clause, { kind: "and" | "or" }>;
    expect(and.clauses[1]).toMatchObject({ field: { name: "b", pos: { line: 2, character: 6, offset: 11 } } });
  });
});
