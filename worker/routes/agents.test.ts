import { describe, expect, it } from "vitest";
import { call, createSite, signIn } from "../../test/fixtures";

describe("agents", () => {
  it("admins add agents who can then sign in; duplicates and weak passwords are refused", async () => {
    const site = await createSite();
    const admin = await signIn(site.admin.email);
    const res = await call("POST", "/api/agents", {
      cookie: admin,
      body: { name: "Dee Day", email: "Dee@Example.test", password: "long enough pw" },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: "Dee Day", email: "dee@example.test", role: "agent" });
    const dee = await signIn("dee@example.test", "long enough pw");
    expect((await call("GET", "/api/me", { cookie: dee })).body.agent.name).toBe("Dee Day");

    const dup = await call("POST", "/api/agents", { cookie: admin, body: { name: "Dee 2", email: "dee@example.test", password: "long enough pw" } });
    expect(dup.status).toBe(409);
    const weak = await call("POST", "/api/agents", { cookie: admin, body: { name: "Eve", email: "eve@example.test", password: "short" } });
    expect(weak.status).toBe(400);
    expect(weak.body.error.message).toMatch(/at least 10 characters/);
    const byAgent = await call("POST", "/api/agents", { cookie: dee, body: { name: "Fay", email: "fay@example.test", password: "long enough pw" } });
    expect(byAgent.status).toBe(403);
    const names = (await call("GET", "/api/agents", { cookie: dee })).body.agents.map((a: { name: string }) => a.name);
    expect(names).toEqual(["Abe Agent", "Ada Admin", "Dee Day"]);
  });
});
