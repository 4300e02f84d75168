/**
 * The whole D1 domain, one drizzle schema. `npm run db:generate` turns changes here into a migration
 * in `migrations/`. Every row belongs to one site (`site_id`). Times are epoch milliseconds.
 */
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { BusinessHours } from "../../protocol/settings";
import type {
  AiOutcome,
  AiSettings,
  AgentRole,
  Channel,
  Edition,
  HandoffRule,
  SupportMode,
  WorkItemStatus,
  WorkItemType,
} from "../../protocol/domain";

const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;
const createdAt = () => integer("created_at").notNull().default(now);
const updatedAt = () => integer("updated_at").notNull().default(now);

export const sites = sqliteTable("sites", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  edition: text("edition").$type<Edition>().notNull(),
  /** Concurrent active conversation limit per agent (active + pending offers, all spaces). */
  chatCap: integer("chat_cap").notNull().default(3),
  offerTimeoutSeconds: integer("offer_timeout_seconds").notNull().default(120),
  idleCloseMinutes: integer("idle_close_minutes").notNull().default(30),
  /** Keep an agent available after they let an offer expire (default: set them unavailable). */
  keepAvailableOnMissedOffer: integer("keep_available_on_missed_offer", { mode: "boolean" }).notNull().default(false),
  aiSettings: text("ai_settings", { mode: "json" }).$type<AiSettings>().notNull().default(sql`'{}'`),
  /** Signs verified customers' identities (one per site, as Intercom's workspace secret): HMAC-SHA256 of the id, or of "id:email". */
  identitySecret: text("identity_secret"),
  createdAt: createdAt(),
});

export const spaces = sqliteTable(
  "spaces",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id").notNull().references(() => sites.id),
    name: text("name").notNull(),
    /** Prefix of work-item keys, e.g. BILL in BILL-42. */
    key: text("key").notNull(),
    chatEnabled: integer("chat_enabled", { mode: "boolean" }).notNull().default(false),
    /** Weekly business hours in a time zone (null: always open); outside them the team is away. */
    businessHours: text("business_hours", { mode: "json" }).$type<BusinessHours>(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("spaces_site_key").on(t.siteId, t.key), uniqueIndex("spaces_site_name").on(t.siteId, t.name)],
);

export const agents = sqliteTable(
  "agents",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id").notNull().references(() => sites.id),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role").$type<AgentRole>().notNull(),
    passwordHash: text("password_hash").notNull(),
    passwordSalt: text("password_salt").notNull(),
    passwordIterations: integer("password_iterations").notNull(),
    createdAt: createdAt(),
  },
  // An account belongs to one site: an email is unique within a site, and a person in two sites has two
  // accounts (sign-in asks which site when both passwords match).
  (t) => [uniqueIndex("agents_site_email").on(t.siteId, t.email), index("agents_email").on(t.email)],
);

/**
 * Failed sign-ins per client (the SHA-256 of its IP) in the current window, across every email: the limit
 * on spraying one password over many accounts. Not a site's row: sign-in comes before any site.
 */
export const loginFailures = sqliteTable(
  "login_failures",
  {
    clientKey: text("client_key").primaryKey(),
    windowStart: integer("window_start").notNull(),
    failures: integer("failures").notNull(),
  },
  (t) => [index("login_failures_window").on(t.windowStart)],
);

export const spaceMembers = sqliteTable(
  "space_members",
  {
    siteId: text("site_id").notNull().references(() => sites.id),
    spaceId: text("space_id").notNull().references(() => spaces.id, { onDelete: "cascade" }),
    agentId: text("agent_id").notNull().references(() => agents.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.agentId] }), index("space_members_agent").on(t.agentId)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    /** SHA-256 of the session token (hex); the token itself is only ever in the agent's cookie. */
    tokenHash: text("token_hash").primaryKey(),
    siteId: text("site_id").notNull().references(() => sites.id),
    agentId: text("agent_id").notNull().references(() => agents.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at").notNull(),
    revokedAt: integer("revoked_at"),
  },
  (t) => [index("sessions_agent").on(t.agentId)],
);

export const experiences = sqliteTable(
  "experiences",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id").notNull().references(() => sites.id),
    name: text("name").notNull(),
    /** URL name of the support site: /support/<slug>. */
    slug: text("slug").notNull(),
    supportMode: text("support_mode").$type<SupportMode>().notNull(),
    channels: text("channels", { mode: "json" }).$type<Channel[]>().notNull(),
    spaceId: text("space_id").notNull().references(() => spaces.id),
    allowedOrigins: text("allowed_origins", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    greeting: text("greeting").notNull(),
    aiAgentName: text("ai_agent_name").notNull(),
    handoffRules: text("handoff_rules", { mode: "json" }).$type<HandoffRule[]>().notNull().default(sql`'[]'`),
    color: text("color").notNull().default("#2563eb"),
    /** After this long in line, the widget offers to leave a message instead of waiting. */
    leaveMessageAfterSeconds: integer("leave_message_after_seconds").notNull().default(180),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("experiences_slug").on(t.slug), index("experiences_space").on(t.spaceId)],
);

