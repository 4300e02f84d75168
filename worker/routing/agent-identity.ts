import type { AgentIdentity } from "../../durable-objects/contracts";
import type { Env, SignedInAgent } from "../env";

/** Who the agent is and which spaces they belong to, for their actor (the spaces come from auth/agent-spaces.ts). */
export function agentIdentity(env: Env, agent: Pick<SignedInAgent, "id" | "siteId" | "name">, spaceIds: string[]): AgentIdentity {
  return {
    agentId: agent.id,
    siteId: agent.siteId,
    name: agent.name,
    spaceIds,
    graceMs: Number(env.AGENT_GRACE_MS) || 30_000,
  };
}

/** The signed-in agent's identity, from what the session middleware loaded (with when the session ends, for console sockets). */
export const signedInIdentity = (env: Env, agent: SignedInAgent): AgentIdentity => ({ ...agentIdentity(env, agent, agent.memberSpaceIds), sessionExpiresAt: agent.sessionExpiresAt });

export const agentActor = (env: Env, agentId: string) => env.AGENT.get(env.AGENT.idFromName(agentId));

/** Closes an agent's sockets to these conversations (signed out, or no longer a member of their space). */
export async function revokeConversations(env: Env, agentId: string, conversationIds: string[]): Promise<void> {
  await Promise.all(conversationIds.map((id) => env.CONVERSATION.get(env.CONVERSATION.idFromName(id)).revokeAgent(agentId).catch(() => undefined)));
}
