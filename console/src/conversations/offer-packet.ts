/** What an offer card says about the handoff: the reason once, what the summary adds, the customer's newest words. */
import type { HandoffPacket } from "../../../protocol/console";

/** The actor's placeholder summary for a conversation with no customer message yet. */
const NOT_WRITTEN = /^The customer has not written yet\.?$/;

/** The customer's messages in the packet, oldest first (never system lines or notes). */
export const customerMessages = (packet: HandoffPacket) => packet.lastMessages.filter((m) => m.author.type === "customer" && !m.event && !m.note);

/**
 * The summary without what the reason already says ("The customer asked for a person. Their question: …"
 * → "Their question: …"); null when it adds nothing, or is the "not written yet" placeholder while the
 * customer's messages stand in the packet.
 */
export function summaryBeyondReason(packet: HandoffPacket): string | null {
  let summary = packet.summary.trim();
  const reason = packet.reason.trim().replace(/\.$/, "");
  if (reason && summary.toLowerCase().startsWith(reason.toLowerCase())) summary = summary.slice(reason.length).replace(/^[\s.:;,–—-]+/, "");
  if (!summary) return null;
  const messages = customerMessages(packet);
  if (NOT_WRITTEN.test(summary) && messages.length > 0) return null;
  // Nor when it only quotes what the card already shows among the customer's newest messages.
  const quoted = summary.replace(/^[^"“]*["“]/, "").replace(/["”]\.?$/, "").replace(/…$/, "").trim();
  if (quoted && messages.slice(-3).some((m) => m.body.trim().startsWith(quoted))) return null;
  return summary;
}
