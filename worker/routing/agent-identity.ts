import { eq } from "drizzle-orm";
import type { AgentIdentity } from "../../durable-objects/agent";
import type { Db } from "../db/client";
import { spaceMembers } from "../db/schema";
import type { Env, SignedInAgent } from "../env";

/** Who the agent is and which spaces they belong to, for their actor (read from D1, off the chat path). */
export async function agentIdentity(env: Env, db: Db, agent: Pick<SignedInAgent, "id" | "siteId" | "name">): Promise<AgentIdentity> {
  const memberships = await db.select({ spaceId: spaceMembers.spaceId }).from(spaceMembers).where(eq(spaceMembers.agentId, agent.id));
  return {
    agentId: agent.id,
    siteId: agent.siteId,
    name: agent.name,
    spaceIds: memberships.map((m) => m.spaceId),
    graceMs: Number(env.AGENT_GRACE_MS) || 30_000,
  };
}

export const agentActor = (env: Env, agentId: string) => env.AGENT.get(env.AGENT.idFromName(agentId));
