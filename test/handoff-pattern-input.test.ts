/**
 * The one change to durable-objects/ this branch makes: a handoff rule's pattern reads at most the first
 * PATTERN_INPUT_LIMIT characters of a message, so matching time is bounded by that, not by the message.
 */
import { describe, expect, it } from "vitest";
import { handoffBeforeAnswer, PATTERN_INPUT_LIMIT } from "../durable-objects/ai/handoff-rules";
import type { HandoffRule } from "../protocol/domain";

const customer = { email: null, externalId: null, attributes: {} };
const rules: HandoffRule[] = [{ kind: "pattern", name: "Order number", pattern: "order\\s*#?\\d{6}" }];
const decide = (message: string) => handoffBeforeAnswer(rules, { message, customer, aiTurns: 0 });

describe("handoff patterns read a bounded part of the message", () => {
  it("matches within the first 1,000 characters and not past them", () => {
    expect(PATTERN_INPUT_LIMIT).toBe(1000);
    expect(decide(`${"x".repeat(900)} order #123456`)?.rule).toBe("Order number");
    expect(decide(`${"x".repeat(3900)} order #123456`)).toBeNull();
  });
});
