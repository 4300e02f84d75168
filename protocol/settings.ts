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

const Clock = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "Times are HH:MM, from 00:00 to 24:00");
const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** A space's weekly business hours (Intercom's office hours, Zendesk's schedules): days 0 (Sunday) to 6, in a time zone. */
export const BusinessHours = z
  .object({
    timeZone: z.string().max(64).refine(isTimeZone, "Not a time zone: use an IANA name such as Europe/Berlin"),
    days: z
      .array(
        z
          .object({ day: z.number().int().min(0, "Days are 0 (Sunday) to 6").max(6, "Days are 0 (Sunday) to 6"), open: Clock, close: Clock })
          .strict()
          .refine((d) => d.open < d.close, "A day's hours close after they open"),
      )
      .max(21, "At most three periods a day")
      .superRefine((periods, ctx) => {
        // Per day: at most three periods, none overlapping another (the console places the message beside the day).
        for (let day = 0; day <= 6; day++) {
          const list = periods.map((p, index) => ({ ...p, index })).filter((p) => p.day === day).sort((a, b) => (a.open < b.open ? -1 : 1));
          if (list.length > 3) ctx.addIssue({ code: "custom", path: [list[3]!.index], message: "At most three periods a day" });
          for (let i = 1; i < list.length; i++) {
            if (list[i]!.open < list[i - 1]!.close) {
              ctx.addIssue({ code: "custom", path: [list[i]!.index], message: `Periods of a day must not overlap: ${list[i - 1]!.open}–${list[i - 1]!.close} and ${list[i]!.open}–${list[i]!.close}` });
            }
          }
        }
      }),
  })
  .strict();
export type BusinessHours = z.infer<typeof BusinessHours>;

export const SpaceUpdate = z
  .object({ name: name("The space name").optional(), chatEnabled: z.boolean().optional(), businessHours: BusinessHours.nullable().optional() })
  .strict();
export type SpaceUpdate = z.infer<typeof SpaceUpdate>;

export const MemberAdd = z.object({ agentId: Id }).strict();

export const Space = z.object({
  id: z.string(),
  name: z.string(),
  key: z.string(),
  chatEnabled: z.boolean(),
  businessHours: BusinessHours.nullable().default(null),
  members: z.array(z.object({ id: z.string(), name: z.string(), email: z.string(), role: z.string() })),
});
export type Space = z.infer<typeof Space>;

// ── Customer experiences ──────────────────────────────────────────────────────────────────────────
/** A DNS name (letters, digits, dashes; dot-separated labels of 1–63) or an IP literal, as `new URL()` normalises it. */
const DNS_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV6_LITERAL = /^\[[0-9a-f:.]+\]$/;

/**
 * An allowed origin of the embedded widget: `http(s)://host[:port]` and nothing else. It lands in the chat
 * frame's `frame-ancestors`, so the host must be a DNS name or an IP literal: `new URL()` keeps `*`, `;` and
 * `,` in a host, which would widen the policy (`https://*`) or add directives (`a.example;report-uri`).
 */
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
  }, "An allowed origin is a scheme and host only, like https://www.example.com")
  .refine((value) => {
    try {
      const host = new URL(value).hostname;
      return DNS_NAME.test(host) || IPV6_LITERAL.test(host);
    } catch {
      return true; // the first check said what is wrong
    }
  }, "An allowed origin's host is a domain name or an IP address, like https://www.example.com: no wildcards (*), ';', ',' or spaces");

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

export const ExperienceUpdate = z.object(experienceFields).partial().strict();
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

/**
 * The site's identity secret (admins): a site's server signs each verified customer's id with it — the hex
 * HMAC-SHA256 of `id`, or of `id:email` to have the email trusted too — as Intercom's workspace secret.
 */
export const IdentitySecret = z.object({ identitySecret: z.string() });
export type IdentitySecret = z.infer<typeof IdentitySecret>;
