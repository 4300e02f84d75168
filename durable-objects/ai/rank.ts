/**
 * Picks the passage that answers: every candidate unit (sentence, step, list item, saved answer) is scored
 * by how much of the question it covers itself — each term weighted by how rare it is in the knowledge
 * base (a word the knowledge base never uses by how rare it is in English; a word of the story around the
 * question less than one of the question itself, and less still in choosing among an article's units, where
 * a term few units state counts more) — with a little credit for its neighbours, its section heading and its
 * article's title, plus how much of the question the whole article covers, and a bonus when it states what
 * the question asks for (a duration, a price, a time, steps; for a yes-or-no question, what may, must or
 * will not happen). The best unit is then widened: a sentence brings the next one in its paragraph, any
 * neighbour that states the rest, and while there is room the one before it as context (at most three
 * units); a step or a sentence that introduces steps brings the whole list. A unit of the same article that
 * scores nearly as well (within RUNNER_UP_GAP) is quoted beside it, so near ties are not a coin toss.
 *
 * The confidence is the quote's coverage of the question (the context sentence aside), read with its heading and title, the story
 * around the question counting little; it drops when the quote states none of the facts asked for, or
 * only one of several terms (a chance match, "name" in "a name for my puppy"), and counts for more in a long
 * message, whose story dilutes it. `signals` says what it is
 * made of, and holds the share of rare words the knowledge base never uses (knowledge-base.ts refuses on it).
 */
import { commonness } from "./frequency";
import type { Passage } from "./passages";
import { answersIn, gramsOf, type AnswerKind, type Question, type Term } from "./query";

/** A match through an alternative (lexicon) word counts this much of the customer's own word. */
const ALTERNATIVE = 0.8;
/** Credit for a term found around the unit rather than in it. */
const AROUND = { neighbour: 0.45, lead: 0.6, section: 0.55, title: 0.35 } as const;
/** A term in the first words of a unit is what the unit is about ("Canada: Standard shipping takes…"). */
const SUBJECT_BONUS = 0.15;
/** How much an article whose title names the question's terms is preferred. */
const TITLE_BONUS = 0.25;
/** How much the whole article's coverage of the question counts beside the unit's own. */
const ARTICLE_WEIGHT = 0.3;
/** Each place down the BM25 order of sources costs this much. */
const RANK_COST = 0.02;
/** Bonus for a unit that states the kind of fact the question asks for. */
const WANTED_BONUS = 0.18;
/** …and for one that says what may, must or will (not) happen, for a yes-or-no question ("do I have to send it back?"). */
const YESNO_BONUS = 0.08;
/** A word the knowledge base never uses counts a little more than its rarest word. */
const UNKNOWN_FACTOR = 1;
const MAX_UNITS = 3;
/** A unit of the chosen article within this much of the best unit's score is quoted beside it. */
const RUNNER_UP_GAP = 0.2;
/** What is left of a unit's coverage, in ranking, when neither it nor its neighbours state a fact the question asks for. */
const FACTLESS_RANK = 0.7;
/** The confidence left to a quote that states only one of the question's terms: likely a chance match ("name" in "a name for my puppy"). */
const LONE_MATCH_FACTOR = 0.6;
/** The confidence left to a quote that states none of the facts the question asks for. */
const FACTLESS_FACTOR = 0.6;

export interface Choice {
  sourceId: string;
  source: Passage["source"];
  title: string;
  slug: string | null;
  units: Passage[];
  /** The quoted units as plain text. */
  quote: string;
  /** The quoted units the confidence is read from (the context around them aside). */
  stated: Passage[];
  /** How much of the question the quote and its context cover (0..1). */
  confidence: number;
  /** What the confidence is made of. */
  signals: Signals;
  /** The best-scored units, best first (diagnostics, and the margin to the best unit of another source). */
  ranking: { sourceId: string; slug: string | null; text: string; score: number }[];
}

export interface Signals {
  /** Coverage of the question by the quote, read with its neighbours, heading and title. */
  quote: number;
  /** Coverage by the quoted units alone. */
  own: number;
  /** Coverage by the whole article. */
  article: number;
  /** Share of the question's weight in asked words the knowledge base never uses. */
  unknown: number;
  /** How many of the question's terms the quote states (places and days not counted). */
  matched: number;
  /** The question asks for a duration, price, time or frequency and the quote states none. */
  factless: boolean;
  /** The chosen unit's ranking score. */
  score: number;
  /** How far ahead of the best unit of any other source it is. */
  margin: number;
  /** Coverage of the question by the chosen unit's title and section heading alone. */
  heading: number;
  /** Share of the question's weight in its heaviest asked term, when neither the quote nor its heading or title states it. */
  topMissed: number;
  /** Share of the question's weight in asked terms the quote (or its heading and title) states that few sources use (at most 3). */
  specific: number;
}

