/**
 * The sealed TEST set (test-set.ts), written independently of the responder and never read while tuning
 * it: only aggregate counts are ever printed. Measured once, at the end of a round of work; its floors sit
 * MARGIN points below that measurement.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, it } from "vitest";
import { demoSeedStatements } from "../../../scripts/demo/seed";
import { expectFloors, MARGIN, measure, report, type Measured } from "./measure";
import * as sealed from "./test-set";

/**
 * Scores (in %) measured once, on 2026-12-01 at the end of the fifth round, which set these floors (the
 * rounds before: 64.3, 76.0, 81.0, 100, 3.3; 58.4, 74.0, 77.6, 98.1, 3.3; 51.9, 68.8, 82.8, 98.1, 3.3; and
 * 29.9, 39.0, 84.5, 88.9, 6.7).
 */
const MEASURED: Measured = { answerQuote: 67.5, article: 80.5, refused: 79.3, person: 100, falseHandoff: 3.3, angryFirst: 76.9 };

beforeAll(async () => {
  await env.DB.batch((await demoSeedStatements()).map((s) => env.DB.prepare(s)));
});

describe("AI evaluation on the demo knowledge base", () => {
  it(`sealed test set: at least its floors (measured − ${MARGIN} points); aggregates only`, async () => {
    const { all: f } = await measure(
      { answerable: sealed.testAnswerable, unanswerable: sealed.testUnanswerable, person: sealed.testPersonRequests, notPerson: sealed.testNotPersonRequests },
      null,
    );
    console.log(report("SEALED TEST set (test-set.ts; written independently, never tuned on):", f));
    expectFloors(f, MEASURED);
  }, 120_000);
});
