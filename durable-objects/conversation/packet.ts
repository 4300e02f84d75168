/** What agents read about a conversation outside it: the handoff packet of an offer, and transcripts as text. */
import type { HandoffPacket } from "../../protocol/console";
import type { TranscriptEntry } from "../../protocol/conversation";
import type { ConversationSnapshot } from "./state";

const PACKET_MESSAGES = 5;

/** What an agent sees in an offer: who, why, what was said lately, how long they have waited. */
export function packetOf(s: ConversationSnapshot, recent: TranscriptEntry[], summary: string | null): HandoffPacket {
  return {
    conversationId: s.id,
    spaceId: s.spaceId,
    customer: s.customer,
    reason: s.handoff?.label ?? "Live chat: the customer asked the team directly",
    summary: s.handoff?.detail ?? summary ?? "",
    lastMessages: recent.slice(-PACKET_MESSAGES),
    waitingSince: s.waitingSince ?? s.createdAt,
  };
}

export const PACKET_RECENT = PACKET_MESSAGES;

/** A transcript as plain lines (the AI marked as such; internal notes are never in it). */
export function transcriptText(entries: TranscriptEntry[]): string {
  return entries
    .filter((m) => !m.note)
    .map((m) => `${m.author.type === "ai" ? `${m.author.name} (AI)` : m.author.name}: ${m.body}`)
    .join("\n");
}
