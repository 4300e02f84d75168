import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { SpaceTeam, TransferTargets } from "../../protocol/conversation-views";
import { MemberAdd, Space, SpaceCreate, SpaceUpdate } from "../../protocol/settings";
import { requireAdmin, requireSpaceMember } from "../auth/middleware";
import type { Db } from "../db/client";
import { database } from "../db/client";
import { newId } from "../db/ids";
import { agents, sites, spaceMembers, spaces } from "../db/schema";
import { conflict, notFound } from "../http/errors";
import { errors, IdParam, json, jsonBody, Ok, route, router } from "../http/openapi";
import { assertChatCanBeSwitchedOff } from "../settings/rules";
import type { Env } from "../env";
import { agentActor, agentIdentity, revokeConversations } from "../routing/agent-identity";
import { pushRoutingSettings, spaceRouter } from "../routing/settings";
import { memberSpacesQuery } from "../auth/agent-spaces";

export const spaceRoutes = router();

/** Tells the agent's actor their spaces now (a space they left loses their offers and their place in its router). */
async function refreshAgentSpaces(env: Env, db: Db, agentId: string): Promise<void> {
  const agent = await db.select({ id: agents.id, siteId: agents.siteId, name: agents.name }).from(agents).where(eq(agents.id, agentId)).get();
  if (!agent) return;
  const member = await memberSpacesQuery(db, agentId);
  await agentActor(env, agentId).identify(agentIdentity(env, agent, member.map((s) => s.id)));
}

/** A space of the given site, or 404: ids from another site are treated as unknown. */
export async function siteSpace(db: Db, siteId: string, spaceId: string) {
  const space = await db.select().from(spaces).where(and(eq(spaces.id, spaceId), eq(spaces.siteId, siteId))).get();
  if (!space) throw notFound("The space");
  return space;
}

async function withMembers(db: Db, list: (typeof spaces.$inferSelect)[]): Promise<Space[]> {
  if (list.length === 0) return [];
  const rows = await db
    .select({ spaceId: spaceMembers.spaceId, id: agents.id, name: agents.name, email: agents.email, role: agents.role })
    .from(spaceMembers)
    .innerJoin(agents, eq(agents.id, spaceMembers.agentId))
    .where(inArray(spaceMembers.spaceId, list.map((s) => s.id)))
    .orderBy(asc(agents.name));
  return list.map((s) => ({
    id: s.id,
    name: s.name,
    key: s.key,
    chatEnabled: s.chatEnabled,
    businessHours: s.businessHours ?? null,
    members: rows.filter((r) => r.spaceId === s.id).map(({ spaceId: _s, ...member }) => member),
  }));
}

