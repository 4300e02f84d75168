/**
 * What a conversation tells the routing actors, queued in its own storage and delivered in order:
 * tried at once, retried by the alarm when an actor does not answer. Every call is idempotent.
 */
import type { HandoffPacket } from "../../protocol/console";
import type { Env } from "../../worker/env";
import type { RoutingSettings } from "../routing-types";

export type Notification =
  | { to: "router"; call: "enqueue"; siteId: string; packet: HandoffPacket; settings: RoutingSettings }
  | { to: "router"; call: "refreshPacket"; packet: HandoffPacket }
  | { to: "router"; call: "remove"; spaceId: string; conversationId: string }
  | { to: "agent"; call: "conversationEnded"; agentId: string; conversationId: string };

/** Delivers one notification; answers the line position when the router reports one. */
export async function deliver(env: Env, n: Notification): Promise<number | null> {
  const router = (spaceId: string) => env.SPACE_ROUTER.get(env.SPACE_ROUTER.idFromName(spaceId));
  switch (n.call) {
    case "enqueue":
      return router(n.packet.spaceId).enqueue({ siteId: n.siteId, packet: n.packet, settings: n.settings });
    case "refreshPacket":
      await router(n.packet.spaceId).refreshPacket(n.packet);
      return null;
    case "remove":
      await router(n.spaceId).remove(n.conversationId);
      return null;
    case "conversationEnded":
      await env.AGENT.get(env.AGENT.idFromName(n.agentId)).conversationEnded(n.conversationId);
      return null;
  }
}
