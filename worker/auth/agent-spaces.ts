/**
 * The one place that reads which spaces an agent belongs to. The session middleware loads them once per
 * request, with the spaces an admin may see (all of the site's), into the context; routes read them there.
 */
import { asc, eq } from "drizzle-orm";
import type { MeSpace } from "../../protocol/auth";
import type { Db } from "../db/client";
import { spaceMembers, spaces } from "../db/schema";
import type { AgentRole } from "../../protocol/domain";

export interface AgentSpaces {
  /** The spaces the agent is a member of, by name. */
  member: MeSpace[];
  /** The spaces whose work the agent may see: their own; an admin, every space of the site. */
  visibleIds: string[];
}

/** An agent's member spaces (for sign-in, the session, and telling an agent's actor after a change). */
export function memberSpacesQuery(db: Db, agentId: string) {
  return db
    .select({ id: spaces.id, name: spaces.name, key: spaces.key, chatEnabled: spaces.chatEnabled })
    .from(spaceMembers)
    .innerJoin(spaces, eq(spaces.id, spaceMembers.spaceId))
    .where(eq(spaceMembers.agentId, agentId))
    .orderBy(asc(spaces.name));
}

/** Member spaces and, for admins, every space of the site: one round trip. */
export async function loadAgentSpaces(db: Db, agent: { id: string; siteId: string; role: AgentRole }): Promise<AgentSpaces> {
  if (agent.role !== "admin") {
    const member = await memberSpacesQuery(db, agent.id);
    return { member, visibleIds: member.map((s) => s.id) };
  }
  const [member, all] = await db.batch([memberSpacesQuery(db, agent.id), db.select({ id: spaces.id }).from(spaces).where(eq(spaces.siteId, agent.siteId))]);
  return { member, visibleIds: all.map((s) => s.id) };
}
