/** What the routing actors (SpaceRouter, Agent, Conversation) say to each other over RPC. */
import type { HandoffPacket, SkipReason } from "../protocol/console";

/** The site's chat settings a router and its agents need, in milliseconds. */
export interface RoutingSettings {
  cap: number;
  offerTimeoutMs: number;
  keepAvailableOnMissedOffer: boolean;
}

/** How an agent stands in one space, as the agent's actor reports it to that space's router. */
export interface AgentSnapshot {
  agentId: string;
  name: string;
  available: boolean;
  connected: boolean;
  /** Active conversations plus pending offers, in every space. */
  load: number;
  /** Increases with every report, so a router never lets an older report overwrite a newer one. */
  version: number;
}

export type ReserveResult = { ok: true; load: number } | { ok: false; reason: SkipReason; snapshot: AgentSnapshot };

export type OfferAnswer =
  | { ok: true }
  | { ok: false; code: "expired" | "taken" | "already_accepted" | "not_offered" | "customer_left" | "failed"; message: string };

export interface EnqueueRequest {
  packet: HandoffPacket;
  siteId: string;
  settings: RoutingSettings;
}

export type ReleaseReason = "expired" | "declined" | "customer_left" | "withdrawn";
