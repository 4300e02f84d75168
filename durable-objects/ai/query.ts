/**
 * What a customer's question is about. The message is normalised (normalize.ts: chat spellings, sentences
 * that ask or tell the story, es/fr/de/pt read in English), typos are read as the knowledge base's own words
 * (vocabulary.ts), then its terms are found: a phrase of the support lexicon is one term, with the article
 * words it means as alternatives (lexicon.ts, everyday.ts; places and days are a question's setting, not its
 * topic); otherwise its key words, with a code the knowledge base does not list read as "not listed", and a
 * rare word the knowledge base never uses read through the words WordNet relates it to (related.ts). Also
 * what kind of answer it wants — a duration, a price, a time, a frequency, a place in the menus, steps, or yes or no —
 * and the product or model names it gives.
 */
import { stemmer } from "stemmer";
import type { Language } from "./glossary";
import { DAYS, MORE_EVERYDAY, PLACES } from "./everyday";
import { EVERYDAY, SYNONYMS } from "./lexicon";
import { REGIONAL } from "./regional";
import { commonness } from "./frequency";
import { relatedKnown } from "./related";

/** The commonest band of words (frequency.ts) read through WordNet's relations. */
const RELATED_COMMONNESS = 0;
import { normalize } from "./normalize";
import { isKeyWord, isSentiment, withoutCalculations, words } from "./text";
import { correction, EMPTY_VOCABULARY, overstemmed, type Vocabulary } from "./vocabulary";

/** The longest lexicon phrase, in words; texts are matched on word runs up to this length. */
export const MAX_GRAM = 5;

/** A word's or a phrase's Porter stems (the stemmer FTS5 uses), space-separated: "Wi-Fi" and "wi fi" are both "wi fi". */
export const stemKey = (text: string): string => words(text).map((w) => stemmer(w)).join(" ");

/** A text's stems and every run of up to MAX_GRAM stems, so phrases match too. */
export function gramsOf(text: string): Set<string> {
  const stems = words(text).map((w) => stemmer(w));
  const out = new Set<string>();
  for (let i = 0; i < stems.length; i++) {
    for (let n = 1; n <= MAX_GRAM && i + n <= stems.length; n++) out.add(stems.slice(i, i + n).join(" "));
  }
  return out;
}

interface LexiconEntry {
  /** Stems of the form. */
  key: string[];
  /** Texts it also means (article words), for FTS and for matching. */
  means: string[];
  /** A symmetric synonym (full credit) or an everyday/foreign form (the means are all there is). */
  kind: "synonym" | "everyday" | "setting";
}

const LEXICON: LexiconEntry[] = [];
for (const group of SYNONYMS) for (const form of group) LEXICON.push({ key: stemKey(form).split(" "), means: group.filter((g) => g !== form), kind: "synonym" });
for (const { forms, means } of [...EVERYDAY, ...MORE_EVERYDAY, ...REGIONAL]) for (const form of forms) LEXICON.push({ key: stemKey(form).split(" "), means, kind: "everyday" });
for (const { forms, means } of [...PLACES, ...DAYS]) for (const form of forms) LEXICON.push({ key: stemKey(form).split(" "), means, kind: "setting" });
// Longest first, so "where is my order" wins over "order".
LEXICON.sort((a, b) => b.key.length - a.key.length);
const BY_FIRST = new Map<string, LexiconEntry[]>();
for (const e of LEXICON) if (e.key[0]) BY_FIRST.set(e.key[0], [...(BY_FIRST.get(e.key[0]) ?? []), e]);

export interface Term {
  /** The customer's word or phrase. */
  text: string;
  /** Its stems. */
  key: string;
  /** Words and phrases that mean the same in articles (texts and their stem keys), without the term itself. */
  alternatives: { text: string; key: string; credit?: number }[];
  /** It is in a sentence that asks (not in the story around the question). */
  ask: boolean;
  /** A foreign word the glossary did not read and the knowledge base does not use. */
  foreign: boolean;
  /** Where or when ("Lisbon", "on Monday"): it narrows an answer down but is not what a question is about. */
  setting?: boolean;
  /** A word the knowledge base never uses, read only through the words WordNet relates it to. */
  related?: boolean;
  /** Says how rather than what: an adverb, a participle or a simile ("knackered", "kindly", "tastes like dishwater"). */
  modifier?: boolean;
}

export type AnswerKind = "duration" | "price" | "time" | "frequency" | "place" | "count" | "steps" | "yesno";

