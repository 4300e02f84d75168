/** How work-item values read in the console: channels and support modes in words, and who a customer is (outcomes: ui/outcomes.ts). */
import type { z } from "zod";
import type { Channel } from "../../../protocol/domain";
import { customerName } from "../../../protocol/customers";
import type { WorkItem } from "../../../protocol/work-items";

const CHANNELS: Record<z.infer<typeof Channel>, string> = { support_site: "Support site", widget: "Widget" };

const MODES: Record<string, string> = { ai: "AI only", team: "People only", ai_team: "AI, then a person" };

export const channelLabel = (channel: WorkItem["channel"]): string => (channel ? CHANNELS[channel] : "—");
export const modeLabel = (mode: string | null): string => (mode ? (MODES[mode] ?? mode) : "—");

/** The customer by the one name function (protocol/customers.ts), or "—" for an item without one. */
export const customerOrDash = (customer: { id: string; name: string | null; email: string | null } | null): string => (customer ? customerName(customer) : "—");

/** A CSS-safe token for a status ("In progress" → "in-progress"), for its colour. */
export const statusClass = (status: string): string => `status status-${status.toLowerCase().replace(/[^a-z]+/g, "-")}`;
