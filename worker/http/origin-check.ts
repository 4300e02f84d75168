import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { ApiError } from "./errors";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery guard for cookie-authenticated writes: a browser always sends Origin on a
 * state-changing request, so a write whose Origin is not the console's own is refused. Requests without
 * an Origin come from non-browser clients, which cannot carry a victim's cookie.
 */
export const originCheck = createMiddleware<AppEnv>(async (c, next) => {
  if (!SAFE.has(c.req.method)) {
    const origin = c.req.header("origin");
    if (origin !== undefined) {
      const own = new URL(c.req.url).origin;
      const allowed = origin === own || (c.env.CONSOLE_ORIGIN !== "" && origin === c.env.CONSOLE_ORIGIN);
      if (!allowed) throw new ApiError(403, "bad_origin", `Requests from ${origin} are not allowed to change anything here.`);
    }
  }
  await next();
});