export interface Question {
  text: string;
  terms: Term[];
  wants: Set<AnswerKind>;
  /** Names the customer gives that look like products or models ("Brew Max", "X200"). */
  names: string[];
  /** The language the question is in, when not English. */
  language: Language | null;
  /** Typos read as known words ("machien→machine"), for the record. */
  corrected: string[];
  /** The sentences as read (in English, typos corrected), and whether each asks. */
  sentences: { text: string; ask: boolean }[];
}

const WANTS: [AnswerKind, RegExp][] = [
  ["duration", /\b(how long|how soon|how quick(ly)?|how many (business |working )?(days|weeks|hours|minutes|months|years)|when (will|does|do|would|can|should) (it|i|my|the|they|you|this|that)|how fast|until when|turnaround)\b/i],
  ["price", /\b(how much (is|are|does|do|will|would|for|to|extra|more)\b|how much\W*$|what does (it|that|this|the \w+) cost|costs?|price|fees?|pay (for|extra)|charge for|is (it|shipping|delivery) free|for free|euros?|dollars?|bucks|cheap(er|est)?|expensive|pric(ey|ier))\b/i],
  ["time", /\b(what time|by when|until when|cut ?-?off|deadline|latest|how late|in time|before what time|if i order at|order at \d)\b/i],
  ["frequency", /\bhow often\b|\bhow frequently\b/i],
  ["place", /\b(where (can|do|is|are|would|should) (i|it|my|the)|where to|which (menu|page|screen|tab|setting)|find (the|my|it)|located)\b/i],
  ["count", /\bhow (many|much (coffee|water|ground|beans|milk|descaler|space))\b/i],
  // "Can I…", "do I have to…", "does it…": answered by what may, must or will (not) happen.
  ["yesno", /(^|\. )(can|could|do|does|did|is|are|will|would|should|must|may|have|has)\b(?!.*\b(how|what|when|where|which|why)\b)/i],
  ["steps", /\b(how (do|can|should|would) (i|we|you)|how to|what (are the )?steps|walk me through|what do i (have to )?do|what should i do|set ?up|step by step|como (hago|puedo)|comment (faire|puis)|wie kann ich|como (faco|posso))\b/i],
];

/** Names that look like a product or model: capitalised words after a product word, or letters and digits mixed. */
function namesIn(text: string, vocabulary: Vocabulary): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b([A-Z][a-z]+(?:\s+[A-Z][A-Za-z0-9]+)+)\b/g)) {
    // "Is Brew Pro…", "My Brew One…": a capitalised word that opens the sentence is not part of the name.
    const parts = m[1]!.split(/\s+/);
    while (parts.length && !isKeyWord(parts[0]!.toLowerCase())) parts.shift();
    if (parts.length >= 2) out.add(parts.join(" "));
  }
  for (const m of text.matchAll(/\b([A-Za-z]{1,4}-?\d{2,5}[A-Za-z]?)\b/g)) out.add(m[1]!);
  // A model of a known line: "Brew Pro 2", "Brew One Plus", "brew pro max" (a name with a number or a model word after it).
  const model = /\b([A-Z][a-z]+ [A-Z][a-z]+)\s+(\d{1,2}|X|S|Plus|Max|Mini|Ultra|Lite|Pro|Go|Neo|Air|II|III|IV)\b(?!\s*(?:years?|months?|days?|weeks?|hours?|minutes?|times|cups|bags|g\b|ml|%))/g;
  for (const m of text.matchAll(model)) if (isKeyWord(m[1]!.split(" ")[0]!.toLowerCase())) out.add(`${m[1]} ${m[2]}`);
  // The same written in lower case, after a word of the knowledge base's own names: "the brew max", "brew pro 2".
  const lower = new RegExp(`\\b((?:[a-z]+ )?[a-z]+)\\s+(${MODEL_WORDS})\\b${NOT_A_QUANTITY}`, "gi");
  for (const m of text.matchAll(lower)) {
    const [a, b] = m[1]!.toLowerCase().split(" ");
    // "brew max", "brew pro 2", "brew one plus": the name's last word is one of its own, or a word it uses after one.
    const base = b === undefined ? (vocabulary.names.has(a!) ? a : null) : vocabulary.names.has(b) ? (vocabulary.names.has(a!) ? `${a} ${b}` : b) : vocabulary.names.has(a!) && vocabulary.words.has(b) ? `${a} ${b}` : null;
    if (base) out.add(`${base} ${m[2]}`);
  }
  // A brand the customer owns: "my Keurig", "our Nespresso".
  for (const m of text.matchAll(/\b(?:[Mm]y|[Oo]ur)\s+([A-Z][a-zA-Z]+)\b/g)) if (!KNOWN_FIRST.has(stemKey(m[1]!))) out.add(m[1]!);
  return [...out];
}

