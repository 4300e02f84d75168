/**
 * How common a word is in everyday English (common-words.ts, from SUBTLEX-US). A customer's word that the
 * knowledge base never uses weighs by it: an everyday word is likely the story around the question ("my
 * boss", "yesterday", "half a year"), a rare one likely what the question is about ("caffeine", "firmware"),
 * which the knowledge base then does not answer.
 */
import { COMMON, VERY_COMMON } from "./common-words";

const veryCommon = new Set(VERY_COMMON.join(" ").split(" "));
const common = new Set(COMMON.join(" ").split(" "));

/** 2: one of the ~800 commonest words of spoken English; 1: of the next ~3,700; 0: rarer. */
export function commonness(word: string): 0 | 1 | 2 {
  return veryCommon.has(word) ? 2 : common.has(word) ? 1 : 0;
}
