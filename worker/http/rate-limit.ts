import type { Context } from "hono";
import type { AppEnv } from "../env";
import { ApiError } from "./errors";

/** The client as Cloudflare sees it (locally there is no such header: every request is "local"). */
export const clientIp = (c: Context<AppEnv>) => c.req.header("cf-connecting-ip") ?? "local";

/** Refuses with 429 when this client has used up the limiter's budget for `what`. */
export async function rateLimit(c: Context<AppEnv>, limiter: RateLimit, what: string, message: string): Promise<void> {
  const { success } = await limiter.limit({ key: `${clientIp(c)}:${what}` });
  if (!success) throw new ApiError(429, "rate_limited", message);
}
