/**
 * What the widget remembers for the customer across reloads and pages of the host site, per experience:
 * whether the panel was open, and how far they have seen their conversation (so replies they never saw
 * stay unread on the launcher). The frame lives on Parley's origin, so this is one memory for every page
 * that embeds the same experience, shared by the customer's tabs.
 */
import { experienceId } from "./params";

export interface Memory {
  /** The panel was open when the customer last left a page. */
  open: boolean;
  /** The conversation the counts below are about. */
  conversationId: string | null;
  /** The newest sequence number the customer has seen (panel open, frame visible). */
  seen: number;
  /** Replies after `seen`, as last counted: shown on the launcher before the conversation has reconnected. */
  unread: number;
}

const key = `parley:${experienceId}:ui`;
const blank: Memory = { open: false, conversationId: null, seen: 0, unread: 0 };

function parse(raw: string | null): Memory {
  try {
    const value = raw ? (JSON.parse(raw) as Partial<Memory>) : {};
    return {
      open: value.open === true,
      conversationId: typeof value.conversationId === "string" ? value.conversationId : null,
      seen: typeof value.seen === "number" && value.seen >= 0 ? value.seen : 0,
      unread: typeof value.unread === "number" && value.unread >= 0 ? Math.floor(value.unread) : 0,
    };
  } catch {
    return { ...blank };
  }
}

export function recall(): Memory {
  try {
    return parse(localStorage.getItem(key));
  } catch {
    return { ...blank }; // storage blocked: the widget works, it only forgets
  }
}

export function remember(change: Partial<Memory>): Memory {
  const next = { ...recall(), ...change };
  try {
    localStorage.setItem(key, JSON.stringify(next));
  } catch {
    /* storage blocked */
  }
  return next;
}

/** Another tab of the customer changed the memory (e.g. they read the replies there). */
export function onRecalled(handler: (memory: Memory) => void): void {
  window.addEventListener("storage", (event) => {
    if (event.key === key) handler(parse(event.newValue));
  });
}
