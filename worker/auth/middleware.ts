/**
 * The API's guards, each declared on the routes it protects (`route({ middleware: [...] })`), never by path:
 * `requireAgent` (every /api route but the public ones, in app.ts) loads the session and the agent's spaces
 * once per request; `requireAdmin` and `requireSpaceMember(param)` read them from the context.
 */
import { createMiddleware } from "hono/factory";
import { database } from "../db/client";
import type { AppEnv } from "../env";
import { ApiError, notFound } from "../http/errors";
import { loadAgentSpaces } from "./agent-spaces";
import { lookupSession, sessionToken } from "./sessions";

const problems = {
  missing: "Sign in to continue.",
  unknown: "Your session is not valid. Sign in again.",
  expired: "Your session has expired. Sign in again.",
  revoked: "You have signed out. Sign in again.",
} as const;

/** No valid session, no entry; with one, the agent and their spaces are on the context. */
export const requireAgent = createMiddleware<AppEnv>(async (c, next) => {
  const db = database(c.env.DB);
  const result = await lookupSession(db, sessionToken(c));
  if ("problem" in result) throw new ApiError(401, `session_${result.problem}`, problems[result.problem]);
  const spaces = await loadAgentSpaces(db, result.agent);
  c.set("agent", { ...result.agent, memberSpaceIds: spaces.member.map((s) => s.id), visibleSpaceIds: spaces.visibleIds });
  c.set("memberSpaces", spaces.member);
  await next();
});

/** Settings and other admin routes: a change is "only admins can change settings", a read "only admins can see this". */
export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  if (c.get("agent").role !== "admin") {
    const reading = c.req.method === "GET" || c.req.method === "HEAD";
    throw new ApiError(403, "admin_only", reading ? "Only admins can see this. Ask an admin of your site." : "Only admins can change settings. Ask an admin of your site.");
  }
  await next();
});

/**
 * Routes of one space (its id in the path parameter `param`): a member of the space, or an admin of its
 * site. Any other space, of this site or another, is not found: its id says nothing.
 */
export const requireSpaceMember = (param: string) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (!c.get("agent").visibleSpaceIds.includes(c.req.param(param) ?? "")) throw notFound("The space");
    await next();
  });
