/**
 * Plain-language helpers for the AI agent: the words of a question that carry meaning, a light stemmer
 * so "refunds" meets "refund", and the phrases people use to vent or to say an answer solved it.
 */

const STOPWORDS = new Set(
  (
    "a about above after again against all am an and any are aren't as at be because been before being below between both but by " +
    "can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has " +
    "hasn't have haven't having he her here hers herself him himself his how i i'd i'll i'm i've if in into is isn't it it's its " +
    "itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own same " +
    "she should shouldn't so some such than that that's the their theirs them themselves then there there's these they they'd " +
    "they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what " +
    "what's when when's where where's which while who who's whom why why's will with won't would wouldn't you you'd you'll you're " +
    "you've your yours yourself yourselves " +
    // chat filler that says nothing about the topic
    "hi hello hey hiya thanks thank thx please pls plz help question ask asking need needs want wants know tell get got getting " +
    "like just really also still yet anyone someone something anything way ok okay yes yeah hmm um uh guys team support acme " +
    "wondering wonder trying try tried able possible sure much many thing things one ones im ive dont cant wont isnt doesnt didnt " +
    "youre theres whats hows u ur pls lol long take takes make makes go goes put see say says stuff happen happens happened " +
    "yall y'all bruh bro dude lmao omg tbh idk imo fyi btw rn ngl smh ugh hiya sup tho listen " +
    "actually already again anyway every even ever far here instead lot lots maybe new now soon though well send sent way per " +
    // the commonest function words of Spanish, French, German and Portuguese that are not also English words
    // ("pour", "die", "son" are): language.ts reads a message in those languages
    "el la los las un una unos unas de del al y o que en mi mis tu su por para con es como cuando donde porque pero muy ya hay puedo quiero " +
    "le les des du et ou je tu il elle nous vous ils est sont mon ma mes ton ta votre vos avec sans dans sur pas ne comment quand ou pourquoi " +
    "der das dem des ein eine einen einem einer und oder ich du er sie es wir ihr mein meine meinen meinem mit ohne fur auf ist sind wie wann wo warum nicht kann " +
    "o os as um uma umas uns do da dos das e ou eu voce ele ela nos meu minha meus com sem em no na nao sim como quando onde porque muito pode posso " +
    "dauert tarda demora prend faut hago faco mache " +
    // how the customer feels is read by the sentiment rule, not searched for in articles
    "angry furious livid annoyed frustrated frustrating disappointed terrible horrible awful worst useless ridiculous unacceptable " +
    "pathetic joke outraged disgusted hate sick fed nightmare rubbish garbage absolutely seriously totally completely honestly literally " +
    "wtf damn bloody freaking"
  ).split(/\s+/),
);

/** Lowercase word tokens (letters, digits, apostrophes inside words). */
export function words(text: string): string[] {
  return (text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []).map((w) =>
    w.replace(/'s$/, ""),
  );
}

/** A light suffix stemmer: close enough to FTS5's porter stemmer for matching passages in JS. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith("es") && /(ch|sh|x|ss|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith("ly")) w = w.slice(0, -2);
  return w;
}

/** A word that can say what a question is about: not a stopword, not a bare number. */
export function isKeyWord(word: string): boolean {
  return word.length >= 2 && !STOPWORDS.has(word) && !/^\d+$/.test(word);
}

/** Numbers joined by arithmetic ("17 times 23", "4 + 5 * 2"): a calculation, whose operator words are not a topic. */
const CALCULATION =
  /\d+(?:[.,]\d+)?(?:\s*(?:[+*×÷=^]|\bx\b|\btimes\b|\bplus\b|\bminus\b|\bdivided\s+by\b|\bmultiplied\s+by\b|\bto\s+the\s+power\s+of\b)\s*\d+(?:[.,]\d+)?)+/gi;

/** The text with its calculations taken out. */
export function withoutCalculations(text: string): string {
  return text.replace(CALCULATION, " ");
}

/** The distinct words of a question that say what it is about. */
export function keyTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(withoutCalculations(text))) if (isKeyWord(w) && !out.includes(w)) out.push(w);
  return out;
}

/** The customer asks for a person: the multilingual handoff-intent classifier (intent.ts). */
export { wantsPerson as asksForPerson } from "./intent";

const NEGATIVE = new Set(
  (
    "angry furious livid annoyed frustrated frustrating disappointed disappointing terrible horrible awful worst useless ridiculous " +
    "unacceptable pathetic scam fraud rip-off ripoff joke incompetent outraged disgusted disgusting hate sick fed nightmare " +
    "rubbish garbage trash shameful lied lying liar waste wasted never-again broken-promise"
  ).split(/\s+/),
);
/** A word of how the customer feels ("scam", "useless"): read by the sentiment rule, never searched for. */
export const isSentiment = (word: string) => NEGATIVE.has(word);

const INTENSIFIERS = /(!{2,}|\?!|\bwtf\b|\bfed up\b|\bsick of\b|\bthird time\b|\bstill not\b|\bnever again\b)/i;

/** A rough sentiment check: enough angry words, shouting or exasperation reads as negative. */
export function isNegative(text: string): boolean {
  const ws = words(text);
  let score = ws.filter((w) => NEGATIVE.has(w)).length * 2;
  if (INTENSIFIERS.test(text)) score += 2;
  const letters = text.replace(/[^A-Za-z]/g, "");
  if (letters.length >= 12 && letters === letters.toUpperCase()) score += 2;
  return score >= 3;
}

const THANKS = /\b(that (solved|fixed|answered|helped|worked)|(it|this) (worked|helped|solved it|fixed it)|problem solved|all (sorted|good|set)|perfect,? thanks?|great,? thanks?|thanks?,? that('s| is) (it|all|what i needed))\b/i;

/** The customer says the answer solved it. */
export function saysSolved(text: string): boolean {
  return THANKS.test(text);
}

const SMALL_TALK = /^\s*(hi|hello|hey|hiya|good (morning|afternoon|evening)|yo|howdy|thanks?( you)?|thx|ok(ay)?|cool|great|bye|goodbye)[\s!.,?]*$/i;

/** A greeting or a thank-you with no question in it. */
export function isSmallTalk(text: string): boolean {
  return SMALL_TALK.test(text);
}
