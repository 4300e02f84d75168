/**
 * When the AI hands over to a person in `ai_team` mode: the customer asks for one (the intent classifier),
 * or one of the experience's handoff rules matches (keywords or pattern, N AI turns without resolution, a
 * customer attribute such as a VIP list or email domain, negative sentiment). Each decision names one
 * category and, for rules, the rule, with a short summary for the agent.
 *
 * Order: a request for a person and the keyword, pattern, turn and attribute rules hand off before the AI
 * answers (`handoffBeforeAnswer`); the sentiment rule waits until the AI has answered what it can
 * (`handoffAfterAnswer`), so an upset customer with an answerable question gets the answer first.
 */
import type { HandoffRule } from "../../protocol/domain";
import { wantsPerson } from "./intent";
import { isNegative, words } from "./text";

export type HandoffCategory = "customer_request" | "missing_knowledge" | "rule_matched" | "negative_sentiment" | "ai_failure";

export interface HandoffDecision {
  reason: HandoffCategory;
  /** The rule's name when a rule matched. */
  rule: string | null;
  detail: string;
}

export interface RuleContext {
  message: string;
  customer: { email: string | null; externalId: string | null; attributes: Record<string, string> };
  /** AI answers so far that did not resolve it (the customer wrote again after each). */
  aiTurns: number;
}

/** Patterns read at most this much of a message, so matching stays bounded (pattern-safety.ts checks them on save and when loaded). */
export const PATTERN_INPUT_LIMIT = 1000;

const quote = (text: string) => (text.length > 140 ? `${text.slice(0, 137)}…` : text);

function keywordHit(message: string, keywords: string[]): string | null {
  const text = ` ${words(message).join(" ")} `;
  for (const keyword of keywords) {
    const k = words(keyword).join(" ");
    if (k && text.includes(` ${k} `)) return keyword;
  }
  return null;
}

/**
 * Customer-attribute rules (VIP list, email domain, plan…) only trust a customer whose identity the site
 * verified (an external id signed with the site's identity secret): an anonymous visitor can type any email,
 * and must not be able to skip the line by claiming a VIP's address or a partner's domain.
 */
function attributeHit(rule: Extract<HandoffRule, { kind: "customer_attribute" }>, c: RuleContext["customer"]): string | null {
  if (!c.externalId) return null;
  const values = rule.values.map((v) => v.toLowerCase().replace(/^@/, ""));
  if (rule.attribute === "email_domain") {
    const domain = c.email?.split("@")[1]?.toLowerCase();
    return domain && values.includes(domain) ? `email domain ${domain}` : null;
  }
  if (rule.attribute === "vip") {
    const ids = [c.email?.toLowerCase(), c.externalId?.toLowerCase()].filter(Boolean) as string[];
    const hit = ids.find((id) => values.includes(id));
    return hit ? `${hit} is on the VIP list` : null;
  }
  const value = rule.key ? c.attributes[rule.key] : undefined;
  return value !== undefined && values.includes(value.toLowerCase()) ? `${rule.key} is ${value}` : null;
}

/** The first reason to hand off now, before the AI answers; null when the AI should answer. */
export function handoffBeforeAnswer(rules: HandoffRule[], ctx: RuleContext): HandoffDecision | null {
  if (wantsPerson(ctx.message)) {
    return { reason: "customer_request", rule: null, detail: `The customer asked for a person: "${quote(ctx.message)}"` };
  }
  for (const rule of rules) {
    switch (rule.kind) {
      case "keywords": {
        const hit = keywordHit(ctx.message, rule.keywords);
        if (hit) return { reason: "rule_matched", rule: rule.name, detail: `Rule "${rule.name}": the customer wrote "${hit}" — "${quote(ctx.message)}"` };
        break;
      }
      case "pattern":
        if (new RegExp(rule.pattern, "i").test(ctx.message.slice(0, PATTERN_INPUT_LIMIT))) {
          return { reason: "rule_matched", rule: rule.name, detail: `Rule "${rule.name}" matched: "${quote(ctx.message)}"` };
        }
        break;
      case "ai_turns":
        if (ctx.aiTurns >= rule.turns) {
          return { reason: "rule_matched", rule: rule.name, detail: `Rule "${rule.name}": ${ctx.aiTurns} AI answers without resolving it. Latest: "${quote(ctx.message)}"` };
        }
        break;
      case "customer_attribute": {
        const hit = attributeHit(rule, ctx.customer);
        if (hit) return { reason: "rule_matched", rule: rule.name, detail: `Rule "${rule.name}": ${hit}. The customer wrote: "${quote(ctx.message)}"` };
        break;
      }
      case "negative_sentiment":
        break; // after the answer: handoffAfterAnswer
    }
  }
  return null;
}

/** The sentiment rule, applied once the AI has answered (or could not): an upset customer goes to a person. */
export function handoffAfterAnswer(rules: HandoffRule[], ctx: RuleContext): HandoffDecision | null {
  const rule = rules.find((r) => r.kind === "negative_sentiment");
  if (!rule || !isNegative(ctx.message)) return null;
  return { reason: "negative_sentiment", rule: rule.name, detail: `The customer sounds upset: "${quote(ctx.message)}"` };
}

export const HANDOFF_REASON_NAMES: Record<HandoffCategory, string> = {
  customer_request: "The customer asked for a person",
  missing_knowledge: "The AI could not answer from the knowledge base",
  rule_matched: "A handoff rule matched",
  negative_sentiment: "The customer sounds upset",
  ai_failure: "The AI agent failed to answer",
};