/** Words that make a model of a product line ("Max", "2", "Plus"). */
const MODEL_WORDS = "\\d{1,4}|x|s|se|xl|plus|max|mini|ultra|lite|neo|air|touch|elite|deluxe|ii|iii|iv";
/** …unless a quantity follows ("Brew Pro 2 years ago", "brew 3 cups"). */
const NOT_A_QUANTITY = "(?!\\s*(?:years?|months?|days?|weeks?|hours?|minutes?|mins?|seconds?|times|cups?|bags?|g|kg|ml|oz|l|%|x|am|pm|-))";

/** Words the lexicon knows on their own: a capitalised one is a common word, not a brand. */
const KNOWN_FIRST = new Set(LEXICON.filter((e) => e.key.length === 1).map((e) => e.key[0]!));

/**
 * A word that says how rather than what — an adverb or a participle ("kindly", "knackered", "beeping") —
 * describes the situation; what a question is about is a thing it names.
 */
const MODIFIER = /^[a-z]{3,}(ly|ed|ing)$/;

/** Marks a term key that is not a stem: it matches no passage. */
export const UNSTEMMED = "~";

/** An error or model code: letters then digits ("e7", "f12"). */
const CODE = /^([a-z]{1,2})(\d{1,3})$/;
const UNLISTED = ["not listed", "code not listed", "other codes"];
const ANSWER_CUES = new Set("quick quickly fast soon late early long often much many big far old hot cold strong".split(" "));
/** Money words that say a price is wanted, not what it is the price of. */
const CURRENCIES = new Set("euro euros eur dollar dollars usd bucks pounds gbp francs chf cheap cheaper cheapest expensive pricey pricier".split(" "));

/** Single words the lexicon knows: spelled right even when the knowledge base never uses them. */
const LEXICON_WORDS = new Map<string, number>();
for (const group of SYNONYMS) for (const form of group) for (const w of words(form)) LEXICON_WORDS.set(w, 1);
for (const { forms, means } of [...EVERYDAY, ...MORE_EVERYDAY, ...REGIONAL]) for (const form of [...forms, ...means]) for (const w of words(form)) LEXICON_WORDS.set(w, 1);

/** A word written as two that the lexicon knows as a phrase ("lockout" is "lock out", "autooff" "auto off"), or null. */
function compound(word: string, vocabulary: Vocabulary): string | null {
  if (word.length < 6 || vocabulary.words.has(word) || LEXICON_WORDS.has(word)) return null;
  for (let i = 2; i <= word.length - 2; i++) {
    const key = [stemmer(word.slice(0, i)), stemmer(word.slice(i))];
    if ((BY_FIRST.get(key[0]!) ?? []).some((e) => e.key.length === 2 && e.key[1] === key[1])) return `${word.slice(0, i)} ${word.slice(i)}`;
  }
  return null;
}

