/**
 * Words customers and help articles use for the same thing. A question's term also matches its
 * alternatives, so "billed" finds "charged" and "money back" finds "refund". General support vocabulary,
 * not tied to one knowledge base.
 */
import { stemmer } from "stemmer";
import { words } from "./text";

const GROUPS: string[][] = [
  ["refund", "money back", "reimburse", "reimbursement", "repay"],
  ["charge", "charged", "billed", "bill", "payment", "debit", "transaction"],
  ["cancel", "cancellation", "stop", "end", "terminate", "quit"],
  ["subscription", "plan", "membership"],
  ["deliver", "delivery", "shipping", "ship", "shipment", "dispatch", "post"],
  ["track", "tracking", "where is", "status"],
  ["parcel", "package", "box", "order"],
  ["damaged", "broken", "dent", "dented", "crushed", "cracked", "smashed"],
  ["missing", "lost", "never arrived", "not arrived"],
  ["return", "send back", "sent back", "exchange", "swap"],
  ["password", "passcode", "pass word"],
  ["login", "log in", "sign in", "signin", "logon"],
  ["account", "profile"],
  ["email", "e-mail", "mail address"],
  ["two-factor", "2fa", "verification code", "authentication", "authenticator", "sms", "text message", "texts"],
  ["delete", "remove", "erase", "close"],
  ["invoice", "receipt", "vat", "tax"],
  ["card", "credit card", "debit card", "payment method"],
  ["declined", "rejected", "failed", "refused"],
  ["pause", "skip", "hold", "holiday", "vacation", "postpone"],
  ["frequency", "biweekly", "monthly", "every two weeks", "often"],
  ["wifi", "wi-fi", "wireless", "network", "router", "internet"],
  ["app", "application", "phone"],
  ["pair", "pairing", "connect", "connection", "link", "hook up"],
  ["turn on", "power", "switch on", "start", "dead", "nothing happens"],
  ["descale", "descaling", "limescale", "scale", "decalcify", "calcium", "vinegar"],
  ["weak", "watery", "thin", "diluted", "bland"],
  ["cold", "colder", "lukewarm", "warm", "hot", "hotter", "temperature"],
  ["error", "fault"],
  ["gift", "present"],
  ["warranty", "repair", "covered"],
  ["machine", "coffee maker", "brewer", "device"],
  ["cost", "price", "fee", "pay", "free"],
];

/** A word's or a phrase's Porter stems, space-separated: "Wi-Fi" and "wi fi" are both "wi fi". */
export const stemKey = (text: string) => words(text).map((w) => stemmer(w)).join(" ");

const byStem = new Map<string, string[]>();
/** The phrases of the groups (several words once tokenised: "money back", "wi-fi"), longest first. */
const PHRASES: { key: string[]; text: string }[] = [];
for (const group of GROUPS) {
  for (const word of group) {
    const key = stemKey(word);
    byStem.set(key, [...new Set([...(byStem.get(key) ?? []), ...group])]);
    if (key.includes(" ") && !PHRASES.some((p) => p.key.join(" ") === key)) PHRASES.push({ key: key.split(" "), text: word });
  }
}
PHRASES.sort((a, b) => b.key.length - a.key.length);

/** The term (a word or a phrase) and the words and phrases that mean the same, the term first. */
export function alternativesOf(term: string): string[] {
  const group = byStem.get(stemKey(term));
  return group ? [term, ...group.filter((w) => w !== term)] : [term];
}

/** Where the groups' phrases occur in a text's stems (no overlaps, longest first): they are one term each. */
export function phrasesIn(stems: string[]): { at: number; length: number; text: string }[] {
  const taken = new Set<number>();
  const found: { at: number; length: number; text: string }[] = [];
  for (const phrase of PHRASES) {
    for (let at = 0; at + phrase.key.length <= stems.length; at++) {
      const span = phrase.key.map((_, k) => at + k);
      if (span.some((i) => taken.has(i)) || phrase.key.some((s, k) => stems[at + k] !== s)) continue;
      span.forEach((i) => taken.add(i));
      found.push({ at, length: phrase.key.length, text: phrase.text });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}
