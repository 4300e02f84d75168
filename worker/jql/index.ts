/**
 * Parley's JQL: Jira's query language over work items.
 *
 *   const query = parseJql(text);                       // syntax; throws JqlSyntaxError
 *   const errors = await validateJql(query, ctx);       // fields, operators, values; [] when valid
 *   const { where, orderBy } = await compileJql(query, ctx); // throws JqlValidationError
 *   db.select().from(workItems).where(and(eq(workItems.spaceId, spaceId), where)).orderBy(...orderBy)
 *
 * `where` refers to the table as "work_items" (do not alias it) and is always parenthesised.
 */
export { toStructure, type JqlQuery, type JqlStructure } from "./ast";
export { compileJql, validateJql, MAX_PARAMETERS, type CompiledJql } from "./compile";
export type { JqlContext } from "./context";
export { d1JqlContext } from "./d1-context";
export { JqlSyntaxError, JqlValidationError } from "./errors";
export { fieldNames } from "./fields";
export { parseJql } from "./parser";
