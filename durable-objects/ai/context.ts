/** What an AI turn needs from D1, in one round trip: the experience's rules, the site's AI settings, the customer. */
import { AiSettings, HandoffRule } from "../../protocol/domain";
import { z } from "zod";
import { backtrackingProblem } from "./pattern-safety";

export interface AiContext {
  experience: { slug: string; aiAgentName: string; handoffRules: HandoffRule[] };
  settings: AiSettings;
  /** `email` only when it was signed with the identity (a typed one is a contact address, never trusted by rules). */
  customer: { email: string | null; externalId: string | null; attributes: Record<string, string> };
}

const Rules = z.array(HandoffRule).catch([]);
const Attributes = z.record(z.string(), z.string()).catch({});

export async function loadAiContext(db: D1Database, ids: { siteId: string; experienceId: string; customerId: string }): Promise<AiContext> {
  const [experience, site, customer] = await db.batch<Record<string, unknown>>([
    db.prepare("SELECT slug, ai_agent_name, handoff_rules FROM experiences WHERE id = ?").bind(ids.experienceId),
    db.prepare("SELECT ai_settings FROM sites WHERE id = ?").bind(ids.siteId),
    db.prepare("SELECT email, email_verified, external_id, attributes FROM customers WHERE id = ?").bind(ids.customerId),
  ]);
  const e = experience?.results[0] as { slug: string; ai_agent_name: string; handoff_rules: string } | undefined;
  const s = site?.results[0] as { ai_settings: string } | undefined;
  const c = customer?.results[0] as { email: string | null; email_verified: number; external_id: string | null; attributes: string } | undefined;
  return {
    experience: {
      slug: e?.slug ?? "",
      aiAgentName: e?.ai_agent_name ?? "AI agent",
      // A pattern saved before patterns were checked, and found unsafe now, is left out rather than run.
      handoffRules: Rules.parse(JSON.parse(e?.handoff_rules ?? "[]")).filter((r) => r.kind !== "pattern" || backtrackingProblem(r.pattern) === null),
    },
    settings: AiSettings.parse(JSON.parse(s?.ai_settings ?? "{}")),
    customer: {
      // Rules on the email trust only an address signed with the customer's identity, never one typed in the chat.
      email: c?.email_verified ? c.email : null,
      externalId: c?.external_id ?? null,
      attributes: Attributes.parse(JSON.parse(c?.attributes ?? "{}")),
    },
  };
}
