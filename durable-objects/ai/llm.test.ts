import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { demoSeedStatements } from "../../scripts/demo/seed";
import { OpenAiCompatibleModel, WorkersAiModel, type ChatCompletion, type ChatMessage, type ChatModel, type ChatTool } from "./chat-model";
import { DEFAULT_MODELS } from "../../protocol/domain";
import { EMBEDDING_MODEL, type AiBinding } from "./embeddings";
import { LlmResponder } from "./llm";

beforeAll(async () => {
  await env.DB.batch((await demoSeedStatements()).map((s) => env.DB.prepare(s)));
});

/** A model that answers from a script and remembers what it was asked. */
class ScriptedModel implements ChatModel {
  readonly seen: { messages: ChatMessage[]; tools: ChatTool[] }[] = [];
  constructor(private readonly script: ChatCompletion[]) {}
  async complete(messages: ChatMessage[], tools: ChatTool[]): Promise<ChatCompletion> {
    this.seen.push({ messages, tools });
    const next = this.script.shift();
    if (!next) throw new Error("the script ran out");
    return next;
  }
}

const input = (question: string) => ({
  siteId: "site_acme",
  transcript: [{ seq: 2, author: { type: "customer" as const, id: "c", name: "Pat" }, body: question, event: null, clientId: "x", createdAt: 0 }],
  question,
  experience: { slug: "help", aiAgentName: "Brewster", supportMode: "ai_team" as const },
  confidenceThreshold: 0.35,
});

describe("the LLM responder (scripted model)", () => {
  it("gives the model numbered passages as its only source; the answer cites them as sources and quotes them", async () => {
    const model = new ScriptedModel([{ content: "Press and hold Clean for 3 seconds to start descaling [1].", toolCalls: [] }]);
    const reply = await new LlmResponder(env.DB, model, "https://parley.test").respond(input("how do I descale my machine"));
    const system = model.seen[0]!.messages[0]!;
    expect(system.role).toBe("system");
    expect(system.content).toContain("Brewster");
    expect(system.content).toMatch(/^\[\d+\] \(How do I descale my machine, and what does the descale light mean\? — Descale step by step\) Press and hold Clean/m);
    expect(model.seen[0]!.tools.map((t) => t.name)).toEqual(["handoff_to_human", "cannot_help"]);
    const line = system.content.split("\n").find((l) => l.startsWith("[1] "))!;
    const title = line.match(/^\[1\] \(([^—)]*?)(?: — [^)]*)?\)/)![1]!;
    expect(reply).toMatchObject({ kind: "answer", text: "Press and hold Clean for 3 seconds to start descaling.", quote: line.replace(/^\[1\] \([^)]*\) /, ""), sources: [{ title }] });
  });

  it("refuses an answer that cites no passage, and follows the cannot_help and handoff tools", async () => {
    const uncited = new ScriptedModel([{ content: "Just use vinegar.", toolCalls: [] }]);
    expect(await new LlmResponder(env.DB, uncited, "https://parley.test").respond(input("how do I descale my machine"))).toMatchObject({ kind: "cannot_help" });
    const handoff = new ScriptedModel([{ content: "Let me get someone for you.", toolCalls: [{ name: "handoff_to_human", arguments: { reason: "billing dispute" } }] }]);
    expect(await new LlmResponder(env.DB, handoff, "https://parley.test").respond(input("I want my money back now"))).toMatchObject({
      kind: "cannot_help",
      wantsPerson: true,
      text: "Let me get someone for you.",
    });
    const unsure = new ScriptedModel([{ content: null, toolCalls: [{ name: "cannot_help", arguments: {} }] }]);
    expect(await new LlmResponder(env.DB, unsure, "https://parley.test").respond(input("what is the capital of Peru"))).toMatchObject({ kind: "cannot_help", wantsPerson: false });
  });
});

