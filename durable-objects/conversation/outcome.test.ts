import { describe, expect, it } from "vitest";
import { closingOutcome } from "./outcome";

const base = { handedOff: false, lastAuthor: null, customerWrote: true, customerConfirmed: false } as const;

describe("closing outcome", () => {
  it("a customer who leaves the line before a person joins abandoned it", () => {
    expect(closingOutcome({ ...base, state: "waiting", handedOff: true })).toBe("abandoned");
  });
  it("with a person: handed_off after an AI handoff, resolved_by_agent without one, unresolved on the agent's word", () => {
    expect(closingOutcome({ ...base, state: "human", handedOff: true })).toBe("handed_off");
    expect(closingOutcome({ ...base, state: "human" })).toBe("resolved_by_agent");
    expect(closingOutcome({ ...base, state: "human", verdict: "unresolved" })).toBe("unresolved");
    expect(closingOutcome({ ...base, state: "human", handedOff: true, verdict: "unresolved" })).toBe("unresolved");
  });
  it("with the AI: strict about what counts as resolved", () => {
    expect(closingOutcome({ ...base, state: "ai", customerWrote: false, lastAuthor: "ai" })).toBe("abandoned");
    expect(closingOutcome({ ...base, state: "ai", customerConfirmed: true, lastAuthor: "customer" })).toBe("resolved_by_ai");
    expect(closingOutcome({ ...base, state: "ai", lastAuthor: "ai" })).toBe("resolved_by_ai");
    expect(closingOutcome({ ...base, state: "ai", lastAuthor: "ai", aiAnswered: false })).toBe("unresolved");
    expect(closingOutcome({ ...base, state: "ai", lastAuthor: "customer" })).toBe("unresolved");
    expect(closingOutcome({ ...base, state: "ai", lastAuthor: "ai", verdict: "unresolved" })).toBe("unresolved");
    expect(closingOutcome({ ...base, state: "waiting", verdict: "unresolved" })).toBe("abandoned");
  });
});
