/**
 * The handoff-intent classifier: does the customer want a person? It reads five kinds of request in
 * English, Spanish, French, German and Portuguese — asking for a person ("can I talk to a human"),
 * escalating ("manager", "supervisor", "complaint"), asking to be called back, frustration with the bot
 * ("this bot is useless", "done talking to a machine"), asking whether anyone is there ("is anyone
 * there?"), or a bare "agent!" / "customer service please" — and the look-alikes that are not requests:
 * asking whether a person is *needed* ("do I need to talk to someone to cancel?"), a person at someone
 * else's company ("the representative at my bank", "the manager of my building"), one met before ("an
 * agent told me…"), the product rather than the bot ("this machine is useless"), a warranty claim
 * ("reclamar la garantía"), or a person who is the topic ("feedback about the agent").
 *
 * Words match a curated lexicon (intent-lexicon.ts) with Damerau-Levenshtein distance, so "humna",
 * "reprsentative" and "supervisr" still count; short words match exactly.
 */
import distance from "damerau-levenshtein";
import {
  AFTER_PERSON, ASK_A_PERSON, BOT, HELP_FROM_A_PERSON, CALLBACK, ESCALATION, FRUSTRATION, NEED_QUESTION, NEGATION, NOT_A_CALLBACK, NOT_HELPING, ON_THE_PHONE, PAST, PERSON, PRESENCE, REAL, REQUEST,
  TALKING_TO_A_BOT, TEAM, THIRD_PARTY,
} from "./intent-lexicon";

export type IntentKind = "request" | "escalation" | "callback" | "frustration" | "standalone";

export interface IntentReading {
  wantsPerson: boolean;
  kind: IntentKind | null;
  /** Why a mention of a person is not a request, when that is the case. */
  not: "need_question" | "third_party" | "negated" | "past" | null;
}

const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/[’‘`]/g, "'");

/** "human-readable", "agent-based": a person word in a compound adjective is not a person. */
const tokensOf = (text: string) => fold(text).replace(/\b(human|person|agent|people)-(?=[a-z])/g, "$1").match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];

/** Typos allowed for a word of this length: none for short words, a swap of neighbours at 4 letters, one edit from 5, two from 9. */
const budget = (word: string) => (word.length >= 9 ? 2 : word.length >= 4 ? 1 : 0);

const swapped = (a: string, b: string) => {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
};

function like(token: string, word: string, most = 2): boolean {
  if (token === word) return true;
  const allowed = word.includes("'") ? 0 : Math.min(most, budget(word));
  if (allowed === 0 || Math.abs(token.length - word.length) > allowed) return false;
  // "chez" is not "chef": a four-letter word only by swapping two of its letters.
  if (word.length <= 4) return swapped(token, word);
  return distance(token, word).steps <= allowed;
}

const likeAny = (token: string, words: string[]) => words.some((w) => like(token, w));

/** Where a phrase occurs in the tokens (each word of several may have one typo), or -1. */
function phraseAt(tokens: string[], phrase: string): number {
  const parts = tokensOf(phrase);
  const most = parts.length > 1 ? 1 : 2;
  for (let i = 0; i + parts.length <= tokens.length; i++) if (parts.every((p, k) => like(tokens[i + k]!, p, most))) return i;
  return -1;
}

const WEAK_PERSON = new Set(["support", "suporte", "soporte", "someone", "somebody", "anyone", "anybody", "alguien", "quelqu'un", "quelquun", "jemand", "jemanden", "jemandem", "alguem", "people", "personne", "persona", "person", "pessoa"]);
const STRONG_REQUEST = new Set(["talk", "speak", "chat", "connect", "transfer", "transferred", "hablar", "comunicar", "comunicarme", "atender", "atienda", "transfiera", "transfere", "transfira", "parler", "echanger", "discuter", "joindre", "sprechen", "reden", "verbinden", "falar", "conversar", "transferir", "pasame", "passer"]);
/** Words that make the person the topic of what is said rather than who is asked for. */
const TOPIC_OF = new Set(["about", "regarding", "feedback", "thank", "thanks", "praise", "rate", "review", "compliment", "compliments", "regards"]);

/** A warranty claim ("reclamar la garantía", "réclamation de garantie") is not a complaint. */
const WARRANTY_CLAIM = /\b(reclam\w*|claim\w*) (\w+ ){0,2}(garantia|garantie|warranty|gewahrleistung)\b|\b(garantia|garantie|warranty) (\w+ )?(reclam\w*|claim\w*)\b/;

const POSSESSIVE = new Set(["my", "our", "his", "her", "their", "mi", "mis", "nuestro", "mon", "ma", "mes", "notre", "mein", "meine", "meinem", "meinen", "unser", "meu", "minha", "nosso"]);
const FILLER = new Set(["please", "pls", "plz", "svp", "now", "asap", "a", "an", "the", "hi", "hello", "hey", "ok", "okay", "por", "favor", "favour", "sil", "vous", "plait", "bitte", "jetzt", "ya", "ahora", "agora", "un", "una", "une", "ein", "einen", "einem", "um", "uma", "i", "want", "need"]);

function thirdParty(tokens: string[], at: number): boolean {
  const before = tokens[at - 1];
  if (before && (POSSESSIVE.has(before) || before.endsWith("'s"))) return true;
  // "our office manager", "my account rep": a possessive one word further back.
  // "the manager of my building", "the rep at our bank".
  if (/^(of|at|from|in)$/.test(tokens[at + 1] ?? "") && POSSESSIVE.has(tokens[at + 2] ?? "")) return true;
  // German genitive: "der Chef meiner Firma".
  if (/^(meiner|meines|unserer|unseres|seiner|ihrer)$/.test(tokens[at + 1] ?? "")) return true;
  const further = tokens[at - 2];
  if (further && POSSESSIVE.has(further) && before && !REQUEST.includes(before)) return true;
  const around = tokens.slice(Math.max(0, at - 4), at + 5).join(" ");
  return THIRD_PARTY.some((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\']/g, "\\$&")}\\b`).test(around));
}

