/** Admin settings payloads: site chat settings, spaces and members, customer experiences, articles. */
import { z } from "zod";
import { Channel, HandoffRule, SupportMode } from "./domain";

const name = (what: string, max = 80) =>
  z.string().trim().min(1, `${what} cannot be empty`).max(max, `${what} is at most ${max} characters`);

export const Id = z.string().min(1).max(64);

// ── Site chat settings ────────────────────────────────────────────────────────────────────────────
export const ChatSettings = z.object({
  chatCap: z.number().int().min(1, "The limit is at least 1 conversation").max(50, "The limit is at most 50 conversations"),
  offerTimeoutSeconds: z.number().int().min(5, "Offers last at least 5 seconds").max(3600, "Offers last at most an hour"),
  idleCloseMinutes: z.number().int().min(1, "Idle close is at least 1 minute").max(10080, "Idle close is at most a week"),
  keepAvailableOnMissedOffer: z.boolean(),
});
export type ChatSettings = z.infer<typeof ChatSettings>;
export const ChatSettingsUpdate = ChatSettings.partial().strict();
export type ChatSettingsUpdate = z.infer<typeof ChatSettingsUpdate>;


// ── Spaces ────────────────────────────────────────────────────────────────────────────────────────
export const SpaceKey = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9]{1,9}$/, "The key is 2–10 capital letters or digits, starting with a letter (like BILL)");

export const SpaceCreate = z
  .object({ name: name("The space name"), key: SpaceKey, chatEnabled: z.boolean().default(false) })
  .strict();
export type SpaceCreate = z.infer<typeof SpaceCreate>;

export const SpaceUpdate = z.object({ name: name("The space name").optional(), chatEnabled: z.boolean().optional() }).strict();
export type SpaceUpdate = z.infer<typeof SpaceUpdate>;

export const MemberAdd = z.object({ agentId: Id }).strict();

export const Space = z.object({
  id: z.string(),
  name: z.string(),
  key: z.string(),
  chatEnabled: z.boolean(),
  members: z.array(z.object({ id: z.string(), name: z.string(), email: z.string(), role: z.string() })),
});
export type Space = z.infer<typeof Space>;

// ── Customer experiences ──────────────────────────────────────────────────────────────────────────
export const Origin = z
  .string()
  .trim()
  .max(200)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value.replace(/\/$/, "");
    } catch {
      return false;
    }
  }, "An allowed origin is a scheme and host only, like https://www.example.com");

const experienceFields = {
  name: name("The experience name"),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, "The URL name is 1–40 lowercase letters, digits or dashes"),
  supportMode: SupportMode,
  channels: z
    .array(Channel)
    .min(1, "Choose at least one channel")
    .refine((list) => new Set(list).size === list.length, "Each channel once"),
  spaceId: Id,
  allowedOrigins: z.array(Origin).max(20, "At most 20 allowed origins"),
  greeting: name("The greeting", 500),
  aiAgentName: name("The AI agent name", 60),
  handoffRules: z.array(HandoffRule).max(20, "At most 20 handoff rules"),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "The colour is a hex colour like #2563eb"),
  /** After this long in line the widget offers to leave a message instead of waiting. */
  leaveMessageAfterSeconds: z.number().int().min(10, "Offer it after 10 seconds at the earliest").max(3600, "Offer it within an hour"),
};

export const ExperienceCreate = z
  .object({
    ...experienceFields,
    allowedOrigins: experienceFields.allowedOrigins.default([]),
    greeting: experienceFields.greeting.default("Hi! How can we help?"),
    aiAgentName: experienceFields.aiAgentName.default("Parley AI"),
    handoffRules: experienceFields.handoffRules.default([]),
    color: experienceFields.color.default("#2563eb"),
    leaveMessageAfterSeconds: experienceFields.leaveMessageAfterSeconds.default(180),
  })
  .strict();
export type ExperienceCreate = z.infer<typeof ExperienceCreate>;

export const ExperienceUpdate = z
  .object({ ...experienceFields, rotateIdentitySecret: z.literal(true) })
  .partial()
  .strict();
export type ExperienceUpdate = z.infer<typeof ExperienceUpdate>;

export const Experience = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  supportMode: SupportMode,
  channels: z.array(Channel),
  spaceId: z.string(),
  allowedOrigins: z.array(z.string()),
  greeting: z.string(),
  aiAgentName: z.string(),
  handoffRules: z.array(HandoffRule),
  color: z.string(),
  leaveMessageAfterSeconds: z.number(),
  identitySecret: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Experience = z.infer<typeof Experience>;

// ── Knowledge-base articles ───────────────────────────────────────────────────────────────────────
const articleFields = {
  title: name("The title", 200),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/, "The URL name is 1–80 lowercase letters, digits or dashes"),
  body: z.string().trim().min(1, "The article body cannot be empty").max(20000, "An article is at most 20,000 characters"),
  category: name("The category", 60),
  published: z.boolean(),
};

export const ArticleCreate = z
  .object({ ...articleFields, category: articleFields.category.default("General"), published: articleFields.published.default(true) })
  .strict();
export type ArticleCreate = z.infer<typeof ArticleCreate>;

export const ArticleUpdate = z.object(articleFields).partial().strict();
export type ArticleUpdate = z.infer<typeof ArticleUpdate>;

export const Article = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  body: z.string(),
  category: z.string(),
  published: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Article = z.infer<typeof Article>;

// ── Agents ────────────────────────────────────────────────────────────────────────────────────────
export const AgentCreate = z
  .object({
    name: name("The name"),
    email: z.email("Enter a valid email address").max(254),
    role: z.enum(["admin", "agent"]).default("agent"),
    password: z.string().min(10, "Passwords are at least 10 characters").max(512, "Passwords are at most 512 characters"),
  })
  .strict();
export type AgentCreate = z.infer<typeof AgentCreate>;

export const AgentSummary = z.object({ id: z.string(), name: z.string(), email: z.string(), role: z.enum(["admin", "agent"]) });
export type AgentSummary = z.infer<typeof AgentSummary>;
