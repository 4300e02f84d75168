/**
 * Near misses: questions close to what the knowledge base covers that it does not answer, read from the
 * question's shape rather than from how much of it a passage covers (a near miss reuses the articles' own
 * words, so its coverage looks like a real match's).
 *
 * - The customer's own equipment ("my router keeps dropping", "how do I reset my modem"): a shop's articles
 *   cover its products, not the customer's home network, unless the question names the product too or
 *   asks what a change of their equipment means for it ("I got a new router, do I pair again?").
 * - What is asked for must be what the passage states: "do you sell X", "can I buy X", "does it make X",
 *   "is there an X", "can I pay with X" are answered only by a passage (with its heading and title) that
 *   states every word of X, by itself or by a word the support lexicon gives for it — not by one that
 *   shares the rest of the question ("do you sell gift cards" is not answered by "received it as a gift").
 * - The shop's own phone number, email or address is answered only by a passage that states one.
 * - A list of steps answers "how do I…" only when its lead-in, section or title names what is asked beyond
 *   the words most articles use (the steps to descale do not answer "how do I clean the milk frother").
 * - A thing the knowledge base never names, asked about: the word after "how much", "how many", "what",
 *   "which" ("how much caffeine", "what colour"), or a rare word in a yes-or-no question ("is the tank
 *   dishwasher safe?").
 */
import type { Passage } from "./passages";
import { commonness } from "./frequency";
import { gramsOf, stemKey, type Question, type Term } from "./query";
import { isKeyWord } from "./text";
import type { Vocabulary } from "./vocabulary";

/**
 * The customer's own equipment, which a shop's articles do not cover: resetting, fixing or the password of
 * "my home router", "our network", "my laptop".
 */
const OWN_DEVICE =
  /\b(reset|fix|repair|restart|reboot|configure|set ?up|update|speed up|password|passcode|pin|settings?|log ?in)\b[^.?!]{0,20}\b(my|our)\s+(home\s+|own\s+|house\s+)?(wi-?fi\s+|wireless\s+|internet\s+)?(router|modem|network|internet|laptop|computer|pc|mac|tv|television|printer|smart ?speaker)\b/;
/** Equipment of the customer's own that a shop's articles do not cover. */
const OWN_EQUIPMENT =
  /\b(my|our)\s+(home\s+|own\s+|house\s+|new\s+|old\s+)?(wi-?fi\s+|wireless\s+|internet\s+|broadband\s+)?(router|modem|network|internet|broadband|wi-?fi|laptop|computer|pc|mac|tv|television|printer|smart ?speaker|tablet|ipad)\b/;
/** Actions on it that a shop's articles do not cover: resetting, fixing, speeding up, its own settings. */
const OWN_ACTION =
  /\b(reset|fix|repair|restart|reboot|configure|set ?up|update|speed up|password|passcode|pin|settings?|log ?in|admin|channel|slow|drop(s|ping)?|keeps|disconnect\w*|connect\w*|work(s|ing)?|offline|firmware|signal|range|port|frequency|band)\b/;
/** …while a change of it is a question about what that means for the product ("I changed my router"). */
const CHANGED = /\b(changed|change|new|replaced|replace|switched|switch|moved|got a)\s+(my|our|the)?\s*(home\s+)?(wi-?fi\s+)?(router|modem|network|internet|wi-?fi|provider)\b/;
/** Words for the shop's product in any support knowledge base (the lexicon's words for a device, an app). */
const PRODUCT = /\b(machine|machines|coffee maker|brewer|appliance|app|device)\b/;

/** The customer asks about their own equipment: an action on it, or it as the subject, without the product. */
export function aboutOwnEquipment(question: Question, vocabulary: Vocabulary): boolean {
  if (OWN_DEVICE.test(question.text.toLowerCase())) return true;
  return question.sentences.some((s) => {
    const text = s.text;
    if (!OWN_EQUIPMENT.test(text) || !OWN_ACTION.test(text) || CHANGED.test(text)) return false;
    const mentionsProduct = PRODUCT.test(text) || text.split(" ").some((w) => vocabulary.names.has(w) && (vocabulary.words.get(w) ?? 0) >= 5);
    return !mentionsProduct;
  });
}

