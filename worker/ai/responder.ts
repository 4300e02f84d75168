/**
 * The AI agent's responder interface: given the transcript and the experience, a reply (with the articles
 * it used) or "cannot help", plus whether the customer asked for a person.
 */
import type { TranscriptEntry } from "../../protocol/conversation";
import type { SupportMode } from "../../protocol/domain";

export interface ArticleRef {
  slug: string;
  title: string;
  url: string;
}

export interface ResponderInput {
  siteId: string;
  transcript: TranscriptEntry[];
  /** What the customer wrote since the AI last answered, joined. */
  question: string;
  experience: { slug: string; aiAgentName: string; supportMode: SupportMode };
  confidenceThreshold: number;
}

export type ResponderOutput =
  | { kind: "answer"; text: string; articles: ArticleRef[]; confidence: number; wantsPerson: boolean }
  | { kind: "cannot_help"; confidence: number; wantsPerson: boolean; text?: string };

export interface Responder {
  respond(input: ResponderInput): Promise<ResponderOutput>;
}
