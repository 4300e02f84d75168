/** How the console names support modes and channels (the API's values stay as they are). */
import type { Channel, SupportMode } from "../../../protocol/domain";

const modes: Record<SupportMode, { label: string; hint: string }> = {
  ai: { label: "AI only", hint: "The AI agent answers; when it cannot help it offers to take an email. Every edition." },
  team: { label: "Team only", hint: "Every conversation goes straight to the space's agents. Premium or Enterprise." },
  ai_team: { label: "AI first, then team", hint: "The AI agent answers first and hands off to an agent when needed. Premium or Enterprise." },
};

const channelNames: Record<Channel, { label: string; hint: string }> = {
  support_site: { label: "Support site", hint: "A help center Parley serves, with the knowledge base and the chat." },
  widget: { label: "Embedded widget", hint: "One script tag on your own site or app (on the allowed origins)." },
};

export const modeLabel = (mode: SupportMode): string => modes[mode].label;
export const modeHint = (mode: SupportMode): string => modes[mode].hint;
export const channelLabel = (channel: Channel): string => channelNames[channel].label;
export const channelHint = (channel: Channel): string => channelNames[channel].hint;
