/**
 * Measures the embedded responder and the intent classifier on one evaluation set, the same way for the
 * tuning, development and sealed test sets. Misses are listed (by category) only when asked for: never for
 * the sealed test set, whose questions no code prints.
 */
import { expect } from "vitest";
import { ask, isPersonRequest, line, scoreAnswer } from "./score";

export interface EvalSet {
  answerable: { question: string; slug: string; answer: string[]; angry?: boolean }[];
  /** `why` starting "near miss" marks a question close to what the knowledge base covers. */
  unanswerable: { question: string; why?: string }[];
  person: { message: string }[];
  notPerson: { message: string }[];
}

export interface Figures {
  answerQuote: number;
  article: number;
  answerable: number;
  refused: number;
  unanswerable: number;
  nearMissRefused: number;
  nearMisses: number;
  person: number;
  persons: number;
  falseHandoffs: number;
  notPersons: number;
  angryFirst: number;
  angry: number;
  /** Confidence of each answer that states the answer, and of each unanswerable question the responder answered. */
  goodConfidences: number[];
  badConfidences: number[];
}

/** Misses by category, for the sets whose questions may be read. */
export interface Misses {
  wrongArticle: string[];
  refusedAnswerable: string[];
  wrongPassage: string[];
  falseAnswer: string[];
  intent: string[];
}

export const noMisses = (): Misses => ({ wrongArticle: [], refusedAnswerable: [], wrongPassage: [], falseAnswer: [], intent: [] });

const empty = (): Figures => ({
  answerQuote: 0, article: 0, answerable: 0, refused: 0, unanswerable: 0, nearMissRefused: 0, nearMisses: 0,
  person: 0, persons: 0, falseHandoffs: 0, notPersons: 0, angryFirst: 0, angry: 0, goodConfidences: [], badConfidences: [],
});

/** Two sets of figures added up. */
export function sum(a: Figures, b: Figures): Figures {
  const out = empty();
  for (const k of Object.keys(out) as (keyof Figures)[]) {
    if (k === "goodConfidences" || k === "badConfidences") out[k] = [...a[k], ...b[k]];
    else out[k] = a[k] + b[k];
  }
  return out;
}

/**
 * The figures of a set, split into the questions its misses may be shown for and its held-out quarter
 * (`heldOut`); misses are listed (when asked for) for the shown part only.
 */
export async function measure(set: EvalSet, misses: Misses | null, held: (index: number) => boolean = () => false): Promise<{ all: Figures; shown: Figures; held: Figures }> {
  const parts = { shown: empty(), held: empty() };
  const shown = (i: number) => !held(i);
  let f = parts.shown;
  const at = (i: number) => (f = held(i) ? parts.held : parts.shown);
  for (const [i, q] of set.answerable.entries()) {
    at(i);
    const s = await scoreAnswer(q);
    f.answerable += 1;
    if (s.rightArticle) f.article += 1;
    if (s.statesAnswer) {
      f.answerQuote += 1;
      f.goodConfidences.push(s.reply.confidence);
    }
    if (q.angry) {
      f.angry += 1;
      if (s.answeredFirst) f.angryFirst += 1;
    }
    if (misses && shown(i) && !s.statesAnswer) {
      const r = s.reply;
      if (r.kind !== "answer") misses.refusedAnswerable.push(`  [${i}] "${q.question}" (${q.slug}; ${r.confidence.toFixed(2)}${r.text ? ` ${r.text}` : ""})`);
      else {
        const got = `${r.sources[0]?.slug} (${r.confidence.toFixed(2)}): "${r.quote?.replace(/\n/g, " ").slice(0, 200)}"`;
        if (s.rightArticle) misses.wrongPassage.push(`  [${i}] "${q.question}" wants ${JSON.stringify(q.answer)} → ${got}`);
        else misses.wrongArticle.push(`  [${i}] "${q.question}" (${q.slug}) → ${got}`);
      }
    }
  }
  for (const [i, q] of set.unanswerable.entries()) {
    at(i);
    f.unanswerable += 1;
    const near = /^near miss/i.test(q.why ?? "");
    if (near) f.nearMisses += 1;
    const reply = await ask(q.question);
    if (reply.kind === "cannot_help") {
      f.refused += 1;
      if (near) f.nearMissRefused += 1;
    } else {
      f.badConfidences.push(reply.confidence);
      if (misses && shown(i)) misses.falseAnswer.push(`  [${i}]${near ? " (near miss)" : ""} "${q.question}" → ${reply.sources[0]?.slug} (${reply.confidence.toFixed(2)}): "${reply.quote?.replace(/\n/g, " ").slice(0, 100)}"`);
    }
  }
  for (const [i, m] of set.person.entries()) {
    at(i);
    f.persons += 1;
    if (isPersonRequest(m.message)) f.person += 1;
    else if (misses && shown(i)) misses.intent.push(`  person request missed [${i}] "${m.message}"`);
  }
  for (const [i, m] of set.notPerson.entries()) {
    at(i);
    f.notPersons += 1;
    if (isPersonRequest(m.message)) {
      f.falseHandoffs += 1;
      if (misses && shown(i)) misses.intent.push(`  false handoff [${i}] "${m.message}"`);
    }
  }
  return { all: sum(parts.shown, parts.held), ...parts };
}