interface Unit {
  p: Passage;
  grams: Set<string>;
  subject: Set<string>;
  facts: Set<AnswerKind>;
  index: number;
}

function level(term: Term, grams: Set<string>): number {
  if (grams.has(term.key)) return 1;
  let best = 0;
  for (const a of term.alternatives) if (grams.has(a.key)) best = Math.max(best, a.credit ?? ALTERNATIVE);
  return best;
}

const anaphoric = (text: string) => /^(it|this|that|these|they|both|then|also|otherwise|if not|so)\b/i.test(text);

/** How much the unit-level idf shapes a term's weight in choosing the unit. */
const UNIT_IDF = 0.5;
/** …and this much in choosing the unit that answers. */
const UNIT_CONTEXT = 0.4;
/** A word in the story around the question counts this much; a word the knowledge base never uses, less. */
const CONTEXT_FACTOR = 0.7;
/** …and this much in the confidence: the answer must meet the question; the story only helps find it. */
const CONTEXT_CONFIDENCE = 0.3;
const UNKNOWN_CONTEXT_FACTOR = 0.25;
/** A foreign word the glossary could not read says little about the topic. */
const FOREIGN_FACTOR = 0.15;

/** An unknown word weighs less the commoner it is in everyday English (frequency.ts). */
const EVERYDAY_FACTOR = [1, 0.6, 0.3] as const;

/**
 * …and a word the knowledge base uses weighs a little less the commoner it is in everyday English: with a
 * few dozen articles the idf is noisy, and an everyday word the articles happen to use rarely ("keeps",
 * "whether", "work", "again") says less about the topic than a rare one ("descale", "invoice").
 */
const KNOWN_EVERYDAY = [1, 0.85, 0.6] as const;

/** BM25's idf: a term in most articles weighs almost nothing, a rare one a lot; an unknown one the most (when asked about). */
export function weightsOf(question: Question, docs: number, df: number[], context = CONTEXT_FACTOR): number[] {
  const idf = (n: number) => Math.log((docs - n + 0.5) / (n + 0.5) + 1);
  return question.terms.map((t, i) => {
    // A word read only through WordNet's relations weighs as the unknown word it is.
    const known = (df[i] ?? 0) > 0 && !t.related;
    const base = known ? idf(Math.min(df[i]!, docs)) * KNOWN_EVERYDAY[commonness(t.text)] : idf(1) * UNKNOWN_FACTOR * EVERYDAY_FACTOR[commonness(t.text)];
    const place = t.ask ? 1 : known ? context : UNKNOWN_CONTEXT_FACTOR;
    return base * place * (GENERIC.has(t.text) ? GENERIC_FACTOR : 1) * (t.foreign && !known ? FOREIGN_FACTOR : 1) * (known && /^[a-z]{1,3}\d{1,3}$/.test(t.text) ? CODE_FACTOR : 1);
  });
}

/** A code the knowledge base knows ("E3", "ABP"… with digits) is most of what the question is about. */
const CODE_FACTOR = 2;

/** Counting and time words say little about the topic (what the question wants is read separately). */
const GENERIC = new Set(
  "one two three four five six seven eight nine ten first second last next yesterday today tomorrow tonight week weeks month months day days year years ago hour hours minute minutes time times morning evening night find look see nothing everything mean means meaning".split(" "),
);
const GENERIC_FACTOR = 0.35;

/** The unit's first few words, where its subject is. */
const subjectOf = (text: string) => gramsOf(text.split(/\s+/).slice(0, 4).join(" "));

/**
 * A long message tells a story around its question (often in one run-on sentence, which nothing marks as the
 * story), and each of its words the quote does not state lowers the coverage though the quote answers as
 * well: from SHORT words on, the coverage counts for more, up to LONG_BOOST times from LONG words on.
 */
const SHORT = 10;
const LONG = 20;
const LONG_BOOST = 1.4;
const lengthBoost = (text: string) => {
  const n = text.split(/\s+/).filter(Boolean).length;
  return 1 + (LONG_BOOST - 1) * Math.min(1, Math.max(0, (n - SHORT) / (LONG - SHORT)));
};

