/** How work-item values read in the console: outcomes, channels and support modes in words, and who a customer is. */
import type { z } from "zod";
import type { AiOutcome, Channel } from "../../../protocol/domain";
import type { WorkItem } from "../../../protocol/work-items";

const OUTCOMES: Record<z.infer<typeof AiOutcome>, string> = {
  resolved_by_ai: "Resolved by AI",
  handed_off: "Handed off",
  resolved_by_agent: "Resolved by agent",
  unresolved: "Unresolved",
  abandoned: "Abandoned",
};

const CHANNELS: Record<z.infer<typeof Channel>, string> = { support_site: "Support site", widget: "Widget" };

const MODES: Record<string, string> = { ai: "AI only", team: "People only", ai_team: "AI, then a person" };

export const outcomeLabel = (outcome: WorkItem["aiOutcome"]): string => (outcome ? OUTCOMES[outcome] : "—");
export const channelLabel = (channel: WorkItem["channel"]): string => (channel ? CHANNELS[channel] : "—");
export const modeLabel = (mode: string | null): string => (mode ? (MODES[mode] ?? mode) : "—");

/** "Dana Reyes", else their email, else "Anonymous customer". */
export const customerName = (customer: { name: string | null; email: string | null } | null): string =>
  customer ? customer.name || customer.email || "Anonymous customer" : "—";

/** A CSS-safe token for a status ("In progress" → "in-progress"), for its colour. */
export const statusClass = (status: string): string => `status status-${status.toLowerCase().replace(/[^a-z]+/g, "-")}`;
