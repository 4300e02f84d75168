/**
 * Conversation protocol v1: the WebSocket frames between a conversation and its customer and agents.
 * JSON, validated on both ends. Every server frame carries the conversation's sequence number (`seq`,
 * the newest transcript entry); every client frame carries a client id (`id`), so a frame resent after a
 * reconnect is stored once.
 */
import { z } from "zod";
import { AiOutcome, SupportMode } from "./domain";

export const PROTOCOL_VERSION = 1;
/** Subprotocol the sockets speak; browsers pass the customer token as a second subprotocol. */
export const SUBPROTOCOL = "parley.v1";
export const TOKEN_SUBPROTOCOL_PREFIX = "parley-token.";

/** Limits: a message body, a whole frame, and the rate of frames per socket. */
export const MAX_MESSAGE_CHARS = 4000;
export const MAX_FRAME_BYTES = 16 * 1024;
export const RATE_LIMIT = { perSecond: 5, burst: 10 } as const;

export const ConversationState = z.enum(["ai", "waiting", "human", "closed"]);
export type ConversationState = z.infer<typeof ConversationState>;

export const AuthorType = z.enum(["customer", "ai", "agent", "system"]);
export type AuthorType = z.infer<typeof AuthorType>;

export const Author = z.object({ type: AuthorType, id: z.string().nullable(), name: z.string() });
export type Author = z.infer<typeof Author>;

/** A source the AI answered from: a knowledge-base article (with its link) or an answer an agent saved (no link). */
export const AiSource = z.object({
  articleId: z.string(),
  slug: z.string().nullable(),
  title: z.string(),
  url: z.string().nullable(),
});
export type AiSource = z.infer<typeof AiSource>;

/**
 * One entry of the transcript. `event` marks system entries (joined, waiting, closed…). An AI answer also
 * carries its `sources` (shown as cards) and the passage it `quote`s, as plain text.
 */
export const TranscriptEntry = z.object({
  seq: z.number().int().positive(),
  author: Author,
  body: z.string(),
  event: z.string().nullable(),
  clientId: z.string().nullable(),
  createdAt: z.number(),
  sources: z.array(AiSource).max(5).optional(),
  quote: z.string().optional(),
  /** An internal note: members and admins of the space see it; the customer never receives it. */
  note: z.boolean().optional(),
  /**
   * Who a system entry (`event`) is about, so each side words it for its reader: the customer reads "You
   * closed the conversation.", the agent "Dana closed the conversation." (`body` is the agent's wording).
   */
  about: z
    .object({
      who: z.enum(["customer", "agent", "ai", "system"]),
      name: z.string().nullable(),
      /**
       * Why it happened, where the event alone does not say: a close because the customer left their email
       * while in line; an agent who joined because the conversation was passed on to them from another.
       */
      why: z.enum(["email_left", "passed_on"]).optional(),
    })
    .optional(),
});
export type TranscriptEntry = z.infer<typeof TranscriptEntry>;

/** The customer's rating of a closed conversation (once): 1–5 and an optional comment. */
export const Rating = z.object({
  score: z.number().int().min(1, "A rating is 1 to 5").max(5, "A rating is 1 to 5"),
  comment: z.string().trim().max(1000, "A comment is at most 1,000 characters").optional(),
});
export type Rating = z.infer<typeof Rating>;

/** Why a waiting customer is told the team is away: nobody of the space is available, or outside its hours (back at `backAt`). */
export const Away = z.object({ reason: z.enum(["nobody_available", "outside_hours"]), backAt: z.number().nullable() });
export type Away = z.infer<typeof Away>;

