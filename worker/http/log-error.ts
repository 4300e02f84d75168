/**
 * What an unexpected error leaves in the logs: its kind, the statement it came from and the database's own
 * message, never the values bound to the statement (customer text, emails, tokens). drizzle's query errors
 * carry the whole SQL and its parameters in their message and stack, so those are rebuilt without them.
 */
import { DrizzleQueryError } from "drizzle-orm/errors";

/** A statement's name: its verb and table, e.g. `insert into work_items`, from drizzle's or hand-written SQL. */
export function statementName(query: string): string {
  const text = query.replace(/\s+/g, " ").trim();
  const verb = /^(with|select|insert(?: or \w+)? into|update(?: or \w+)?|delete from|replace into)\b/i.exec(text)?.[1]?.toLowerCase() ?? "statement";
  const table =
    verb === "select" || verb === "with"
      ? /\bfrom\s+["`]?(\w+)/i.exec(text)?.[1]
      : /^(?:insert(?: or \w+)? into|update(?: or \w+)?|delete from|replace into)\s+["`]?(\w+)/i.exec(text)?.[1];
  return table ? `${verb} ${table}` : verb;
}

/** Stack frames only: the first lines of a stack repeat the message, which may hold the values. */
const frames = (err: Error) => (err.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line)).slice(0, 8).join("\n");

export interface LoggedError {
  error: string;
  message: string;
  statement?: string;
  cause?: string;
  frames: string;
}

/** The error as it may be logged. */
export function errorForLog(err: unknown): LoggedError {
  if (!(err instanceof Error)) return { error: typeof err, message: "a value that is not an Error was thrown", frames: "" };
  if (err instanceof DrizzleQueryError) {
    const cause = err.cause instanceof Error ? err.cause.message : undefined;
    return { error: "DrizzleQueryError", message: "a database statement failed", statement: statementName(err.query), ...(cause ? { cause } : {}), frames: frames(err) };
  }
  const cause = err.cause instanceof Error ? errorForLog(err.cause) : undefined;
  return { error: err.name, message: err.message, ...(cause ? { cause: `${cause.statement ? `${cause.statement}: ` : ""}${cause.cause ?? cause.message}` } : {}), frames: frames(err) };
}

/** Logs an unexpected error without the values of the statement it came from. */
export function logError(context: string, err: unknown): void {
  console.error(context, JSON.stringify(errorForLog(err)));
}
