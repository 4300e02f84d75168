/**
 * The LLM responder: retrieves the best articles from the knowledge base, gives them to a chat model as
 * its only source, and lets the model hand off with a tool call or say it cannot help.
 */
import type { ChatMessage, ChatModel, ChatTool } from "./chat-model";
import { bestArticle } from "./knowledge-base";
import type { Responder, ResponderInput, ResponderOutput } from "./responder";
import { asksForPerson } from "./text";

const TOOLS: ChatTool[] = [
  {
    name: "handoff_to_human",
    description: "Hand the conversation to a person on the support team, when the customer asks for one or needs one.",
    parameters: { type: "object", properties: { reason: { type: "string", description: "Why, in a few words, for the agent" } }, required: ["reason"] },
  },
  {
    name: "cannot_help",
    description: "Say that the articles do not answer the question. Use this instead of guessing.",
    parameters: { type: "object", properties: {} },
  },
];

export class LlmResponder implements Responder {
  constructor(
    private readonly db: D1Database,
    private readonly model: ChatModel,
    private readonly origin: string,
  ) {}

  async respond(input: ResponderInput): Promise<ResponderOutput> {
    const match = await bestArticle(this.db, input.siteId, input.question);
    const article = match.article && match.confidence >= input.confidenceThreshold / 2 ? match.article : null;
    const system =
      `You are ${input.experience.aiAgentName}, the support assistant. Answer ONLY from the help article below, ` +
      `in plain words, briefly. If it does not answer the question, call cannot_help. If the customer asks for a ` +
      `person or is upset, call handoff_to_human.\n\n` +
      (article ? `Article "${article.title}":\n${article.body}` : "There is no relevant article.");
    const messages: ChatMessage[] = [
      { role: "system", content: system },
      ...input.transcript
        .filter((m) => m.author.type === "customer" || m.author.type === "ai")
        .map((m): ChatMessage => ({ role: m.author.type === "customer" ? "user" : "assistant", content: m.body })),
    ];
    const completion = await this.model.complete(messages, TOOLS);
    const handoff = completion.toolCalls.find((c) => c.name === "handoff_to_human");
    if (handoff) {
      return { kind: "cannot_help", confidence: match.confidence, wantsPerson: true, text: completion.content ?? undefined };
    }
    if (completion.toolCalls.some((c) => c.name === "cannot_help") || !completion.content?.trim() || !article) {
      return { kind: "cannot_help", confidence: match.confidence, wantsPerson: asksForPerson(input.question) };
    }
    const url = `${this.origin}/support/${input.experience.slug}/articles/${article.slug}`;
    return {
      kind: "answer",
      text: `${completion.content.trim()}\n\nMore in "${article.title}": ${url}`,
      articles: [{ slug: article.slug, title: article.title, url }],
      confidence: match.confidence,
      wantsPerson: asksForPerson(input.question),
    };
  }
}
