import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { demoSeedStatements } from "../../scripts/demo/seed";
import { bestArticle, choosePassage, KnowledgeBaseResponder, questionTerms } from "./knowledge-base";

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

  it("refuses a calculation: its operator words are not a topic", async () => {
    for (const q of ["what is 12 plus 30?", "how much is 6 x 7", "what's 144 divided by 12"]) {
      const reply = await ask(q);
      expect(reply.kind, q).toBe("cannot_help");
      expect(reply.confidence, q).toBe(0);
    }
  });

  it("refuses about another company's product the customer owns, answers about its own", async () => {
    expect((await ask("my Philips machine shows the descale light, how do I descale it?")).kind).toBe("cannot_help");
    const own = await ask("my Brew Pro shows the descale light, how do I descale it?");
    expect(own.kind).toBe("answer");
    if (own.kind === "answer") expect(own.articles[0]!.slug).toBe("descale-machine-descale-light");
  });

  it("takes a support phrase as one term, not two loose words", () => {
    expect(questionTerms("I want my money back, the Wi-Fi keeps dropping")).toEqual(["money back", "wi-fi", "keeps", "dropping"]);
    expect(questionTerms("what's 17 times 23")).toEqual([]);
  });

  it("trusts a passage less when its article's title shares none of the question's terms", () => {
    const body = "Put a cup under the steam wand before you start.";
    const offTopic = choosePassage("steam wand", ["steam", "wand"], 10, [1, 1], [{ slug: "a", title: "Descaling", body }]);
    const onTopic = choosePassage("steam wand", ["steam", "wand"], 10, [1, 1], [{ slug: "b", title: "Using the steam wand", body }]);
    expect(onTopic.confidence).toBe(1);
    expect(offTopic.confidence).toBeCloseTo(0.6);
  });

  it("counts a synonym for less than the customer's own word", () => {
    const article = (body: string) => [{ slug: "a", title: "Troubleshooting", body }];
    const literal = choosePassage("wifi light", ["wifi", "light"], 10, [1, 1], article("The wifi light blinks."));
    const synonym = choosePassage("wifi light", ["wifi", "light"], 10, [1, 1], article("The wireless light blinks."));
    expect(synonym.article?.slug).toBe("a");
    expect(synonym.confidence).toBeCloseTo(literal.confidence * (1 + 0.7) / 2);
  });

  it("treats the customer's words as data, never as FTS5 query syntax", async () => {
    for (const q of ['refund" OR body : *', "NEAR(refund password)", "title:refund -money", "'; DROP TABLE articles; --"]) {
      await expect(bestArticle(env.DB, "site_acme", q)).resolves.toBeDefined();
    }
    expect((await env.DB.prepare("SELECT count(*) AS n FROM articles").first<{ n: number }>())!.n).toBeGreaterThan(0);
  });
});
