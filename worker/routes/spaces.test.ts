import { beforeAll, describe, expect, it } from "vitest";
import { call, createSite, signIn, type TestSite } from "../../test/fixtures";

let site: TestSite;
let other: TestSite;
let admin: string;
let agent: string;
let otherAdmin: string;
beforeAll(async () => {
  site = await createSite();
  other = await createSite();
  admin = await signIn(site.admin.email);
  agent = await signIn(site.agent.email);
  otherAdmin = await signIn(other.admin.email);
});

const spaceNamed = async (cookie: string, id: string) =>
  (await call("GET", "/api/spaces", { cookie })).body.spaces.find((s: { id: string }) => s.id === id);

describe("spaces", () => {
  it("admins see every space of their site; agents see only their own", async () => {
    const all = await call("GET", "/api/spaces", { cookie: admin });
    expect(all.body.spaces.map((s: { key: string }) => s.key)).toEqual(["BILL", "SUP"]);
    const mine = await call("GET", "/api/spaces", { cookie: agent });
    expect(mine.body.spaces.map((s: { key: string }) => s.key)).toEqual(["BILL"]);
    expect(mine.body.spaces[0].members.map((m: { name: string }) => m.name)).toEqual(["Abe Agent", "Ada Admin"]);
  });

  it("transfer targets: every space of the site with chat on, members or not; never another site's", async () => {
    await call("PATCH", `/api/spaces/${site.support.id}`, { cookie: admin, body: { chatEnabled: true } });
    await call("PATCH", `/api/spaces/${other.support.id}`, { cookie: otherAdmin, body: { chatEnabled: true } });
    const names = async () => (await call("GET", "/api/transfer-targets", { cookie: agent })).body.spaces.map((s: { name: string }) => s.name);
    // The agent is a member of Billing only, yet can hand a conversation to Support.
    expect(await names()).toEqual(["Billing", "Support"]);
    await call("PATCH", `/api/spaces/${site.support.id}`, { cookie: admin, body: { chatEnabled: false } });
    expect(await names()).toEqual(["Billing"]);
    expect((await call("GET", "/api/transfer-targets")).status).toBe(401);
  });

  it("creates, renames and switches chat on in a space", async () => {
    const created = await call("POST", "/api/spaces", { cookie: admin, body: { name: "Returns", key: "RET" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Returns", key: "RET", chatEnabled: false, members: [] });
    const renamed = await call("PATCH", `/api/spaces/${created.body.id}`, { cookie: admin, body: { name: "Returns & repairs", chatEnabled: true } });
    expect(renamed.status).toBe(200);
    expect(await spaceNamed(admin, created.body.id)).toMatchObject({ name: "Returns & repairs", chatEnabled: true });
  });

  it("refuses a duplicate key or name, naming the clash", async () => {
    const key = await call("POST", "/api/spaces", { cookie: admin, body: { name: "Another", key: "BILL" } });
    expect(key.status).toBe(409);
    expect(key.body.error.message).toBe('The key BILL is already used by the space "Billing". Choose another key.');
    const name = await call("POST", "/api/spaces", { cookie: admin, body: { name: "billing", key: "BIL2" } });
    expect(name.status).toBe(409);
    expect(name.body.error.message).toMatch(/A space called "Billing" already exists/);
  });

  it("refuses bad space payloads with a readable 400 and creates nothing", async () => {
    const before = (await call("GET", "/api/spaces", { cookie: admin })).body.spaces.length;
    const cases: [unknown, RegExp][] = [
      [{ key: "OPS" }, /name/],
      [{ name: "Ops", key: "ops" }, /key: The key is 2–10 capital letters/],
      [{ name: "x".repeat(81), key: "OPS" }, /at most 80 characters/],
      [{ name: 42, key: "OPS" }, /name/],
      [{ name: "Ops", key: "OPS", colour: "red" }, /Unknown field\(s\): colour/],
      [[], /expected object/i],
    ];
    for (const [body, message] of cases) {
      const res = await call("POST", "/api/spaces", { cookie: admin, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
    const noBody = await call("POST", "/api/spaces", { cookie: admin, headers: { "content-type": "application/json" } });
    expect(noBody.status).toBe(400);
    expect((await call("GET", "/api/spaces", { cookie: admin })).body.spaces.length).toBe(before);
  });

  it("adds and removes members, only agents of the same site", async () => {
    const added = await call("POST", `/api/spaces/${site.support.id}/members`, { cookie: admin, body: { agentId: site.agent.id } });
    expect(added.status).toBe(200);
    expect(added.body.members.map((m: { id: string }) => m.id)).toEqual([site.agent.id]);
    const foreign = await call("POST", `/api/spaces/${site.support.id}/members`, { cookie: admin, body: { agentId: other.agent.id } });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.message).toBe("The agent was not found.");
    const removed = await call("DELETE", `/api/spaces/${site.support.id}/members/${site.agent.id}`, { cookie: admin });
    expect(removed.status).toBe(200);
    expect((await spaceNamed(admin, site.support.id)).members).toEqual([]);
    const again = await call("DELETE", `/api/spaces/${site.support.id}/members/${site.agent.id}`, { cookie: admin });
    expect(again.status).toBe(404);
  });

  it("blocks non-admins from changing spaces, and changes nothing", async () => {
    const create = await call("POST", "/api/spaces", { cookie: agent, body: { name: "Sneaky", key: "SNK" } });
    expect(create.status).toBe(403);
    expect(create.body.error.message).toMatch(/Only admins can change settings/);
    const rename = await call("PATCH", `/api/spaces/${site.billing.id}`, { cookie: agent, body: { name: "Mine" } });
    expect(rename.status).toBe(403);
    const join = await call("POST", `/api/spaces/${site.support.id}/members`, { cookie: agent, body: { agentId: site.agent.id } });
    expect(join.status).toBe(403);
    expect(await spaceNamed(admin, site.billing.id)).toMatchObject({ name: "Billing" });
    expect((await spaceNamed(admin, site.support.id)).members).toEqual([]);
  });

  it("refuses another site's admin as if the space did not exist", async () => {
    const rename = await call("PATCH", `/api/spaces/${site.billing.id}`, { cookie: otherAdmin, body: { name: "Hijacked" } });
    expect(rename.status).toBe(404);
    expect(rename.body.error.message).toBe("The space was not found.");
    const join = await call("POST", `/api/spaces/${site.billing.id}/members`, { cookie: otherAdmin, body: { agentId: other.agent.id } });
    expect(join.status).toBe(404);
    const list = await call("GET", "/api/spaces", { cookie: otherAdmin });
    expect(list.body.spaces.map((s: { id: string }) => s.id)).not.toContain(site.billing.id);
    expect(await spaceNamed(admin, site.billing.id)).toMatchObject({ name: "Billing" });
  });
});
