/**
 * The widget frame's page: the built Solid app from static assets, served with a CSP whose frame-ancestors
 * are the experience's allowed origins, so browsers refuse to show the chat inside any other page.
 */
import { Origin } from "../../protocol/settings";
import type { Env } from "../env";

/** Only origins the schema accepts reach the policy, also ones stored before it refused wildcards and ';'. */
const safeOrigins = (origins: string[]) => origins.filter((o) => Origin.safeParse(o).success);

export function frameCsp(frameAncestors: string[]): string {
  return [
    "default-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "style-src 'self'",
    "script-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${["'self'", ...safeOrigins(frameAncestors)].join(" ")}`,
  ].join("; ");
}

export async function framePage(env: Env, request: Request, frameAncestors: string[]): Promise<Response> {
  const asset = await env.ASSETS.fetch(new URL("/widget/frame/index.html", request.url));
  if (!asset.ok) return new Response("The widget is not built: run `npm run build`.", { status: 503 });
  return new Response(asset.body, {
    status: 200,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": frameCsp(frameAncestors),
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "cache-control": "no-store",
    },
  });
}
