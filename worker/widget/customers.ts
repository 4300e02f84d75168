/**
 * Who is starting a chat: a verified identity (the site's HMAC of its own id), a customer token from an
 * earlier start, or a new anonymous visitor. Looking up writes nothing; a customer row is created only
 * when a conversation starts.
 */
import { and, eq } from "drizzle-orm";
import type { StartConversation } from "../../protocol/conversation";
import type { Db } from "../db/client";
import { newId } from "../db/ids";
import { customers, type sites } from "../db/schema";
import type { Env } from "../env";
import { ApiError } from "../http/errors";
import { identityHashMatches, verifyCustomerToken } from "./customer-token";

export type CustomerRow = typeof customers.$inferSelect;

const tokenRejected = () => new ApiError(401, "token_rejected", "This chat session is not valid here. Start a new conversation.");

/** What the request says of the customer's email, and whether a signature covers it. */
export interface Claimed {
  email: string | null;
  verified: boolean;
}

/**
 * The customer the request names, if they exist; refuses a wrong identity hash or a foreign token. A verified
 * identity's email is trusted only when the hash covers it (HMAC of `id:email`); any other email is a contact
 * address.
 */
export async function findCustomer(env: Env, db: Db, site: typeof sites.$inferSelect, body: StartConversation): Promise<{ row: CustomerRow | null; claimed: Claimed }> {
  const siteId = site.id;
  if (body.identity) {
    const { id, hash, email } = body.identity;
    const secret = site.identitySecret;
    const signedEmail = Boolean(secret && email && (await identityHashMatches(secret, `${id}:${email}`, hash)));
    if (!secret || (!signedEmail && !(await identityHashMatches(secret, id, hash)))) {
      throw new ApiError(401, "identity_rejected", "The customer's identity could not be verified: the identity hash does not match.");
    }
    const claimed = { email: email ?? body.email ?? null, verified: signedEmail };
    const row = await db.select().from(customers).where(and(eq(customers.siteId, siteId), eq(customers.externalId, id))).get();
    return { row: row ?? null, claimed };
  }
  if (body.customerToken) {
    const claims = await verifyCustomerToken(env.CUSTOMER_TOKEN_SECRET, body.customerToken);
    if (!claims || claims.siteId !== siteId || claims.experienceId !== body.experienceId) throw tokenRejected();
    const row = await db.select().from(customers).where(and(eq(customers.id, claims.customerId), eq(customers.siteId, siteId))).get();
    if (!row) throw tokenRejected();
    return { row, claimed: { email: body.email ?? null, verified: false } };
  }
  return { row: null, claimed: { email: body.email ?? null, verified: false } };
}

/** What the claimed email changes: a signed one is the customer's verified email; a typed one never replaces a verified one. */
function emailChange(current: { email: string | null; emailVerified: boolean } | null, claimed: Claimed) {
  if (!claimed.email) return {};
  if (claimed.verified) return { email: claimed.email, emailVerified: true };
  return current?.emailVerified ? {} : { email: claimed.email, emailVerified: false };
}

/** A known customer starts writing: what they told us now (name, email) and when we last saw them. */
export async function refreshCustomer(db: Db, customer: CustomerRow, claimed: Claimed, body: StartConversation): Promise<CustomerRow> {
  const name = body.identity?.name ?? body.name;
  const changes = { lastSeenAt: Date.now(), ...(name ? { name } : {}), ...emailChange(customer, claimed) };
  await db.update(customers).set(changes).where(eq(customers.id, customer.id));
  return { ...customer, ...changes };
}

/** A new customer: verified (two tabs may create the same one at once: the second finds the first's row) or anonymous. */
export async function createCustomer(db: Db, siteId: string, body: StartConversation, claimed: Claimed): Promise<CustomerRow> {
  const name = body.identity?.name ?? body.name ?? null;
  const email = emailChange(null, claimed);
  if (body.identity) {
    const externalId = body.identity.id;
    await db.insert(customers).values({ id: newId("cus"), siteId, externalId, name, ...email }).onConflictDoNothing();
    const created = await db.select().from(customers).where(and(eq(customers.siteId, siteId), eq(customers.externalId, externalId))).get();
    if (!created) throw new ApiError(409, "conflict", "The customer could not be saved. Try again.");
    return created;
  }
  return db.insert(customers).values({ id: newId("cus"), siteId, name, ...email }).returning().get();
}