/** "do you sell / can I buy / does it make / is there / can I pay with" X: X is what is asked for. */
const ASKS_FOR = new RegExp(
  [
    // what the shop or its product offers: "do you sell", "does the X make", "does it come with"
    String.raw`\b(?:do|does|can|could|will|would|did)\s+(?:you|u|acme|it|they|(?:the|your|this|that)\s+\w+(?:\s+\w+)?)\s+(?:also\s+|still\s+|even\s+)?(?:sell|offer|have|stock|carry|make|produce|support|include|come with|work with|accept)`,
    // what the customer would get: "can I buy", "can I pay with"
    String.raw`\b(?:can|could|may)\s+(?:i|we)\s+(?:also\s+|still\s+)?(?:buy|order|purchase|rent|lease|pay with|pay by|pay in|pay using)`,
    String.raw`\b(?:is|are) there`,
    // a thing to make: "how do I make a latte" (not "make the machine stay awake")
    String.raw`\b(?:how (?:do|can|could|would) (?:i|we|you)|can (?:i|we|you)) make(?= (?:a|an|some) )`,
    String.raw`\bwhere (?:can|do) i (?:buy|order|purchase)`,
  ]
    .map((p) => `(?:${p})`)
    .join("|")
    .replace(/^/, "(?:")
    .concat(")") + String.raw`\s+(?:a|an|the|any|some|your|my|more|extra|other)?\s*((?:[a-z0-9'-]+\s*){1,4})`,
  "g",
);

/** Words before what is asked for that say nothing of it ("can I buy just one bag"). */
const SKIPPED = new Set(["just", "only", "also", "even", "really", "single", "a", "an", "one"]);

/** The words of the things asked for, in the sentences that ask. */
export function askedFor(question: Question): string[][] {
  const out: string[][] = [];
  for (const s of question.sentences) {
    if (!s.ask) continue;
    for (const m of s.text.matchAll(ASKS_FOR)) {
      const words: string[] = [];
      for (const w of m[1]!.trim().split(/\s+/)) {
        if (!words.length && SKIPPED.has(w)) continue;
        if (!isKeyWord(w)) break;
        words.push(w);
      }
      if (words.length) out.push(words);
    }
  }
  return out;
}

const FULL = 0.8;

function covers(term: Term, grams: Set<string>): boolean {
  if (grams.has(term.key)) return true;
  return term.alternatives.some((a) => (a.credit ?? FULL) >= FULL && grams.has(a.key));
}

/** A word of what is asked for that the quote (with its heading and title) does not state, or null. */
export function missingAskedFor(question: Question, units: Passage[]): string | null {
  const things = askedFor(question);
  if (!things.length || !units.length) return null;
  const grams = new Set<string>();
  for (const u of units) for (const g of [...gramsOf(u.text), ...gramsOf(u.section), ...gramsOf(u.title)]) grams.add(g);
  for (const words of things) {
    for (const w of words) {
      const stem = stemKey(w);
      const term = question.terms.find((t) => t.key.split(" ").includes(stem) || t.text.split(" ").includes(w));
      if (!term || term.setting) continue;
      if (!covers(term, grams)) return w;
    }
  }
  return null;
}

