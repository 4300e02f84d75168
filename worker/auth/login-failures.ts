/**
 * The limit on failed sign-ins per client IP across every email (`LOGIN_IP_LIMIT` per 15 minutes): the
 * per-email limiter alone let one password be sprayed over many accounts. Only failures count, so a team
 * behind one address signing in every morning is never slowed; past the limit even a right password is
 * refused until the window ends. Counted in D1 so every Worker instance sees the same number.
 */
import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { Db } from "../db/client";
import { loginFailures } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError } from "../http/errors";
import { clientIp } from "../http/rate-limit";
import { sha256Hex } from "./password";

export const LOGIN_WINDOW_MS = 15 * 60_000;
const DEFAULT_LIMIT = 50;

const limitOf = (c: Context<AppEnv>) => {
  const n = Number(c.env.LOGIN_IP_LIMIT);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_LIMIT;
};

/** The client's key: the SHA-256 of its IP, so the table holds no addresses. */
export const clientKey = (c: Context<AppEnv>) => sha256Hex(`login:${clientIp(c)}`);

/** Refuses with 429 when this client has failed too often in the current window. */
export async function assertLoginAllowed(c: Context<AppEnv>, db: Db, key: string): Promise<void> {
  const row = await db
    .select({ failures: loginFailures.failures })
    .from(loginFailures)
    .where(and(eq(loginFailures.clientKey, key), gt(loginFailures.windowStart, Date.now() - LOGIN_WINDOW_MS)))
    .get();
  if (row && row.failures >= limitOf(c)) {
    throw new ApiError(429, "rate_limited", "Too many failed sign-ins from your network. Wait 15 minutes and try again.");
  }
}

/** Counts one failed sign-in for this client (a new window when the last one ended), and forgets ended windows. */
export async function recordLoginFailure(db: Db, key: string): Promise<void> {
  const now = Date.now();
  const ended = now - LOGIN_WINDOW_MS;
  await db.batch([
    db
      .insert(loginFailures)
      .values({ clientKey: key, windowStart: now, failures: 1 })
      .onConflictDoUpdate({
        target: loginFailures.clientKey,
        set: {
          failures: sql`CASE WHEN ${loginFailures.windowStart} <= ${ended} THEN 1 ELSE ${loginFailures.failures} + 1 END`,
          windowStart: sql`CASE WHEN ${loginFailures.windowStart} <= ${ended} THEN ${now} ELSE ${loginFailures.windowStart} END`,
        },
      }),
    db.delete(loginFailures).where(lt(loginFailures.windowStart, ended)),
  ]);
}
