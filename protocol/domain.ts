/**
 * The product's vocabulary as schemas: editions, support modes, channels, roles, work-item types and
 * states, handoff rules and AI agent settings. Shared by the Worker, the actors, the console and the widget.
 */
import { z } from "zod";

export const editions = ["standard", "premium", "enterprise"] as const;
export const Edition = z.enum(editions);
export type Edition = z.infer<typeof Edition>;

export const supportModes = ["ai", "team", "ai_team"] as const;
export const SupportMode = z.enum(supportModes);
export type SupportMode = z.infer<typeof SupportMode>;
/** Modes that put a human in the conversation: only on premium and enterprise. */
export const liveChatModes: readonly SupportMode[] = ["team", "ai_team"];
export const liveChatEditions: readonly Edition[] = ["premium", "enterprise"];

export const channels = ["support_site", "widget"] as const;
export const Channel = z.enum(channels);
export type Channel = z.infer<typeof Channel>;

export const AgentRole = z.enum(["admin", "agent"]);
export type AgentRole = z.infer<typeof AgentRole>;

export const WorkItemType = z.enum(["Conversation", "Request", "Task"]);
export type WorkItemType = z.infer<typeof WorkItemType>;

export const WorkItemStatus = z.enum(["Open", "Waiting", "In progress", "Resolved", "Closed"]);
export type WorkItemStatus = z.infer<typeof WorkItemStatus>;

export const AiOutcome = z.enum(["resolved_by_ai", "handed_off", "resolved_by_agent", "unresolved", "abandoned"]);
export type AiOutcome = z.infer<typeof AiOutcome>;

const ruleName = z.string().trim().min(1, "Give the rule a name").max(80, "Rule names are at most 80 characters");

/** An experience's handoff rule (mode ai_team): when it matches, the AI hands the conversation to a person. */
export const HandoffRule = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("keywords"),
    name: ruleName,
    keywords: z.array(z.string().trim().min(1).max(80)).min(1, "List at least one keyword").max(50),
  }),
  z.object({
    kind: z.literal("pattern"),
    name: ruleName,
    pattern: z
      .string()
      .min(1)
      .max(200)
      .refine((p) => {
        try {
          new RegExp(p, "i");
          return true;
        } catch {
          return false;
        }
      }, "Not a valid regular expression"),
  }),
  z.object({
    kind: z.literal("ai_turns"),
    name: ruleName,
    turns: z.number().int().min(1).max(50),
  }),
  z.object({
    kind: z.literal("customer_attribute"),
    name: ruleName,
    attribute: z.enum(["email_domain", "vip", "attribute"]),
    /** For `attribute`: the customer attribute's name. */
    key: z.string().trim().min(1).max(60).optional(),
    values: z.array(z.string().trim().min(1).max(200)).min(1, "List at least one value").max(500),
  }),
  z.object({
    kind: z.literal("negative_sentiment"),
    name: ruleName,
  }),
]);
export type HandoffRule = z.infer<typeof HandoffRule>;

/** The model each LLM responder uses when the AI agent settings name none. */
export const DEFAULT_MODELS = { workers_ai: "@cf/meta/llama-3.3-70b-instruct-fp8-fast", openai_compatible: "gpt-4o-mini" } as const;

const aiSettingsFields = {
  responder: z.enum(["knowledge_base", "workers_ai", "openai_compatible"]),
  /** Below this confidence (0..1) the AI says it cannot help instead of answering. */
  confidenceThreshold: z.number().min(0).max(1),
  /** ai_team: hand off the first time the AI cannot help, or after this many failed answers. */
  cannotHelpHandoffAfter: z.number().int().min(1).max(10),
  model: z.string().max(200).optional(),
  endpoint: z.url().max(500).optional(),
};

/** The site's AI agent settings, with the defaults a new site gets. */
export const AiSettings = z.object({
  ...aiSettingsFields,
  responder: aiSettingsFields.responder.default("knowledge_base"),
  confidenceThreshold: aiSettingsFields.confidenceThreshold.default(0.35),
  cannotHelpHandoffAfter: aiSettingsFields.cannotHelpHandoffAfter.default(1),
});
export type AiSettings = z.infer<typeof AiSettings>;

/** A change to the AI agent settings: only the fields given change. */
export const AiSettingsUpdate = z.object(aiSettingsFields).partial().strict();
export type AiSettingsUpdate = z.infer<typeof AiSettingsUpdate>;
