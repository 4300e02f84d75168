/** Small helpers so each route declares its body and answers once, for validation and the OpenAPI document. */
import { createRoute, OpenAPIHono, type RouteConfig } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { ZodType } from "zod";
import { z } from "zod";
import { ApiErrorBody } from "../../protocol/errors";
import type { AppEnv } from "../env";
import { JSON_BODY_LIMIT, limitBody } from "./body-limit";
import { validationError } from "./errors";

/** A router whose validation failures become readable 400s instead of zod's raw output. */
export function router() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error, result.target === "json" ? "request body" : result.target);
    },
  });
}

/**
 * `createRoute`, plus what every route with a body needs before its guards and validation run: the body
 * limit (64 KB unless `bodyLimit` says otherwise), so nothing reads a body past it.
 */
export function route<const R extends RouteConfig>(config: R, options: { bodyLimit?: number } = {}): R {
  if (!config.request?.body) return createRoute(config);
  const own: MiddlewareHandler[] = config.middleware === undefined ? [] : Array.isArray(config.middleware) ? config.middleware : [config.middleware];
  // The limit changes nothing in the context, so the route's own middleware types still describe it.
  return createRoute({ ...config, middleware: [limitBody(options.bodyLimit ?? JSON_BODY_LIMIT), ...own] } as R);
}

export const jsonBody = <T extends ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});

export const json = <T extends ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

export const errors = {
  400: json(ApiErrorBody, "The request is not valid; `error.message` says why"),
  401: json(ApiErrorBody, "Not signed in, or the session expired"),
  403: json(ApiErrorBody, "Signed in, but not allowed"),
  404: json(ApiErrorBody, "No such thing in your site"),
  409: json(ApiErrorBody, "Conflicts with the current state; `error.message` says what to change"),
  413: json(ApiErrorBody, "The request body is larger than this address takes"),
  429: json(ApiErrorBody, "Too many requests from this client; wait a minute"),
} as const;

export const IdParam = z.object({ id: z.string().min(1).max(64) });
export const Ok = z.object({ ok: z.literal(true) });
