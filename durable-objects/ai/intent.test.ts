import { describe, expect, it } from "vitest";
import { readIntent, wantsPerson } from "./intent";

describe("the handoff-intent classifier", () => {
  it("reads requests for a person in their everyday forms", () => {
    for (const m of [
      "is anyone there?",
      "customer service please",
      "you are useless, human please",
      "let me talk to support",
      "please have an agent contact me",
      "can a person look at this",
      "I'm done talking to a machine",
      "hooman pls",
      "gibt es hier einen Menschen?",
      "tem alguém aí?",
      "liguem-me por favor",
    ]) {
      expect(wantsPerson(m), m).toBe(true);
    }
  });

  it("does not read a complaint about the product, a warranty claim or someone else as a request", () => {
    for (const m of [
      "this machine is useless, it won't turn on",
      "la máquina es inútil, no enciende",
      "quiero reclamar la garantía de mi cafetera",
      "is the pro superior to the one?",
      "the problem escalated, now it shows E3",
      "can I transfer my subscription to someone else",
      "the manager of my building has my package",
      "I want to give feedback about the agent from yesterday",
      "will the courier call me before delivery",
      "must I speak to someone to get a refund",
      "will an agent have to check my machine before the refund",
      "can I get a human-readable invoice",
    ]) {
      expect(wantsPerson(m), m).toBe(false);
    }
    expect(readIntent("the manager of my building has my package").not).toBe("third_party");
  });
});
