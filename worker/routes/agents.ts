import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { AgentCreate, AgentSummary } from "../../protocol/settings";
import { requireAdmin } from "../auth/middleware";
import { hashPassword } from "../auth/password";
import { database } from "../db/client";
import { newId } from "../db/ids";
import { agents } from "../db/schema";
import { conflict } from "../http/errors";
import { errors, json, jsonBody, route, router } from "../http/openapi";

export const agentRoutes = router();

agentRoutes.openapi(
  route({
    method: "get",
    path: "/agents",
    tags: ["Agents"],
    summary: "The site's agents",
    responses: { 200: json(z.object({ agents: z.array(AgentSummary) }), "All agents of the site"), 401: errors[401] },
  }),
  async (c) => {
    const rows = await database(c.env.DB)
      .select({ id: agents.id, name: agents.name, email: agents.email, role: agents.role })
      .from(agents)
      .where(eq(agents.siteId, c.get("agent").siteId))
      .orderBy(asc(agents.name));
    return c.json({ agents: rows }, 200);
  },
);

agentRoutes.openapi(
  route({
    method: "post",
    path: "/agents",
    middleware: [requireAdmin] as const,
    tags: ["Agents"],
    summary: "Add an agent to the site with a first password (admins)",
    request: jsonBody(AgentCreate),
    responses: { 201: json(AgentSummary, "Created"), 400: errors[400], 403: errors[403], 409: errors[409] },
  }),
  async (c) => {
    const { password, ...body } = c.req.valid("json");
    const email = body.email.toLowerCase();
    const db = database(c.env.DB);
    const siteId = c.get("agent").siteId;
    // Accounts are per site: only this site's agents can hold the email here (another site's say nothing).
    const taken = await db.select({ id: agents.id }).from(agents).where(and(eq(agents.siteId, siteId), eq(agents.email, email))).get();
    if (taken) throw conflict(`An agent with the email ${email} already exists in your site.`);
    const hashed = await hashPassword(password);
    const row = {
      id: newId("ag"),
      siteId,
      name: body.name,
      email,
      role: body.role,
      passwordHash: hashed.hash,
      passwordSalt: hashed.salt,
      passwordIterations: hashed.iterations,
    };
    await db.insert(agents).values(row);
    return c.json({ id: row.id, name: row.name, email, role: row.role }, 201);
  },
);
