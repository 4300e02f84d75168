/**
 * A system line as the team reads it. The stored body of some lines is worded for the customer ("You're in
 * line…", "…will join you here"); the console says what happened instead.
 */
import type { TranscriptEntry } from "../../../protocol/conversation";

export function teamLine(entry: TranscriptEntry): string {
  switch (entry.event) {
    case "waiting":
      return "In line for a person from the team.";
    case "agent_left":
      return `${entry.about?.name ?? "The agent"} left the conversation; it went back to the line.`;
    default:
      return entry.body;
  }
}