export function analyse(question: string, vocabulary: Vocabulary = EMPTY_VOCABULARY): Question {
  const normal = normalize(withoutCalculations(question));
  const terms: Term[] = [];
  const byKey = new Map<string, Term>();
  const add = (term: Term) => {
    const seen = byKey.get(term.key);
    if (seen) {
      seen.ask ||= term.ask;
      return;
    }
    byKey.set(term.key, term);
    terms.push(term);
  };
  const corrected: string[] = [];
  const sentences: Question["sentences"] = [];
  for (const sentence of normal.sentences) {
    const tokens = sentence.tokens.flatMap((t, i) => {
      if (sentence.foreign[i] || !isKeyWord(t)) return [t];
      const fixed = correction(t, vocabulary, LEXICON_WORDS) ?? compound(t, vocabulary);
      if (fixed) corrected.push(`${t}→${fixed}`);
      return (fixed ?? t).split(" ");
    });
    sentences.push({ text: tokens.join(" "), ask: sentence.ask });
    const stems = tokens.map((w) => stemmer(w));
    for (let i = 0; i < stems.length; ) {
      const entry = (BY_FIRST.get(stems[i]!) ?? []).find((e) => e.key.every((s, k) => stems[i + k] === s));
      // A one-word lexicon form that is a stopword ("away", "pay") counts only when it carries meaning (as "EU" does in English).
      if (entry && (entry.key.length > 1 || isKeyWord(tokens[i]!) || (entry.kind === "setting" && !normal.language))) {
        const phrase = tokens.slice(i, i + entry.key.length).join(" ");
        const key = entry.key.join(" ");
        add({ text: phrase, key, alternatives: entry.means.map((m) => ({ text: m, key: stemKey(m) })).filter((a) => a.key !== key), ask: sentence.ask, foreign: false, setting: entry.kind === "setting" });
        i += entry.key.length;
        continue;
      }
      // "how quick", "how late", "in euros", "cheaper": words that say what kind of answer is wanted, read as such (WANTS), not as the topic.
      if ((i > 0 && tokens[i - 1] === "how" && ANSWER_CUES.has(tokens[i]!)) || CURRENCIES.has(tokens[i]!)) {
        i += 1;
        continue;
      }
      if (isSentiment(tokens[i]!)) {
        i += 1;
        continue;
      }
      const code = CODE.exec(tokens[i]!);
      if (code && !vocabulary.words.has(tokens[i]!) && [...vocabulary.words.keys()].some((w) => w.startsWith(code[1]!) && CODE.test(w))) {
        // "E7" where the knowledge base lists E1–E5: a code it does not list, which articles of codes say what to do about.
        add({ text: tokens[i]!, key: stems[i]!, alternatives: UNLISTED.map((u) => ({ text: u, key: stemKey(u) })), ask: sentence.ask, foreign: false });
      } else if (isKeyWord(tokens[i]!)) {
        // A word whose stem only unrelated words share ("installments": "install") is a word the knowledge base does not use.
        const key = overstemmed(tokens[i]!, stems[i]!, vocabulary) ? `${UNSTEMMED}${tokens[i]}` : stems[i]!;
        // A word the knowledge base never uses is read through the words WordNet relates it to that it does use.
        const foreign = sentence.foreign[i]! && !vocabulary.words.has(tokens[i]!);
        // Only a word rarer than everyday talk: the senses of "weather" or "near" are too many to read it by.
        const related = foreign || vocabulary.byStem.has(stems[i]!) || commonness(tokens[i]!) > RELATED_COMMONNESS ? [] : relatedKnown(stems[i]!, vocabulary);
        const modifier = MODIFIER.test(tokens[i]!) || (i > 0 && tokens[i - 1] === "like");
        add({ text: tokens[i]!, key, alternatives: related, ask: sentence.ask, foreign, ...(related.length ? { related: true } : {}), ...(modifier ? { modifier } : {}) });
      }
      i += 1;
    }
  }
  // "Hi, I want to cancel my subscription. How do I do that?": the question is about the story's words.
  if (!terms.some((t) => t.ask)) for (const t of terms) t.ask = true;
  const wants = new Set<AnswerKind>(WANTS.filter(([, re]) => re.test(normal.text)).map(([k]) => k));
  if (wants.has("duration") || wants.has("frequency")) wants.delete("count");
  return { text: question, terms, wants, names: namesIn(question, vocabulary), language: normal.language, corrected, sentences };
}

/** What kind of facts a passage states, to meet what a question wants. */
export function answersIn(text: string): Set<AnswerKind> {
  const out = new Set<AnswerKind>();
  if (/\b\d+(\.\d+)?\s*(to|-|–|or)?\s*\d*\s*(business |working )?(minutes?|hours?|days?|weeks?|months?|years?)\b|\b(straight away|right away|immediately|same day|next business day|within \d+)\b/i.test(text)) out.add("duration");
  if (/[$€£]\s?\d|\d\s?(€|eur|usd|gbp)\b|\bfree\b|\bcosts?\b|\bno (cancellation )?fee\b/i.test(text)) out.add("price");
  if (/\b\d{1,2}\s?(am|pm)\b|\bbefore \d|\bhours before\b|\bat least \d+ hours\b/i.test(text)) out.add("time");
  if (/\bevery \d|\bevery (month|week|day|time)|\bonce a\b|\b\d+ (to \d+ )?(times|months)\b|\bhow often depends\b/i.test(text)) out.add("frequency");
  if (/\w >\s\w|\bunder [A-Z]|\bin the [A-Z][\w ]+ app\b|\bon the sticker\b/.test(text)) out.add("place");
  if (/\b\d+\b/.test(text)) out.add("count");
  if (/\b(can|can't|cannot|don't|doesn't|do not|does not|need|needs|needn't|must|only|always|never|not|no|automatically|also|too|either)\b/i.test(text)) out.add("yesno");
  if (/:\s*$|^(go|choose|select|press|tap|open|enter|pick|install|pour|place|empty|fill|check|make sure|plug|switch|drop|turn)\b|^to \w+/i.test(text.trim())) out.add("steps");
  return out;
}
