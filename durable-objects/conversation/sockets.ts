/**
 * What each hibernating socket remembers (its attachment, under 16 KB, lost on close) and the frame
 * helpers: build a server frame once, send it to the sockets that said hello.
 */
import { PROTOCOL_VERSION, RATE_LIMIT, type Author, type Role, type ServerFrameBody } from "../../protocol/conversation";

export interface SocketAttachment {
  role: Role;
  /** customer id or agent id */
  id: string;
  name: string;
  canWrite: boolean;
  /** When the agent's session ends (null for customers, whose token the Worker checked). */
  expiresAt: number | null;
  /** Set by the client's hello: only then does the socket receive live frames (no duplicates with the backlog). */
  ready: boolean;
  /** Token bucket for the rate limit. */
  tokens: number;
  refilledAt: number;
}

export const tagFor = (role: "customer" | "agent", id: string) => `${role}:${id}`;

export function attachment(ws: WebSocket): SocketAttachment {
  return ws.deserializeAttachment() as SocketAttachment;
}

export function authorOf(a: SocketAttachment): Author {
  return a.role === "customer" ? { type: "customer", id: a.id, name: a.name } : { type: "agent", id: a.id, name: a.name };
}

/** Takes one token from the socket's bucket; false when the socket is over the limit. */
export function takeToken(a: SocketAttachment, now = Date.now()): boolean {
  const refill = ((now - a.refilledAt) / 1000) * RATE_LIMIT.perSecond;
  a.tokens = Math.min(RATE_LIMIT.burst, a.tokens + refill);
  a.refilledAt = now;
  if (a.tokens < 1) return false;
  a.tokens -= 1;
  return true;
}

export function frame<T extends keyof ServerFrameBody>(type: T, seq: number, body: ServerFrameBody[T]): string {
  return JSON.stringify({ v: PROTOCOL_VERSION, type, seq, ...body });
}

export function send(ws: WebSocket, data: string): void {
  try {
    ws.send(data);
  } catch {
    /* the socket closed meanwhile; its client resumes with hello */
  }
}
