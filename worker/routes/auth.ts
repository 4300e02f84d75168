import { and, asc, eq } from "drizzle-orm";
import { LoginAnswer, LoginRequest, Me, type MeSpace } from "../../protocol/auth";
import { memberSpacesQuery } from "../auth/agent-spaces";
import { assertLoginAllowed, clientKey, recordLoginFailure } from "../auth/login-failures";
import { hashPassword, verifyPassword } from "../auth/password";
import { endSession, startSession } from "../auth/sessions";
import { database, type Db } from "../db/client";
import { agents, sites } from "../db/schema";
import { ApiError } from "../http/errors";
import { rateLimit } from "../http/rate-limit";
import { errors, json, jsonBody, Ok, route, router } from "../http/openapi";
import { agentActor, revokeConversations } from "../routing/agent-identity";

/** Sign-in: the one route of the API besides health and the OpenAPI document that needs no session. */
export const loginRoutes = router();
/** The signed-in agent's own: sign-out and who they are. */
export const authRoutes = router();

const badCredentials = () => new ApiError(401, "bad_credentials", "Email or password is incorrect.");
/** Hashed once per isolate so an unknown email costs as much as a wrong password (no account probing by timing). */
let decoy: ReturnType<typeof hashPassword> | undefined;

/**
 * The accounts this email and password open: an email has one account per site it belongs to. Every
 * account with the email is checked (an unknown email checks a decoy), so the answer and its timing are
 * the same for an unknown email and a wrong password, and say nothing of any site whose password differs.
 * (An email with accounts in n sites costs n checks: the time tells that count, never which sites.)
 */
async function accountsOpenedBy(db: Db, email: string, password: string, siteId: string | undefined) {
  const candidates = await db
    .select({ agent: agents, siteName: sites.name })
    .from(agents)
    .innerJoin(sites, eq(sites.id, agents.siteId))
    .where(and(eq(agents.email, email), siteId === undefined ? undefined : eq(agents.siteId, siteId)))
    .orderBy(asc(sites.name), asc(sites.id));
  if (candidates.length === 0) {
    decoy ??= hashPassword("decoy");
    await verifyPassword(password, await decoy);
    return [];
  }
  const opened = [];
  for (const candidate of candidates) {
    const { passwordHash: hash, passwordSalt: salt, passwordIterations: iterations } = candidate.agent;
    if (await verifyPassword(password, { hash, salt, iterations })) opened.push(candidate);
  }
  return opened;
}

loginRoutes.openapi(
  route({
    method: "post",
    path: "/auth/login",
    tags: ["Auth"],
    summary: "Sign in with email and password; sets the session cookie, or lists the sites to choose from when the same email and password open accounts in several",
    request: jsonBody(LoginRequest),
    responses: {
      200: json(LoginAnswer, "Signed in (the agent, their site and spaces), or `chooseSite`: sign in again with one of these `siteId`s"),
      400: errors[400],
      401: errors[401],
      429: errors[429],
    },
  }),
  async (c) => {
    const { password, siteId } = c.req.valid("json");
    const email = c.req.valid("json").email.toLowerCase();
    await rateLimit(c, c.env.LOGIN_LIMITER, `login:${email}`, "Too many sign-in attempts. Wait a minute and try again.");
    const db = database(c.env.DB);
    const client = await clientKey(c);
    await assertLoginAllowed(c, db, client);
    const opened = await accountsOpenedBy(db, email, password, siteId);
    if (opened.length === 0) {
      await recordLoginFailure(db, client);
      throw badCredentials();
    }
    if (opened.length > 1) return c.json({ chooseSite: opened.map((o) => ({ id: o.agent.siteId, name: o.siteName })) }, 200);
    const agent = opened[0]!.agent;
    await startSession(c, db, agent);
    return c.json(await loadMe(db, agent.id), 200);
  },
);

authRoutes.openapi(
  route({
    method: "post",
    path: "/auth/logout",
    tags: ["Auth"],
    summary: "Sign out: revokes the session and clears the cookie",
    responses: { 200: json(Ok, "Signed out"), 401: errors[401] },
  }),
  async (c) => {
    await endSession(c, database(c.env.DB), c.get("agent").sessionHash);
    // Every console tab closes, and so does every conversation the agent had open.
    const watched = await agentActor(c.env, c.get("agent").id).signOut();
    await revokeConversations(c.env, c.get("agent").id, watched);
    return c.json({ ok: true as const }, 200);
  },
);

authRoutes.openapi(
  route({
    method: "get",
    path: "/me",
    tags: ["Auth"],
    summary: "The signed-in agent, their site and their spaces",
    responses: { 200: json(Me, "The signed-in agent"), 401: errors[401] },
  }),
  async (c) => c.json(await loadMe(database(c.env.DB), c.get("agent").id, c.get("memberSpaces")), 200),
);

async function loadMe(db: Db, agentId: string, memberSpaces?: MeSpace[]): Promise<Me> {
  const row = await db
    .select({ agent: agents, site: sites })
    .from(agents)
    .innerJoin(sites, eq(sites.id, agents.siteId))
    .where(eq(agents.id, agentId))
    .get();
  if (!row) throw new ApiError(401, "session_unknown", "Your session is not valid. Sign in again.");
  return {
    agent: { id: row.agent.id, name: row.agent.name, email: row.agent.email, role: row.agent.role },
    site: { id: row.site.id, name: row.site.name, edition: row.site.edition },
    // Signed in: the spaces the session loaded; just signing in: read them now.
    spaces: memberSpaces ?? (await memberSpacesQuery(db, agentId)),
  };
}