const negatedBefore = (tokens: string[], at: number) => {
  const window = tokens.slice(Math.max(0, at - 3), at).join(" ");
  return NEGATION.some((n) => new RegExp(`(^|\\s)${n.replace(/'/g, "'")}(\\s|$)`).test(window));
};

/** "Does a real person check the photos?": a question about how things are done, not a request. */
const PROCESS_QUESTION = /\b(does|do|is|will|would|are|did|can)\s+(a|an|the|any)?\s*(real|actual|live)\s+(person|people|human|humans)\s+(check|look|read|review|see|handle|process|deal|go|work|answer)/;

/** A clause that is only a person or the team, with filler: "human please", "customer service pls". */
function standaloneClause(clause: string): boolean {
  const tokens = tokensOf(clause);
  if (!tokens.length || tokens.some((t) => POSSESSIVE.has(t))) return false;
  let rest = tokens.filter((t) => !FILLER.has(t));
  for (const team of TEAM) {
    const at = phraseAt(rest, team);
    if (at >= 0 && rest.length === tokensOf(team).length) return true;
  }
  rest = rest.filter((t) => !(likeAny(t, PERSON) && !WEAK_PERSON.has(t)) && !likeAny(t, REAL));
  return rest.length === 0 && tokens.some((t) => likeAny(t, PERSON) && !WEAK_PERSON.has(t));
}

