import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";
import type { ApiErrorBody } from "../../protocol/errors";
import { logError } from "./log-error";

/** A refusal with a message a person can act on. Thrown anywhere, answered by `onApiError`. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiError(404, "not_found", `${what} was not found.`);
export const forbidden = (message: string) => new ApiError(403, "forbidden", message);
export const conflict = (message: string) => new ApiError(409, "conflict", message);

/** Turns zod's issues into one readable sentence plus a per-field list. */
export function validationError(error: ZodError, where = "request body"): ApiError {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.code === "unrecognized_keys" ? `Unknown field(s): ${issue.keys.join(", ")}` : issue.message,
  }));
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ");
  return new ApiError(400, "invalid_request", `The ${where} is not valid: ${summary}`, issues);
}

export function errorBody(error: ApiError): ApiErrorBody {
  return { error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } };
}

/** D1 errors that pass: locked or busy, overloaded, a lost connection to it. */
const D1_UNAVAILABLE = /database is locked|SQLITE_BUSY|D1 DB is overloaded|Network connection lost|D1_ERROR:[^\n]*internal error/i;

/** An error's message with those of its causes (drizzle wraps D1's error as the cause of its own). */
function causes(err: unknown, depth = 0): string {
  if (!(err instanceof Error) || depth > 4) return "";
  return `${err.message} ${causes(err.cause, depth + 1)}`;
}

export function onApiError(err: Error, c: Context) {
  if (err instanceof ApiError) return c.json(errorBody(err), err.status);
  if (err instanceof HTTPException && err.status < 500) {
    const message = /json/i.test(err.message) ? "The request body is not valid JSON." : err.message;
    return c.json(errorBody(new ApiError(err.status as ContentfulStatusCode, "bad_request", message)), err.status as ContentfulStatusCode);
  }
  if (err instanceof SyntaxError) {
    return c.json(errorBody(new ApiError(400, "invalid_json", "The request body is not valid JSON.")), 400);
  }
  if (/UNIQUE constraint failed/.test(err.message)) {
    // Two requests raced to create the same thing; the loser gets a conflict it can retry, not a 500.
    return c.json(errorBody(new ApiError(409, "conflict", "Someone else changed this at the same moment. Reload and try again.")), 409);
  }
  if (D1_UNAVAILABLE.test(causes(err))) {
    // D1 busy or out of reach: open chats go on (they never wait on D1); this request can be retried.
    c.header("retry-after", "5");
    return c.json(errorBody(new ApiError(503, "unavailable", "Parley's database is briefly unavailable. Try again in a few seconds.")), 503);
  }
  logError("unhandled error", err);
  return c.json(errorBody(new ApiError(500, "internal", "Something went wrong on our side. Try again.")), 500);
}
