import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { demoSeedStatements } from "../../scripts/demo/seed";
import { OpenAiCompatibleModel, WorkersAiModel, type ChatCompletion, type ChatMessage, type ChatModel, type ChatTool } from "./chat-model";
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
  it("gives the model the retrieved article as its only source and links it in the answer", async () => {
    const model = new ScriptedModel([{ content: "Run the descaling program with Acme descaler.", toolCalls: [] }]);
    const reply = await new LlmResponder(env.DB, model, "https://parley.test").respond(input("how do I descale my machine"));
    expect(reply).toMatchObject({ kind: "answer", articles: [{ slug: "descale-machine-descale-light" }] });
    if (reply.kind === "answer") expect(reply.text).toContain("Run the descaling program");
    const system = model.seen[0]!.messages[0]!;
    expect(system.role).toBe("system");
    expect(system.content).toContain("Brewster");
    expect(system.content).toContain("descal");
    expect(model.seen[0]!.tools.map((t) => t.name)).toEqual(["handoff_to_human", "cannot_help"]);
  });

  it("hands off when the model calls the handoff tool, and refuses when it calls cannot_help", async () => {
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
