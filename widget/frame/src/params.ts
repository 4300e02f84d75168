/** What the loader put in the frame's address, and where session data is kept. */
const params = new URLSearchParams(location.search);

export const experienceId = params.get("experience") ?? "";
export const channel = params.get("channel") === "support_site" ? "support_site" : "widget";
/** The page that embeds the frame (its origin is checked by the browser through frame-ancestors). */
export const hostOrigin = params.get("host") ?? "";

/** Who this visitor is to Parley (a token from their first start): kept so a reload resumes their open conversation. */
export interface Session {
  customerToken: string;
}

const key = `parley:${experienceId}`;

export function loadSession(): Session | null {
  try {
    const raw = localStorage.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as Partial<Session>) : null;
    return parsed?.customerToken ? { customerToken: parsed.customerToken } : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  try {
    if (session) localStorage.setItem(key, JSON.stringify(session));
    else localStorage.removeItem(key);
  } catch {
    /* storage blocked: the conversation still works until the page goes away */
  }
}
