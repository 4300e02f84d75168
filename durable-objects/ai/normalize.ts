/**
 * A customer's message as the responder reads it: folded (lowercase, no accents), chat spellings and
 * dropped apostrophes put back ("wont" → "won't", "u" → "you", "til" → "until"), cut into sentences, read in
 * English when it is in Spanish, French, German or Portuguese, and each sentence marked as asking (a
 * question, or a request) or giving context ("I paid with PayPal. How long does the refund take?").
 */
import type { Language } from "./glossary";
import { languageOf, readInEnglish } from "./language";

export interface Sentence {
  tokens: string[];
  /** For each token, whether it is a foreign word the glossary did not read. */
  foreign: boolean[];
  /** The sentence asks something (rather than telling the story around it). */
  ask: boolean;
}

export interface Normalized {
  language: Language | null;
  sentences: Sentence[];
  /** The sentences' tokens joined, in English: what answer-type cues are read from. */
  text: string;
}

export const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`´]/g, "'");

/** Chat spellings and contractions written without their apostrophe. */
const CHAT: Record<string, string> = {
  wont: "won't", cant: "can't", dont: "don't", doesnt: "doesn't", didnt: "didn't", isnt: "isn't", arent: "aren't", wasnt: "wasn't",
  werent: "weren't", havent: "haven't", hasnt: "hasn't", hadnt: "hadn't", wouldnt: "wouldn't", couldnt: "couldn't", shouldnt: "shouldn't",
  aint: "isn't", im: "i'm", ive: "i've", id: "i'd", youre: "you're", whats: "what is", wheres: "where is", hows: "how is", whens: "when is",
  theres: "there is", thats: "that is", u: "you", ya: "you", ur: "your", pls: "please", plz: "please", thx: "thanks", ty: "thanks", til: "until",
  till: "until", b4: "before", gonna: "going to", wanna: "want to", gotta: "have to", cuz: "because", coz: "because", cos: "because",
  tmrw: "tomorrow", tmr: "tomorrow", ppl: "people", msg: "message", acct: "account", pw: "password", pwd: "password", info: "information",
  pic: "photo", pics: "photos", pix: "photos", addy: "address", sub: "subscription", subs: "subscription", approx: "about", w: "with", bc: "because",
};

/** What makes a sentence a question or a request. */
const ASKS =
  /^(how|what|what's|when|when's|where|where's|which|who|whom|whose|why|can|could|do|does|did|is|are|was|were|will|would|should|shall|may|might|am|have|has|any|is there|are there)\b|\b(how|what|when|where|which|why|wondering|want to know|need to know|tell me|explain|please|help me|do i|can i|should i|do you|can you|is it|is there)\b/;

function sentencesOf(folded: string): { text: string; question: boolean }[] {
  const out: { text: string; question: boolean }[] = [];
  for (const m of folded.matchAll(/[^.!?;\n]+([.!?;\n]+|$)/g)) {
    const text = m[0].replace(/[.!?;\n]+$/, "").trim();
    if (text) out.push({ text, question: m[1]?.includes("?") ?? false });
  }
  return out;
}

/** French elisions split ("l'app" → "le app", "qu'un" → "que un", "jusqu'à" → "jusque a"); English contractions are untouched. */
const elisions = (text: string) => text.replace(/\b(jusqu|qu|l|d|j|m|t|s|n|c)'(?=[aeiouyh])/g, (_, p: string) => `${p}e `);

/** Word tokens, "'s" dropped as `words` in text.ts does ("where's" is "where", "company's" is "company"). */
export const tokensOf = (text: string) => (text.match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []).map((w) => w.replace(/'s$/, ""));

/** Numbers joined to a unit ("5ghz", "2.4GHz", "5pm") read as the number and the unit, as articles write them. */
const splitUnits = (text: string) => text.replace(/(\d)(ghz|mhz|gb|kg|ml|oz|v|am|pm|h|min|mins|days?|weeks?|months?)\b/g, "$1 $2");

const PARTICLES = new Set(["off", "back", "on", "up", "out", "in", "over", "through", "away"]);
const PHRASAL = /^(drop|dropp|send|sent|switch|turn|set|pick|give|gave|log|sign|hand|put|plug|pay|paid|ship|mail|bring|brought|take|took|shut|power|fill|clean|hook|throw|threw|call|ring|top|mov|start|get|got)/;
const OBJECT = new Set(["it", "them", "this", "that", "these", "those", "me", "him", "her", "us", "the", "a", "an", "my", "your", "our", "his", "everything", "all", "one"]);

/** A particle after its verb's object ("dropped the box off", "switch it back on") moves next to the verb, as lexicon phrases are written. */
export function joinParticles(tokens: string[]): string[] {
  const out = [...tokens];
  for (let i = 0; i < out.length; i++) {
    if (!PHRASAL.test(out[i]!) || PARTICLES.has(out[i + 1] ?? "")) continue;
    // Up to three words of object ("the box", "my old machine"), the first a pronoun or determiner.
    if (!OBJECT.has(out[i + 1] ?? "")) continue;
    for (let j = i + 2; j <= Math.min(out.length - 1, i + 4); j++) {
      if (!PARTICLES.has(out[j]!)) continue;
      let k = j;
      while (k + 1 < out.length && PARTICLES.has(out[k + 1]!) && k + 1 - j < 1) k += 1;
      const particles = out.splice(j, k - j + 1);
      out.splice(i + 1, 0, ...particles);
      break;
    }
  }
  return out;
}

export function normalize(message: string): Normalized {
  const folded = splitUnits(elisions(fold(message)));
  const raw = sentencesOf(folded).map((s) => ({ ...s, tokens: tokensOf(s.text).flatMap((t) => (CHAT[t] ?? t).split(" ")) }));
  const language = languageOf(raw.flatMap((s) => s.tokens));
  const sentences: Sentence[] = raw.map((s) => {
    const read = language ? readInEnglish(s.tokens, language) : { tokens: joinParticles(s.tokens), foreign: s.tokens.map(() => false) };
    const text = read.tokens.join(" ");
    return { tokens: read.tokens, foreign: read.foreign, ask: s.question || ASKS.test(text) };
  });
  // A message with no question in it ("my machine won't turn on") asks about all of itself.
  if (!sentences.some((s) => s.ask)) for (const s of sentences) s.ask = true;
  return { language, sentences, text: sentences.map((s) => s.tokens.join(" ")).join(". ") };
}
