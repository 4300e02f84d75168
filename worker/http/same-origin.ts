import type { Context } from "hono";
import type { AppEnv } from "../env";
import { ApiError } from "./errors";

/** A page on another origin must not open sockets with the agent's cookie (cross-site WebSocket hijacking). */
export function assertSocketOrigin(c: Context<AppEnv>): void {
  const origin = c.req.header("origin");
  if (origin !== undefined && origin !== new URL(c.req.url).origin && origin !== c.env.CONSOLE_ORIGIN) {
    throw new ApiError(403, "bad_origin", `Connections from ${origin} are not allowed.`);
  }
}
