/**
 * POST /jql/parse, mounted on a small app of its own (the lead mounts it under /api): a middleware stands in
 * for sign-in and puts a fixture's agent on the request.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createSite, type TestSite } from "../../test/fixtures";
import type { SignedInAgent } from "../env";
import { onApiError } from "../http/errors";
import { router } from "../http/openapi";
import { jqlRoutes } from "./jql";

let site: TestSite;

function app(role: "admin" | "agent") {
  const person = role === "admin" ? site.admin : site.agent;
  const spaces = role === "admin" ? [site.billing.id, site.support.id] : [site.billing.id];
  const agent: SignedInAgent = {
    ...person,
    siteId: site.siteId,
    name: role,
    role,
    sessionHash: "test",
    sessionExpiresAt: Date.now() + 60_000,
    memberSpaceIds: [site.billing.id],
    visibleSpaceIds: spaces,
  };
  const api = router();
  api.use("*", async (c, next) => {
    c.set("agent", agent);
    await next();
  });
  api.route("/", jqlRoutes);
  api.onError(onApiError);
  return api;
}

async function parse(body: unknown, { validation, role = "agent" }: { validation?: string; role?: "admin" | "agent" } = {}) {
  const query = validation ? `?validation=${validation}` : "";
  const res = await app(role).request(
    `/jql/parse${query}`,
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
    env,
  );
  return { status: res.status, body: (await res.json()) as any };
}

beforeAll(async () => {
  site = await createSite();
});

describe("POST /jql/parse", () => {
  it("answers each query's structure, or its syntax errors, in order (validation=none)", async () => {
    const res = await parse({ queries: ["project = X AND labels in (a, b) ORDER BY created DESC", "a=b c=d", "anything ~ 'goes'"] }, { validation: "none" });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      queries: [
        {
          query: "project = X AND labels in (a, b) ORDER BY created DESC",
          structure: {
            where: {
              operator: "and",
              clauses: [
                { field: { name: "project", encodedName: "project" }, operator: "=", operand: { value: "X", encodedValue: "X" } },
                {
                  field: { name: "labels", encodedName: "labels" },
                  operator: "in",
                  operand: { values: [{ value: "a", encodedValue: "a" }, { value: "b", encodedValue: "b" }], encodedOperand: "(a, b)" },
                },
              ],
            },
            orderBy: { fields: [{ field: { name: "created", encodedName: "created" }, direction: "desc" }] },
          },
        },
        { query: "a=b c=d", errors: ["Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'c'. (line 1, character 5)"] },
        { query: "anything ~ 'goes'", structure: { where: { field: { name: "anything", encodedName: "anything" }, operator: "~", operand: { value: "goes", encodedValue: "goes" } } } },
      ],
    });
  });

  it("checks fields, operators, values and functions with validation=strict (the default)", async () => {
    const res = await parse({
      queries: ["foo = bar", "status ~ open", "status = Nope", `created > "2024-13-45"`, "assignee = currentUser() AND status changed to Closed", "summary ~"],
    });
    expect(res.status).toBe(200);
    expect(res.body.queries.map((q: { errors?: string[] }) => q.errors)).toEqual([
      ["Field 'foo' does not exist or you do not have permission to view it."],
      ["The operator '~' is not supported by the 'status' field."],
      ["The value 'Nope' does not exist for the field 'status'."],
      [
        "Date value '2024-13-45' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
      ],
      undefined,
      ["Error in the JQL Query: Expecting either a value, list or function before the end of the query."],
    ]);
    expect(res.body.queries[4].structure.where.operator).toBe("and");
  });

  it("only knows the spaces the agent can see", async () => {
    const asAgent = await parse({ queries: ["project = SUP", "project = BILL"] });
    expect(asAgent.body.queries).toEqual([
      { query: "project = SUP", errors: ["The value 'SUP' does not exist for the field 'project'."] },
      { query: "project = BILL", structure: expect.any(Object) },
    ]);
    const asAdmin = await parse({ queries: ["project = SUP"] }, { role: "admin" });
    expect(asAdmin.body.queries[0].structure).toBeDefined();
  });

  it("refuses bad requests with a readable 400", async () => {
    const cases: [unknown, string | undefined, RegExp][] = [
      [{ queries: Array.from({ length: 101 }, () => "a = b") }, undefined, /at most 100 queries/],
      [{ queries: ["a = " + "b".repeat(2000)] }, undefined, /at most 2,000 characters/],
      [{ queries: [] }, undefined, /at least one query/],
      [{}, undefined, /queries/],
      [{ queries: ["a = b"], extra: 1 }, undefined, /Unknown field/],
      [{ queries: ["a = b"] }, "lenient", /validation/],
    ];
    for (const [body, validation, message] of cases) {
      const res = await parse(body, { validation });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
  });

  it("describes itself in the OpenAPI document", () => {
    const api = app("agent");
    const doc = api.getOpenAPI31Document({ openapi: "3.1.0", info: { title: "t", version: "1" } });
    expect(doc.paths?.["/jql/parse"]?.post?.summary).toMatch(/Parse JQL/);
    expect(Object.keys(doc.components?.schemas ?? {})).toEqual(expect.arrayContaining(["JqlClause", "JqlOperand"]));
    expect(JSON.stringify(doc)).toContain('"$ref":"#/components/schemas/JqlClause"');
  });
});
