/**
 * Running a JQL query for an agent: parse, check and compile it against their site, AND it with the spaces
 * they may see (whatever the query says), then count and page the work items.
 */
import { and, asc, desc, inArray, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { PageQuery, SortField } from "../../protocol/queues";
import type { WorkItem } from "../../protocol/work-items";
import type { Db } from "../db/client";
import { workItems } from "../db/schema";
import { ApiError } from "../http/errors";
import { presentWorkItem, workItemQuery } from "../work-items/present";
import { compileJql, d1JqlContext, JqlSyntaxError, JqlValidationError, parseJql, type CompiledJql } from "./index";

const SORT_COLUMNS: Record<z.infer<typeof SortField>, SQL | AnyColumn> = {
  key: workItems.number,
  created: workItems.createdAt,
  updated: workItems.updatedAt,
  resolved: workItems.resolvedAt,
  priority: workItems.priorityRank,
  status: workItems.status,
  summary: workItems.summary,
  type: workItems.type,
  assignee: workItems.assigneeId,
};

/** Compiles a query for an agent; refusals carry Jira's words. */
export async function compileFor(db: Db, who: { siteId: string; agentId: string }, spaceIds: string[], text: string) {
  try {
    const query = parseJql(text);
    return await compileJql(query, d1JqlContext(db, who, { spaceIds }));
  } catch (err) {
    if (err instanceof JqlSyntaxError || err instanceof JqlValidationError) {
      throw new ApiError(400, "invalid_jql", err.message);
    }
    throw err;
  }
}

/** The count of a query's matches in these spaces (the form of the condition written for counting). */
const countQuery = (db: Db, spaceIds: string[], compiled: CompiledJql) =>
  db.select({ n: sql<number>`count(*)` }).from(workItems).where(and(inArray(workItems.spaceId, spaceIds), compiled.countWhere));

/** A queue page's two statements: the count of every match, and the page's rows in order. */
export function pageQueries(db: Db, spaceIds: string[], compiled: CompiledJql, page: z.infer<typeof PageQuery>) {
  const order: SQL[] = page.sort
    ? [page.dir === "asc" ? asc(SORT_COLUMNS[page.sort]) : desc(SORT_COLUMNS[page.sort])]
    : compiled.orderBy.length > 0
      ? compiled.orderBy
      : [desc(workItems.createdAt)];
  return {
    count: countQuery(db, spaceIds, compiled),
    rows: workItemQuery(db)
      .where(and(inArray(workItems.spaceId, spaceIds), compiled.where))
      .orderBy(...order, desc(workItems.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
  };
}

export async function runJql(
  db: Db,
  who: { siteId: string; agentId: string },
  spaceIds: string[],
  text: string,
  page: z.infer<typeof PageQuery>,
): Promise<{ items: WorkItem[]; total: number; page: number; pageSize: number }> {
  if (spaceIds.length === 0) return { items: [], total: 0, page: page.page, pageSize: page.pageSize };
  const compiled = await compileFor(db, who, spaceIds, text);
  const queries = pageQueries(db, spaceIds, compiled, page);
  const [count, rows] = await Promise.all([queries.count.get(), queries.rows]);
  return { items: rows.map(presentWorkItem), total: count?.n ?? 0, page: page.page, pageSize: page.pageSize };
}

export async function countJql(db: Db, who: { siteId: string; agentId: string }, spaceIds: string[], text: string): Promise<number> {
  const compiled = await compileFor(db, who, spaceIds, text);
  const row = await countQuery(db, spaceIds, compiled).get();
  return row?.n ?? 0;
}
