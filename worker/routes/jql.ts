/** JQL: parse and validate queries as Jira's parse endpoint does, for the queue editor. */
import { database } from "../db/client";
import { errors, json, jsonBody, route, router } from "../http/openapi";
import { d1JqlContext, JqlSyntaxError, parseJql, toStructure, validateJql, type JqlContext } from "../jql";
import { JqlParseParams, JqlParseRequest, JqlParseResponse } from "../jql/schemas";

export const jqlRoutes = router();

type Result = JqlParseResponse["queries"][number];

async function parseOne(query: string, ctx: JqlContext | undefined): Promise<Result> {
  let parsed;
  try {
    parsed = parseJql(query);
  } catch (error) {
    if (error instanceof JqlSyntaxError) return { query, errors: [error.message] };
    throw error;
  }
  const problems = ctx ? await validateJql(parsed, ctx) : [];
  return problems.length > 0 ? { query, errors: problems } : { query, structure: toStructure(parsed) };
}

jqlRoutes.openapi(
  route({
    method: "post",
    path: "/jql/parse",
    tags: ["JQL"],
    summary: "Parse JQL queries into their structure, or say what is wrong with each (as Jira's parse endpoint)",
    request: { query: JqlParseParams, ...jsonBody(JqlParseRequest) },
    responses: { 200: json(JqlParseResponse, "One answer per query, in order"), 400: errors[400], 401: errors[401] },
  }),
  async (c) => {
    const { validation } = c.req.valid("query");
    const { queries } = c.req.valid("json");
    let ctx: JqlContext | undefined;
    if (validation === "strict") {
      const agent = c.get("agent");
      const db = database(c.env.DB);
      ctx = d1JqlContext(db, { siteId: agent.siteId, agentId: agent.id }, { spaceIds: agent.visibleSpaceIds });
    }
    const answers: Result[] = [];
    for (const query of queries) answers.push(await parseOne(query, ctx));
    return c.json({ queries: answers }, 200);
  },
);
