/**
 * Starting or resuming a customer's conversation. A start creates something only when it carries the
 * customer's first message: then the customer (if new), the claim on their one open conversation of the
 * experience and the conversation with that message, before it answers. Without a first message it only
 * resumes the open conversation, or answers 404, and writes nothing: a page view creates no chat.
 */
import { and, eq } from "drizzle-orm";
import type { StartConversation, StartedConversation } from "../../protocol/conversation";
import type { ConversationSummary } from "../../protocol/conversation";
import type { Db } from "../db/client";
import { newId } from "../db/ids";
import { experiences, openConversations, sites, spaces } from "../db/schema";
import type { Env } from "../env";
import { ApiError, notFound } from "../http/errors";
import { assertEditionAllows, assertSpaceTakesChat } from "../settings/rules";
import { routingSettings } from "../routing/settings";
import type { StartParams } from "../../durable-objects/contracts";
import { signCustomerToken } from "./customer-token";
import { createCustomer, findCustomer, refreshCustomer, type CustomerRow } from "./customers";

const CHANNEL_NAMES = { widget: "the embedded widget", support_site: "the support site" } as const;
/** A claim can be lost to a start at the same moment, or find a conversation that closed meanwhile: try again, a few times. */
const CLAIM_ATTEMPTS = 3;

type Loaded = Awaited<ReturnType<typeof loadExperience>>;

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

/**
 * The embedded widget may only be used from the experience's allowed origins; Parley's own pages (the
 * widget frame, the support site) are always allowed. Requests without an Origin come from no browser page.
 */
export function assertOriginAllowed(origin: string | undefined, ownOrigin: string, allowedOrigins: string[]): void {
  if (origin === undefined || origin === ownOrigin || allowedOrigins.includes(origin)) return;
  throw new ApiError(403, "origin_not_allowed", `This chat cannot be used on ${origin}. An admin can add it to the experience's allowed origins.`);
}

const conversation = (env: Env, id: string) => env.CONVERSATION.get(env.CONVERSATION.idFromName(id));

/**
 * The conversation the customer's claim names: `summary` null when it has not started yet (a start racing
 * this one, or one that failed: whoever starts it next creates it), `closed` when the claim is free again.
 */
async function claimedConversation(env: Env, db: Db, customerId: string, experienceId: string) {
  const row = await db
    .select({ conversationId: openConversations.conversationId })
    .from(openConversations)
    .where(and(eq(openConversations.customerId, customerId), eq(openConversations.experienceId, experienceId)))
    .get();
  if (!row) return null;
  const summary = await conversation(env, row.conversationId).summary();
  return { conversationId: row.conversationId, summary, closed: summary?.state === "closed" };
}

/**
 * Claims the customer's one open conversation for `conversationId`: a new row, or one whose conversation is
 * `stale`. One statement, so of two starts at once exactly one wins; the other finds the winner's.
 */
async function claim(db: Db, row: { siteId: string; customerId: string; experienceId: string; conversationId: string }, stale: string | null): Promise<boolean> {
  const result = await db
    .insert(openConversations)
    .values({ ...row, createdAt: Date.now() })
    .onConflictDoUpdate({
      target: [openConversations.customerId, openConversations.experienceId],
      set: { conversationId: row.conversationId, createdAt: Date.now() },
      setWhere: eq(openConversations.conversationId, stale ?? ""),
    })
    .run();
  return result.meta.changes === 1;
}

function startParams(env: Env, { experience, site, space }: Loaded, body: StartConversation, customer: CustomerRow, conversationId: string, ownOrigin: string): StartParams {
  return {
    id: conversationId,
    siteId: site.id,
    spaceId: space.id,
    spaceKey: space.key,
    experienceId: experience.id,
    aiAgentName: experience.aiAgentName,
    greeting: experience.greeting,
    supportMode: experience.supportMode,
    channel: body.channel,
    customer: { id: customer.id, name: customer.name, email: customer.email },
    allowedOrigins: experience.allowedOrigins,
    origin: env.PUBLIC_ORIGIN || ownOrigin,
    page: body.page ?? null,
    idleCloseMs: site.idleCloseMinutes * 60_000,
    routing: routingSettings(site),
  };
}

export async function startConversation(
  env: Env,
  db: Db,
  body: StartConversation,
  origin: { request: string | undefined; own: string },
): Promise<StartedConversation> {
  const loaded = await loadExperience(db, body.experienceId);
  const { experience, site, space } = loaded;
  // Each channel from its own pages: the embedded widget from the experience's allowed origins, the support
  // site's chat only from Parley's own.
  assertOriginAllowed(origin.request, origin.own, body.channel === "widget" ? experience.allowedOrigins : []);
  if (!experience.channels.includes(body.channel)) {
    throw new ApiError(403, "channel_off", `${experience.name} does not offer chat on ${CHANNEL_NAMES[body.channel]}.`);
  }
  assertEditionAllows(site.edition, experience.supportMode);
  assertSpaceTakesChat(space, experience.supportMode);

  const answer = async (customer: CustomerRow, summary: ConversationSummary, resumed: boolean): Promise<StartedConversation> => ({
    conversationId: summary.id,
    customerToken: await signCustomerToken(env.CUSTOMER_TOKEN_SECRET, { siteId: site.id, experienceId: experience.id, customerId: customer.id }),
    customer: { id: customer.id, name: customer.name, email: customer.email },
    conversation: summary,
    resumed,
  });

  const { row: known, claimed: claimedEmail } = await findCustomer(env, db, site, body);
  const first = body.firstMessage;
  if (!first) {
    // Resume only: nothing is written, whatever the answer.
    const claimed = known ? await claimedConversation(env, db, known.id, experience.id) : null;
    if (!known || !claimed?.summary || claimed.closed) {
      throw new ApiError(404, "no_open_conversation", "There is no open conversation to resume. Write a message to start one.");
    }
    return answer(known, claimed.summary, true);
  }

  const customer = known ? await refreshCustomer(db, known, claimedEmail, body) : await createCustomer(db, site.id, body, claimedEmail);
  for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
    const claimed = await claimedConversation(env, db, customer.id, experience.id);
    let conversationId = claimed && !claimed.closed ? claimed.conversationId : null;
    if (!conversationId) {
      conversationId = newId("cv");
      const row = { siteId: site.id, customerId: customer.id, experienceId: experience.id, conversationId };
      if (!(await claim(db, row, claimed?.conversationId ?? null))) continue; // another start won: use theirs
    }
    // Whoever holds or finds the claim starts the conversation: the first start creates it, every start
    // adds its message once (by client id).
    const summary = await conversation(env, conversationId).start(startParams(env, loaded, body, customer, conversationId, origin.own), first);
    if (summary.state === "closed") continue; // it closed between the look and the message: claim again
    return answer(customer, summary, claimed?.summary != null && !claimed.closed);
  }
  throw new ApiError(409, "conflict", "The chat changed while it was starting. Send your message again.");
}
