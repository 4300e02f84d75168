/**
 * The design's set-up rules, in one place: live chat needs premium or enterprise; an experience routes
 * only to a space with chat on; chat cannot be switched off in a space that live experiences route to.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { liveChatEditions, liveChatModes, type Edition, type SupportMode } from "../../protocol/domain";
import type { Db } from "../db/client";
import { experiences } from "../db/schema";
import { ApiError } from "../http/errors";

const editionName = (e: Edition) => e[0]!.toUpperCase() + e.slice(1);

export function isLiveChatMode(mode: SupportMode): boolean {
  return liveChatModes.includes(mode);
}

export function assertEditionAllows(edition: Edition, mode: SupportMode): void {
  if (isLiveChatMode(mode) && !liveChatEditions.includes(edition)) {
    throw new ApiError(
      403,
      "edition_required",
      `Live chat with human agents (support mode '${mode}') needs the Premium or Enterprise edition; ` +
        `this site is on ${editionName(edition)}. Choose support mode 'ai', or upgrade the site.`,
    );
  }
}

export function assertSpaceTakesChat(space: { name: string; chatEnabled: boolean }, mode: SupportMode): void {
  if (isLiveChatMode(mode) && !space.chatEnabled) {
    throw new ApiError(
      409,
      "space_chat_off",
      `Chat is switched off in the space "${space.name}". Switch chat on in that space before routing conversations to it.`,
    );
  }
}

/** Refuses to switch chat off while live-chat experiences route to the space, naming them. */
export async function assertChatCanBeSwitchedOff(db: Db, space: { id: string; name: string }): Promise<void> {
  const routing = await db
    .select({ name: experiences.name, mode: experiences.supportMode })
    .from(experiences)
    .where(and(eq(experiences.spaceId, space.id), inArray(experiences.supportMode, [...liveChatModes])))
    .orderBy(asc(experiences.name));
  if (routing.length > 0) {
    const names = routing.map((e) => `"${e.name}" (${e.mode})`).join(", ");
    throw new ApiError(
      409,
      "space_in_use",
      `Chat cannot be switched off in "${space.name}": the customer experience${routing.length > 1 ? "s" : ""} ${names} ` +
        `route${routing.length > 1 ? "" : "s"} conversations to it. Route ${routing.length > 1 ? "them" : "it"} to another space or change the support mode first.`,
    );
  }
}
