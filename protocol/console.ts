/**
 * The agent console's own socket (one per open tab, to the agent's actor): offers, withdrawn offers,
 * assignments and availability arrive on every tab. Plus the REST payloads for availability and offers.
 */
import { z } from "zod";
import { TranscriptEntry } from "./conversation";

export const Availability = z.enum(["available", "unavailable"]);
export type Availability = z.infer<typeof Availability>;

/** `PUT /api/me/availability`: all spaces at once, or one space. */
export const SetAvailability = z
  .object({
    status: Availability,
    spaceId: z.string().min(1).max(64).optional(),
  })
  .strict();
export type SetAvailability = z.infer<typeof SetAvailability>;

/** The space an offer came from (the offer's `packet.spaceId`): a transfer is offered by the target space's router. */
const offerSpace = z.string().min(1).max(64).optional();

export const AcceptOffer = z.object({ spaceId: offerSpace }).strict();
export type AcceptOffer = z.infer<typeof AcceptOffer>;

export const DeclineOffer = z
  .object({ reason: z.string().trim().max(500, "A reason is at most 500 characters").optional(), spaceId: offerSpace })
  .strict();
export type DeclineOffer = z.infer<typeof DeclineOffer>;

/** What an agent sees before accepting: who, why, what was said, how long they have waited. */
export const HandoffPacket = z.object({
  conversationId: z.string(),
  spaceId: z.string(),
  customer: z.object({ id: z.string(), name: z.string().nullable(), email: z.string().nullable() }),
  reason: z.string(),
  summary: z.string(),
  lastMessages: z.array(TranscriptEntry),
  waitingSince: z.number(),
});
export type HandoffPacket = z.infer<typeof HandoffPacket>;

/** A transfer from the current assignee (with their note), when the offer is one. */
export const TransferNote = z.object({ from: z.object({ id: z.string(), name: z.string() }), note: z.string().nullable(), toAgentId: z.string().nullable() });
export type TransferNote = z.infer<typeof TransferNote>;

export const Offer = z.object({ packet: HandoffPacket, offeredAt: z.number(), expiresAt: z.number(), transfer: TransferNote.nullable().default(null) });
export type Offer = z.infer<typeof Offer>;

export const AgentStatus = z.object({
  agentId: z.string(),
  /** Per space the agent is a member of. */
  availability: z.record(z.string(), Availability),
  connected: z.boolean(),
  activeConversations: z.array(z.object({ conversationId: z.string(), spaceId: z.string() })),
  offers: z.array(Offer),
  cap: z.number().nullable(),
});
export type AgentStatus = z.infer<typeof AgentStatus>;

// ── Console socket frames (server → console) ─────────────────────────────────────────────────────
const frame = <K extends string, T extends z.ZodRawShape>(type: K, shape: T) =>
  z.object({ v: z.literal(1), type: z.literal(type), ...shape });

export const ConsoleStatusFrame = frame("status", { status: AgentStatus });
export const ConsoleOfferFrame = frame("offer", { offer: Offer });
export const ConsoleOfferWithdrawnFrame = frame("offer_withdrawn", {
  conversationId: z.string(),
  reason: z.enum(["expired", "declined", "accepted", "customer_left", "unavailable", "disconnected", "removed", "withdrawn", "taken", "ended", "transferred"]),
  message: z.string(),
});
export const ConsoleAssignedFrame = frame("assigned", { conversationId: z.string(), spaceId: z.string() });
export const ConsoleAvailabilityFrame = frame("availability", {
  availability: z.record(z.string(), Availability),
  /** Set when Parley changed it, e.g. after a missed offer. */
  notice: z.string().nullable(),
});
export const ConsoleConversationEndedFrame = frame("conversation_ended", { conversationId: z.string() });

export const ConsoleFrame = z.discriminatedUnion("type", [
  ConsoleStatusFrame,
  ConsoleOfferFrame,
  ConsoleOfferWithdrawnFrame,
  ConsoleAssignedFrame,
  ConsoleAvailabilityFrame,
  ConsoleConversationEndedFrame,
]);
export type ConsoleFrame = z.infer<typeof ConsoleFrame>;

/** A routing decision, as admins read it per conversation. */
export const SkipReason = z.enum(["unavailable", "disconnected", "at_cap", "already_tried"]);
export type SkipReason = z.infer<typeof SkipReason>;

export const RoutingDecision = z.object({
  at: z.number(),
  kind: z.enum([
    "offered",
    "no_eligible_agent",
    "accepted",
    "declined",
    "expired",
    "withdrawn",
    "new_round",
    "left_line",
    "taken",
    "reassigned",
    "returned",
    "transfer_requested",
    "transfer_failed",
    "outside_hours",
  ]),
  agentId: z.string().nullable(),
  note: z.string().nullable(),
  considered: z.array(z.object({ agentId: z.string(), name: z.string(), load: z.number(), skipped: SkipReason.nullable() })),
});
export type RoutingDecision = z.infer<typeof RoutingDecision>;
