/**
 * What each hibernating socket remembers (its attachment, under 16 KB, lost on close), who may open one,
 * and the frame helpers: build a server frame once, send it to the sockets that said hello.
 */
import { PROTOCOL_VERSION, RATE_LIMIT, type Author, type Role, type ServerFrameBody } from "../../protocol/conversation";
import type { Party } from "../contracts";
import type { ConversationSnapshot } from "./state";

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

/**
 * Attachments read once per socket while the object is awake: a frame then costs no structured-clone read
 * per socket and no write for the rate limit's bucket, which lives in memory (after a hibernation the bucket
 * starts from the stored one, refilled by the time that passed).
 */
const awake = new WeakMap<WebSocket, SocketAttachment>();

export function attachment(ws: WebSocket): SocketAttachment {
  let a = awake.get(ws);
  if (!a) awake.set(ws, (a = ws.deserializeAttachment() as SocketAttachment));
  return a;
}

/** Stores what the socket remembers across hibernation (who, role, hello said) and keeps it in memory. */
export function remember(ws: WebSocket, a: SocketAttachment): void {
  ws.serializeAttachment(a);
  awake.set(ws, a);
}

export function authorOf(a: SocketAttachment): Author {
  return a.role === "customer" ? { type: "customer", id: a.id, name: a.name } : { type: "agent", id: a.id, name: a.name };
}

/** Who may open the conversation, and whether they may write: its customer; its assignee; space members and admins watch. */
export function admit(s: ConversationSnapshot, party: Party, customerName: string): SocketAttachment | null {
  const base = { ready: false, tokens: RATE_LIMIT.burst, refilledAt: Date.now() };
  if (party.kind === "customer") {
    const own = party.siteId === s.siteId && party.experienceId === s.experienceId && party.customerId === s.customer.id;
    const origin = party.origin === null || party.origin === party.ownOrigin || s.allowedOrigins.includes(party.origin);
    return own && origin ? { ...base, role: "customer", id: party.customerId, name: customerName, canWrite: true, expiresAt: null } : null;
  }
  if (party.siteId !== s.siteId) return null;
  const agent = { ...base, id: party.agentId, name: party.name, expiresAt: party.sessionExpiresAt };
  if (s.assignee?.id === party.agentId && party.spaceIds.includes(s.spaceId)) return { ...agent, role: "agent", canWrite: true };
  if (party.isAdmin || party.spaceIds.includes(s.spaceId)) return { ...agent, role: "watcher", canWrite: false };
  return null;
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

export function close(ws: WebSocket, code: number, reason: string): void {
  try {
    ws.close(code, reason);
  } catch {
    /* already closed */
  }
}
