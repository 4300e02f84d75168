/**
 * The AI agent's turn in a conversation. It runs after the customer's message is stored and acknowledged
 * (the chat never waits for it), shows the AI typing, and answers the customer's latest words: a stale
 * answer (the customer wrote again meanwhile) is dropped and the turn runs again, so replies never
 * interleave out of order. In `ai_team` it hands off — always with a visible AI message first — when the
 * customer asks for a person, a rule matches, the AI cannot help (per the settings) or the AI fails. An
 * answerable question is answered first; the sentiment rule applies after the answer. In `ai` it never
 * hands off: it says it cannot help and offers to take an email.
 */
import type { Author, TranscriptEntry } from "../../protocol/conversation";
import { loadAiContext, type AiContext } from "../ai/context";
import { chooseResponder } from "../ai/choose";
import { handoffAfterAnswer, handoffBeforeAnswer, type HandoffDecision, type RuleContext } from "../ai/handoff-rules";
import type { ResponderOutput } from "../ai/responder";
import { asksForPerson, isSmallTalk, keyTerms, saysSolved } from "../ai/text";
import type { Env } from "../env";
import { lineClosedNow, type ConversationEvent, type ConversationSnapshot } from "./state";
import type { ConversationStore, NewEntry } from "./store";

/** What the conversation lets its AI agent do. */
export interface AiHost {
  env: Env;
  store: ConversationStore;
  /** Where links to the support site point. */
  origin: string;
  say(author: Author, body: string, options?: Pick<NewEntry, "event" | "ai">): TranscriptEntry;
  typing(author: Author, typing: boolean): void;
  record(event: ConversationEvent): void;
  /** AI → waiting: the conversation joins the space's line (the AI has said so first). */
  handOff(decision: HandoffDecision): void;
}