/** The host page's path the customer is on (no query string, no fragment). */
export const PagePath = z
  .string()
  .max(512, "A page path is at most 512 characters")
  .regex(/^\/[^?#\s]*$/, "A page path starts with / and has no query string");

/** Whether the customer has the chat open in a page now (`here`), and since when; `since` is when they left when not. */
export const CustomerPresence = z.object({ here: z.boolean(), since: z.number() });
export type CustomerPresence = z.infer<typeof CustomerPresence>;

export const ConversationSummary = z.object({
  id: z.string(),
  siteId: z.string(),
  spaceId: z.string(),
  state: ConversationState,
  supportMode: SupportMode,
  aiAgentName: z.string(),
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  customer: z.object({ id: z.string(), name: z.string().nullable() }),
  workItemKey: z.string().nullable(),
  outcome: AiOutcome.nullable(),
  /** Since when the customer has waited for a person, and their place in the space's line (1 = next). */
  waitingSince: z.number().nullable().default(null),
  position: z.number().int().min(1).nullable(),
  estimateSeconds: z.number().int().min(0).nullable().default(null),
  /** While waiting: the team is away (nobody available, or outside the space's hours), so the customer may leave an email at once. */
  away: Away.nullable().default(null),
  /** The page of the host site the customer is on, as the widget last said. */
  page: PagePath.nullable().default(null),
  rating: Rating.nullable().default(null),
  /** The customer's presence: null until their widget first connected. */
  customerPresence: CustomerPresence.nullable().default(null),
  createdAt: z.number(),
});
export type ConversationSummary = z.infer<typeof ConversationSummary>;

// ── Client → server ───────────────────────────────────────────────────────────────────────────────
const clientId = z.string().min(1, "Every frame needs a client id").max(64);
const client = <K extends string, T extends z.ZodRawShape>(type: K, shape: T) =>
  z.object({ v: z.literal(PROTOCOL_VERSION), type: z.literal(type), id: clientId, ...shape }).strict();

export const ClientHello = client("hello", { lastSeq: z.number().int().min(0) });
const messageBody = z
  .string()
  .trim()
  .min(1, "A message cannot be empty")
  .max(MAX_MESSAGE_CHARS, `A message is at most ${MAX_MESSAGE_CHARS} characters`);
export const ClientMessage = client("message", { body: messageBody });
export const ClientTyping = client("typing", { typing: z.boolean() });
export const ClientRead = client("read", { seq: z.number().int().min(0) });
export const ClientRequestPerson = client("request_person", {});
export const ClientClose = client("close", { outcome: z.enum(["resolved", "unresolved"]).optional() });
/** The customer moved to another page of the host site. */
export const ClientPage = client("page", { path: PagePath });
/** The customer rates the conversation after it closed (once). */
export const ClientRate = client("rate", Rating.shape);
/** An agent's internal note (assignee or watcher): never sent to the customer. */
export const ClientNote = client("note", { body: messageBody });
/** The customer leaves their email so the team can write back (it becomes a Request work item). */
export const ClientLeaveEmail = client("leave_email", { email: z.email("Enter a valid email address").max(254) });

export const ClientFrame = z.discriminatedUnion("type", [
  ClientHello,
  ClientMessage,
  ClientTyping,
  ClientRead,
  ClientRequestPerson,
  ClientClose,
  ClientLeaveEmail,
  ClientPage,
  ClientRate,
  ClientNote,
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

// ── Server → client ───────────────────────────────────────────────────────────────────────────────
const server = <K extends string, T extends z.ZodRawShape>(type: K, shape: T) =>
  z.object({ v: z.literal(PROTOCOL_VERSION), type: z.literal(type), seq: z.number().int().min(0), ...shape });

export const Role = z.enum(["customer", "agent", "watcher"]);
export type Role = z.infer<typeof Role>;

export const ServerWelcome = server("welcome", {
  conversation: ConversationSummary,
  you: z.object({ role: Role, canWrite: z.boolean() }),
  /** Every entry after the `lastSeq` the client said it has, in order. */
  messages: z.array(TranscriptEntry),
  readUpTo: z.object({ customer: z.number(), agent: z.number() }),
});
export const ServerMessage = server("message", { message: TranscriptEntry });
export const ServerAck = server("ack", { clientId: z.string(), messageSeq: z.number().int().positive() });
export const ServerTyping = server("typing", { author: Author, typing: z.boolean() });
export const ServerRead = server("read", { by: z.enum(["customer", "agent"]), upTo: z.number().int().min(0) });
export const ServerState = server("state", { state: ConversationState, outcome: AiOutcome.nullable() });
export const ServerAgentJoined = server("agent_joined", { agent: z.object({ id: z.string(), name: z.string() }) });
export const ServerWaiting = server("waiting", {
  position: z.number().int().min(1).nullable(),
  /** Roughly how long until a person joins, from the space's recent waits (null until there are some). */
  estimateSeconds: z.number().int().min(0).nullable().default(null),
  away: Away.nullable().default(null),
});
/** The customer rated the conversation. */
export const ServerRated = server("rated", { rating: Rating });
/** This socket's role changed: a watcher who accepted the conversation now writes (and the other way round). */
export const ServerYou = server("you", { you: z.object({ role: Role, canWrite: z.boolean() }) });
export const ErrorCode = z.enum([
  "bad_frame",
  "too_large",
  "rate_limited",
  "read_only",
  "not_allowed",
  "conversation_closed",
]);
export type ErrorCode = z.infer<typeof ErrorCode>;
/** The customer opened the chat in a page, or left their last one (the team's side shows it). */
export const ServerPresence = server("presence", { customer: CustomerPresence });
export const ServerError = server("error", { code: ErrorCode, message: z.string(), clientId: z.string().nullable() });

export const ServerFrame = z.discriminatedUnion("type", [
  ServerWelcome,
  ServerMessage,
  ServerAck,
  ServerTyping,
  ServerRead,
  ServerState,
  ServerAgentJoined,
  ServerWaiting,
  ServerYou,
  ServerRated,
  ServerPresence,
  ServerError,
]);
export type ServerFrame = z.infer<typeof ServerFrame>;
type Frame<T extends ServerFrame["type"]> = Omit<Extract<ServerFrame, { type: T }>, "v" | "type" | "seq">;
export type ServerFrameBody = { [T in ServerFrame["type"]]: Frame<T> };

// ── Widget HTTP API ───────────────────────────────────────────────────────────────────────────────
export const StartConversation = z
  .object({
    experienceId: z.string().min(1).max(64),
    channel: z.enum(["widget", "support_site"]),
    /** A token from an earlier start: resumes that customer's open conversation. */
    customerToken: z.string().max(1024).optional(),
    /** Verified identity: `hash` is the hex HMAC-SHA256 of `id` (or of `id:email`, which also verifies the email) with the site's identity secret. */
    identity: z
      .object({
        id: z.string().min(1).max(128),
        hash: z.string().regex(/^[0-9a-f]{64}$/i, "The identity hash is 64 hex characters"),
        name: z.string().trim().min(1).max(120).optional(),
        email: z.email().max(254).optional(),
      })
      .strict()
      .optional(),
    name: z.string().trim().min(1).max(120).optional(),
    email: z.email("Enter a valid email address").max(254).optional(),
    /**
     * The customer's first message. Only a start that carries it creates anything (customer, conversation,
     * work item); without it the request only resumes the customer's open conversation, or answers 404.
     * When a conversation is already open, the message goes into it (once per client id).
     */
    firstMessage: z.object({ clientId, body: messageBody }).strict().optional(),
    /** The host page's path the customer writes from. */
    page: PagePath.optional(),
  })
  .strict();
export type StartConversation = z.infer<typeof StartConversation>;

export const StartedConversation = z.object({
  conversationId: z.string(),
  customerToken: z.string(),
  customer: z.object({ id: z.string(), name: z.string().nullable(), email: z.string().nullable() }),
  conversation: ConversationSummary,
  resumed: z.boolean(),
});
export type StartedConversation = z.infer<typeof StartedConversation>;

/** What the widget needs to show itself for an experience (public: an experience id is in every embed snippet). */
export const WidgetConfig = z.object({
  experienceId: z.string(),
  name: z.string(),
  color: z.string(),
  greeting: z.string(),
  aiAgentName: z.string(),
  supportMode: SupportMode,
  leaveMessageAfterSeconds: z.number(),
  /** Whether this page may show the widget: the channel is on and the page's origin is allowed. */
  allowed: z.boolean(),
  reason: z.string().nullable(),
});
export type WidgetConfig = z.infer<typeof WidgetConfig>;

/** Messages between the embed loader on the host page and the widget frame (postMessage, origin-checked both ways). */
export const HostToFrame = z.discriminatedUnion("type", [
  z.object({ type: z.literal("parley:open") }),
  z.object({ type: z.literal("parley:close") }),
  z.object({
    type: z.literal("parley:identify"),
    identity: z.object({ id: z.string().min(1).max(128), hash: z.string().regex(/^[0-9a-f]{64}$/i), name: z.string().max(120).optional(), email: z.email().max(254).optional() }),
  }),
  /** The host page's path (no query string): on load and whenever it changes (the frame never reads the host page). */
  z.object({ type: z.literal("parley:page"), path: z.string().max(2048) }),
]);
export type HostToFrame = z.infer<typeof HostToFrame>;

export const FrameToHost = z.discriminatedUnion("type", [
  /** `open`: the panel was open on the customer's last page of this site, so the loader may reopen it. */
  z.object({ type: z.literal("parley:ready"), open: z.boolean().optional() }),
  z.object({ type: z.literal("parley:opened") }),
  z.object({ type: z.literal("parley:closed") }),
  z.object({ type: z.literal("parley:unread"), count: z.number().int().min(0) }),
  z.object({ type: z.literal("parley:message"), author: z.string(), body: z.string() }),
  z.object({ type: z.literal("parley:error"), message: z.string() }),
]);
export type FrameToHost = z.infer<typeof FrameToHost>;

/** A customer's earlier conversations with one experience (GET /widget/v1/conversations, customer token). */
export const EarlierConversations = z.object({
  conversations: z.array(z.object({ id: z.string(), summary: z.string(), status: z.string(), createdAt: z.number() })),
});
export type EarlierConversations = z.infer<typeof EarlierConversations>;