export const customers = sqliteTable(
  "customers",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id").notNull().references(() => sites.id),
    /** The host site's own id for a verified customer; null for anonymous visitors. */
    externalId: text("external_id"),
    name: text("name"),
    email: text("email"),
    /** The email came signed with the customer's identity (only then do rules on email trust it). */
    emailVerified: integer("email_verified", { mode: "boolean" }).notNull().default(false),
    attributes: text("attributes", { mode: "json" }).$type<Record<string, string>>().notNull().default(sql`'{}'`),
    createdAt: createdAt(),
    lastSeenAt: integer("last_seen_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("customers_site_external").on(t.siteId, t.externalId),
    index("customers_site_email").on(t.siteId, t.email),
    index("customers_site_name").on(t.siteId, t.name),
    index("customers_site_seen").on(t.siteId, t.lastSeenAt),
  ],
);

/**
 * The one open conversation a customer has with an experience: claimed by the start that creates it,
 * before it answers, so two starts at once (a double submit, two tabs) find the same conversation. A row
 * whose conversation has closed is taken over by the next start; the conversation's close removes it.
 */
export const openConversations = sqliteTable(
  "open_conversations",
  {
    siteId: text("site_id").notNull().references(() => sites.id),
    customerId: text("customer_id").notNull().references(() => customers.id),
    experienceId: text("experience_id").notNull(),
    conversationId: text("conversation_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.experienceId] }), uniqueIndex("open_conversations_conversation").on(t.conversationId)],
);

export const workItems = sqliteTable(
  "work_items",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id").notNull().references(() => sites.id),
    spaceId: text("space_id").notNull().references(() => spaces.id),
    /**
     * The number in the key, `${prefix}-${number}`: the sequence of the prefix's keys within the site. The key
     * is given once, in the space the item starts in; an item moved to another space (a transfer) keeps it,
     * so two items of one space may share a number under different prefixes, and no key is ever given twice.
     */
    number: integer("number").notNull(),
    key: text("key").notNull(),
    type: text("type").$type<WorkItemType>().notNull(),
    status: text("status").$type<WorkItemStatus>().notNull(),
    priority: text("priority").notNull().default("Medium"),
    /**
     * The priority's order, higher is more urgent (Highest 5 … Lowest 1, 0 for anything else): computed by
     * SQLite from `priority`, never written. JQL compares and sorts priorities by it, so an index can serve them.
     */
    priorityRank: integer("priority_rank")
      .notNull()
      .generatedAlwaysAs(sql`CASE "priority" WHEN 'Highest' THEN 5 WHEN 'High' THEN 4 WHEN 'Medium' THEN 3 WHEN 'Low' THEN 2 WHEN 'Lowest' THEN 1 ELSE 0 END`, { mode: "virtual" }),
    labels: text("labels", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    summary: text("summary").notNull(),
    description: text("description").notNull().default(""),
    assigneeId: text("assignee_id").references(() => agents.id),
    reporterAgentId: text("reporter_agent_id").references(() => agents.id),
    customerId: text("customer_id").references(() => customers.id),
    experienceId: text("experience_id").references(() => experiences.id, { onDelete: "set null" }),
    /** For conversations: the Conversation Durable Object's name. */
    conversationId: text("conversation_id"),
    channel: text("channel").$type<Channel>(),
    supportMode: text("support_mode").$type<SupportMode>(),
    aiOutcome: text("ai_outcome").$type<AiOutcome>(),
    handoffReason: text("handoff_reason"),
    handoffDetail: text("handoff_detail"),
    aiTurns: integer("ai_turns").notNull().default(0),
    messageCount: integer("message_count").notNull().default(0),
    /** For conversations: the host page the customer was last on (path only). */
    page: text("page"),
    /** The customer's rating of the conversation (1–5, JQL `satisfaction`), their comment, and when. */
    satisfaction: integer("satisfaction"),
    satisfactionComment: text("satisfaction_comment"),
    ratedAt: integer("rated_at"),
    /** Version of the Conversation actor's state this row reflects; the outbox never writes an older one. */
    sourceVersion: integer("source_version").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    resolvedAt: integer("resolved_at"),
  },
  (t) => [
    uniqueIndex("work_items_site_key").on(t.siteId, t.key),
    uniqueIndex("work_items_conversation").on(t.conversationId),
    index("work_items_space_created").on(t.spaceId, t.createdAt),
    index("work_items_space_status_updated").on(t.spaceId, t.status, t.updatedAt),
    index("work_items_space_type_created").on(t.spaceId, t.type, t.createdAt),
    index("work_items_assignee_status").on(t.assigneeId, t.status),
    index("work_items_customer_created").on(t.customerId, t.createdAt),
    index("work_items_experience").on(t.experienceId),
    index("work_items_site_outcome").on(t.siteId, t.aiOutcome, t.createdAt),
    // Satisfaction (worker/routes/satisfaction.ts): the site's rated conversations of the last weeks, from the index.
    index("work_items_site_rated").on(t.siteId, t.ratedAt, t.satisfaction, t.spaceId),
    // Queue pages (worker/jql/run.ts): each serves a common filter's count from the index alone and its
    // ORDER BY without sorting every match.
    index("work_items_space_type_status_created").on(t.spaceId, t.type, t.status, t.createdAt),
    index("work_items_space_assignee_updated").on(t.spaceId, t.assigneeId, t.updatedAt, t.status),
    index("work_items_space_priority_created").on(t.spaceId, sql`${t.priorityRank} DESC`, t.createdAt, t.type),
    index("work_items_space_updated").on(t.spaceId, t.updatedAt, t.status, t.id),
  ],
);

export const workItemComments = sqliteTable(
  "work_item_comments",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id").notNull().references(() => sites.id),
    workItemId: text("work_item_id").notNull().references(() => workItems.id, { onDelete: "cascade" }),
    /** `agent`, `ai` or `system`. */
    authorType: text("author_type").notNull(),
    authorId: text("author_id"),
    body: text("body").notNull(),
    /** Idempotency key for writers that retry (the conversation outbox). */
    dedupeKey: text("dedupe_key"),
    createdAt: createdAt(),
  },
  (t) => [index("comments_item_created").on(t.workItemId, t.createdAt), uniqueIndex("comments_dedupe").on(t.dedupeKey)],
);

/** Field-change history read by JQL's WAS and CHANGED operators. */
export const workItemChanges = sqliteTable(
  "work_item_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    siteId: text("site_id").notNull().references(() => sites.id),
    workItemId: text("work_item_id").notNull().references(() => workItems.id, { onDelete: "cascade" }),
    field: text("field").notNull(),
    fromValue: text("from_value"),
    toValue: text("to_value"),
    changedBy: text("changed_by"),
    changedAt: integer("changed_at").notNull(),
    /** Idempotency key for writers that retry (the conversation outbox). */
    dedupeKey: text("dedupe_key"),
  },
  (t) => [
    uniqueIndex("changes_dedupe").on(t.dedupeKey),
    index("changes_item_field").on(t.workItemId, t.field, t.changedAt),
    index("changes_field_to").on(t.field, t.toValue, t.changedAt),
    // JQL's WAS without predicates: the items that ever changed to or from some values, read from the index.
    index("changes_field_to_item").on(t.field, t.toValue, t.workItemId),
    index("changes_field_from_item").on(t.field, t.fromValue, t.workItemId),
  ],
);

