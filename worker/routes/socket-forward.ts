import type { Context } from "hono";
import { ConversationId, PARTY_HEADER, type Party } from "../../durable-objects/contracts";
import type { AppEnv } from "../env";
import { ApiError } from "../http/errors";

/**
 * Hands an authenticated WebSocket upgrade to the conversation's actor. Only the upgrade headers and the
 * Worker's own statement of who is calling go through; nothing else the client sent does.
 */
export async function forwardSocket(c: Context<AppEnv>, conversationId: string, party: Party): Promise<Response> {
  if (c.req.header("upgrade")?.toLowerCase() !== "websocket") {
    throw new ApiError(426, "upgrade_required", "This address takes a WebSocket connection.");
  }
  if (!ConversationId.safeParse(conversationId).success) throw new ApiError(404, "not_found", "The conversation was not found.");
  const headers = new Headers({ upgrade: "websocket", [PARTY_HEADER]: JSON.stringify(party) });
  const protocols = c.req.header("sec-websocket-protocol");
  if (protocols) headers.set("sec-websocket-protocol", protocols);
  const stub = c.env.CONVERSATION.get(c.env.CONVERSATION.idFromName(conversationId));
  return stub.fetch(new Request("https://conversation.internal/ws", { headers }));
}
