/**
 * The AI agent's evaluation (`npm run eval:ai`): every question of the evaluation set through the embedded
 * knowledge-base responder on the demo knowledge base. Prints the share answered with the right article and
 * the share correctly refused; the target is 90% or better on both.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { AiSettings } from "../../../protocol/domain";
import { demoSeedStatements } from "../../../scripts/demo/seed";
import { KnowledgeBaseResponder } from "../knowledge-base";
import { answerable, unanswerable } from "./questions";

/** The product's target, and the floor this suite holds the responder to: the target, on both sides. */
const TARGET = 0.9;
const FLOOR = { answered: TARGET, refused: TARGET };
const threshold = AiSettings.parse({}).confidenceThreshold;

beforeAll(async () => {
  await env.DB.batch((await demoSeedStatements()).map((s) => env.DB.prepare(s)));
});

const responder = () => new KnowledgeBaseResponder(env.DB, "https://parley.test");
const ask = (question: string) =>
  responder().respond({
    siteId: "site_acme",
    transcript: [],
    question,
    experience: { slug: "help", aiAgentName: "Brewster", supportMode: "ai" },
    confidenceThreshold: threshold,
  });

describe("AI evaluation on the demo knowledge base", () => {
  it(`answers and refuses at least the floor (target ${TARGET * 100}%)`, async () => {
    const misses: string[] = [];
    let right = 0;
    for (const q of answerable) {
      const reply = await ask(q.question);
      const slug = reply.kind === "answer" ? reply.articles[0]?.slug : null;
      if (slug === q.slug) right += 1;
      else misses.push(`  answered wrong: "${q.question}" → ${slug ?? "refused"} (want ${q.slug}, confidence ${reply.confidence.toFixed(2)})`);
    }
    let refused = 0;
    for (const q of unanswerable) {
      const reply = await ask(q.question);
      if (reply.kind === "cannot_help") refused += 1;
      else misses.push(`  should refuse: "${q.question}" → ${reply.articles[0]?.slug} (confidence ${reply.confidence.toFixed(2)})`);
    }
    // Sweep: how the shares move with the threshold (printed to tune the default).
    const sweep: string[] = [];
    const replies = await Promise.all([...answerable, ...unanswerable].map((q) => ask(q.question)));
    for (const t of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]) {
      const a = answerable.filter((q, i) => replies[i]!.confidence >= t && replies[i]!.kind === "answer" && replies[i]!.articles[0]?.slug === q.slug).length;
      const r = unanswerable.filter((_, j) => replies[answerable.length + j]!.confidence < t).length;
      sweep.push(`  t=${t}: ${a}/${answerable.length} answered, ${r}/${unanswerable.length} refused`);
    }
    console.log(sweep.join("\n"));
    const answeredShare = right / answerable.length;
    const refusedShare = refused / unanswerable.length;
    console.log(
      [
        `AI evaluation (embedded knowledge-base responder, confidence threshold ${threshold}):`,
        `  answered with the right article: ${right}/${answerable.length} = ${(answeredShare * 100).toFixed(1)}%`,
        `  correctly refused:               ${refused}/${unanswerable.length} = ${(refusedShare * 100).toFixed(1)}%`,
        `  target ${TARGET * 100}% on both: ${answeredShare >= TARGET && refusedShare >= TARGET ? "reached" : "not reached yet"}`,
        ...misses,
      ].join("\n"),
    );
    expect(answeredShare).toBeGreaterThanOrEqual(FLOOR.answered);
    expect(refusedShare).toBeGreaterThanOrEqual(FLOOR.refused);
  }, 60_000);
});
