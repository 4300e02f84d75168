/**
 * The API's guards, as a person meets them: no session → 401 everywhere but the public routes; admin
 * routes → 403 for agents (and nothing changes); one space's routes → 404 for anyone outside it.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { call, createSite, signIn, type TestSite } from "../../test/fixtures";

let site: TestSite;
let admin: string;
let agent: string;
let queueId: string;
let articleId: string;
let experienceId: string;
beforeAll(async () => {
  site = await createSite();
  admin = await signIn(site.admin.email);
  agent = await signIn(site.agent.email);
  queueId = (await call("POST", `/api/spaces/${site.billing.id}/queues`, { cookie: admin, body: { name: "All", jql: "type = Task" } })).body.id;
  articleId = (await call("POST", "/api/articles", { cookie: admin, body: { title: "Refunds", slug: "refunds", body: "Five days." } })).body.id;
  experienceId = (await call("POST", "/api/experiences", { cookie: admin, body: { name: "Help", slug: `help-${site.siteId.slice(-6)}`, supportMode: "ai", channels: ["widget"], spaceId: site.billing.id } })).body.id;
});

const PUBLIC = ["POST /api/auth/login", "GET /api/health"];

describe("guards on the API's routes", () => {
  it("every API route but sign-in and health answers 401 without a session", async () => {
    const doc = (await call("GET", "/api/openapi.json")).body as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith("/api/"))
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`))
      .filter((r) => !PUBLIC.includes(r));
    expect(routes.length).toBeGreaterThan(40);
    for (const r of routes) {
      const [method, path] = r.split(" ") as [string, string];
      const res = await call(method, path.replace(/\{[^}]+\}/g, "x"), method === "GET" ? {} : { body: {} });
      expect(res.status, r).toBe(401);
      expect(res.body.error.message, r).toBe("Sign in to continue.");
    }
    expect((await call("GET", "/api/openapi.json")).status).toBe(200);
  });

  it("admin routes refuse an agent with 403 and change nothing", async () => {
    const adminOnly: [string, string, unknown?][] = [
      ["POST", "/api/agents", { name: "Fay", email: "fay@example.test", password: "long enough pw" }],
      ["POST", "/api/articles", { title: "x", slug: "x", body: "x" }],
      ["PATCH", `/api/articles/${articleId}`, { title: "Changed" }],
      ["DELETE", `/api/articles/${articleId}`],
      ["GET", "/api/experiences"],
      ["POST", "/api/experiences", { name: "x" }],
      ["GET", `/api/experiences/${experienceId}`],
      ["PATCH", `/api/experiences/${experienceId}`, { name: "Changed" }],
      ["DELETE", `/api/experiences/${experienceId}`],
      ["POST", "/api/spaces", { name: "New", key: "NEW" }],
      ["PATCH", `/api/spaces/${site.billing.id}`, { name: "Changed" }],
      ["POST", `/api/spaces/${site.support.id}/members`, { agentId: site.agent.id }],
      ["DELETE", `/api/spaces/${site.billing.id}/members/${site.admin.id}`],
      ["POST", `/api/spaces/${site.billing.id}/queues`, { name: "Mine", jql: "type = Task" }],
      ["PUT", `/api/spaces/${site.billing.id}/queues/order`, { queueIds: [queueId] }],
      ["PATCH", `/api/queues/${queueId}`, { name: "Changed" }],
      ["DELETE", `/api/queues/${queueId}`],
      ["GET", "/api/review/conversations"],
      ["GET", "/api/review/conversations/x"],
      ["PUT", "/api/review/conversations/x", { mark: "good", note: "" }],
      ["GET", "/api/review/knowledge-gaps"],
      ["GET", "/api/satisfaction"],
      ["GET", "/api/conversations/cv_000000000000000000000000/routing"],
      ["PATCH", "/api/settings/chat", { chatCap: 9 }],
      ["PATCH", "/api/settings/ai", { confidenceThreshold: 0.9 }],
    ];
    for (const [method, path, body] of adminOnly) {
      const res = await call(method, path, { cookie: agent, ...(body === undefined ? {} : { body }) });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.error.message).toBe(method === "GET" ? "Only admins can see this. Ask an admin of your site." : "Only admins can change settings. Ask an admin of your site.");
    }
    const queues = (await call("GET", `/api/spaces/${site.billing.id}/queues`, { cookie: agent })).body.queues;
    expect(queues.map((q: { id: string; name: string }) => [q.id, q.name])).toEqual([[queueId, "All"]]);
    expect((await call("GET", `/api/articles/${articleId}`, { cookie: agent })).body.title).toBe("Refunds");
    expect((await call("GET", "/api/settings/chat", { cookie: agent })).body.chatCap).toBe(3);
    const spaces = (await call("GET", "/api/spaces", { cookie: admin })).body.spaces;
    expect(spaces.map((s: { name: string; members: unknown[] }) => [s.name, s.members.length])).toEqual([
      ["Billing", 2],
      ["Support", 0],
    ]);
  });

  it("a space's routes are not found for an agent outside it, and for another site's admin", async () => {
    const other = await createSite();
    const stranger = await signIn(other.admin.email);
    for (const cookie of [agent, stranger]) {
      const res = await call("GET", `/api/spaces/${site.support.id}/queues`, { cookie });
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe("The space was not found.");
    }
    expect((await call("POST", `/api/spaces/${site.billing.id}/queues`, { cookie: stranger, body: { name: "Theirs", jql: "type = Task" } })).status).toBe(404);
    expect((await call("PUT", `/api/spaces/${site.billing.id}/queues/order`, { cookie: stranger, body: { queueIds: [queueId] } })).status).toBe(404);
    expect((await call("GET", `/api/spaces/${site.billing.id}/queues`, { cookie: agent })).status).toBe(200);
    // An admin sees every space of their site, member or not.
    expect((await call("GET", `/api/spaces/${site.support.id}/queues`, { cookie: admin })).status).toBe(200);
  });

  it("a membership change counts from the agent's next request (spaces load with the session)", async () => {
    expect((await call("GET", `/api/spaces/${site.support.id}/queues`, { cookie: agent })).status).toBe(404);
    await call("POST", `/api/spaces/${site.support.id}/members`, { cookie: admin, body: { agentId: site.agent.id } });
    expect((await call("GET", `/api/spaces/${site.support.id}/queues`, { cookie: agent })).status).toBe(200);
    expect((await call("GET", "/api/me", { cookie: agent })).body.spaces.map((s: { name: string }) => s.name)).toEqual(["Billing", "Support"]);
    await env.DB.prepare("DELETE FROM space_members WHERE agent_id = ? AND space_id = ?").bind(site.agent.id, site.support.id).run();
    expect((await call("GET", `/api/spaces/${site.support.id}/queues`, { cookie: agent })).status).toBe(404);
  });
});
