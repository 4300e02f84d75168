import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { call, createSite, signIn, type TestSite } from "../../test/fixtures";
import { KnowledgeBaseResponder } from "./knowledge-base";
import { sectionsOf } from "./markdown";

let site: TestSite;
let admin: string;
let agent: string;
beforeAll(async () => {
  site = await createSite();
  admin = await signIn(site.admin.email);
  agent = await signIn(site.agent.email);
  const article = (slug: string, title: string, body: string) => call("POST", "/api/articles", { cookie: admin, body: { slug, title, body, category: "Help" } });
  await article(
    "reset-password",
    "How do I reset my password?",
    "## Reset it yourself\n\nIf you forgot your password, you can reset it yourself:\n\n1. Tap **Forgot password?** on the log-in screen.\n2. Open the email we send you.\n3. Choose a new password.\n\nThe reset link expires after 60 minutes.",
  );
  await article(
    "shipping",
    "Shipping times and costs",
    "## By country\n\n- **Canada:** Standard shipping takes 5 to 8 business days and costs $9.95.\n- **Mexico:** Standard shipping takes 7 to 10 business days and costs $12.95.\n\n## When orders ship\n\nOrders placed before 2 pm leave the same day.",
  );
});

const ask = (question: string) =>
  new KnowledgeBaseResponder(env.DB, "https://parley.test").respond({
    siteId: site.siteId,
    transcript: [],
    question,
    experience: { slug: "help", aiAgentName: "Brewster", supportMode: "ai_team" },
    confidenceThreshold: 0.35,
  });

describe("the knowledge-base responder", () => {
  it("reads Markdown as sections, sentences, steps and items, as plain text", () => {
    const [section] = sectionsOf("## Reset\n\nIt works. Really *well*.\n\n1. Tap **Go**.\n2. Done.\n\n- one\n- two");
    expect(section).toEqual({
      heading: "Reset",
      blocks: [
        { kind: "paragraph", units: ["It works.", "Really well."] },
        { kind: "steps", units: ["Tap Go.", "Done."] },
        { kind: "items", units: ["one", "two"] },
      ],
    });
  });

  it("leads with the passage that answers, cites the article as a source card, and quotes plain text", async () => {
    const reply = await ask("how much is standard shipping to Mexico and how long does it take?");
    expect(reply).toMatchObject({
      kind: "answer",
      quote: "- Mexico: Standard shipping takes 7 to 10 business days and costs $12.95.",
      sources: [{ slug: "shipping", title: "Shipping times and costs", url: "https://parley.test/support/help/articles/shipping" }],
    });
    if (reply.kind === "answer") expect(reply.text.startsWith(reply.quote!)).toBe(true);
  });

  it("quotes a list of steps whole, with the sentence that introduces it", async () => {
    const reply = await ask("I forgot my password, how do I reset it?");
    expect(reply.kind === "answer" && reply.quote).toBe(
      "If you forgot your password, you can reset it yourself:\n1. Tap Forgot password? on the log-in screen.\n2. Open the email we send you.\n3. Choose a new password.",
    );
  });

  it("refuses a question whose key term the chosen article never mentions, and a product it does not know", async () => {
    expect((await ask("how do I reset my home router?")).kind).toBe("cannot_help");
    expect((await ask("how long does shipping take for the Brew Max X200?")).kind).toBe("cannot_help");
    expect((await ask("what's the weather like in Paris tomorrow?")).kind).toBe("cannot_help");
  });

  it("answers from an edited article at the next question (the triggers queue it for the indexer)", async () => {
    const list = await call<{ articles: { id: string; slug: string }[] }>("GET", "/api/articles", { cookie: admin });
    const shipping = list.body.articles.find((a) => a.slug === "shipping")!;
    await call("PATCH", `/api/articles/${shipping.id}`, {
      cookie: admin,
      body: { body: "## By country\n\n- **Mexico:** Standard shipping takes 4 to 6 business days and costs $8.95." },
    });
    const reply = await ask("how long does standard shipping to Mexico take?");
    expect(reply.kind === "answer" && reply.quote).toContain("4 to 6 business days");
    await call("PATCH", `/api/articles/${shipping.id}`, { cookie: admin, body: { published: false } });
    expect((await ask("how long does standard shipping to Mexico take?")).kind).toBe("cannot_help");
  });

  it("treats the customer's words as data, never as FTS5 query syntax", async () => {
    for (const q of ['refund" OR text : *', "NEAR(refund password)", "title:refund -money", "'; DROP TABLE kb_passages; --"]) {
      await expect(ask(q)).resolves.toBeDefined();
    }
    expect((await env.DB.prepare("SELECT count(*) AS n FROM kb_passages").first<{ n: number }>())!.n).toBeGreaterThan(0);
  });
});

describe("answers agents save for the AI", () => {
  it("an agent saves one; the AI answers from it; admins list, edit and delete it", async () => {
    const question = "Can I bring my espresso machine to the repair shop in person?";
    expect((await ask(question)).kind).toBe("cannot_help");
    const saved = await call("POST", "/api/ai-answers", {
      cookie: agent,
      body: { question, answer: "Yes: our repair shop at 12 Harbour Street takes walk-in espresso machine repairs on weekdays." },
    });
    expect(saved.status).toBe(201);
    const reply = await ask("can I drop my espresso machine at your repair shop?");
    expect(reply).toMatchObject({ kind: "answer", sources: [{ articleId: saved.body.id, slug: null, title: question, url: null }] });
    expect(reply.kind === "answer" && reply.quote).toContain("12 Harbour Street");

    expect((await call("GET", "/api/ai-answers", { cookie: agent })).status).toBe(403);
    const list = await call("GET", "/api/ai-answers", { cookie: admin });
    expect(list.body.answers.map((a: { id: string }) => a.id)).toContain(saved.body.id);
    const edited = await call("PATCH", `/api/ai-answers/${saved.body.id}`, { cookie: admin, body: { answer: "Yes: the repair shop at 40 Dock Road takes walk-in espresso machine repairs." } });
    expect(edited.status).toBe(200);
    expect((await ask("can I drop my espresso machine at your repair shop?")).kind === "answer" && (await ask("can I drop my espresso machine at your repair shop?"))).toMatchObject({ quote: expect.stringContaining("40 Dock Road") });
    expect((await call("PATCH", `/api/ai-answers/${saved.body.id}`, { cookie: admin, body: { question: "x" } })).status).toBe(400);
    expect((await call("DELETE", `/api/ai-answers/${saved.body.id}`, { cookie: admin })).status).toBe(200);
    expect((await ask("can I drop my espresso machine at your repair shop?")).kind).toBe("cannot_help");
  });
});
