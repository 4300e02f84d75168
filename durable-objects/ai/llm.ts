/**
 * The LLM responder: retrieves passages by words (BM25 over FTS5) and, with Workers AI, by meaning
 * (embeddings in D1), gives the best sources' passages to a chat model as its only source, numbered, and
 * requires it to cite them ("[3]"). It may call `cannot_help` (nothing answers) or `handoff_to_human`. An
 * answer that cites no passage is treated as "cannot help": the model must not answer from anything else.
 */
import type { ChatMessage, ChatModel, ChatTool } from "./chat-model";
import { nearestSources, type AiBinding } from "./embeddings";
import { wantsPerson } from "./intent";
import { sourceOf } from "./knowledge-base";
import { syncPassages, type Passage } from "./passages";
import { analyse } from "./query";
import { choose, quoteText } from "./rank";
import { retrieve } from "./retrieve";
import type { Responder, ResponderInput, ResponderOutput } from "./responder";
import { vocabularyOf } from "./vocabulary";

const TOOLS: ChatTool[] = [
  {
    name: "handoff_to_human",
    description: "Hand the conversation to a person on the support team, when the customer asks for one or needs one.",
    parameters: { type: "object", properties: { reason: { type: "string", description: "Why, in a few words, for the agent" } }, required: ["reason"] },
  },
  {
    name: "cannot_help",
    description: "Say that the passages do not answer the question. Use this instead of guessing.",
    parameters: { type: "object", properties: {} },
  },
];

const MAX_SOURCES = 4;
const MAX_PASSAGES = 60;

export class LlmResponder implements Responder {
  constructor(
    private readonly db: D1Database,
    private readonly model: ChatModel,
    private readonly origin: string,
    /** Workers AI, for retrieval by meaning (absent for an OpenAI-compatible endpoint). */
    private readonly ai: AiBinding | null = null,
  ) {}

  async respond(input: ResponderInput): Promise<ResponderOutput> {
    await syncPassages(this.db, input.siteId);
    const question = analyse(input.question, await vocabularyOf(this.db, input.siteId));
    const byMeaning = this.ai ? await nearestSources(this.db, this.ai, input.siteId, input.question).catch(() => []) : [];
    const found = await retrieve(this.db, input.siteId, question, byMeaning);
    // Words first, then meaning: the best BM25 sources and the nearest by embedding, merged.
    const order = [...new Set([...found.sources.slice(0, 3), ...byMeaning])].slice(0, MAX_SOURCES);
    const best = choose(question, found.docs, found.df, found.passages, found.sources);
    if (best && !order.includes(best.sourceId)) order.unshift(best.sourceId);
    const passages = order.flatMap((s) => found.passages.filter((p) => p.sourceId === s)).slice(0, MAX_PASSAGES);
    const person = wantsPerson(input.question);
    const none = (confidence = 0): ResponderOutput => ({ kind: "cannot_help", confidence, wantsPerson: person });

    const system =
      `You are ${input.experience.aiAgentName}, the support assistant. Answer ONLY from the numbered passages below, ` +
      `in plain words, briefly, leading with the answer. Cite every passage you use with its number in brackets, like [3]. ` +
      `If the passages do not answer the question, call cannot_help. If the customer asks for a person, call handoff_to_human.\n\n` +
      (passages.length ? passages.map((p, i) => `[${i + 1}] (${p.title}${p.section ? ` — ${p.section}` : ""}) ${p.text}`).join("\n") : "There are no passages.");
    const messages: ChatMessage[] = [
      { role: "system", content: system },
      ...input.transcript
        .filter((m) => m.author.type === "customer" || m.author.type === "ai")
        .slice(-10)
        .map((m): ChatMessage => ({ role: m.author.type === "customer" ? "user" : "assistant", content: m.body })),
    ];
    if (messages.at(-1)?.role !== "user") messages.push({ role: "user", content: input.question });
    const completion = await this.model.complete(messages, TOOLS);
    if (completion.toolCalls.some((c) => c.name === "handoff_to_human")) {
      return { kind: "cannot_help", confidence: best?.confidence ?? 0, wantsPerson: true, text: completion.content?.trim() || undefined };
    }
    if (completion.toolCalls.some((c) => c.name === "cannot_help") || !completion.content?.trim()) return none(best?.confidence ?? 0);
    const cited: Passage[] = [...new Set([...completion.content.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))]
      .map((n) => passages[n - 1])
      .filter((p): p is Passage => !!p);
    if (cited.length === 0) return none(best?.confidence ?? 0); // an answer from nowhere is not an answer
    const sources = [...new Map(cited.map((p) => [p.sourceId, sourceOf(p, this.origin, input.experience.slug)])).values()];
    return {
      kind: "answer",
      text: completion.content.replace(/\s*\[\d+\]/g, "").trim(),
      sources,
      quote: quoteText(cited),
      confidence: best?.confidence ?? 0,
      wantsPerson: person,
    };
  }
}
