/**
 * JqlContext over D1: resolves the names a query writes (emails, names, keys, slugs, ids) to ids within the
 * asking agent's site. Matching ignores case. Answers are memoised for the life of the context (one request).
 * With `spaceIds`, only those spaces can be named (the agent's visible spaces): others "do not exist".
 */
import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { agents, customers, experiences, spaceMembers, spaces } from "../db/schema";
import type { JqlContext } from "./context";

const same = (column: Parameters<typeof eq>[0], value: string) => sql`lower(${column}) = lower(${value})`;

export function d1JqlContext(
  db: Db,
  who: { siteId: string; agentId: string },
  options: { now?: number; weekStartsOn?: 0 | 1; spaceIds?: string[] } = {},
): JqlContext {
  const cache = new Map<string, Promise<string[]>>();
  const memo = (kind: string, value: string, load: () => Promise<{ id: string }[]>) => {
    const key = `${kind}\u0000${value.toLowerCase()}`;
    let hit = cache.get(key);
    if (!hit) {
      hit = load().then((rows) => [...new Set(rows.map((r) => r.id))]);
      cache.set(key, hit);
    }
    return hit;
  };
  const { siteId } = who;

  const resolveSpaces = (value: string) =>
    memo("space", value, () =>
      db
        .select({ id: spaces.id })
        .from(spaces)
        .where(
          and(
            eq(spaces.siteId, siteId),
            options.spaceIds ? inArray(spaces.id, options.spaceIds) : undefined,
            or(eq(spaces.id, value), same(spaces.key, value), same(spaces.name, value)),
          ),
        )
        .all(),
    );

  return {
    siteId,
    currentAgentId: who.agentId,
    now: options.now ?? Date.now(),
    weekStartsOn: options.weekStartsOn ?? 0,
    timeZone: "UTC",
    resolveAgents: (value) =>
      memo("agent", value, () =>
        db
          .select({ id: agents.id })
          .from(agents)
          .where(and(eq(agents.siteId, siteId), or(eq(agents.id, value), same(agents.email, value), same(agents.name, value))))
          .all(),
      ),
    resolveSpaces,
    resolveCustomers: (value) =>
      memo("customer", value, () =>
        db
          .select({ id: customers.id })
          .from(customers)
          .where(
            and(
              eq(customers.siteId, siteId),
              or(eq(customers.id, value), eq(customers.externalId, value), same(customers.email, value), same(customers.name, value)),
            ),
          )
          .all(),
      ),
    resolveExperiences: (value) =>
      memo("experience", value, () =>
        db
          .select({ id: experiences.id })
          .from(experiences)
          .where(and(eq(experiences.siteId, siteId), or(eq(experiences.id, value), same(experiences.slug, value), same(experiences.name, value))))
          .all(),
      ),
    membersOf: async (space) => {
      const spaceIds = await resolveSpaces(space);
      if (spaceIds.length === 0) return [];
      return memo("members", space, () =>
        db
          .select({ id: spaceMembers.agentId })
          .from(spaceMembers)
          .where(and(eq(spaceMembers.siteId, siteId), inArray(spaceMembers.spaceId, spaceIds)))
          .all(),
      );
    },
  };
}
