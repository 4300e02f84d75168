import { describe, expect, it } from "vitest";
import type { HandoffRule } from "../../protocol/domain";
import { handoffAfterAnswer, handoffBeforeAnswer } from "./handoff-rules";
import { asksForPerson, isNegative, saysSolved } from "./text";

const customer = { email: "dana@bigcorp.example", externalId: "user-7", attributes: { plan: "Gold" } };
const rules: HandoffRule[] = [
  { kind: "keywords", name: "Legal", keywords: ["lawyer", "chargeback"] },
  { kind: "pattern", name: "Order number", pattern: "order\\s*#?\\d{6}" },
  { kind: "ai_turns", name: "Three strikes", turns: 3 },
  { kind: "customer_attribute", name: "Business", attribute: "email_domain", values: ["bigcorp.example"] },
  { kind: "negative_sentiment", name: "Upset" },
];
const decide = (message: string, overrides: Partial<{ rules: HandoffRule[]; aiTurns: number; customer: typeof customer }> = {}) =>
  handoffBeforeAnswer(overrides.rules ?? rules, { message, customer: overrides.customer ?? customer, aiTurns: overrides.aiTurns ?? 0 });

describe("handoff triggers", () => {
  it("hears a request for a person in the ways people say it", () => {
    for (const text of [
      "can I talk to a human please",
      "I want to speak with a real person",
      "agent",
      "Representative!",
      "get me a human",
      "are you a bot?",
      "connect me to someone from your team",
      "I'd like to chat with an actual person",
    ]) {
      expect(asksForPerson(text), text).toBe(true);
    }
    for (const text of ["how do I reset my password", "my order has not arrived", "the human body needs coffee", "Is the agent fee refundable"]) {
      expect(asksForPerson(text), text).toBe(false);
    }
  });

  it("names the category and the rule that matched", () => {
    expect(decide("I will call my lawyer about this")).toMatchObject({ reason: "rule_matched", rule: "Legal" });
    expect(decide("where is order #123456")).toMatchObject({ reason: "rule_matched", rule: "Order number" });
    expect(decide("it still doesn't work", { aiTurns: 3, customer: { ...customer, email: "x@home.example" } })).toMatchObject({ reason: "rule_matched", rule: "Three strikes" });
    expect(decide("how do I descale")).toMatchObject({ reason: "rule_matched", rule: "Business" });
    // Sentiment waits until the AI has answered what it can.
    const upset = { message: "THIS IS RIDICULOUS, the worst service ever!!!", customer: { ...customer, externalId: null as unknown as string }, aiTurns: 0 };
    expect(handoffBeforeAnswer(rules, upset)).toBeNull();
    expect(handoffAfterAnswer(rules, upset)).toMatchObject({ reason: "negative_sentiment", rule: "Upset" });
    expect(handoffAfterAnswer(rules, { ...upset, message: "how do I descale" })).toBeNull();
    expect(decide("talk to a person")).toMatchObject({ reason: "customer_request", rule: null });
    expect(decide("how do I descale", { customer: { ...customer, email: "x@home.example" } })).toBeNull();
  });

  it("trusts customer attributes only from a verified identity, never an email an anonymous visitor typed", () => {
    const vip: HandoffRule = { kind: "customer_attribute", name: "VIP", attribute: "vip", values: ["dana@bigcorp.example"] };
    expect(decide("how do I descale", { rules: [vip] })).toMatchObject({ reason: "rule_matched", rule: "VIP" });
    const anonymous = { ...customer, externalId: null as unknown as string };
    expect(decide("how do I descale", { rules: [vip], customer: anonymous })).toBeNull();
    expect(decide("how do I descale", { customer: anonymous })).toBeNull(); // the email-domain rule too
  });

  it("matches keywords as words, not inside other words", () => {
    expect(decide("the lawyerly tone", { rules: [rules[0]!] })).toBeNull();
    expect(decide("I filed a Chargeback.", { rules: [rules[0]!] })).toMatchObject({ rule: "Legal" });
  });

  it("reads sentiment and thanks", () => {
    expect(isNegative("This is unacceptable and frankly a scam")).toBe(true);
    expect(isNegative("my machine is making a strange noise")).toBe(false);
    expect(saysSolved("that solved it, thanks!")).toBe(true);
    expect(saysSolved("that didn't help")).toBe(false);
  });
});
