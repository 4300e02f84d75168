/**
 * Finding a conversation for an agent's request: its id checked, the conversation asked how it stands, and
 * the agent's right to it (their site; a space they are a member of, or any space for an admin where said).
 * Anything else is not found: a conversation id says nothing about another site's or space's chats.
 */
import type { ConversationSummary } from "../../protocol/conversation";
import { ConversationId, type Refusal } from "../../durable-objects/contracts";
import type { Env, SignedInAgent } from "../env";
import { ApiError, notFound } from "../http/errors";

export const conversationStub = (env: Env, id: string) => env.CONVERSATION.get(env.CONVERSATION.idFromName(id));

export async function conversationFor(env: Env, agent: SignedInAgent, id: string, need: "visible" | "member"): Promise<ConversationSummary> {
  if (!ConversationId.safeParse(id).success) throw notFound("The conversation");
  const summary = await conversationStub(env, id).summary();
  if (!summary || summary.siteId !== agent.siteId) throw notFound("The conversation");
  const spaces = need === "member" ? agent.memberSpaceIds : agent.visibleSpaceIds;
  if (!spaces.includes(summary.spaceId)) throw notFound("The conversation");
  return summary;
}

/** An actor's refusal as the API answers it: 409 with a code and the actor's own words. */
export function refusal(answer: Refusal, prefix = ""): ApiError {
  return new ApiError(answer.code === "not_found" ? 404 : 409, `${prefix}${answer.code}`, answer.message);
}
