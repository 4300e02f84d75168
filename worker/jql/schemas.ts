/**
 * Schemas of the JQL parse endpoint (Jira's `POST /rest/api/3/jql/parse`): the request, and the answer per
 * query — its structure, or its errors. The types mirror ast.ts's JqlStructure.
 */
import { z } from "@hono/zod-openapi";
import type { ClauseStructure, OperandStructure } from "./ast";

export const JqlParseParams = z.object({
  validation: z
    .enum(["none", "strict"])
    .default("strict")
    .describe("`none`: syntax only; `strict` (default): fields, operators, values and functions too"),
});

export const JqlParseRequest = z
  .object({
    queries: z
      .array(z.string().max(2000, "A query is at most 2,000 characters"))
      .min(1, "Send at least one query")
      .max(100, "Send at most 100 queries at a time"),
  })
  .strict();
export type JqlParseRequest = z.infer<typeof JqlParseRequest>;

const Field = z.object({ name: z.string(), encodedName: z.string() });

export const JqlOperand: z.ZodType<OperandStructure> = z.lazy(() =>
  z.union([
    z.object({ value: z.string(), encodedValue: z.string() }),
    z.object({ keyword: z.literal("empty") }),
    z.object({ function: z.string(), arguments: z.array(z.string()), encodedOperand: z.string() }),
    z.object({ values: z.array(JqlOperand), encodedOperand: z.string() }),
  ]),
).openapi("JqlOperand"); // a named schema, so the OpenAPI document can refer to it recursively

const Operator = z.enum(["=", "!=", ">", ">=", "<", "<=", "~", "!~", "in", "not in", "is", "is not", "was", "was not", "was in", "was not in", "changed"]);
const Predicate = z.object({ operator: z.enum(["before", "after", "on", "during", "by", "from", "to"]), operand: JqlOperand });

export const JqlClause: z.ZodType<ClauseStructure> = z.lazy(() =>
  z.union([
    z.object({ clauses: z.array(JqlClause), operator: z.enum(["and", "or", "not"]) }),
    z.object({ field: Field, operator: Operator, operand: JqlOperand.optional(), predicates: z.array(Predicate).optional() }),
  ]),
).openapi("JqlClause");

export const JqlStructureSchema = z.object({
  where: JqlClause.optional(),
  orderBy: z.object({ fields: z.array(z.object({ field: Field, direction: z.enum(["asc", "desc"]).optional() })) }).optional(),
});

export const JqlParseResult = z.union([
  z.object({ query: z.string(), structure: JqlStructureSchema }),
  z.object({ query: z.string(), errors: z.array(z.string()).describe("Jira's messages; syntax errors carry line and character") }),
]);

export const JqlParseResponse = z.object({ queries: z.array(JqlParseResult) });
export type JqlParseResponse = z.infer<typeof JqlParseResponse>;
