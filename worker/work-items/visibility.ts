import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { spaceMembers, spaces } from "../db/schema";
import type { SignedInAgent } from "../env";

/** The spaces whose work items an agent may see: their own; an admin, every space of the site. */
export async function visibleSpaceIds(db: Db, agent: Pick<SignedInAgent, "id" | "siteId" | "role">): Promise<string[]> {
  if (agent.role === "admin") {
    return (await db.select({ id: spaces.id }).from(spaces).where(eq(spaces.siteId, agent.siteId))).map((s) => s.id);
  }
  return (await db.select({ id: spaceMembers.spaceId }).from(spaceMembers).where(eq(spaceMembers.agentId, agent.id))).map((s) => s.id);
}