/** Reads whether the message asks for a person, and how. */
export function readIntent(text: string): IntentReading {
  const folded = fold(text);
  const tokens = tokensOf(text);
  const none = (not: IntentReading["not"] = null): IntentReading => ({ wantsPerson: false, kind: null, not });
  if (tokens.length === 0) return none();
  if (NEED_QUESTION.some((re) => re.test(folded))) return none("need_question");

  const persons = tokens.flatMap((t, i) => (likeAny(t, PERSON) ? [i] : []));
  for (const team of TEAM) {
    const at = phraseAt(tokens, team);
    if (at >= 0) persons.push(at);
  }
  const yes = (kind: IntentKind): IntentReading => ({ wantsPerson: true, kind, not: null });

  // A bare "agent", "human please", "Representative!", "live agent", "manager".
  const meaningful = tokens.filter((t) => !FILLER.has(t));
  if (meaningful.length <= 2 && meaningful.some((t) => likeAny(t, PERSON) || likeAny(t, ESCALATION) || likeAny(t, REAL)) && (persons.length > 0 || meaningful.some((t) => likeAny(t, ESCALATION)))) {
    return yes("standalone");
  }
  // …or as a clause of its own: "you are useless, human please", "customer service please".
  if (folded.split(/[.,!?;:\n]+/).some(standaloneClause)) return yes("standalone");
  if (PRESENCE.some((re) => re.test(folded)) && !PAST.test(folded)) return yes("request");
  if (ASK_A_PERSON.test(folded) && !/\belse\b/.test(folded) && !PAST.test(folded)) return yes("request");
  if (HELP_FROM_A_PERSON.test(folded) && !PAST.test(folded)) return yes("request");
  if (TALKING_TO_A_BOT.test(folded)) return yes("frustration");

  let sawThirdParty = false;
  let sawNegation = false;
  for (const j of persons) {
    if (thirdParty(tokens, j) || /^else/.test(tokens[j + 1] ?? "")) {
      sawThirdParty = true;
      continue;
    }
    // "I'm a real person", "the real person who ordered it": a person described, not asked for.
    if (/^(who|that|which)$/.test(tokens[j + 1] ?? "") || /\b(i'm|i am|im) (a |an )?(real|actual) (person|human)\b/.test(folded)) continue;
    // "a real person", "a live agent", "an actual human".
    if (j > 0 && likeAny(tokens[j - 1]!, REAL) && (!WEAK_PERSON.has(tokens[j]!) || /^(person|people|persona|personne|pessoa)$/.test(tokens[j]!)) && !PROCESS_QUESTION.test(folded)) {
      if (negatedBefore(tokens, j - 1)) sawNegation = true;
      else return yes("request");
    }
    for (let i = Math.max(0, j - 7); i < j; i++) {
      const t = tokens[i]!;
      if (!likeAny(t, REQUEST)) continue;
      // "feedback about the agent", "give my regards to your team": the person is what it is about.
      if (tokens.slice(i + 1, j).some((w) => TOPIC_OF.has(w))) continue;
      // "get me someone", "put me through to a person", "I want a person": an imperative or a want with the person as its object.
      const strong = [...STRONG_REQUEST].some((s) => like(t, s)) || (tokens[i + 1] === "me" && t !== "let") || (/^(want|need|wanna)$/.test(t) && j - i <= 2 && /^(a|an|one|some)$/.test(tokens[j - 1] ?? ""));
      if (WEAK_PERSON.has(tokens[j]!) && !strong) continue;
      if (negatedBefore(tokens, i)) {
        sawNegation = true;
        continue;
      }
      return yes("request");
    }
    // "human please", "agent now": a person asked for in so many words.
    if (!WEAK_PERSON.has(tokens[j]!) && AFTER_PERSON.has(tokens[j + 1] ?? "") && !negatedBefore(tokens, j)) return yes("request");
    // "have someone contact me", "please get an agent to call me": a person asked to get in touch.
    const touch = tokens.slice(j + 1, j + 4).join(" ");
    if (/\b(contact|call|phone|ring|email|text|reach) (me|us)\b/.test(touch) && tokens.slice(Math.max(0, j - 3), j).some((t) => /^(have|get|can|could|please|want|like|need|would|pls)$/.test(t)) && !PAST.test(folded)) {
      return yes("callback");
    }
    // "anyone real there?", "a human help me": a person named real, or asked to help.
    const after = tokens.slice(j + 1, j + 3);
    if (after.some((t) => likeAny(t, REAL)) && !negatedBefore(tokens, j) && !PAST.test(folded)) return yes("request");
    if (!WEAK_PERSON.has(tokens[j]!) && after.includes("help") && !negatedBefore(tokens, j) && !PAST.test(folded)) return yes("request");
    // "someone real I can talk to", "a human to speak with".
    for (let i = j + 1; i < Math.min(tokens.length, j + 6); i++) {
      if ([...STRONG_REQUEST].some((s) => like(tokens[i]!, s)) && !negatedBefore(tokens, i) && !PAST.test(folded)) return yes("request");
    }
  }

  for (const [i, t] of tokens.entries()) {
    // "I complained last week and got a refund": a complaint made, not one being made.
    if (!likeAny(t, ESCALATION) || (t.endsWith("ed") && t !== "escalated") || t.endsWith("ing")) continue;
    // "I want this escalated" asks; "the problem escalated" tells.
    if (t === "escalated" && !tokens.slice(Math.max(0, i - 3), i).some((w) => /^(want|need|get|have|be|been|being|please)$/.test(w))) continue;
    // "superior to the One", "a warranty claim" ("reclamar la garantía"), "tell your manager…": not a step up.
    if (/^(to|than|a)$/.test(tokens[i + 1] ?? "") && /^(superior|superieur)$/.test(t)) continue;
    if (WARRANTY_CLAIM.test(tokens.slice(Math.max(0, i - 2), i + 4).join(" "))) continue;
    if (tokens.slice(Math.max(0, i - 2), i).some((w) => /^(tell|thank|thanks|compliments|regards)$/.test(w))) continue;
    if (thirdParty(tokens, i)) {
      sawThirdParty = true;
      continue;
    }
    if (negatedBefore(tokens, i)) {
      sawNegation = true;
      continue;
    }
    return yes("escalation");
  }

  for (const phrase of CALLBACK) {
    const at = phraseAt(tokens, phrase);
    if (at >= 0 && !negatedBefore(tokens, at) && !PAST.test(folded) && !NOT_A_CALLBACK.test(folded) && !thirdParty(tokens, at)) return yes("callback");
  }
  const ownPerson = persons.some((j) => !thirdParty(tokens, j));
  // "Can I get someone on the phone": asked for ("your staff were lovely on the phone" is not).
  if (ownPerson && ON_THE_PHONE.some((p) => phraseAt(tokens, p) >= 0) && tokens.some((t) => likeAny(t, REQUEST) || /^(can|could)$/.test(t)) && !PAST.test(folded)) return yes("callback");

  const botAt = tokens.findIndex((t) => BOT.includes(t) || (t.length >= 5 && likeAny(t, BOT.filter((b) => b.length >= 5))));
  // "Are you a real person?", "you're just a machine": said to the chat.
  if (/\bare (you|u) (a |an )?(real|human|person|bot|robot|machine|ai)\b/.test(folded)) return yes("frustration");
  if (/\b(you're|you are|youre|ur|u r) (just |only )?(a |an )?(bot|robot|machine|ai|chatbot|computer)\b/.test(folded)) return yes("frustration");
  if (botAt >= 0) {
    if (tokens.some((t) => likeAny(t, FRUSTRATION))) return yes("frustration");
    if (/\b(not|no more|stop|enough|done with|tired of|sick of|hate|no quiero|pas de|kein|keinen|keine|nao quero)\b/.test(folded) && /\b(bots?|chatbots?|robots?|robo|roboter|ai|ia|ki|automated)\b/.test(folded)) {
      return yes("frustration");
    }
  }
  if (NOT_HELPING.some((p) => phraseAt(tokens, p) >= 0)) return yes("frustration");

  if (sawThirdParty) return none("third_party");
  if (sawNegation) return none("negated");
  if (persons.length && PAST.test(folded)) return none("past");
  return none();
}

/** The customer asks for a person, in any of the ways `readIntent` reads. */
export const wantsPerson = (text: string): boolean => readIntent(text).wantsPerson;
