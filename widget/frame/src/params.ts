/** What the loader put in the frame's address, and where session data is kept. */
const params = new URLSearchParams(location.search);

export const experienceId = params.get("experience") ?? "";
export const channel = params.get("channel") === "support_site" ? "support_site" : "widget";
/** The page that embeds the frame (its origin is checked by the browser through frame-ancestors). */
export const hostOrigin = params.get("host") ?? "";

export interface Session {
  customerToken: string;
  conversationId: string;
}

const key = `parley:${experienceId}`;

export function loadSession(): Session | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  try {
    localStorage.setItem(key, JSON.stringify(session));
  } catch {
    /* storage blocked: the conversation still works until the page goes away */
  }
}
