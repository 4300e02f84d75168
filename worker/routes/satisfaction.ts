/**
 * Customer satisfaction for admins: the customers' ratings of the site's conversations, per space and per
 * week. Reads the work items' `satisfaction` and `rated_at` (the conversation's projector writes them), so
 * every rated conversation counts, people-only ones included, and never another site's.
 */
import { and, asc, eq, gte, isNotNull, sql } from "drizzle-orm";
import { FIRST_MONDAY, SatisfactionQuery, SatisfactionReport, WEEK_MS, weekStartOf, type RatingTally } from "../../protocol/satisfaction";
import { requireAdmin } from "../auth/middleware";
import { database, type Db } from "../db/client";
import { spaces, workItems } from "../db/schema";
import { errors, json, route, router } from "../http/openapi";

export const satisfactionRoutes = router();

interface Cell {
  spaceId: string;
  weekStart: number;
  sum: number;
  count: number;
}

/** Sums and counts of the ratings given since `since`, per space and week (weeks start on Monday, UTC). */
async function ratingCells(db: Db, siteId: string, since: number): Promise<Cell[]> {
  // Integer arithmetic: the constants are written into the statement (a bound JS number is a REAL in D1, which
  // would make the division exact instead of the week's floor).
  const [monday, weekMs] = [sql.raw(String(FIRST_MONDAY)), sql.raw(String(WEEK_MS))];
  const week = sql<number>`((${workItems.ratedAt} - ${monday}) / ${weekMs}) * ${weekMs} + ${monday}`;
  return db
    .select({ spaceId: workItems.spaceId, weekStart: week.as("week_start"), sum: sql<number>`SUM(${workItems.satisfaction})`, count: sql<number>`COUNT(*)` })
    .from(workItems)
    .where(and(eq(workItems.siteId, siteId), isNotNull(workItems.satisfaction), gte(workItems.ratedAt, since)))
    .groupBy(workItems.spaceId, sql`week_start`)
    .all();
}

const tally = (cells: { sum: number; count: number }[]): RatingTally => {
  const count = cells.reduce((n, c) => n + c.count, 0);
  const sum = cells.reduce((n, c) => n + c.sum, 0);
  return { average: count === 0 ? null : Math.round((sum / count) * 100) / 100, count };
};

satisfactionRoutes.openapi(
  route({
    method: "get",
    path: "/satisfaction",
    middleware: [requireAdmin] as const,
    tags: ["Conversation review"],
    summary: "Customers' ratings (1–5) of the site's conversations: average and count per space and per week, over the last `weeks` weeks (admins)",
    request: { query: SatisfactionQuery },
    responses: { 200: json(SatisfactionReport, "Averages and counts"), 400: errors[400], 403: errors[403] },
  }),
  async (c) => {
    const { weeks } = c.req.valid("query");
    const siteId = c.get("agent").siteId;
    const db = database(c.env.DB);
    const since = weekStartOf(Date.now()) - (weeks - 1) * WEEK_MS;
    const [cells, names] = await Promise.all([
      ratingCells(db, siteId, since),
      db.select({ id: spaces.id, name: spaces.name }).from(spaces).where(eq(spaces.siteId, siteId)).orderBy(asc(spaces.name)).all(),
    ]);
    const starts = Array.from({ length: weeks }, (_, i) => since + i * WEEK_MS);
    const report: SatisfactionReport = {
      since,
      weeks,
      overall: tally(cells),
      byWeek: starts.map((weekStart) => ({ weekStart, ...tally(cells.filter((cell) => cell.weekStart === weekStart)) })),
      spaces: names
        .map((space) => {
          const own = cells.filter((cell) => cell.spaceId === space.id);
          const weekly = [...new Set(own.map((cell) => cell.weekStart))].sort((a, b) => a - b);
          return {
            spaceId: space.id,
            name: space.name,
            ...tally(own),
            weeks: weekly.map((weekStart) => ({ weekStart, ...tally(own.filter((cell) => cell.weekStart === weekStart)) })),
          };
        })
        .filter((space) => space.count > 0),
    };
    return c.json(report, 200);
  },
);
