/**
 * Request bodies are capped before anything reads them (hono's bodyLimit: the Content-Length when sent,
 * else the bytes as they stream in), so a 10 MB body is refused with 413 instead of being parsed whole.
 */
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ApiError, errorBody } from "./errors";

/** API and widget JSON bodies. */
export const JSON_BODY_LIMIT = 64 * 1024;
/** The help center's small forms ("Was this helpful?"). */
export const FORM_BODY_LIMIT = 4 * 1024;
/** Knowledge-base articles. */
export const ARTICLE_BODY_LIMIT = 1024 * 1024;

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`);

export function limitBody(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: (c: Context) =>
      c.json(errorBody(new ApiError(413, "body_too_large", `The request body is larger than ${size(maxSize)}, the most this address takes.`)), 413),
  });
}
