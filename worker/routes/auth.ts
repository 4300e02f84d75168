import { createRoute } from "@hono/zod-openapi";
import { asc, eq } from "drizzle-orm";
import { LoginRequest, Me } from "../../protocol/auth";
import { requireAgent } from "../auth/middleware";
import { hashPassword, verifyPassword } from "../auth/password";
import { endSession, startSession } from "../auth/sessions";
import { database } from "../db/client";
import { agents, sites, spaceMembers, spaces } from "../db/schema";
import { ApiError } from "../http/errors";
import { rateLimit } from "../http/rate-limit";
import { errors, json, jsonBody, Ok, router } from "../http/openapi";
import { agentActor } from "../routing/agent-identity";

export const authRoutes = router();

const badCredentials = () => new ApiError(401, "bad_credentials", "Email or password is incorrect.");
/** Hashed once per isolate so an unknown email costs as much as a wrong password (no account probing by timing). */
let decoy: ReturnType<typeof hashPassword> | undefined;

authRoutes.openapi(
  createRoute({
    method: "post",
    path: "/auth/login",
    tags: ["Auth"],
    summary: "Sign in with email and password; sets the session cookie",
    request: jsonBody(LoginRequest),
    responses: { 200: json(Me, "Signed in"), 400: errors[400], 401: errors[401], 429: errors[429] },
  }),
  async (c) => {
    const { email, password } = c.req.valid("json");
    await rateLimit(c, c.env.LOGIN_LIMITER, `login:${email.toLowerCase()}`, "Too many sign-in attempts. Wait a minute and try again.");
    const db = database(c.env.DB);
    const agent = await db.select().from(agents).where(eq(agents.email, email.toLowerCase())).get();
    if (!agent) {
      decoy ??= hashPassword("decoy");
      await verifyPassword(password, await decoy);
      throw badCredentials();
    }
    const ok = await verifyPassword(password, {
      hash: agent.passwordHash,
      salt: agent.passwordSalt,
      iterations: agent.passwordIterations,
    });
    if (!ok) throw badCredentials();
    await startSession(c, db, agent);
    return c.json(await loadMe(db, agent.id), 200);
  },
);

authRoutes.use("/auth/logout", requireAgent);
authRoutes.openapi(
  createRoute({
    method: "post",
    path: "/auth/logout",
    tags: ["Auth"],
    summary: "Sign out: revokes the session and clears the cookie",
    responses: { 200: json(Ok, "Signed out"), 401: errors[401] },
  }),
  async (c) => {
    await endSession(c, database(c.env.DB), c.get("agent").sessionHash);
    await agentActor(c.env, c.get("agent").id).revokeSockets(c.get("agent").id);
    return c.json({ ok: true as const }, 200);
  },
);

authRoutes.use("/me", requireAgent);
authRoutes.openapi(
  createRoute({
    method: "get",
    path: "/me",
    tags: ["Auth"],
    summary: "The signed-in agent, their site and their spaces",
    responses: { 200: json(Me, "The signed-in agent"), 401: errors[401] },
  }),
  async (c) => c.json(await loadMe(database(c.env.DB), c.get("agent").id), 200),
);

async function loadMe(db: ReturnType<typeof database>, agentId: string): Promise<Me> {
  const row = await db
    .select({ agent: agents, site: sites })
    .from(agents)
    .innerJoin(sites, eq(sites.id, agents.siteId))
    .where(eq(agents.id, agentId))
    .get();
  if (!row) throw new ApiError(401, "session_unknown", "Your session is not valid. Sign in again.");
  const memberOf = await db
    .select({ id: spaces.id, name: spaces.name, key: spaces.key, chatEnabled: spaces.chatEnabled })
    .from(spaceMembers)
    .innerJoin(spaces, eq(spaces.id, spaceMembers.spaceId))
    .where(eq(spaceMembers.agentId, agentId))
    .orderBy(asc(spaces.name));
  return {
    agent: { id: row.agent.id, name: row.agent.name, email: row.agent.email, role: row.agent.role },
    site: { id: row.site.id, name: row.site.name, edition: row.site.edition },
    spaces: memberOf,
  };
}
