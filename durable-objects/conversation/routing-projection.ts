/**
 * The routing projector: the conversation's events since its cursor become reports to the space's router
 * (enter the line, left it, ended), in order, each idempotent. Run at once after the event and retried by
 * the alarm; the router's answer (place in line, or closed outside business hours) comes back here.
 */
import type { HandoffPacket } from "../../protocol/console";
import type { EnqueueAnswer } from "../contracts";
import type { Env } from "../env";
import type { ConversationEvent, ConversationSnapshot } from "./state";

export type RoutingReport =
  | { call: "enqueue"; spaceId: string; packet: HandoffPacket; canWaitOutsideHours: boolean }
  | { call: "left"; spaceId: string }
  | { call: "ended"; spaceId: string };

/** What an event asks of the routers (the snapshot before and after it decides which). */
export function reportsFor(event: ConversationEvent, before: ConversationSnapshot | null, after: ConversationSnapshot, packet: () => HandoffPacket): RoutingReport[] {
  switch (event.type) {
    case "started":
      return after.state === "waiting" ? [{ call: "enqueue", spaceId: after.spaceId, packet: packet(), canWaitOutsideHours: true }] : [];
    case "entered_line":
    case "unassigned":
      return [{ call: "enqueue", spaceId: after.spaceId, packet: packet(), canWaitOutsideHours: after.supportMode === "team" }];
    case "assigned":
      // A transfer to another space: the old space's router forgets the conversation.
      return before && before.spaceId !== after.spaceId ? [{ call: "left", spaceId: before.spaceId }] : [];
    case "closed":
      if (before?.state === "waiting") return [{ call: "left", spaceId: after.spaceId }];
      if (before?.state === "human") return [{ call: "ended", spaceId: after.spaceId }];
      return [];
    default:
      return [];
  }
}

/** Delivers one report; answers the router's word on an enqueue. */
export async function deliver(env: Env, snapshot: ConversationSnapshot, report: RoutingReport): Promise<EnqueueAnswer | null> {
  const router = env.SPACE_ROUTER.get(env.SPACE_ROUTER.idFromName(report.spaceId));
  switch (report.call) {
    case "enqueue":
      return router.enqueue({
        packet: report.packet,
        config: { siteId: snapshot.siteId, spaceId: report.spaceId, ...snapshot.routing },
        canWaitOutsideHours: report.canWaitOutsideHours,
      });
    case "left":
      await router.left(snapshot.id);
      return null;
    case "ended":
      await router.ended(snapshot.id);
      return null;
  }
}
