/**
 * The embedded responder (the default): answers from the site's knowledge base with no network. The
 * question's terms (with the support lexicon's alternatives) find candidate articles and saved answers by
 * BM25 over the FTS5 passage index in D1; `choose` picks the unit that states the answer and widens it to
 * at most three sentences or a list of steps; the reply leads with that passage and cites its source.
 *
 * It refuses rather than guesses when the quote covers too little of the question (below the AI agent
 * settings' confidence threshold: see rank.ts for what the confidence is made of), when the customer names a
 * product or model the knowledge base never mentions ("Brew Max", "brew pro 2"), and on the near misses
 * near-miss.ts reads from the question's shape: their own equipment ("my home router keeps dropping"), a
 * thing asked for that the quote does not state ("do you sell gift cards", "what's your phone number", the
 * steps to descale for "how do I make a latte"), or a thing the knowledge base never names ("how much
 * caffeine", "is it dishwasher safe"; and asked rare words it does not use, that name a thing rather than
 * say how, carrying 40% or more of the question).
 */
import { wantsPerson } from "./intent";
import { analyse } from "./query";
import { aboutOwnEquipment, asksUnknownThing, contactDetailMissing, missingAskedFor, stepsOffTask } from "./near-miss";
import { choose, type Choice } from "./rank";
import { syncPassages } from "./passages";
import { retrieve } from "./retrieve";
import { vocabularyOf } from "./vocabulary";
import { articleUrl, type AiSource, type Responder, type ResponderInput, type ResponderOutput } from "./responder";

export interface KnowledgeMatch {
  choice: Choice | null;
  confidence: number;
  /** Why it refuses, when it does. */
  refusal: "no_terms" | "unknown_name" | "own_device" | "not_stated" | "unknown_focus" | "nothing_found" | "low_confidence" | null;
}

/** Share of the question's weight, in asked words the knowledge base never uses, from which it is about something the knowledge base does not cover. */
const UNKNOWN_FOCUS = 0.4;

/** The best passage for a question and whether it is good enough to answer with. */
export async function findAnswer(db: D1Database, siteId: string, text: string, threshold: number): Promise<KnowledgeMatch> {
  await syncPassages(db, siteId);
  const vocabulary = await vocabularyOf(db, siteId);
  const question = analyse(text, vocabulary);
  if (question.terms.length === 0) return { choice: null, confidence: 0, refusal: "no_terms" };
  const found = await retrieve(db, siteId, question);
  const choice = choose(question, found.docs, found.df, found.passages, found.sources);
  if (!choice) return { choice: null, confidence: 0, refusal: "nothing_found" };
  if (found.names.some((n) => n === 0)) return { choice, confidence: choice.confidence, refusal: "unknown_name" };
  if (aboutOwnEquipment(question, vocabulary)) return { choice, confidence: choice.confidence, refusal: "own_device" };
  if (missingAskedFor(question, choice.stated) || contactDetailMissing(question, choice.stated) || stepsOffTask(question, choice.units, found.df, found.docs, vocabulary)) return { choice, confidence: choice.confidence, refusal: "not_stated" };
  if (choice.signals.unknown >= UNKNOWN_FOCUS || asksUnknownThing(question, found.df)) return { choice, confidence: choice.confidence, refusal: "unknown_focus" };
  if (choice.confidence < threshold) return { choice, confidence: choice.confidence, refusal: "low_confidence" };
  return { choice, confidence: choice.confidence, refusal: null };
}

export function sourceOf(choice: { sourceId: string; slug: string | null; title: string }, origin: string, experienceSlug: string): AiSource {
  return { articleId: choice.sourceId, slug: choice.slug, title: choice.title, url: choice.slug ? articleUrl(origin, experienceSlug, choice.slug) : null };
}

export class KnowledgeBaseResponder implements Responder {
  constructor(
    private readonly db: D1Database,
    /** Where the support site lives, for article links (e.g. https://help.acme.example). */
    private readonly origin: string,
  ) {}

  async respond(input: ResponderInput): Promise<ResponderOutput> {
    const person = wantsPerson(input.question);
    const match = await findAnswer(this.db, input.siteId, input.question, input.confidenceThreshold);
    if (match.refusal || !match.choice) return { kind: "cannot_help", confidence: match.confidence, wantsPerson: person };
    const { choice } = match;
    return {
      kind: "answer",
      text: choice.quote,
      sources: [sourceOf(choice, this.origin, input.experience.slug)],
      quote: choice.quote,
      confidence: choice.confidence,
      wantsPerson: person,
    };
  }
}
