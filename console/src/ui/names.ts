/** Who wrote a transcript entry, as the console names them: a customer by the one name function everywhere. */
import type { Author } from "../../../protocol/conversation";
import { customerName } from "../../../protocol/customers";

/** Placeholder names an older conversation actor wrote for an anonymous customer. */
const PLACEHOLDERS = new Set(["Customer", "Visitor", "Anonymous customer", "Anonymous visitor"]);

/**
 * An entry's author as shown: a customer entry carries the customer's name, or their visitor name when the
 * conversation knows only their id (`customer`, when the screen knows the customer, wins: it has their email too).
 */
export function authorName(author: Author, customer?: { id: string; name?: string | null; email?: string | null } | null): string {
  if (author.type !== "customer") return author.name;
  if (customer && (!author.id || author.id === customer.id)) return customerName(customer);
  return customerName({ id: author.id ?? "", name: PLACEHOLDERS.has(author.name) ? null : author.name });
}
