import { createMiddleware } from "hono/factory";
import { database } from "../db/client";
import type { AppEnv } from "../env";
import { ApiError } from "../http/errors";
import { lookupSession, sessionToken } from "./sessions";

const problems = {
  missing: "Sign in to continue.",
  unknown: "Your session is not valid. Sign in again.",
  expired: "Your session has expired. Sign in again.",
  revoked: "You have signed out. Sign in again.",
} as const;

/** Every /api route but sign-in and health passes here: no valid session, no entry. */
export const requireAgent = createMiddleware<AppEnv>(async (c, next) => {
  const result = await lookupSession(database(c.env.DB), sessionToken(c));
  if ("problem" in result) throw new ApiError(401, `session_${result.problem}`, problems[result.problem]);
  c.set("agent", result.agent);
  await next();
});

/** Settings routes: admins only. */
export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  if (c.get("agent").role !== "admin") {
    throw new ApiError(403, "admin_only", "Only admins can change settings. Ask an admin of your site.");
  }
  await next();
});
