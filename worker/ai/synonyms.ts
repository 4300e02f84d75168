/**
 * Words customers and help articles use for the same thing. A question's term also matches its
 * alternatives, so "billed" finds "charged" and "money back" finds "refund". General support vocabulary,
 * not tied to one knowledge base.
 */
import { stemmer } from "stemmer";

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

const byStem = new Map<string, string[]>();
for (const group of GROUPS) {
  for (const word of group) {
    if (word.includes(" ")) continue;
    const key = stemmer(word);
    byStem.set(key, [...new Set([...(byStem.get(key) ?? []), ...group])]);
  }
}

/** The term and the words that mean the same, the term first. */
export function alternativesOf(term: string): string[] {
  const group = byStem.get(stemmer(term));
  return group ? [term, ...group.filter((w) => w !== term)] : [term];
}
