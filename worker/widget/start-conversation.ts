/**
 * Starting or resuming a customer's conversation: check the experience and channel, find or create the
 * customer (anonymous, by token, or verified identity), resume their open conversation of that
 * experience or start a new Conversation actor.
 */
import { and, desc, eq, notInArray } from "drizzle-orm";
import type { StartConversation, StartedConversation } from "../../protocol/conversation";
import type { Db } from "../db/client";
import { newId } from "../db/ids";
import { customers, experiences, sites, spaces, workItems } from "../db/schema";
import type { Env } from "../env";
import { ApiError, notFound } from "../http/errors";
import { assertEditionAllows, assertSpaceTakesChat } from "../settings/rules";
import { routingSettings } from "../routing/settings";
import { identityHashMatches, signCustomerToken, verifyCustomerToken } from "./customer-token";

const CHANNEL_NAMES = { widget: "the embedded widget", support_site: "the support site" } as const;

async function loadExperience(db: Db, experienceId: string) {
  const row = await db
    .select({ experience: experiences, site: sites, space: spaces })
    .from(experiences)
    .innerJoin(sites, eq(sites.id, experiences.siteId))
    .innerJoin(spaces, eq(spaces.id, experiences.spaceId))
    .where(eq(experiences.id, experienceId))
    .get();
  if (!row) throw notFound("The chat");
  return row;
}

async function resolveCustomer(env: Env, db: Db, siteId: string, experience: typeof experiences.$inferSelect, body: StartConversation) {
  if (body.identity) {
    if (!(await identityHashMatches(experience.identitySecret, body.identity.id, body.identity.hash))) {
      throw new ApiError(401, "identity_rejected", "The customer's identity could not be verified: the identity hash does not match.");
    }
    const name = body.identity.name ?? body.name ?? null;
    const email = body.identity.email ?? body.email ?? null;
    const existing = await db
      .select()
      .from(customers)
      .where(and(eq(customers.siteId, siteId), eq(customers.externalId, body.identity.id)))
      .get();
    if (existing) {
      const changes = { lastSeenAt: Date.now(), ...(name ? { name } : {}), ...(email ? { email } : {}) };
      await db.update(customers).set(changes).where(eq(customers.id, existing.id));
      return { ...existing, ...changes };
    }
    // Two tabs may identify the same new customer at once: the second finds the first's row.
    await db.insert(customers).values({ id: newId("cus"), siteId, externalId: body.identity.id, name, email }).onConflictDoNothing();
    const created = await db.select().from(customers).where(and(eq(customers.siteId, siteId), eq(customers.externalId, body.identity.id))).get();
    if (!created) throw new ApiError(409, "conflict", "The customer could not be saved. Try again.");
    return created;
  }
  if (body.customerToken) {
    const claims = await verifyCustomerToken(env.CUSTOMER_TOKEN_SECRET, body.customerToken);
    if (!claims || claims.siteId !== siteId || claims.experienceId !== experience.id) {
      throw new ApiError(401, "token_rejected", "This chat session is not valid here. Start a new conversation.");
    }
    const existing = await db.select().from(customers).where(and(eq(customers.id, claims.customerId), eq(customers.siteId, siteId))).get();
    if (!existing) throw new ApiError(401, "token_rejected", "This chat session is not valid here. Start a new conversation.");
    const changes = { lastSeenAt: Date.now(), ...(body.name ? { name: body.name } : {}), ...(body.email ? { email: body.email } : {}) };
    await db.update(customers).set(changes).where(eq(customers.id, existing.id));
    return { ...existing, ...changes };
  }
  return db
    .insert(customers)
    .values({ id: newId("cus"), siteId, name: body.name ?? null, email: body.email ?? null })
    .returning()
    .get();
}

/**
 * The embedded widget may only be used from the experience's allowed origins; Parley's own pages (the
 * widget frame, the support site) are always allowed. Requests without an Origin come from no browser page.
 */
export function assertOriginAllowed(origin: string | undefined, ownOrigin: string, allowedOrigins: string[]): void {
  if (origin === undefined || origin === ownOrigin || allowedOrigins.includes(origin)) return;
  throw new ApiError(403, "origin_not_allowed", `This chat cannot be used on ${origin}. An admin can add it to the experience's allowed origins.`);
}

export async function startConversation(
  env: Env,
  db: Db,
  body: StartConversation,
  origin: { request: string | undefined; own: string },
): Promise<StartedConversation> {
  const { experience, site, space } = await loadExperience(db, body.experienceId);
  assertOriginAllowed(origin.request, origin.own, experience.allowedOrigins);
  if (!experience.channels.includes(body.channel)) {
    throw new ApiError(403, "channel_off", `${experience.name} does not offer chat on ${CHANNEL_NAMES[body.channel]}.`);
  }
  assertEditionAllows(site.edition, experience.supportMode);
  assertSpaceTakesChat(space, experience.supportMode);
  const customer = await resolveCustomer(env, db, site.id, experience, body);
  const customerToken = await signCustomerToken(env.CUSTOMER_TOKEN_SECRET, {
    siteId: site.id,
    experienceId: experience.id,
    customerId: customer.id,
  });
  const identity = { id: customer.id, name: customer.name, email: customer.email };

  if (!body.startNew && body.conversationId) {
    // The widget's own last conversation: no D1 needed, so a reload right after starting finds it too.
    const summary = await env.CONVERSATION.get(env.CONVERSATION.idFromName(body.conversationId)).summary();
    if (summary && summary.state !== "closed" && summary.siteId === site.id && summary.customer.id === customer.id) {
      return { conversationId: body.conversationId, customerToken, customer: identity, conversation: summary, resumed: true };
    }
  }

  if (!body.startNew) {
    const open = await db
      .select({ conversationId: workItems.conversationId })
      .from(workItems)
      .where(
        and(
          eq(workItems.customerId, customer.id),
          eq(workItems.experienceId, experience.id),
          eq(workItems.type, "Conversation"),
          notInArray(workItems.status, ["Resolved", "Closed"]),
        ),
      )
      .orderBy(desc(workItems.createdAt))
      .get();
    if (open?.conversationId) {
      const summary = await env.CONVERSATION.get(env.CONVERSATION.idFromName(open.conversationId)).summary();
      if (summary && summary.state !== "closed") {
        return { conversationId: open.conversationId, customerToken, customer: identity, conversation: summary, resumed: true };
      }
    }
  }

  const conversationId = newId("cv");
  const conversation = await env.CONVERSATION.get(env.CONVERSATION.idFromName(conversationId)).start({
    id: conversationId,
    siteId: site.id,
    spaceId: space.id,
    spaceKey: space.key,
    experienceId: experience.id,
    aiAgentName: experience.aiAgentName,
    greeting: experience.greeting,
    supportMode: experience.supportMode,
    channel: body.channel,
    customer: identity,
    allowedOrigins: experience.allowedOrigins,
    origin: origin.own,
    idleCloseMs: site.idleCloseMinutes * 60_000,
    routing: routingSettings(site),
  });
  return { conversationId, customerToken, customer: identity, conversation, resumed: false };
}