export const queues = sqliteTable(
  "queues",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id").notNull().references(() => sites.id),
    spaceId: text("space_id").notNull().references(() => spaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    jql: text("jql").notNull(),
    position: integer("position").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("queues_space_position").on(t.spaceId, t.position)],
);

export const articles = sqliteTable(
  "articles",
  {
    /** Integer key: the FTS5 index (articles_fts) is an external-content table keyed by rowid. */
    rowid: integer("rowid").primaryKey({ autoIncrement: true }),
    id: text("id").notNull(),
    siteId: text("site_id").notNull().references(() => sites.id),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    category: text("category").notNull().default("General"),
    published: integer("published", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("articles_id").on(t.id), uniqueIndex("articles_site_slug").on(t.siteId, t.slug)],
);

export const reviews = sqliteTable(
  "reviews",
  {
    workItemId: text("work_item_id").primaryKey().references(() => workItems.id, { onDelete: "cascade" }),
    siteId: text("site_id").notNull().references(() => sites.id),
    reviewerId: text("reviewer_id").notNull().references(() => agents.id),
    /** `good`, `needs_work` or `bad`. */
    mark: text("mark").notNull(),
    note: text("note").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("reviews_site_mark").on(t.siteId, t.mark)],
);

/** Questions the AI could not answer, grouped by topic, so admins know which articles to write. */
export const knowledgeGaps = sqliteTable(
  "knowledge_gaps",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id").notNull().references(() => sites.id),
    conversationId: text("conversation_id").notNull(),
    question: text("question").notNull(),
    /** The question's key terms, sorted: questions on the same topic share it. */
    topic: text("topic").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("gaps_site_topic").on(t.siteId, t.topic), index("gaps_site_created").on(t.siteId, t.createdAt)],
);