export const report = (title: string, f: Figures) =>
  [
    title,
    line("answered, right article + answering quote", f.answerQuote, f.answerable),
    line("answered with the right article", f.article, f.answerable),
    line("correctly refused", f.refused, f.unanswerable),
    ...(f.nearMisses ? [line("  of which near misses refused", f.nearMissRefused, f.nearMisses)] : []),
    line("requests for a person recognised", f.person, f.persons),
    line("false handoffs (lower is better)", f.falseHandoffs, f.notPersons),
    ...(f.angry ? [line("angry questions answered before the handoff", f.angryFirst, f.angry)] : []),
  ].join("\n");

export const listMisses = (title: string, m: Misses) =>
  [
    `${title} (held-out ones not shown):`,
    ` wrong article (${m.wrongArticle.length}):`,
    ...m.wrongArticle,
    ` refused an answerable question (${m.refusedAnswerable.length}):`,
    ...m.refusedAnswerable,
    ` right article, quote does not state the answer (${m.wrongPassage.length}):`,
    ...m.wrongPassage,
    ` answered an unanswerable question (${m.falseAnswer.length}):`,
    ...m.falseAnswer,
    ` intent (${m.intent.length}):`,
    ...m.intent,
  ].join("\n");

export const share = (n: number, of: number) => (of === 0 ? 0 : (n / of) * 100);

/** Every fourth question of a set is held out: counted, never looked at question by question. */
export { heldOut } from "./questions";

export const sweep = (f: Figures) =>
  [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6].map((t) => `  ${t}: ${f.goodConfidences.filter((c) => c >= t).length} / ${f.badConfidences.filter((c) => c >= t).length}`);

/** Floors sit this many points below the scores measured when they were set (README, "Evaluation"). */
export const MARGIN = 5;

export interface Measured {
  answerQuote: number;
  article: number;
  refused: number;
  person: number;
  falseHandoff: number;
  angryFirst?: number;
}

/** Each figure at least its floor: the measured score minus MARGIN (plus, for false handoffs). */
export function expectFloors(f: Figures, m: Measured) {
  expect(share(f.answerQuote, f.answerable)).toBeGreaterThanOrEqual(m.answerQuote - MARGIN);
  expect(share(f.article, f.answerable)).toBeGreaterThanOrEqual(m.article - MARGIN);
  expect(share(f.refused, f.unanswerable)).toBeGreaterThanOrEqual(m.refused - MARGIN);
  expect(share(f.person, f.persons)).toBeGreaterThanOrEqual(m.person - MARGIN);
  expect(share(f.falseHandoffs, f.notPersons)).toBeLessThanOrEqual(m.falseHandoff + MARGIN);
  if (m.angryFirst !== undefined && f.angry) expect(share(f.angryFirst, f.angry)).toBeGreaterThanOrEqual(m.angryFirst - MARGIN);
}
