import { describe, expect, it } from "vitest";
import { call, createSite, signIn } from "../test/fixtures";

describe("the HTTP surface", () => {
  it("answers health without a session", async () => {
    const res = await call("GET", "/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, service: "parley" });
  });

  it("publishes an OpenAPI document listing the API", async () => {
    const res = await call("GET", "/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(["/api/auth/login", "/api/me", "/api/spaces", "/api/spaces/{id}", "/api/experiences/{id}", "/api/articles", "/api/settings/chat"]),
    );
    const login = res.body.paths["/api/auth/login"].post;
    expect(login.requestBody.content["application/json"].schema.properties).toHaveProperty("email");
  });

  it("answers unknown API paths with a JSON 404, and sends a strict CSP", async () => {
    expect((await call("GET", "/api/nothing-here")).status).toBe(401);
    const site = await createSite();
    const res = await call("GET", "/api/nothing-here", { cookie: await signIn(site.agent.email) });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe("There is no API at GET /api/nothing-here.");
    const health = await call("GET", "/api/health");
    expect(health.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(health.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
