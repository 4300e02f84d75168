/**
 * Words WordNet relates a customer's word to (related-words.ts: synonyms of its commonest senses, their
 * broader terms, derived forms), kept to those the knowledge base uses: a word the articles never use
 * ("invoices" for "bill", "parcel" for "package", "glitch" for "fault") finds the articles' word, for less
 * credit than the support lexicon's alternatives (WordNet's relations are general, not the shop's).
 */
import { stemmer } from "stemmer";
import { RELATED } from "./related-words";
import type { Vocabulary } from "./vocabulary";

/** A match through a WordNet relation counts this much of the customer's own word. */
export const RELATED_CREDIT = 0.6;

let table: Map<string, string[]> | null = null;
const relatedOf = (stem: string): string[] => {
  if (!table) {
    table = new Map();
    for (const entry of RELATED.split(";")) {
      const at = entry.indexOf("=");
      table.set(entry.slice(0, at), entry.slice(at + 1).split(","));
    }
  }
  return table.get(stem) ?? [];
};

/** A word of everyday English that WordNet knows (Zipf 2.5 and over, the table's keys): spelled as meant, not a typo. */
export const isEnglish = (word: string): boolean => relatedOf(stemmer(word)).length > 0;

/** The related words (and phrases) of a stem that the knowledge base uses, as term alternatives. */
export function relatedKnown(stem: string, vocabulary: Vocabulary): { text: string; key: string; credit: number }[] {
  if (vocabulary.words.size === 0) return [];
  const out: { text: string; key: string; credit: number }[] = [];
  for (const text of relatedOf(stem)) {
    const stems = text.split(" ").map((w) => stemmer(w));
    if (stems.every((s) => vocabulary.byStem.has(s))) out.push({ text, key: stems.join(" "), credit: RELATED_CREDIT });
  }
  return out;
}