/**
 * The AI's knowledge, one row per unit it can quote: a sentence, a step or a list item of an article
 * (with its section heading), or a whole answer an agent saved. Rebuilt by the AI from `articles` and
 * `ai_answers` (the triggers of migration 0008 queue every change in `kb_index_queue`); full-text indexed
 * by `kb_passages_fts`.
 */
export const kbPassages = sqliteTable(
  "kb_passages",
  {
    /** Integer key: the FTS5 index (kb_passages_fts) is an external-content table keyed by rowid. */
    rowid: integer("rowid").primaryKey({ autoIncrement: true }),
    siteId: text("site_id").notNull(),
    source: text("source", { enum: ["article", "answer"] }).notNull(),
    /** The article's or the saved answer's id. */
    sourceId: text("source_id").notNull(),
    /** The article's title, or the question a saved answer answers. */
    title: text("title").notNull(),
    /** The article's URL name (null for a saved answer). */
    slug: text("slug"),
    section: text("section").notNull().default(""),
    /** Block (paragraph or list) and position in it, so neighbours and steps can be quoted together. */
    block: integer("block").notNull(),
    position: integer("position").notNull(),
    kind: text("kind", { enum: ["sentence", "step", "item", "answer"] }).notNull(),
    text: text("text").notNull(),
    /** SHA-256 of the text: embeddings are stored by it, so an unchanged sentence keeps its vector. */
    textHash: text("text_hash").notNull(),
  },
  (t) => [index("kb_passages_source").on(t.source, t.sourceId), index("kb_passages_site").on(t.siteId, t.source)],
);

/** Articles and saved answers whose passages must be rebuilt (filled by triggers, emptied by the AI). */
export const kbIndexQueue = sqliteTable(
  "kb_index_queue",
  {
    source: text("source", { enum: ["article", "answer"] }).notNull(),
    sourceId: text("source_id").notNull(),
    siteId: text("site_id").notNull(),
    /** Changes with every change of the source: the AI only clears the entry it indexed. */
    token: text("token").notNull(),
  },
  (t) => [primaryKey({ columns: [t.source, t.sourceId] }), index("kb_index_queue_site").on(t.siteId)],
);

/** Passage embeddings for the Workers AI responder, by model and text hash (int8, base64, with its scale). */
export const kbEmbeddings = sqliteTable(
  "kb_embeddings",
  {
    model: text("model").notNull(),
    textHash: text("text_hash").notNull(),
    vector: text("vector").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.model, t.textHash] })],
);

/** Answers agents saved from handed-off conversations ("Save as AI answer"): the AI may quote them. */
export const aiAnswers = sqliteTable(
  "ai_answers",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id").notNull().references(() => sites.id),
    question: text("question").notNull(),
    answer: text("answer").notNull(),
    /** The conversation it was saved from, and who saved or last edited it. */
    conversationId: text("conversation_id"),
    createdBy: text("created_by"),
    updatedBy: text("updated_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("ai_answers_site").on(t.siteId, t.updatedAt)],
);

/**
 * Saved replies (macros) agents insert from the composer with "/": per site, or per space when `spaceId` is
 * set. The body may hold `{{customer.name}}` and `{{agent.name}}`, filled in by the console before sending.
 */
export const savedReplies = sqliteTable(
  "saved_replies",
  {
    id: text("id").primaryKey(),
    siteId: text("site_id").notNull().references(() => sites.id),
    /** Null: every agent of the site; else only the members of this space (and admins). */
    spaceId: text("space_id").references(() => spaces.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    body: text("body").notNull(),
    createdBy: text("created_by"),
    updatedBy: text("updated_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("saved_replies_site_title").on(t.siteId, t.title), index("saved_replies_space").on(t.spaceId)],
);

/**
 * "Was this helpful?" on the help center's articles: one vote per visitor (a random id in a cookie of the
 * support site) per article, so admins see which articles help and which do not, beside the knowledge gaps.
 */
export const articleFeedback = sqliteTable(
  "article_feedback",
  {
    articleId: text("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    visitorId: text("visitor_id").notNull(),
    siteId: text("site_id").notNull().references(() => sites.id),
    helpful: integer("helpful", { mode: "boolean" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.visitorId] }), index("article_feedback_site").on(t.siteId, t.createdAt)],
);