/** The best answer among the candidate passages, or null when there is nothing to choose from. */
export function choose(question: Question, docs: number, df: number[], passages: Passage[], sourceOrder: string[] = []): Choice | null {
  const terms = question.terms;
  if (terms.length === 0 || passages.length === 0) return null;
  const weights = weightsOf(question, docs, df);
  const total = weights.reduce((a, b) => a + b, 0);

  const units: Unit[] = passages.map((p, index) => ({ p, grams: gramsOf(p.text), subject: subjectOf(p.text), facts: answersIn(p.text), index }));
  const gramCache = new Map<string, Set<string>>();
  const grams = (text: string) => gramCache.get(text) ?? gramCache.set(text, gramsOf(text)).get(text)!;
  const at = (u: Unit, offset: number) => {
    const n = units[u.index + offset];
    return n && n.p.sourceId === u.p.sourceId && n.p.block === u.p.block ? n : null;
  };
  /** The sentence that introduces a list ("…follow these steps:"), for the list's units. */
  const leadOf = (u: Unit): Unit | null => {
    if (u.p.kind !== "step" && u.p.kind !== "item") return null;
    const first = units[u.index - u.p.position];
    const prev = first ? units[first.index - 1] : undefined;
    return prev && prev.p.sourceId === u.p.sourceId && prev.p.block === u.p.block - 1 && /:\s*$/.test(prev.p.text) ? prev : null;
  };
  const aroundLevel = (u: Unit, t: Term) =>
    Math.max(
      ...[at(u, -1), at(u, 1)].map((n) => (n && u.p.kind === "sentence" ? level(t, n.grams) * AROUND.neighbour : 0)),
      (() => {
        const lead = leadOf(u);
        return lead ? level(t, lead.grams) * AROUND.lead : 0;
      })(),
      level(t, grams(u.p.section)) * AROUND.section,
      level(t, grams(u.p.title)) * (u.p.source === "answer" ? 0.9 : AROUND.title),
    );

  const rankOf = (sourceId: string) => Math.max(0, sourceOrder.indexOf(sourceId));
  const titleShare = new Map<string, number>();
  // Everything a source says, title and headings included: how much of the question the article is about.
  const sourceGrams = new Map<string, Set<string>>();
  for (const u of units) {
    const g = sourceGrams.get(u.p.sourceId) ?? sourceGrams.set(u.p.sourceId, new Set(grams(u.p.title))).get(u.p.sourceId)!;
    for (const x of u.grams) g.add(x);
    for (const x of grams(u.p.section)) g.add(x);
    if (titleShare.has(u.p.sourceId)) continue;
    titleShare.set(u.p.sourceId, terms.reduce((sum, t, i) => sum + weights[i]! * level(t, grams(u.p.title)), 0) / total);
  }
  const articleShare = new Map<string, number>();
  for (const [id, g] of sourceGrams) articleShare.set(id, terms.reduce((sum, t, i) => sum + weights[i]! * level(t, g), 0) / total);
  const hardWants = [...question.wants].filter((k) => k === "duration" || k === "price" || k === "time" || k === "frequency");
  // The story around the question finds the article; which of its units answers is read from what is asked.
  // A term that few units state picks the unit out ("replacement" among the units about damage): a unit-level idf.
  const unitDf = terms.map((t) => units.reduce((n, u) => n + (level(t, u.grams) > 0 ? 1 : 0), 0));
  const unitIdf = unitDf.map((n) => (n === 0 ? 1 : Math.log(1 + units.length / n) / Math.log(1 + units.length)));
  const unitWeights = weightsOf(question, docs, df, UNIT_CONTEXT).map((w, i) => w * (1 - UNIT_IDF + UNIT_IDF * unitIdf[i]!));
  const unitTotal = unitWeights.reduce((a, b) => a + b, 0);
  let best: { u: Unit; score: number } | null = null;
  const scored: { u: Unit; score: number }[] = [];
  for (const u of units) {
    let covered = 0;
    for (const [i, t] of terms.entries()) {
      const own = level(t, u.grams);
      covered += unitWeights[i]! * (Math.max(own, aroundLevel(u, t)) + (own > 0 && level(t, u.subject) > 0 ? SUBJECT_BONUS : 0));
    }
    covered = (covered / unitTotal) * total;
    covered += total * TITLE_BONUS * (titleShare.get(u.p.sourceId) ?? 0);
    const wanted = [...question.wants].some((k) => k !== "steps" && k !== "yesno" && u.facts.has(k)) ? WANTED_BONUS : question.wants.has("yesno") && u.facts.has("yesno") ? YESNO_BONUS : 0;
    // "How do I…" is best answered by steps, or the sentence that introduces them.
    const introducesSteps = u.p.kind === "step" || (/:\s*$/.test(u.p.text) && units[u.index + 1]?.p.kind === "step" && units[u.index + 1]?.p.sourceId === u.p.sourceId);
    const steps = question.wants.has("steps") ? (introducesSteps ? WANTED_BONUS : u.facts.has("steps") ? WANTED_BONUS / 3 : 0) : 0;
    // A unit that states none of the facts asked for (nor its neighbours, which widening may add) answers less.
    const factual = hardWants.length === 0 || [u, at(u, -1), at(u, 1)].some((n) => n && hardWants.some((k) => n.facts.has(k)));
    const score = (covered / total) * (factual ? 1 : FACTLESS_RANK) + ARTICLE_WEIGHT * (articleShare.get(u.p.sourceId) ?? 0) + wanted + steps - rankOf(u.p.sourceId) * RANK_COST - u.p.block * 0.0005;
    scored.push({ u, score });
    if (!best || score > best.score) best = { u, score };
  }
  if (!best) return null;

  const context = new Set<Unit>();
  const quoted = widen(best.u, question, terms, weights, units, at, leadOf, context);
  // A unit of the same article that scores almost as well is quoted too: when two of its sentences answer
  // about equally, the customer gets both rather than a coin toss between them. The confidence is read from
  // it as from the rest of the quote; the facts asked for and what is asked for (near-miss.ts) are not.
  const bestU = best.u;
  const runnerUps = new Set<Unit>();
  const runnerUp = scored
    .filter((x) => x.u !== bestU && x.u.p.kind !== "step" && x.u.p.sourceId === bestU.p.sourceId && !quoted.includes(x.u) && x.score >= best!.score - RUNNER_UP_GAP)
    .sort((a, b) => b.score - a.score)[0];
  if (runnerUp && !quoted.some((u) => u.p.kind === "step")) {
    const extra = [runnerUp.u, ...(anaphoric(runnerUp.u.p.text) && at(runnerUp.u, -1) && !quoted.includes(at(runnerUp.u, -1)!) ? [at(runnerUp.u, -1)!] : [])];
    for (const u of extra) {
      quoted.push(u);
      context.add(u);
      runnerUps.add(u);
    }
    quoted.sort((a, b) => a.index - b.index);
  }
  // Confidence: how much of the question the quote covers, read with its heading and title. A whole list of
  // steps quoted for what is not a "how do I" question is judged by the step chosen and its lead-in: a long
  // list covers many words by chance ("extension" in "…not into an extension cord").
  const list = quoted.some((u) => u.p.kind === "step") && quoted.length > 2 && !question.wants.has("steps");
  const judged = list ? quoted.filter((u) => u === best!.u || (best!.u.p.kind === "step" && u.p.kind !== "step")) : quoted.filter((u) => !context.has(u) || runnerUps.has(u));
  const sure = weightsOf(question, docs, df, CONTEXT_CONFIDENCE);
  const sureTotal = sure.reduce((a, b) => a + b, 0);
  let covered = 0;
  let own = 0;
  let matched = 0;
  let settings = 0;
  let unknown = 0;
  let heading = 0;
  let specific = 0;
  let top = -1;
  const headGrams = new Set([...grams(best.u.p.title), ...grams(best.u.p.section)]);
  for (const [i, t] of terms.entries()) {
    if (t.ask && !t.setting && (top < 0 || sure[i]! > sure[top]!)) top = i;
    heading += sure[i]! * level(t, headGrams);
    const inQuote = Math.max(...judged.map((u) => level(t, u.grams)));
    const around = Math.max(...judged.map((u) => aroundLevel(u, t)));
    covered += sure[i]! * Math.max(inQuote, Math.min(1, around * 1.4));
    own += sure[i]! * inQuote;
    if (inQuote > 0 && !t.setting) matched += 1;
    if (t.ask && (df[i] ?? 0) > 0 && (df[i] ?? 0) <= 3 && Math.max(inQuote, level(t, headGrams)) > 0) specific += sure[i]!;
    if (inQuote > 0 && t.setting) settings += 1;
    // A rare word the knowledge base never uses, asked about: what the question is about, and nowhere here.
    // (One read through WordNet's relations counts for what the quote does not state of it.)
    if (((df[i] ?? 0) === 0 || t.related) && t.ask && commonness(t.text) === 0 && !t.foreign && !t.modifier) unknown += sure[i]! * (1 - inQuote);
  }
  // A question that asks for a duration, a price, a time or a frequency is not answered by a quote that states none.
  const wanted = [...question.wants].filter((k) => k === "duration" || k === "price" || k === "time" || k === "frequency");
  const factless = wanted.length > 0 && !wanted.some((k) => quoted.some((u) => !runnerUps.has(u) && u.facts.has(k)));
  const p = best.u.p;
  const t0 = (i: number) => terms[i]!;
  return {
    sourceId: p.sourceId,
    source: p.source,
    title: p.title,
    slug: p.slug,
    units: quoted.map((u) => u.p),
    quote: quoteText(quoted.map((u) => u.p)),
    stated: judged.filter((u) => !runnerUps.has(u)).map((u) => u.p),
    confidence: Math.min(1, (covered / sureTotal) * lengthBoost(question.text)) * (factless ? FACTLESS_FACTOR : 1) * (matched === 0 ? LONE_MATCH_FACTOR ** 2 : matched + settings === 1 && terms.filter((t) => t.ask).length >= 2 ? LONE_MATCH_FACTOR : 1),
    signals: { quote: Math.min(1, covered / sureTotal), own: own / sureTotal, article: articleShare.get(p.sourceId) ?? 0, unknown: unknown / sureTotal, matched, factless, score: best.score, heading: heading / sureTotal, specific: specific / sureTotal, topMissed: top >= 0 && Math.max(...judged.map((u) => level(t0(top), u.grams)), level(t0(top), headGrams)) === 0 ? sure[top]! / sureTotal : 0, margin: best.score - Math.max(0, ...scored.filter((x) => x.u.p.sourceId !== p.sourceId).map((x) => x.score)) },
    ranking: scored
      .sort((a, b) => b.score - a.score)
      .slice(0, 8)
      .map(({ u, score }) => ({ sourceId: u.p.sourceId, slug: u.p.slug, text: u.p.text, score })),
  };
}

