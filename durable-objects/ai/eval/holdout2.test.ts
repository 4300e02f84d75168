/**
 * The SECOND HOLDOUT set (holdout2-set.ts), written independently of the responder and never read: only
 * aggregate counts are ever printed. Measured once, at the end of the round that added it; its floors sit
 * MARGIN points below that measurement.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, it } from "vitest";
import { demoSeedStatements } from "../../../scripts/demo/seed";
import { expectFloors, MARGIN, measure, report, type Measured } from "./measure";
import { holdout2Answerable, holdout2NotPersonRequests, holdout2PersonRequests, holdout2Unanswerable } from "./holdout2-set";

/**
 * Scores (in %) measured once, on 2026-12-01 at the end of the fifth round; each floor is the score minus
 * MARGIN (plus, for false handoffs). The fourth round's: 55.8, 61.7, 68.9, 95.3, 0, 85.7.
 */
const MEASURED: Measured = { answerQuote: 57.1, article: 66.9, refused: 72.2, person: 95.3, falseHandoff: 0, angryFirst: 85.7 };

beforeAll(async () => {
  await env.DB.batch((await demoSeedStatements()).map((s) => env.DB.prepare(s)));
});

describe("AI evaluation on the demo knowledge base", () => {
  it(`second holdout set: at least its floors (measured − ${MARGIN} points); aggregates only`, async () => {
    const { all: f } = await measure(
      { answerable: holdout2Answerable, unanswerable: holdout2Unanswerable, person: holdout2PersonRequests, notPerson: holdout2NotPersonRequests },
      null,
    );
    console.log(report("SECOND HOLDOUT set (holdout2-set.ts; written independently, never read or tuned on):", f));
    expectFloors(f, MEASURED);
  }, 120_000);
});
