/**
 * The conversation's system lines (joined, waiting, closed…) worded for the customer, from the entry's
 * `event` and who it is `about`; the stored `body` is the team's wording and is shown only for events the
 * widget does not know.
 */
import type { TranscriptEntry } from "../../../protocol/conversation";
import { strings } from "./strings";

/** The agent a `agent_joined` entry names. */
export function agentNameOf(entry: TranscriptEntry): string {
  return entry.about?.name ?? entry.body.replace(/ joined the conversation\.$/, "");
}

/** The close that leaving an email while in line causes: the conversation marks it (`about.why`). */
export function closedForEmail(entry: TranscriptEntry): boolean {
  return entry.event === "closed" && entry.about?.why === "email_left";
}

/** A system entry as the customer reads it. */
export function systemLine(entry: TranscriptEntry): string {
  const about = entry.about;
  switch (entry.event) {
    case "closed":
      // The close that follows the customer's email is theirs: they left a message instead of waiting.
      if (closedForEmail(entry)) return strings.youLeftMessage;
      if (!about) return strings.ended; // written before entries said who they are about
      if (about.who === "customer") return strings.youEnded;
      if (about.who === "agent" || about.who === "ai") return strings.agentEnded(about.name ?? strings.team);
      return strings.idleEnded;
    case "waiting":
      return about?.who === "customer" ? strings.youAskedPerson : strings.handedOff;
    case "agent_joined":
      return about?.why === "passed_on" ? strings.passedOn(agentNameOf(entry)) : strings.agentJoined(agentNameOf(entry));
    default:
      return entry.body;
  }
}

/** When the team is back, in the customer's own time zone: "today at 9:00 AM", "tomorrow at…", "on Monday at…". */
export function backAt(at: number, now = Date.now()): string {
  const when = new Date(at);
  const time = when.toLocaleTimeString(undefined, { hour: "numeric", minute: "2-digit" });
  const day = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((day(when) - day(new Date(now))) / 86_400_000);
  if (days <= 0) return `today at ${time}`;
  if (days === 1) return `tomorrow at ${time}`;
  if (days < 7) return `on ${when.toLocaleDateString(undefined, { weekday: "long" })} at ${time}`;
  return `on ${when.toLocaleDateString(undefined, { weekday: "long", month: "long", day: "numeric" })} at ${time}`;
}
