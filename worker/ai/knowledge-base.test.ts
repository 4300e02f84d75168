import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { demoSeedStatements } from "../../scripts/demo/seed";
import { bestArticle, KnowledgeBaseResponder } from "./knowledge-base";

beforeAll(async () => {
  await env.DB.batch((await demoSeedStatements()).map((s) => env.DB.prepare(s)));
});

const ask = (question: string) =>
  new KnowledgeBaseResponder(env.DB, "https://parley.test").respond({
    siteId: "site_acme",
    transcript: [],
    question,
    experience: { slug: "help", aiAgentName: "Brewster", supportMode: "ai_team" },
    confidenceThreshold: 0.5,
  });

describe("the knowledge-base responder", () => {
  it("answers a real question with the right article, quoting it and linking it", async () => {
    const reply = await ask("how do I descale my machine? the descale light is on");
    expect(reply.kind).toBe("answer");
    if (reply.kind !== "answer") return;
    expect(reply.articles[0]!.slug).toBe("descale-machine-descale-light");
    expect(reply.articles[0]!.url).toBe("https://parley.test/support/help/articles/descale-machine-descale-light");
    expect(reply.text).toContain("descal");
  });

  it("refuses rather than guesses on unrelated questions", async () => {
    for (const q of ["What's the weather like in Paris tomorrow?", "Can you help me write a python script?", "who won the football game"]) {
      const reply = await ask(q);
      expect(reply.kind, q).toBe("cannot_help");
    }
  });

  it("treats the customer's words as data, never as FTS5 query syntax", async () => {
    for (const q of ['refund" OR body : *', "NEAR(refund password)", "title:refund -money", "'; DROP TABLE articles; --"]) {
      await expect(bestArticle(env.DB, "site_acme", q)).resolves.toBeDefined();
    }
    expect((await env.DB.prepare("SELECT count(*) AS n FROM articles").first<{ n: number }>())!.n).toBeGreaterThan(0);
  });
});
