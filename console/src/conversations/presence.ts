/**
 * The customer's presence in words for the conversation's header: here now, or when they left. A page change
 * on the customer's side closes one socket and opens the next within a moment, so a leave is only said after
 * a short grace.
 */
import type { CustomerPresence } from "../../../protocol/conversation";
import { ago } from "../ui/time";

export const LEAVE_GRACE_MS = 5000;

export function presenceWords(presence: CustomerPresence | null | undefined, now: number): string | null {
  if (!presence) return null;
  if (presence.here || now - presence.since < LEAVE_GRACE_MS) return "customer here now";
  return `customer left ${ago(presence.since, now)}`;
}
