/**
 * The AI agent's turn in a conversation. It runs after the customer's message is stored and acknowledged
 * (the chat never waits for it), shows the AI typing, and answers the customer's latest words: a stale
 * answer (the customer wrote again meanwhile) is dropped and the turn runs again, so replies never
 * interleave out of order. In `ai_team` it hands off — always with a visible AI message first — when the
 * customer asks for a person, a rule matches, the AI cannot help (per the settings) or the AI fails. In
 * `ai` it never hands off: it says it cannot help and offers to take an email.
 */
import type { Author, TranscriptEntry } from "../../protocol/conversation";
import { loadAiContext, type AiContext } from "../../worker/ai/context";
import { chooseResponder } from "../../worker/ai/choose";
import { handoffBeforeAnswer, type HandoffDecision } from "../../worker/ai/handoff-rules";
import type { ResponderOutput } from "../../worker/ai/responder";
import { asksForPerson, isSmallTalk, keyTerms, saysSolved } from "../../worker/ai/text";
import type { Env } from "../../worker/env";
import type { ConversationRecord } from "./record";
import type { ConversationStore } from "./store";

/** What the conversation lets its AI agent do. */
export interface AiHost {
  env: Env;
  store: ConversationStore;
  /** Where links to the support site point. */
  origin: string;
  say(author: Author, body: string, event?: string | null): TranscriptEntry;
  typing(author: Author, typing: boolean): void;
  handOff(record: ConversationRecord, decision: HandoffDecision): Promise<void>;
  /** Whether the space has anyone who could take a conversation now. */
  staffed(record: ConversationRecord): Promise<boolean>;
  recordGap(record: ConversationRecord, question: string): void;
}

export const AI_MESSAGES = {
  greetingReply: "Hi! What can I help you with today?",
  thanks: "Glad that helped! If anything else comes up, just ask here.",
  handoffStaffed: "I'll bring in a person from our team now. They'll see everything we've talked about, so you won't need to repeat yourself.",
  handoffUnstaffed:
    "I'll pass this to our team. Nobody is available right this minute, but you're in line and a person will pick it up here as soon as someone is free. They'll see everything we've talked about.",
  cannotHelpTeam: "I'm not sure I can answer that from our help center. Could you put it another way? You can also ask for a person.",
  cannotHelpAiOnly:
    "I couldn't find an answer to that in our help center, and I'd rather not guess. If you leave your email, our team will look into it and write back to you.",
  noPersonHere:
    "I'm an AI assistant and there's no way for a person to join this chat. If you leave your email, our team will read this conversation and write back to you.",
  failure: "Sorry, I'm having trouble answering right now.",
} as const;

const MAX_RETRIES = 3;

export class AiTurns {
  private running = false;
  private again = false;

  constructor(private readonly host: AiHost) {}

