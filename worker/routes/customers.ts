import { and, desc, eq, inArray, like, or, sql } from "drizzle-orm";
import { z } from "zod";
import { CustomerProfile, CustomerSummary } from "../../protocol/work-items";
import { database } from "../db/client";
import { customers, workItems } from "../db/schema";
import { notFound } from "../http/errors";
import { errors, IdParam, json, route, router } from "../http/openapi";
import { presentWorkItem, workItemQuery } from "../work-items/present";

/** Customers: search by name or email, and a profile with every conversation the agent may see. */
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
    const pattern = `%${escapeLike(q.toLowerCase())}%`;
    const rows = await database(c.env.DB)
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