describe("the workers_ai responder through the AI binding (scripted in vitest.config.ts)", () => {
  const ai = () => env.AI as unknown as AiBinding & { calls(): Promise<{ model: string; input: Record<string, unknown> }[]> };

  it("backfills passage embeddings into D1 on first use, retrieves by meaning and words, and answers citing the passage", async () => {
    const responder = new LlmResponder(env.DB, new WorkersAiModel(ai(), DEFAULT_MODELS.workers_ai), "https://parley.test", ai());
    const reply = await responder.respond(input("my espresso tastes watery and weak, what strength setting helps?"));
    const stored = await env.DB.prepare("SELECT count(*) AS n FROM kb_embeddings WHERE model = ?").bind(EMBEDDING_MODEL).first<{ n: number }>();
    const passages = await env.DB.prepare("SELECT count(DISTINCT text_hash) AS n FROM kb_passages WHERE site_id = 'site_acme'").first<{ n: number }>();
    expect(stored!.n).toBe(passages!.n);
    expect(reply).toMatchObject({ kind: "answer", sources: [{ slug: "weak-watery-or-cold-coffee" }] });
    const calls = await ai().calls();
    const chat = calls.filter((c) => c.model === DEFAULT_MODELS.workers_ai).at(-1)!;
    expect(chat.input.tools).toEqual(expect.arrayContaining([expect.objectContaining({ type: "function", function: expect.objectContaining({ name: "cannot_help" }) })]));
    // A second question embeds only the question: the passages' vectors are already in D1.
    const before = (await ai().calls()).filter((c) => c.model === EMBEDDING_MODEL).length;
    await responder.respond(input("how long does descaling take"));
    const embeds = (await ai().calls()).filter((c) => c.model === EMBEDDING_MODEL).slice(before);
    expect(embeds.map((c) => (c.input.text as string[]).length)).toEqual([1]);
  });

  it("the model's cannot_help and handoff tools reach the conversation's decision", async () => {
    const responder = new LlmResponder(env.DB, new WorkersAiModel(ai(), DEFAULT_MODELS.workers_ai), "https://parley.test", ai());
    expect(await responder.respond(input("zebra quantum tulip"))).toMatchObject({ kind: "cannot_help", wantsPerson: false });
    expect(await responder.respond(input("please get me a human"))).toMatchObject({ kind: "cannot_help", wantsPerson: true });
  });
});

describe("chat models", () => {
  it("speaks OpenAI's chat completions API (through an injected fetch, no network)", async () => {
    const requests: { url: string; body: any; auth: string | null }[] = [];
    const fetcher = (async (url: RequestInfo | URL, init?: RequestInit) => {
      requests.push({ url: String(url), body: JSON.parse(String(init?.body)), auth: new Headers(init?.headers).get("authorization") });
      return Response.json({ choices: [{ message: { content: null, tool_calls: [{ function: { name: "handoff_to_human", arguments: '{"reason":"upset"}' } }] } }] });
    }) as typeof fetch;
    const model = new OpenAiCompatibleModel("https://llm.example/v1/", "key-123", "small-model", fetcher);
    const completion = await model.complete([{ role: "user", content: "hi" }], [{ name: "handoff_to_human", description: "d", parameters: {} }]);
    expect(completion).toEqual({ content: null, toolCalls: [{ name: "handoff_to_human", arguments: { reason: "upset" } }] });
    expect(requests[0]).toMatchObject({ url: "https://llm.example/v1/chat/completions", auth: "Bearer key-123", body: { model: "small-model" } });
    expect(requests[0]!.body.tools[0]).toMatchObject({ type: "function", function: { name: "handoff_to_human" } });
  });

  it("speaks the Workers AI binding's shape", async () => {
    const ai = { run: async (_model: string, _input: Record<string, unknown>) => ({ response: "Hello", tool_calls: [{ name: "cannot_help", arguments: {} }] }) };
    expect(await new WorkersAiModel(ai, "@cf/test").complete([], [])).toEqual({ content: "Hello", toolCalls: [{ name: "cannot_help", arguments: {} }] });
  });
});
