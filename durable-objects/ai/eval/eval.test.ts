/**
 * The AI agent's evaluation (`npm run eval:ai`, and part of `npm test`): the embedded knowledge-base
 * responder and the handoff-intent classifier on the demo knowledge base.
 *
 * - The TUNING set (questions.ts, intents.ts): written with the responder, close to the articles' wording.
 * - The DEVELOPMENT set (dev-set.ts): written independently, the way customers type (typos, slang, context,
 *   anger, other languages, one detail deep inside an article): the realistic signal to tune on.
 * Both print their misses by category, except for their held-out quarter (`heldOut`), which is only counted
 * and shown beside the rest, so fitting the questions one by one would show as a gap between the two.
 * - The HOLDOUT set (holdout-set.ts): written independently, in a deliberately different style (terse,
 *   rambling, slang, British/Australian/Indian English, situations described without the articles' words);
 *   run as often as wanted, but like the sealed set never read, and only its aggregates are printed: the
 *   honest signal of whether a change generalises.
 * The sealed TEST set and the SECOND HOLDOUT set have their own files (sealed.test.ts, holdout2.test.ts) and
 * print aggregates only; they are measured once, at the end of a round.
 *
 * Each figure has a floor below the measured score with a stated margin (MARGIN), not at it.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { demoSeedStatements } from "../../../scripts/demo/seed";
import { devAnswerable, devNotPersonRequests, devPersonRequests, devUnanswerable } from "./dev-set";
import { holdoutAnswerable, holdoutNotPersonRequests, holdoutPersonRequests, holdoutUnanswerable } from "./holdout-set";
import { personRequests, notPersonRequests } from "./intents";
import { expectFloors, heldOut, listMisses, MARGIN, measure, noMisses, report, sweep, type EvalSet, type Measured } from "./measure";
import { answerable, unanswerable } from "./questions";
import { THRESHOLD } from "./score";

/**
 * Scores (in %) measured on 2026-12-01 at the end of the fifth round, when these floors were set; each floor
 * is the score minus MARGIN (plus, for false handoffs). The fourth round's: tuning 87.2 / 93.9 / 86.8 / 100 /
 * 0, dev 81.6 / 87.9 / 85.3 / 96.9 / 0, holdout 65.0 / 72.5 / 85.2 / 91.2 / 7.4.
 */
const MEASURED: Record<"tuning" | "dev" | "holdout", Measured> = {
  tuning: { answerQuote: 88.9, article: 95.0, refused: 85.3, person: 100, falseHandoff: 0, angryFirst: 100 },
  dev: { answerQuote: 83.9, article: 89.7, refused: 86.8, person: 96.9, falseHandoff: 0, angryFirst: 87.5 },
  holdout: { answerQuote: 69.4, article: 76.9, refused: 83.3, person: 91.2, falseHandoff: 7.4, angryFirst: 100 },
};

beforeAll(async () => {
  await env.DB.batch((await demoSeedStatements()).map((s) => env.DB.prepare(s)));
});

const tuningSet: EvalSet = { answerable, unanswerable, person: personRequests, notPerson: notPersonRequests };
const devSet: EvalSet = { answerable: devAnswerable, unanswerable: devUnanswerable, person: devPersonRequests, notPerson: devNotPersonRequests };
const holdoutSet: EvalSet = { answerable: holdoutAnswerable, unanswerable: holdoutUnanswerable, person: holdoutPersonRequests, notPerson: holdoutNotPersonRequests };

async function evaluate(name: string, file: string, set: EvalSet) {
  const misses = noMisses();
  const { all, shown, held } = await measure(set, misses, heldOut);
  console.log(
    [
      `AI evaluation, embedded responder (confidence threshold ${THRESHOLD}) and intent classifier`,
      report(`${name} set (${file}):`, all),
      report("  the three quarters its misses are shown for:", shown),
      report("  the held-out quarter (never looked at question by question):", held),
      `Threshold sweep on the ${name.toLowerCase()} set (answers that state the answer kept / unanswerable ones still answered):`,
      ...sweep(all),
      listMisses(`${name} misses`, misses),
    ].join("\n"),
  );
  return all;
}

describe("AI evaluation on the demo knowledge base", () => {
  it(`tuning set: at least its floors (measured − ${MARGIN} points)`, async () => {
    expectFloors(await evaluate("TUNING", "questions.ts, intents.ts", tuningSet), MEASURED.tuning);
  }, 120_000);

  it(`development set: at least its floors (measured − ${MARGIN} points)`, async () => {
    expectFloors(await evaluate("DEVELOPMENT", "dev-set.ts", devSet), MEASURED.dev);
  }, 120_000);

  it(`holdout set: at least its floors (measured − ${MARGIN} points); aggregates only, never read question by question`, async () => {
    // null: no misses are collected, so no question of this set is ever printed.
    const { all } = await measure(holdoutSet, null);
    console.log(
      [
        report("HOLDOUT set (holdout-set.ts; written independently in another style, never read):", all),
        "Threshold sweep on the holdout set (answers that state the answer kept / unanswerable ones still answered):",
        ...sweep(all),
      ].join("\n"),
    );
    expectFloors(all, MEASURED.holdout);
  }, 120_000);
});
