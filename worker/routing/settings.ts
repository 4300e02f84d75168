import type { RoutingSettings } from "../../durable-objects/routing-types";
import type { Db } from "../db/client";
import { sites, spaces } from "../db/schema";
import { eq } from "drizzle-orm";
import type { Env } from "../env";

/** The routing part of a site's chat settings, as the actors use it. */
export function routingSettings(site: { chatCap: number; offerTimeoutSeconds: number; keepAvailableOnMissedOffer: boolean }): RoutingSettings {
  return { cap: site.chatCap, offerTimeoutMs: site.offerTimeoutSeconds * 1000, keepAvailableOnMissedOffer: site.keepAvailableOnMissedOffer };
}

/** Tells every space router of the site its new settings (after an admin changed them). */
export async function pushRoutingSettings(env: Env, db: Db, siteId: string): Promise<void> {
  const site = await db.select().from(sites).where(eq(sites.id, siteId)).get();
  if (!site) return;
  const list = await db.select({ id: spaces.id }).from(spaces).where(eq(spaces.siteId, siteId));
  await Promise.all(list.map((s) => env.SPACE_ROUTER.get(env.SPACE_ROUTER.idFromName(s.id)).configure(siteId, s.id, routingSettings(site))));
}
