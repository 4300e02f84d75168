/**
 * How the AI evaluation scores a reply, the same for the tuning set and the sealed test set: an answer is
 * right only when it cites the right article AND its quoted passage states the answer (contains every
 * answer phrase, case-insensitive, whitespace collapsed, Markdown's * _ ` # ignored).
 */
import { env } from "cloudflare:test";
import { AiSettings, type HandoffRule } from "../../../protocol/domain";
import { handoffBeforeAnswer } from "../handoff-rules";
import { wantsPerson } from "../intent";
import { KnowledgeBaseResponder } from "../knowledge-base";
import type { ResponderOutput } from "../responder";

export const normalise = (text: string) => text.toLowerCase().replace(/[*_`#]/g, "").replace(/\s+/g, " ").trim();

/** Every answer phrase is in the quote. */
export const quoteStates = (quote: string | null, phrases: string[]) => !!quote && phrases.every((p) => normalise(quote).includes(normalise(p)));

export const THRESHOLD = AiSettings.parse({}).confidenceThreshold;

/** The demo help center's handoff rules (scripts/demo/seed.ts): an upset customer goes to a person. */
export const DEMO_RULES: HandoffRule[] = [
  { kind: "keywords", name: "Legal or chargeback", keywords: ["lawyer", "legal action", "court"] },
  { kind: "negative_sentiment", name: "Upset customer" },
];

export const ask = (question: string): Promise<ResponderOutput> =>
  new KnowledgeBaseResponder(env.DB, "https://parley.test").respond({
    siteId: "site_acme",
    transcript: [],
    question,
    experience: { slug: "help", aiAgentName: "Brewster", supportMode: "ai" },
    confidenceThreshold: THRESHOLD,
  });

export interface AnswerScore {
  rightArticle: boolean;
  statesAnswer: boolean;
  /** Nothing handed the customer to a person before the answer (an angry customer gets the answer first). */
  answeredFirst: boolean;
  reply: ResponderOutput;
}

export async function scoreAnswer(q: { question: string; slug: string; answer: string[] }): Promise<AnswerScore> {
  const reply = await ask(q.question);
  const rightArticle = reply.kind === "answer" && reply.sources[0]?.slug === q.slug;
  const before = handoffBeforeAnswer(DEMO_RULES, { message: q.question, customer: { email: null, externalId: null, attributes: {} }, aiTurns: 0 });
  return { rightArticle, statesAnswer: rightArticle && reply.kind === "answer" && quoteStates(reply.quote, q.answer), answeredFirst: before === null && rightArticle, reply };
}

export const isRefused = async (question: string) => (await ask(question)).kind === "cannot_help";
export const isPersonRequest = (message: string) => wantsPerson(message);

export const pct = (n: number, of: number) => (of === 0 ? "n/a" : `${((n / of) * 100).toFixed(1)}%`);
export const line = (label: string, n: number, of: number) => `  ${label.padEnd(44)} ${String(n).padStart(3)}/${String(of).padEnd(3)} = ${pct(n, of)}`;
