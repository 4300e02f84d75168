import { and, desc, eq, inArray, isNull, like, or, sql } from "drizzle-orm";
import { z } from "zod";
import { CustomerProfile, CustomerSummary } from "../../protocol/work-items";
import { visitorName } from "../../protocol/customers";
import { database, type Db } from "../db/client";
import { customers, workItems } from "../db/schema";
import { notFound } from "../http/errors";
import { errors, IdParam, json, route, router } from "../http/openapi";
import { presentWorkItem, workItemQuery } from "../work-items/present";

/** Customers: search by name, email or visitor name ("Visitor 4821"), and a profile with every conversation the agent may see. */
export const customerRoutes = router();

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

customerRoutes.openapi(
  route({
    method: "get",
    path: "/customers",
    tags: ["Customers"],
    summary: "Search customers by name or email (most recently seen first)",
    request: { query: z.object({ q: z.string().trim().max(200).default(""), limit: z.coerce.number().int().min(1).max(100).default(25) }) },
    responses: { 200: json(z.object({ customers: z.array(CustomerSummary) }), "Matching customers"), 400: errors[400] },
  }),
  async (c) => {
    const { q, limit } = c.req.valid("query");
    const siteId = c.get("agent").siteId;
    const db = database(c.env.DB);
    const pattern = `%${escapeLike(q.toLowerCase())}%`;
    const byText = await db
      .select()
      .from(customers)
      .where(
        and(
          eq(customers.siteId, siteId),
          q ? or(like(sql`lower(${customers.name})`, sql`${pattern} ESCAPE '\\'`), like(sql`lower(${customers.email})`, sql`${pattern} ESCAPE '\\'`)) : undefined,
        ),
      )
      .orderBy(desc(customers.lastSeenAt))
      .limit(limit);
    const byVisitorName = await anonymousVisitorsNamed(db, siteId, q);
    const rows = [...byText, ...byVisitorName.filter((v) => !byText.some((r) => r.id === v.id))]
      .sort((a, b) => b.lastSeenAt - a.lastSeenAt)
      .slice(0, limit);
    return c.json({ customers: rows.map(({ siteId: _s, attributes: _a, ...r }) => r) }, 200);
  },
);

customerRoutes.openapi(
  route({
    method: "get",
    path: "/customers/{id}",
    tags: ["Customers"],
    summary: "A customer's profile with every conversation they had in your spaces, newest first",
    request: { params: IdParam },
    responses: { 200: json(CustomerProfile, "The profile"), 404: errors[404] },
  }),
  async (c) => {
    const db = database(c.env.DB);
    const agent = c.get("agent");
    const customer = await db.select().from(customers).where(and(eq(customers.id, c.req.valid("param").id), eq(customers.siteId, agent.siteId))).get();
    if (!customer) throw notFound("The customer");
    const spaceIds = agent.visibleSpaceIds;
    const items =
      spaceIds.length === 0
        ? []
        : await workItemQuery(db)
            .where(and(eq(workItems.customerId, customer.id), eq(workItems.type, "Conversation"), inArray(workItems.spaceId, spaceIds)))
            .orderBy(desc(workItems.createdAt))
            .limit(200);
    const { siteId: _s, ...profile } = customer;
    return c.json({ ...profile, conversations: items.map(presentWorkItem) }, 200);
  },
);

/** How far back a search for "Visitor 4821" (or "4821") looks: the site's most recently seen anonymous visitors. */
const VISITOR_SEARCH_WINDOW = 5000;

/**
 * Anonymous visitors whose console name ("Visitor 4821", made from their id) is the query: the name is not
 * stored, so the recently seen visitors without a name or email are named here and compared.
 */
async function anonymousVisitorsNamed(db: Db, siteId: string, q: string) {
  const number = /^(?:visitor\s*)?(\d{4})$/i.exec(q.trim())?.[1];
  if (!number) return [];
  const anonymous = await db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.siteId, siteId), or(isNull(customers.name), eq(customers.name, "")), or(isNull(customers.email), eq(customers.email, ""))))
    .orderBy(desc(customers.lastSeenAt))
    .limit(VISITOR_SEARCH_WINDOW);
  const ids = anonymous.filter((r) => visitorName(r.id) === `Visitor ${number}`).map((r) => r.id);
  return ids.length === 0 ? [] : db.select().from(customers).where(inArray(customers.id, ids.slice(0, 100)));
}
