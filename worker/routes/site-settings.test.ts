import { beforeAll, describe, expect, it } from "vitest";
import { call, createSite, signIn, type TestSite } from "../../test/fixtures";

let site: TestSite;
let admin: string;
let agent: string;
beforeAll(async () => {
  site = await createSite();
  admin = await signIn(site.admin.email);
  agent = await signIn(site.agent.email);
});

describe("site chat settings", () => {
  it("starts at the design's defaults: 120-second offers", async () => {
    const res = await call("GET", "/api/settings/chat", { cookie: agent });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ chatCap: 3, offerTimeoutSeconds: 120, idleCloseMinutes: 30, keepAvailableOnMissedOffer: false });
  });

  it("admins change only the fields they send", async () => {
    const res = await call("PATCH", "/api/settings/chat", { cookie: admin, body: { chatCap: 5, offerTimeoutSeconds: 60 } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ chatCap: 5, offerTimeoutSeconds: 60, idleCloseMinutes: 30, keepAvailableOnMissedOffer: false });
  });

  it("refuses out-of-range and wrongly typed values, changing nothing", async () => {
    const before = (await call("GET", "/api/settings/chat", { cookie: admin })).body;
    const cases: [unknown, RegExp][] = [
      [{ chatCap: 0 }, /at least 1 conversation/],
      [{ chatCap: 2.5 }, /chatCap/],
      [{ offerTimeoutSeconds: "120" }, /offerTimeoutSeconds/],
      [{ offerTimeoutSeconds: 2 }, /at least 5 seconds/],
      [{ idleCloseMinutes: 99999 }, /at most a week/],
      [{ cap: 3 }, /Unknown field\(s\): cap/],
    ];
    for (const [body, message] of cases) {
      const res = await call("PATCH", "/api/settings/chat", { cookie: admin, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
    expect((await call("GET", "/api/settings/chat", { cookie: admin })).body).toEqual(before);
  });

  it("is read-only for agents", async () => {
    const res = await call("PATCH", "/api/settings/chat", { cookie: agent, body: { chatCap: 10 } });
    expect(res.status).toBe(403);
    expect((await call("GET", "/api/settings/chat", { cookie: agent })).body.chatCap).not.toBe(10);
  });

  it("keeps each site's settings to itself", async () => {
    const other = await createSite();
    const otherAdmin = await signIn(other.admin.email);
    await call("PATCH", "/api/settings/chat", { cookie: otherAdmin, body: { chatCap: 7 } });
    expect((await call("GET", "/api/settings/chat", { cookie: admin })).body.chatCap).toBe(5);
  });
});

describe("AI agent settings", () => {
  it("has defaults, merges changes and validates them", async () => {
    const initial = await call("GET", "/api/settings/ai", { cookie: admin });
    expect(initial.body).toEqual({ responder: "knowledge_base", confidenceThreshold: 0.35, cannotHelpHandoffAfter: 1 });
    const changed = await call("PATCH", "/api/settings/ai", { cookie: admin, body: { confidenceThreshold: 0.5 } });
    expect(changed.body).toEqual({ responder: "knowledge_base", confidenceThreshold: 0.5, cannotHelpHandoffAfter: 1 });
    const bad = await call("PATCH", "/api/settings/ai", { cookie: admin, body: { confidenceThreshold: 2 } });
    expect(bad.status).toBe(400);
    expect((await call("PATCH", "/api/settings/ai", { cookie: agent, body: { confidenceThreshold: 0.1 } })).status).toBe(403);
    expect((await call("GET", "/api/settings/ai", { cookie: admin })).body.confidenceThreshold).toBe(0.5);
  });
});