export const AI_MESSAGES = {
  greetingReply: "Hi! What can I help you with today?",
  thanks: "Glad that helped! If anything else comes up, just ask here.",
  // Said before the router answers, so it promises no one at once: the line or "the team is away" follows.
  handoff: "I'm passing this to a person from our team. They'll see everything we've talked about, so you won't need to repeat yourself.",
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
    const s = this.host.store.snapshot;
    return !!s && s.state === "ai" && this.host.store.lastCustomerSeq() > s.ai.answeredSeq;
  }

  private async turn(final: boolean): Promise<void> {
    const { store } = this.host;
    let s = store.snapshot;
    if (!s || s.state !== "ai") return;
    const upTo = store.lastCustomerSeq();
    if (upTo <= s.ai.answeredSeq) return;
    const ai: Author = { type: "ai", id: null, name: s.aiAgentName };
    const question = store.customerMessagesAfter(s.ai.answeredSeq).map((m) => m.body).join("\n");
    this.host.typing(ai, true);
    let context: AiContext | null = null;
    let decision: HandoffDecision | null = null;
    let after: HandoffDecision | null = null;
    let reply: ResponderOutput | null = null;
    const canHandOff = s.supportMode === "ai_team" && !lineClosedNow(s);
    try {
      context = await loadAiContext(this.host.env.DB, { siteId: s.siteId, experienceId: s.experienceId, customerId: s.customer.id });
      if (canHandOff) {
        const rules: RuleContext = { message: question, customer: context.customer, aiTurns: s.ai.turns };
        decision = handoffBeforeAnswer(context.experience.handoffRules, rules);
        after = handoffAfterAnswer(context.experience.handoffRules, rules);
      }
      if (!decision && !isSmallTalk(question) && !saysSolved(question) && !(s.supportMode === "ai" && asksForPerson(question))) {
        reply = await chooseResponder(this.host.env, context.settings, this.host.origin).respond({
          siteId: s.siteId,
          transcript: store.after(0, { notes: false }),
          question,
          experience: { slug: context.experience.slug, aiAgentName: s.aiAgentName, supportMode: s.supportMode },
          confidenceThreshold: context.settings.confidenceThreshold,
        });
      }
    } catch (err) {
      console.warn(`conversation ${s.id}: the AI failed (${(err as Error).message})`);
      if (canHandOff) decision = { reason: "ai_failure", rule: null, detail: `The AI agent could not answer: "${question.slice(0, 140)}"` };
    }

    // The customer wrote again while the AI composed: answer the newer words instead (unless out of retries).
    s = store.snapshot;
    if (!s || s.state !== "ai") return this.host.typing(ai, false);
    if (!final && store.lastCustomerSeq() > upTo) {
      this.again = true;
      return;
    }
    this.host.typing(ai, false);
    this.conclude(s, ai, upTo, question, context, decision, reply, canHandOff ? after : null);
  }

  /** The AI's word on the customer's last messages: one reply, its bookkeeping as an event, and a handoff if due. */
  private conclude(
    s: ConversationSnapshot,
    ai: Author,
    upTo: number,
    question: string,
    context: AiContext | null,
    decision: HandoffDecision | null,
    reply: ResponderOutput | null,
    after: HandoffDecision | null,
  ): void {
    const turn = (answered: boolean, counted: boolean, failed: number) => this.host.record({ type: "ai_turn", upTo, answered, counted, failed, at: Date.now() });
    const handOff = (d: HandoffDecision, line: string = AI_MESSAGES.handoff) => {
      this.host.say(ai, line);
      this.host.handOff(d);
    };
    if (decision) {
      turn(false, false, s.ai.failed);
      return handOff(decision);
    }
    if (!context) {
      turn(false, false, s.ai.failed);
      this.host.say(ai, `${AI_MESSAGES.failure} ${s.supportMode === "ai" ? "Please try again in a moment, or leave your email." : ""}`.trim(), { event: s.supportMode === "ai" ? "email_prompt" : null });
      return;
    }
    if (saysSolved(question)) {
      turn(s.ai.answered, false, s.ai.failed);
      this.host.record({ type: "customer_confirmed", at: Date.now() });
      this.host.say(ai, AI_MESSAGES.thanks);
      return;
    }
    if (isSmallTalk(question)) {
      turn(s.ai.answered, false, s.ai.failed);
      this.host.say(ai, AI_MESSAGES.greetingReply);
      return;
    }
    if (s.supportMode === "ai" && asksForPerson(question)) {
      turn(false, false, s.ai.failed);
      this.host.say(ai, AI_MESSAGES.noPersonHere, { event: "email_prompt" });
      return;
    }
    if (reply?.kind === "answer") {
      turn(true, true, 0);
      this.host.say(ai, reply.text, { ai: { sources: reply.sources, quote: reply.quote } });
      // The answer first; then a request for a person, or the sentiment rule, still hands off.
      const then = reply.wantsPerson && s.supportMode === "ai_team" && !lineClosedNow(s) ? ({ reason: "customer_request", rule: null, detail: `The customer asked for a person: "${question.slice(0, 140)}"` } as const) : after;
      if (then) handOff(then);
      return;
    }
    // The AI cannot help: a knowledge gap, and per the settings a handoff (ai_team) or an email offer (ai).
    const failed = s.ai.failed + 1;
    this.host.record({ type: "knowledge_gap", question: question.slice(0, 500), topic: gapTopic(question), at: Date.now() });
    turn(false, false, failed);
    if (s.supportMode === "ai_team" && !lineClosedNow(s) && (reply?.wantsPerson || after || failed >= context.settings.cannotHelpHandoffAfter)) {
      const reason = reply?.wantsPerson ? "customer_request" : "missing_knowledge";
      const d: HandoffDecision =
        !reply?.wantsPerson && after
          ? after
          : {
              reason,
              rule: null,
              detail: reason === "missing_knowledge" ? `The AI found no answer in the knowledge base for: "${question.slice(0, 140)}"` : `The customer asked for a person: "${question.slice(0, 140)}"`,
            };
      return handOff(d, reply?.kind === "cannot_help" && reply.text ? reply.text : AI_MESSAGES.handoff);
    }
    if (s.supportMode === "ai" || lineClosedNow(s)) this.host.say(ai, AI_MESSAGES.cannotHelpAiOnly, { event: "email_prompt" });
    else this.host.say(ai, AI_MESSAGES.cannotHelpTeam);
  }
}

/** Questions on the same topic share their sorted key terms. */
export function gapTopic(question: string): string {
  return keyTerms(question).slice(0, 4).sort().join(" ") || question.trim().toLowerCase().slice(0, 60);
}
