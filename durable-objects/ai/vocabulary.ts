/**
 * The words a site's knowledge base uses, for reading customers' typos: "machien" is "machine", "pasword"
 * is "password", "trun" is "turn". Built from the passage index the first time a question needs it and
 * kept in memory while the index does not change (a cheap count and rowid sum tell; re-indexing an article
 * gives its passages new rowids), so a question costs one small query, not a read of the whole index.
 *
 * A word is corrected only to a word the knowledge base (or the support lexicon) knows, within a small
 * Damerau-Levenshtein distance that grows with its length: a four-letter word only by swapping two
 * neighbouring letters, five to seven letters by one edit, longer words by two. A common English word is
 * never corrected (frequency.ts), only read as the known word it inflects ("added" → "add"); nor is a rarer
 * word WordNet knows ("heaps" is not "helps": related.ts).
 */
import distance from "damerau-levenshtein";
import { stemmer } from "stemmer";
import { commonness } from "./frequency";
import { isEnglish } from "./related";
import { tokensOf, fold } from "./normalize";

export interface Vocabulary {
  /** Each folded word of the knowledge base, with how many passages use it. */
  words: Map<string, number>;
  /** The words of each Porter stem. */
  byStem: Map<string, string[]>;
  /** Words the knowledge base writes capitalised inside a sentence at least as often as not: the parts of its names ("brew", "pro", "acme"). */
  names: Set<string>;
}

export const EMPTY_VOCABULARY: Vocabulary = { words: new Map(), byStem: new Map(), names: new Set() };

/**
 * The stemmer cuts some words to a stem they share with unrelated ones ("installments" and "install" are both
 * "instal"): a word is read through its stem only when the knowledge base has a word of that stem of about
 * its length. True when the knowledge base does not know the word by stem at all, too.
 */
export function overstemmed(word: string, stem: string, vocabulary: Vocabulary): boolean {
  const kin = vocabulary.byStem.get(stem);
  if (!kin || vocabulary.words.size === 0) return false;
  return !kin.some((w) => Math.abs(w.length - word.length) <= 3);
}

const cache = new Map<string, { version: string; vocabulary: Vocabulary }>();
const MAX_SITES = 32;

/** The site's vocabulary, rebuilt only when its passage index changed. Call after `syncPassages`. */
export async function vocabularyOf(db: D1Database, siteId: string): Promise<Vocabulary> {
  const v = await db.prepare("SELECT count(*) AS n, coalesce(sum(rowid), 0) AS s FROM kb_passages WHERE site_id = ?").bind(siteId).first<{ n: number; s: number }>();
  const version = `${v?.n ?? 0}:${v?.s ?? 0}`;
  const hit = cache.get(siteId);
  if (hit && hit.version === version) return hit.vocabulary;
  const rows = await db.prepare("SELECT title, section, text FROM kb_passages WHERE site_id = ?").bind(siteId).all<{ title: string; section: string; text: string }>();
  const words = new Map<string, number>();
  const capitalised = new Map<string, number>();
  const seenTitles = new Set<string>();
  for (const r of rows.results) {
    const heads = seenTitles.has(r.title + r.section) ? "" : `${r.title} ${r.section}`;
    seenTitles.add(r.title + r.section);
    for (const w of tokensOf(fold(`${heads} ${r.text}`))) words.set(w, (words.get(w) ?? 0) + 1);
    for (const m of r.text.matchAll(/(?<=[^.!?:\s][ \t]{1,3})([A-Z][a-z]+)\b/g)) capitalised.set(fold(m[1]!), (capitalised.get(fold(m[1]!)) ?? 0) + 1);
  }
  const names = new Set([...capitalised].filter(([w, n]) => n * 2 >= (words.get(w) ?? 0)).map(([w]) => w));
  const byStem = new Map<string, string[]>();
  for (const w of words.keys()) {
    const st = stemmer(w);
    byStem.set(st, [...(byStem.get(st) ?? []), w]);
  }
  const vocabulary = { words, byStem, names };
  cache.delete(siteId);
  cache.set(siteId, { version, vocabulary });
  if (cache.size > MAX_SITES) cache.delete(cache.keys().next().value!);
  return vocabulary;
}

/** Edits allowed for a word of this length (four letters: a swap of neighbours only). */
const budget = (length: number) => (length >= 8 ? 2 : length >= 5 ? 1 : length === 4 ? 1 : 0);

const swapOnly = (a: string, b: string) => {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
};

/**
 * The known word a typo most likely means, or null: the nearest within the budget, the more frequent on a
 * tie. `known` are other words that count as spelled right (the lexicon's), and are candidates too.
 */
export function correction(word: string, vocabulary: Vocabulary, known: Map<string, number>): string | null {
  if (word.length < 4 || /\d/.test(word) || vocabulary.words.has(word) || known.has(word)) return null;
  // "added" is "add", "hottest" is "hot": an inflection of a known word (which the stemmer may cut differently).
  // A common word only by a regular ending ("offer" is not "off"); "-er" and "-est" of rarer ones.
  const common = commonness(word) > 0;
  const bases = [word.replace(/(.)\1(ed|ing)$/, "$1"), word.replace(/i(ed|es)$/, "y"), word.replace(/(ed|ing|es|s)$/, ""), word.replace(/d$/, ""), word.replace(/ing$/, "e")];
  if (!common) bases.push(word.replace(/(.)\1(est|er)$/, "$1"), word.replace(/i(est|er)$/, "y"), word.replace(/(est|er)$/, ""), word.replace(/(st|r)$/, ""));
  for (const base of bases) {
    if (base !== word && base.length >= 3 && vocabulary.words.has(base)) return base;
  }
  // A word of everyday English is spelled as meant ("saying" is not "paying", "writing" not "waiting").
  if (common) return null;
  // Nor is a rarer word English has ("heaps" is not "helps", "nicked" not "picked").
  if (isEnglish(word)) return null;
  const allowed = budget(word.length);
  let best: { w: string; d: number; f: number } | null = null;
  const consider = (w: string, f: number) => {
    if (Math.abs(w.length - word.length) > allowed || w.length < 4 || w[0] !== word[0] && word.length < 6) return;
    if (word.length === 4 || w.length === 4) {
      if (!swapOnly(word, w)) return;
    }
    // "unopened" is not "opened": a correction never just drops the start of a word.
    if (word.endsWith(w) || (w.endsWith(word) && w.length > word.length)) return;
    const d = distance(word, w).steps;
    if (d > allowed || d === 0) return;
    if (!best || d < best.d || (d === best.d && f > best.f)) best = { w, d, f };
  };
  for (const [w, f] of vocabulary.words) consider(w, f);
  for (const [w, f] of known) consider(w, f);
  return (best as { w: string } | null)?.w ?? null;
}