/** What a wh-question asks about: "how much caffeine", "how many watts", "what colour", "which kind of filter", "what size container". */
const WH_FOCUS = /\b(?:how (?:much|many)|what|which)\s+(?:(?:kind|kinds|type|types|sort|sorts|brand|brands|amount|number|level|size|sizes)\s+(?:of\s+)?)?(?:the\s+|a\s+|an\s+)?([a-z][a-z'-]+)/g;
/** Words after "what" that are not what is asked about ("what is", "what happens", "what do I…"). */
const NOT_A_FOCUS = new Set(
  ("is are was were do does did can could should would will happens happened if about else when time times day days way ways kind type sort thing things part options option the a an my your our its their this that these those i you we it they to in on for of " +
    // exclamations and fillers: "what the hell", "what's the deal with…", "what's the problem"
    "hell heck fuck fk frick deal point problem issue matter hold story use difference best").split(" "),
);

/** The word a wh-question asks about, when it names a thing ("caffeine" in "how much caffeine is in…"), or null. */
export function whFocus(question: Question): string | null {
  for (const s of question.sentences) {
    if (!s.ask) continue;
    for (const m of s.text.matchAll(WH_FOCUS)) {
      const w = m[1]!;
      if (!NOT_A_FOCUS.has(w) && isKeyWord(w)) return w;
    }
  }
  return null;
}

/**
 * The shop's own contact details — "what's your phone number", "your email address", "where is your head
 * office" — are answered only by a passage that states one: digits to call, an address to write to.
 */
const CONTACT_ASKED: [RegExp, RegExp][] = [
  [/\b(your|acme's|acme|the company's|customer service|support) (phone|telephone|hotline|helpline|whatsapp)( number)?\b|\b(number|phone number) (to|i can) (call|ring|text)\b/, /\+?\d[\d ()./-]{6,}\d/],
  [/\b(your|acme's|acme|the company's|customer service|support) (e-?mail)( address)?\b/, /[\w.+-]+@[\w-]+\.[\w.]+/],
  [/\b(your|acme's|acme|the company's) (postal |mailing |office |street |business )?address\b|\b(head ?office|headquarters|hq)\b|\bwhere (are you|is acme|is the company) (based|located)\b/, /\b\d+[a-z]? [A-Z]?[\w ]{2,30} (street|st|road|rd|avenue|ave|boulevard|blvd|lane|way|strasse|straße|rue|calle)\b|\b(p\.?o\.? box)\b/i],
];

/** The customer asks for the shop's phone number, email or address and the quote states none. */
export function contactDetailMissing(question: Question, units: Passage[]): boolean {
  const asked = question.sentences.filter((s) => s.ask).map((s) => s.text).join(". ");
  const text = units.map((u) => u.text).join(" ");
  return CONTACT_ASKED.some(([ask, stated]) => ask.test(asked) && !stated.test(text));
}

/**
 * "How do I make a latte / clean the frother?" answered with the steps to descale: a list of steps answers
 * a "how do I" question only when its lead-in, section or title names something the question asks, beyond
 * the words most articles use (the product's name, "machine").
 */
export function stepsOffTask(question: Question, units: Passage[], df: number[], docs: number, vocabulary: Vocabulary): boolean {
  if (!question.wants.has("steps") || !units.some((u) => u.kind === "step")) return false;
  const task = new Set<string>();
  for (const u of units) {
    for (const g of [...gramsOf(u.section), ...gramsOf(u.title)]) task.add(g);
    if (u.kind !== "step") for (const g of gramsOf(u.text)) task.add(g);
  }
  const telling = question.terms.filter((t, i) => t.ask && !t.setting && (df[i] ?? 0) > 0 && (df[i] ?? 0) * 2 < docs && !t.text.split(" ").every((w) => vocabulary.names.has(w)));
  return telling.length > 0 && !telling.some((t) => covers(t, task));
}

/** "How much caffeine…", "what colour…": a wh-question about a thing the knowledge base never names. */
function unknownWhFocus(question: Question, df: number[]): boolean {
  const focus = whFocus(question);
  if (!focus) return false;
  const key = stemKey(focus);
  const i = question.terms.findIndex((t) => t.key === key || t.key.split(" ").includes(key));
  if (i < 0) return false;
  const t = question.terms[i]!;
  return !t.foreign && !t.setting && ((df[i] ?? 0) === 0 || !!t.related);
}

/** "Is the tank dishwasher safe?", "is the House Blend organic?": a yes-or-no question about a rare thing the knowledge base never names. */
function unknownYesNo(question: Question, df: number[]): boolean {
  if (!question.wants.has("yesno")) return false;
  return question.terms.some((t, i) => t.ask && !t.foreign && !t.setting && !t.modifier && ((df[i] ?? 0) === 0 || !!t.related) && commonness(t.text) === 0);
}

/** A wh-question or a yes-or-no question about a thing the knowledge base never names. */
export function asksUnknownThing(question: Question, df: number[]): boolean {
  return unknownWhFocus(question, df) || unknownYesNo(question, df);
}
