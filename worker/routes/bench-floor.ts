/**
 * The queue benchmark's floor (`npm run bench`): the same queue page — the count and 50 rows with their
 * assignee and customer — fetched by one hand-written, indexed SQL statement through Parley's own D1 binding,
 * for each of the benchmark's five filters. It exists only when the `BENCH_ROUTES` var is "1" (the benchmark
 * sets it on its own wrangler dev); otherwise the path is unknown like any other.
 */
import { z } from "zod";
import { ApiError } from "../http/errors";
import { router } from "../http/openapi";

export const benchFloorRoutes = router();

const DAY = 86_400_000;
const COLUMNS = `w.id, w.key, w.type, w.status, w.priority, w.labels, w.summary, w.description, w.space_id, w.conversation_id,
  w.channel, w.page, w.support_mode, w.ai_outcome, w.handoff_reason, w.message_count, w.created_at, w.updated_at, w.resolved_at,
  a.id AS assignee_id, a.name AS assignee_name, c.id AS customer_id, c.name AS customer_name, c.email AS customer_email`;

/** Each filter of bench/queues.ts as its WHERE and ORDER BY, written by hand for the indexes work_items has. */
const FILTERS: Record<string, (agentId: string, now: number) => { where: string; order: string; params: unknown[] }> = {
  "waiting chats": () => ({ where: "w.type = 'Conversation' AND w.status = 'Waiting'", order: "w.created_at ASC", params: [] }),
  "my open items": (agentId) => ({ where: "w.assignee_id = ? AND w.status != 'Closed'", order: "w.updated_at DESC", params: [agentId] }),
  "urgent requests": () => ({ where: "w.type != 'Conversation' AND w.priority_rank >= 4", order: "w.priority_rank DESC, w.created_at ASC", params: [] }),
  "last 7 days": (_a, now) => ({ where: "w.created_at >= ?", order: "w.created_at DESC", params: [now - 7 * DAY] }),
  "was in progress": (_a, now) => ({
    // A status was "In progress" when it is now, or when it ever changed from it (changes_field_from_item).
    where: "(w.status = 'In progress' OR w.id IN (SELECT h.work_item_id FROM work_item_changes h WHERE h.field = 'status' AND h.from_value = 'In progress')) AND w.updated_at >= ?",
    order: "w.updated_at DESC",
    params: [now - 30 * DAY],
  }),
};

const Query = z.object({ filter: z.string(), spaceId: z.string(), page: z.coerce.number().int().min(1).default(1) });

benchFloorRoutes.get("/bench/queue-page", async (c) => {
  if (c.env.BENCH_ROUTES !== "1") throw new ApiError(404, "not_found", `There is no API at GET ${c.req.path}.`);
  const query = Query.safeParse(c.req.query());
  const filter = query.success ? FILTERS[query.data.filter] : undefined;
  if (!query.success || !filter) throw new ApiError(400, "invalid_request", `Name one of the filters: ${Object.keys(FILTERS).join(", ")}.`);
  const agent = c.get("agent");
  if (!agent.visibleSpaceIds.includes(query.data.spaceId)) throw new ApiError(404, "not_found", "The space was not found.");
  const { where, order, params } = filter(agent.id, Date.now());
  // A space id belongs to one site: the space alone scopes the page, as the queue's own page does.
  const scope = "w.space_id = ?";
  const sql = `SELECT ${COLUMNS}, (SELECT count(*) FROM work_items w WHERE ${scope} AND ${where}) AS total
    FROM work_items w LEFT JOIN agents a ON a.id = w.assignee_id LEFT JOIN customers c ON c.id = w.customer_id
    WHERE ${scope} AND ${where} ORDER BY ${order}, w.id DESC LIMIT 50 OFFSET ?`;
  const scoped = [query.data.spaceId];
  const rows = await c.env.DB.prepare(sql)
    .bind(...scoped, ...params, ...scoped, ...params, (query.data.page - 1) * 50)
    .all<{ total: number }>();
  return c.json({ total: rows.results[0]?.total ?? 0, items: rows.results }, 200);
});
