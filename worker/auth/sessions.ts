/**
 * Agent sessions: a random token in an HttpOnly, Secure, SameSite=Strict cookie; only its SHA-256 is stored.
 */
import { and, eq } from "drizzle-orm";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Db } from "../db/client";
import { agents, sessions } from "../db/schema";
import type { AppEnv, SignedInAgent } from "../env";
import { sha256Hex } from "./password";

export const SESSION_COOKIE = "parley_session";

function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export async function startSession(c: Context<AppEnv>, db: Db, agent: { id: string; siteId: string }): Promise<string> {
  const token = newToken();
  const ttlHours = Number(c.env.SESSION_TTL_HOURS) || 336;
  const expiresAt = Date.now() + ttlHours * 3600_000;
  await db.insert(sessions).values({ tokenHash: await sha256Hex(token), agentId: agent.id, siteId: agent.siteId, expiresAt });
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: "Strict",
    path: "/",
    expires: new Date(expiresAt),
  });
  return token;
}

/** The session token from the cookie, or from `Authorization: Bearer` for API clients. */
export function sessionToken(c: Context<AppEnv>): string | undefined {
  const bearer = c.req.header("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return bearer ?? getCookie(c, SESSION_COOKIE);
}

/** The session's agent, before their spaces are loaded. */
export type SessionAgent = Omit<SignedInAgent, "memberSpaceIds" | "visibleSpaceIds">;

export type SessionLookup = { agent: SessionAgent } | { problem: "missing" | "unknown" | "expired" | "revoked" };

export async function lookupSession(db: Db, token: string | undefined): Promise<SessionLookup> {
  if (!token) return { problem: "missing" };
  const tokenHash = await sha256Hex(token);
  const row = await db
    .select({
      expiresAt: sessions.expiresAt,
      revokedAt: sessions.revokedAt,
      id: agents.id,
      siteId: agents.siteId,
      name: agents.name,
      email: agents.email,
      role: agents.role,
    })
    .from(sessions)
    .innerJoin(agents, eq(agents.id, sessions.agentId))
    .where(eq(sessions.tokenHash, tokenHash))
    .get();
  if (!row) return { problem: "unknown" };
  if (row.revokedAt !== null) return { problem: "revoked" };
  if (row.expiresAt <= Date.now()) return { problem: "expired" };
  const { expiresAt, revokedAt: _r, ...agent } = row;
  return { agent: { ...agent, sessionHash: tokenHash, sessionExpiresAt: expiresAt } };
}

export async function endSession(c: Context<AppEnv>, db: Db, sessionHash: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: Date.now() })
    .where(and(eq(sessions.tokenHash, sessionHash)));
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: true, httpOnly: true, sameSite: "Strict" });
}
