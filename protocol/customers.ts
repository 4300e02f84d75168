/**
 * One name for a customer everywhere (console lists, offers, transcripts, profiles, work items): their name,
 * else their email, else a stable, readable visitor name made from their id ("Visitor 4821"), so two
 * anonymous visitors can be told apart and one visitor keeps one name.
 */
export function customerName(customer: { id: string; name?: string | null; email?: string | null }): string {
  const name = customer.name?.trim();
  if (name) return name;
  const email = customer.email?.trim();
  if (email) return email;
  return visitorName(customer.id);
}

/** "Visitor NNNN" from the customer's id (FNV-1a, then mixed), the same on every screen and every server. */
export function visitorName(customerId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < customerId.length; i++) {
    hash ^= customerId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // Mix the last characters into every bit (ids that differ only at the end get far-apart numbers).
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return `Visitor ${1000 + ((hash >>> 0) % 9000)}`;
}