/** The best unit, with the neighbours that state the rest of the answer (at most three units), or its whole list of steps. */
function widen(
  u: Unit,
  question: Question,
  terms: Term[],
  weights: number[],
  units: Unit[],
  at: (u: Unit, offset: number) => Unit | null,
  leadOf: (u: Unit) => Unit | null,
  context: Set<Unit> = new Set(),
): Unit[] {
  // A list of steps is quoted whole, with the sentence that introduces it: for "how do I…", and for a chosen
  // step too (the steps before it are usually what to try first), as for a sentence that introduces steps.
  const stepsAfter = (x: Unit) => {
    const next = units[x.index + 1];
    return /:\s*$/.test(x.p.text) && next && next.p.sourceId === x.p.sourceId && next.p.block === x.p.block + 1 && next.p.kind === "step" ? next : null;
  };
  const firstStep = u.p.kind === "step" ? units[u.index - u.p.position]! : stepsAfter(u);
  if (firstStep) {
    const steps = units.filter((x) => x.p.sourceId === firstStep.p.sourceId && x.p.block === firstStep.p.block);
    const lead = leadOf(firstStep);
    return [...(lead ? [lead] : []), ...steps];
  }
  const out = [u];
  const has = (t: Term) => out.some((x) => level(t, x.grams) > 0);
  const total = weights.reduce((a, b) => a + b, 0);
  const wanted = [...question.wants].filter((k) => k !== "steps" && k !== "count" && k !== "yesno");
  for (const offset of [-1, 1, 2, -2]) {
    if (out.length >= MAX_UNITS || u.p.kind !== "sentence") break;
    const n = at(u, offset);
    if (!n || (Math.abs(offset) === 2 && !out.includes(at(u, offset / 2)!))) continue;
    const adds = terms.reduce((sum, t, i) => sum + (!has(t) && level(t, n.grams) > 0 ? weights[i]! : 0), 0) / total;
    const fact = wanted.some((k) => !out.some((x) => x.facts.has(k)) && n.facts.has(k));
    // The sentence after says what the chosen one leads to ("…it is probably in standby. After 30 minutes…"): quoted too.
    const needed = (offset === -1 && anaphoric(u.p.text)) || offset === 1 || (offset === -1 && /\?$/.test(n.p.text) && out.length === 1);
    if (adds >= 0.12 || fact || needed) out.push(n);
    // The sentence before sets the scene of the one chosen (which often answers a detail of it): quoted as
    // context while there is room, but the confidence is not read from it.
    else if (offset === -1) {
      out.push(n);
      context.add(n);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Units as plain text: sentences run on, steps are numbered, items get a dash. */
export function quoteText(units: Passage[]): string {
  const lines: string[] = [];
  let prev: Passage | null = null;
  for (const p of units) {
    const text = p.kind === "step" ? `${p.position + 1}. ${p.text}` : p.kind === "item" ? `- ${p.text}` : p.text;
    if (prev && prev.kind === "sentence" && p.kind === "sentence" && prev.block === p.block) lines[lines.length - 1] += ` ${text}`;
    else lines.push(text);
    prev = p;
  }
  return lines.join("\n");
}