  /** Runs the AI's turn now, or once more after the one in progress (which then drops its stale answer). */
  async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      for (let i = 0; i <= MAX_RETRIES; i++) {
        this.again = false;
        await this.turn(i === MAX_RETRIES);
        if (!this.again) break;
      }
    } finally {
      this.running = false;
    }
  }

  /** Whether the AI owes the customer an answer (for the alarm's safety net). */
  pending(): boolean {
    const record = this.host.store.record;
    return !!record && record.state === "ai" && this.host.store.lastCustomerSeq() > record.aiAnsweredSeq;
  }

  private async turn(final: boolean): Promise<void> {
    const { store } = this.host;
    let record = store.record;
    if (!record || record.state !== "ai") return;
    const upTo = store.lastCustomerSeq();
    if (upTo <= record.aiAnsweredSeq) return;
    const ai: Author = { type: "ai", id: null, name: record.aiAgentName };
    const question = store.customerMessagesAfter(record.aiAnsweredSeq).map((m) => m.body).join("\n");
    this.host.typing(ai, true);
    let context: AiContext | null = null;
    let decision: HandoffDecision | null = null;
    let reply: ResponderOutput | null = null;
    try {
      context = await loadAiContext(this.host.env.DB, { siteId: record.siteId, experienceId: record.experienceId, customerId: record.customer.id });
      if (record.supportMode === "ai_team") {
        decision = handoffBeforeAnswer(context.experience.handoffRules, {
          message: question,
          customer: { ...context.customer, email: context.customer.email ?? record.customer.email },
          aiTurns: record.aiTurns,
        });
      }
      if (!decision && !isSmallTalk(question) && !saysSolved(question) && !(record.supportMode === "ai" && asksForPerson(question))) {
        reply = await chooseResponder(this.host.env, context.settings, this.host.origin).respond({
          siteId: record.siteId,
          transcript: store.after(0),
          question,
          experience: { slug: context.experience.slug, aiAgentName: record.aiAgentName, supportMode: record.supportMode },
          confidenceThreshold: context.settings.confidenceThreshold,
        });
      }
    } catch (err) {
      console.warn(`conversation ${record.id}: the AI failed (${(err as Error).message})`);
      if (record.supportMode === "ai_team") decision = { reason: "ai_failure", rule: null, detail: `The AI agent could not answer: "${question.slice(0, 140)}"` };
    }

    // The customer wrote again while the AI composed: answer the newer words instead (unless out of retries).
    record = store.record;
    if (!record || record.state !== "ai") return this.host.typing(ai, false);
    if (!final && store.lastCustomerSeq() > upTo) {
      this.again = true;
      return;
    }
    this.host.typing(ai, false);
    await this.conclude(record, ai, upTo, question, context, decision, reply);
  }

  private async conclude(
    record: ConversationRecord,
    ai: Author,
    upTo: number,
    question: string,
    context: AiContext | null,
    decision: HandoffDecision | null,
    reply: ResponderOutput | null,
  ): Promise<void> {
    const { store } = this.host;
    const answered = { ...record, aiAnsweredSeq: upTo };
    if (decision) {
      const staffed = await this.host.staffed(record);
      const current = store.record;
      if (current?.state !== "ai" || current.handoff) return; // closed, or handed off, meanwhile
      this.host.say(ai, staffed ? AI_MESSAGES.handoffStaffed : AI_MESSAGES.handoffUnstaffed);
      return this.host.handOff(store.saveRecord({ ...store.record!, aiAnsweredSeq: upTo }), decision);
    }
    if (!context) {
      store.saveRecord({ ...answered, aiAnswered: false });
      this.host.say(ai, `${AI_MESSAGES.failure} ${record.supportMode === "ai" ? "Please try again in a moment, or leave your email." : ""}`.trim(), record.supportMode === "ai" ? "email_prompt" : null);
      return;
    }
    if (saysSolved(question)) {
      store.saveRecord({ ...answered, customerConfirmed: true });
      this.host.say(ai, AI_MESSAGES.thanks);
      return;
    }
    if (isSmallTalk(question)) {
      store.saveRecord(answered);
      this.host.say(ai, AI_MESSAGES.greetingReply);
      return;
    }
    if (record.supportMode === "ai" && asksForPerson(question)) {
      store.saveRecord({ ...answered, aiAnswered: false });
      this.host.say(ai, AI_MESSAGES.noPersonHere, "email_prompt");
      return;
    }
    if (reply?.kind === "answer") {
      store.saveRecord({ ...answered, aiTurns: record.aiTurns + 1, failedAnswers: 0, aiAnswered: true });
      this.host.say(ai, reply.text);
      if (reply.wantsPerson && record.supportMode === "ai_team") {
        await this.host.handOff(store.record!, { reason: "customer_request", rule: null, detail: `The customer asked for a person: "${question.slice(0, 140)}"` });
      }
      return;
    }
    // The AI cannot help: a knowledge gap, and per the settings a handoff (ai_team) or an email offer (ai).
    const failed = record.failedAnswers + 1;
    this.host.recordGap(record, question);
    if (record.supportMode === "ai_team" && (reply?.wantsPerson || failed >= context.settings.cannotHelpHandoffAfter)) {
      const staffed = await this.host.staffed(record);
      const current = store.record;
      if (current?.state !== "ai" || current.handoff) return; // closed, or handed off, meanwhile
      this.host.say(ai, reply?.kind === "cannot_help" && reply.text ? reply.text : staffed ? AI_MESSAGES.handoffStaffed : AI_MESSAGES.handoffUnstaffed);
      const reason = reply?.wantsPerson ? "customer_request" : "missing_knowledge";
      return this.host.handOff(store.saveRecord({ ...store.record!, aiAnsweredSeq: upTo, failedAnswers: failed }), {
        reason,
        rule: null,
        detail: reason === "missing_knowledge" ? `The AI found no answer in the knowledge base for: "${question.slice(0, 140)}"` : `The customer asked for a person: "${question.slice(0, 140)}"`,
      });
    }
    store.saveRecord({ ...answered, failedAnswers: failed, aiAnswered: false });
    if (record.supportMode === "ai") this.host.say(ai, AI_MESSAGES.cannotHelpAiOnly, "email_prompt");
    else this.host.say(ai, AI_MESSAGES.cannotHelpTeam);
  }
}

/** Questions on the same topic share their sorted key terms. */
export function gapTopic(question: string): string {
  return keyTerms(question).slice(0, 4).sort().join(" ") || question.trim().toLowerCase().slice(0, 60);
}
