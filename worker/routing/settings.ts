import { eq } from "drizzle-orm";
import type { RoutingSettings, SpaceConfig } from "../../durable-objects/contracts";
import type { Db } from "../db/client";
import { agents, sites, spaces } from "../db/schema";
import { agentActor } from "./agent-identity";
import type { Env } from "../env";

/** The routing part of a site's chat settings, as the actors use it. */
export function routingSettings(site: { chatCap: number; offerTimeoutSeconds: number; keepAvailableOnMissedOffer: boolean }): RoutingSettings {
  return { cap: site.chatCap, offerTimeoutMs: site.offerTimeoutSeconds * 1000, keepAvailableOnMissedOffer: site.keepAvailableOnMissedOffer };
}

export const spaceRouter = (env: Env, spaceId: string) => env.SPACE_ROUTER.get(env.SPACE_ROUTER.idFromName(spaceId));

/** Tells the routers of the site's spaces (or of one) what they need from D1: the site's settings and the space's hours. */
export async function pushRoutingSettings(env: Env, db: Db, siteId: string, onlySpaceId?: string): Promise<void> {
  const site = await db.select().from(sites).where(eq(sites.id, siteId)).get();
  if (!site) return;
  const list = await db.select({ id: spaces.id, hours: spaces.businessHours }).from(spaces).where(eq(spaces.siteId, siteId));
  const config = (space: { id: string; hours: SpaceConfig["hours"] }): SpaceConfig => ({ siteId, spaceId: space.id, ...routingSettings(site), hours: space.hours ?? null });
  await Promise.all(list.filter((s) => !onlySpaceId || s.id === onlySpaceId).map((s) => spaceRouter(env, s.id).configure(config(s))));
}

/** Tells every agent of the site the new cap on concurrent conversations (their consoles show "Yours N of cap"). */
export async function pushCap(env: Env, db: Db, siteId: string, cap: number): Promise<void> {
  const list = await db.select({ id: agents.id }).from(agents).where(eq(agents.siteId, siteId));
  await Promise.all(list.map((a) => agentActor(env, a.id).setCap(cap).catch(() => undefined)));
}
