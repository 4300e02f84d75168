/**
 * What the actors (Conversation, SpaceRouter, Agent) and the Worker say to each other, in one place.
 *
 * Who owns what:
 * - SpaceRouter: the space's line of waiting conversations and every offer (to whom, until when), who took
 *   which conversation, the routing log, the space's agents as their actors report them.
 * - Agent: the agent's availability per space, their console sockets, and the cap's leases (the one
 *   authority on whether the agent is under the cap).
 * - Conversation: the transcript, the conversation's state and its assignee.
 *
 * Calls flow one way: the Worker commands the actors; a router commands its conversations and agents
 * (assign, reserve, confirm, release); conversations and agents report their state up to routers
 * (enqueue, left, ended, agentChanged). Every refusal has one shape: `{ ok: false, code, message }`.
 */
import { z } from "zod";
import type { HandoffPacket, SkipReason, TransferNote } from "../protocol/console";
import type { Away, Rating } from "../protocol/conversation";
import type { Channel, SupportMode } from "../protocol/domain";
import type { BusinessHours } from "../protocol/settings";

// ── Ids and headers ───────────────────────────────────────────────────────────────────────────────
/** A conversation's id: `cv_` and 24 hex digits. */
export const ConversationId = z.string().regex(/^cv_[0-9a-f]{24}$/, "Not a conversation id");
/** The Worker's statement of who is at the other end of a conversation socket (never a client's header). */
export const PARTY_HEADER = "x-parley-party";
/** The Worker's statement of which agent opens a console socket. */
export const AGENT_HEADER = "x-parley-agent";

// ── Answers ───────────────────────────────────────────────────────────────────────────────────────
export type RefusalCode =
  | "not_found"
  | "not_offered"
  | "expired"
  | "taken"
  | "already_yours"
  | "customer_left"
  | "closed"
  | "not_waiting"
  | "not_assignee"
  | "not_member"
  | "unavailable"
  | "disconnected"
  | "at_cap"
  | "same_target"
  | "failed";

export interface Refusal {
  ok: false;
  code: RefusalCode;
  message: string;
}
export type Answer<T = object> = ({ ok: true } & T) | Refusal;

export const refuse = (code: RefusalCode, message: string): Refusal => ({ ok: false, code, message });

// ── Routing ───────────────────────────────────────────────────────────────────────────────────────
/** The site's chat settings a router and its agents need, in milliseconds. */
export interface RoutingSettings {
  cap: number;
  offerTimeoutMs: number;
  keepAvailableOnMissedOffer: boolean;
}

/** Everything a router needs to know about its space, from D1 (pushed by the Worker when an admin changes it). */
export interface SpaceConfig extends RoutingSettings {
  siteId: string;
  spaceId: string;
  hours: BusinessHours | null;
}

/** How an agent stands in one space, as the agent's actor reports it to that space's router. */
export interface AgentSnapshot {
  agentId: string;
  name: string;
  available: boolean;
  connected: boolean;
  /** Leases: active conversations plus pending offers, in every space. */
  load: number;
  /** Increases with every report, so a router never lets an older report overwrite a newer one. */
  version: number;
}

/** A conversation entering a space's line (on handoff, at a people-only start, or back from an agent). */
export interface EnqueueRequest {
  packet: HandoffPacket;
  config: Omit<SpaceConfig, "hours">;
  /** A conversation that can go on with the AI is not queued outside business hours (it becomes a Request). */
  canWaitOutsideHours: boolean;
}

/** What a waiting customer is told: their place, roughly how long, and whether the team is away. */
export interface WaitingInfo {
  position: number | null;
  estimateSeconds: number | null;
  away: Away | null;
}

export type EnqueueAnswer = ({ queued: true } & WaitingInfo) | { queued: false; away: Away };

/** A lease on one of the agent's cap slots: a pending offer (`expiresAt` set; the lease lapses by itself) or an active conversation. */
export interface Lease {
  conversationId: string;
  spaceId: string;
  /** When a pending offer's lease lapses by itself (its router's deadline plus a margin); null for an active conversation. */
  expiresAt: number | null;
  /** What the agent's consoles show for a pending offer. */
  offer: { packet: HandoffPacket; offeredAt: number; expiresAt: number; transfer: TransferNote | null } | null;
}

export type ReserveAnswer = Answer<{ load: number }> & { snapshot?: AgentSnapshot; skipped?: SkipReason };

/** Why a lease is released; an expired offer may also set the agent unavailable. */
export type ReleaseReason = "expired" | "declined" | "customer_left" | "taken" | "removed" | "withdrawn" | "ended" | "transferred";

/** How a conversation reached its agent (the conversation says it in its log and the work item's history). */
export type AssignedHow = "offer" | "take" | "transfer" | "reassign";

// ── Agents ────────────────────────────────────────────────────────────────────────────────────────
/** What the Worker tells the agent's actor about the agent when it opens a console or changes availability. */
export interface AgentIdentity {
  agentId: string;
  siteId: string;
  name: string;
  spaceIds: string[];
  graceMs: number;
  /** When the session that opens a console socket ends: the socket closes then. */
  sessionExpiresAt?: number;
  /** The site's cap on concurrent conversations, as the console socket's route read it (shown as "Yours N of cap"). */
  cap?: number;
}

// ── Conversations ─────────────────────────────────────────────────────────────────────────────────
/** What a conversation needs to start, passed by the Worker after it has checked the experience. */
export interface StartParams {
  id: string;
  siteId: string;
  spaceId: string;
  spaceKey: string;
  experienceId: string;
  aiAgentName: string;
  greeting: string;
  supportMode: SupportMode;
  channel: Channel;
  customer: { id: string; name: string | null; email: string | null };
  idleCloseMs: number;
  /** The site's routing settings when the conversation started (cap, offer timeout). */
  routing: RoutingSettings;
  /** The experience's allowed origins when the conversation started: the embedded widget's sockets must come from one. */
  allowedOrigins: string[];
  /** Parley's public origin, for links to the support site in AI answers. */
  origin: string;
  /** The host page the customer wrote their first message from. */
  page: string | null;
}

/** The customer's first message, carried by the start request (a conversation starts with it). */
export interface FirstMessage {
  clientId: string;
  body: string;
}

/** Who is at the other end of a socket, as the Worker has authenticated them. */
export type Party =
  | { kind: "customer"; siteId: string; experienceId: string; customerId: string; origin: string | null; ownOrigin: string }
  | {
      kind: "agent";
      siteId: string;
      agentId: string;
      name: string;
      isAdmin: boolean;
      spaceIds: string[];
      /** When the agent's session ends: the socket closes then. */
      sessionExpiresAt: number;
    };

/** An admin closes a conversation from outside it (a ghost or stale chat), with the outcome they choose. */
export interface AdminClose {
  by: { id: string; name: string };
  verdict: "resolved" | "unresolved";
}

export type { Away, BusinessHours, Rating, TransferNote };