spaceRoutes.openapi(
  route({
    method: "get",
    path: "/spaces",
    tags: ["Spaces"],
    summary: "Spaces you can see: all of the site's for admins, your own for agents",
    responses: { 200: json(z.object({ spaces: z.array(Space) }), "Spaces with their members"), 401: errors[401] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const me = c.get("agent");
    // Admins see all of the site's spaces, agents their own (as the session loaded them).
    const which = me.role === "admin" ? eq(spaces.siteId, me.siteId) : inArray(spaces.id, me.memberSpaceIds);
    const list = me.role !== "admin" && me.memberSpaceIds.length === 0 ? [] : await db.select().from(spaces).where(which).orderBy(asc(spaces.name));
    return c.json({ spaces: await withMembers(db, list) }, 200);
  },
);

spaceRoutes.openapi(
  route({
    method: "get",
    path: "/transfer-targets",
    tags: ["Conversations"],
    summary: "The site's spaces with chat on, by name: where an agent can transfer a conversation (members or not)",
    responses: { 200: json(TransferTargets, "Spaces with chat on"), 401: errors[401] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const list = await db
      .select({ id: spaces.id, name: spaces.name })
      .from(spaces)
      .where(and(eq(spaces.siteId, c.get("agent").siteId), eq(spaces.chatEnabled, true)))
      .orderBy(asc(spaces.name));
    return c.json({ spaces: list }, 200);
  },
);

spaceRoutes.openapi(
  route({
    method: "get",
    path: "/spaces/{id}/team",
    middleware: [requireSpaceMember("id")] as const,
    tags: ["Conversations"],
    summary: "The space's members and whether each could take a conversation now (available, at the cap, console closed, away): whom to transfer to",
    request: { params: IdParam },
    responses: { 200: json(SpaceTeam, "The space's members"), 401: errors[401], 404: errors[404] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const spaceId = c.req.valid("param").id;
    const [site, members] = await Promise.all([
      db.select({ cap: sites.chatCap }).from(sites).where(eq(sites.id, c.get("agent").siteId)).get(),
      db
        .select({ id: agents.id, name: agents.name })
        .from(spaceMembers)
        .innerJoin(agents, eq(agents.id, spaceMembers.agentId))
        .where(eq(spaceMembers.spaceId, spaceId))
        .orderBy(asc(agents.name)),
    ]);
    const cap = site?.cap ?? 1;
    // The router knows those who opened the console since they joined; the others have no console open.
    const known = new Map((await spaceRouter(c.env, spaceId).team(cap)).map((a) => [a.agentId, a]));
    const team = members.map((m) => ({ id: m.id, name: m.name, status: known.get(m.id)?.status ?? ("no_console" as const), load: known.get(m.id)?.load ?? 0 }));
    return c.json({ spaceId, cap, agents: team }, 200);
  },
);

spaceRoutes.openapi(
  route({
    method: "post",
    path: "/spaces",
    middleware: [requireAdmin] as const,
    tags: ["Spaces"],
    summary: "Create a space (admins)",
    request: jsonBody(SpaceCreate),
    responses: { 201: json(Space, "Created"), 400: errors[400], 401: errors[401], 403: errors[403], 409: errors[409] },
  }),
  async (c) => {
    const body = c.req.valid("json");
    const db = database(c.env.DB);
    const siteId = c.get("agent").siteId;
    const clash = await db
      .select({ name: spaces.name, key: spaces.key })
      .from(spaces)
      .where(and(eq(spaces.siteId, siteId)))
      .then((rows) => rows.find((s) => s.key === body.key || s.name.toLowerCase() === body.name.toLowerCase()));
    if (clash) {
      throw conflict(
        clash.key === body.key
          ? `The key ${body.key} is already used by the space "${clash.name}". Choose another key.`
          : `A space called "${clash.name}" already exists. Choose another name.`,
      );
    }
    const row = { id: newId("sp"), siteId, ...body };
    await db.insert(spaces).values(row);
    return c.json({ ...row, businessHours: null, members: [] }, 201);
  },
);

spaceRoutes.openapi(
  route({
    method: "patch",
    path: "/spaces/{id}",
    middleware: [requireAdmin] as const,
    tags: ["Spaces"],
    summary: "Rename a space or switch chat on or off (admins)",
    request: { params: IdParam, ...jsonBody(SpaceUpdate) },
    responses: { 200: json(Space, "Updated"), 400: errors[400], 403: errors[403], 404: errors[404], 409: errors[409] },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    const change = c.req.valid("json");
    const db = database(c.env.DB);
    const space = await siteSpace(db, c.get("agent").siteId, id);
    if (change.chatEnabled === false && space.chatEnabled) await assertChatCanBeSwitchedOff(db, space);
    if (change.name !== undefined && change.name.toLowerCase() !== space.name.toLowerCase()) {
      const taken = await db
        .select({ id: spaces.id })
        .from(spaces)
        .where(and(eq(spaces.siteId, space.siteId), sql`lower(${spaces.name}) = lower(${change.name})`))
        .get();
      if (taken) throw conflict(`A space called "${change.name}" already exists. Choose another name.`);
    }
    if (Object.keys(change).length > 0) await db.update(spaces).set(change).where(eq(spaces.id, id));
    if (change.businessHours !== undefined) await pushRoutingSettings(c.env, db, space.siteId, id);
    const [updated] = await withMembers(db, [{ ...space, ...change }]);
    return c.json(updated!, 200);
  },
);

spaceRoutes.openapi(
  route({
    method: "post",
    path: "/spaces/{id}/members",
    middleware: [requireAdmin] as const,
    tags: ["Spaces"],
    summary: "Add an agent of the site to a space (admins)",
    request: { params: IdParam, ...jsonBody(MemberAdd) },
    responses: { 200: json(Space, "The space with its members"), 400: errors[400], 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    const { agentId } = c.req.valid("json");
    const db = database(c.env.DB);
    const siteId = c.get("agent").siteId;
    const space = await siteSpace(db, siteId, id);
    const agent = await db.select({ id: agents.id }).from(agents).where(and(eq(agents.id, agentId), eq(agents.siteId, siteId))).get();
    if (!agent) throw notFound("The agent");
    await db.insert(spaceMembers).values({ siteId, spaceId: id, agentId }).onConflictDoNothing();
    await refreshAgentSpaces(c.env, db, agentId);
    const [updated] = await withMembers(db, [space]);
    return c.json(updated!, 200);
  },
);

spaceRoutes.openapi(
  route({
    method: "delete",
    path: "/spaces/{id}/members/{agentId}",
    middleware: [requireAdmin] as const,
    tags: ["Spaces"],
    summary: "Remove an agent from a space (admins)",
    request: { params: IdParam.extend({ agentId: z.string().min(1).max(64) }) },
    responses: { 200: json(Ok, "Removed"), 403: errors[403], 404: errors[404] },
  }),
  async (c) => {
    const { id, agentId } = c.req.valid("param");
    const db = database(c.env.DB);
    await siteSpace(db, c.get("agent").siteId, id);
    const removed = await db
      .delete(spaceMembers)
      .where(and(eq(spaceMembers.spaceId, id), eq(spaceMembers.agentId, agentId)))
      .returning({ agentId: spaceMembers.agentId });
    if (removed.length === 0) throw notFound("That member of the space");
    // Their offers here are withdrawn, the conversations they had here go back to the line, and their sockets to
    // this space's conversations close: a removed member cannot write on.
    const watched = await agentActor(c.env, agentId).leftSpace(id);
    await spaceRouter(c.env, id).memberRemoved(agentId);
    await refreshAgentSpaces(c.env, db, agentId);
    await revokeConversations(c.env, agentId, watched);
    return c.json({ ok: true as const }, 200);
  },
);
