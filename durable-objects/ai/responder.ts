/**
 * The AI agent's responder interface: given the transcript and the experience, a reply (with the sources
 * it used and the passage it quotes) or "cannot help", plus whether the customer asked for a person.
 */
import type { AiSource, TranscriptEntry } from "../../protocol/conversation";
import type { SupportMode } from "../../protocol/domain";

export type { AiSource };

export interface ResponderInput {
  siteId: string;
  transcript: TranscriptEntry[];
  /** What the customer wrote since the AI last answered, joined. */
  question: string;
  experience: { slug: string; aiAgentName: string; supportMode: SupportMode };
  confidenceThreshold: number;
}

export type ResponderOutput =
  | {
      kind: "answer";
      /** The message, plain text: it leads with the answer. */
      text: string;
      /** The articles (or saved answers) it answers from, as data: clients show them as cards. */
      sources: AiSource[];
      /** The passage that states the answer, as plain text (null when the model's words quote nothing verbatim). */
      quote: string | null;
      confidence: number;
      wantsPerson: boolean;
    }
  | { kind: "cannot_help"; confidence: number; wantsPerson: boolean; text?: string };

export interface Responder {
  respond(input: ResponderInput): Promise<ResponderOutput>;
}

/** Where an article lives on the support site. */
export const articleUrl = (origin: string, experienceSlug: string, slug: string) => `${origin}/support/${experienceSlug}/articles/${slug}`;
