import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { demoSeedStatements, DEMO_PASSWORD } from "../../scripts/demo/seed";
import { call, signIn } from "../../test/fixtures";

beforeAll(async () => {
  await env.DB.batch((await demoSeedStatements()).map((s) => env.DB.prepare(s)));
});

const config = (id: string, origin?: string, channel = "widget") =>
  call("GET", `/widget/v1/experiences/${id}/config?channel=${channel}`, { headers: origin ? { origin } : {} });

describe("the widget's configuration", () => {
  it("says where the chat may show: the channel must be on and the page's origin allowed", async () => {
    const own = await config("exp_help", "http://127.0.0.1:8787");
    expect(own.body).toMatchObject({ name: "Acme Help Center", supportMode: "ai_team", allowed: true, reason: null });
    expect(own.headers.get("access-control-allow-origin")).toBe("*");
    const stranger = await config("exp_help", "https://evil.example");
    expect(stranger.body).toMatchObject({ allowed: false, reason: "This chat cannot be used on https://evil.example." });
    // The billing chat is widget-only: no chat on the support site; the support-site-only reverse likewise.
    expect((await config("exp_billing", undefined, "support_site")).body).toMatchObject({ allowed: false, reason: "This chat is not offered on the support site." });
    const admin = await signIn("admin@acme.test", DEMO_PASSWORD);
    await call("PATCH", "/api/experiences/exp_assistant", { cookie: admin, body: { channels: ["support_site"] } });
    expect((await config("exp_assistant", "http://127.0.0.1:8787")).body).toMatchObject({ allowed: false, reason: "This chat is not offered as an embedded widget." });
    expect((await config("exp_nope")).status).toBe(404);
  });

  it("serves the frame only for a channel the experience offers, with frame-ancestors set to its allowed origins (the browser tests load it)", async () => {
    const { exports } = await import("cloudflare:workers");
    const { frameCsp } = await import("../widget/frame-page");
    expect(frameCsp(["https://shop.example"])).toContain("frame-ancestors 'self' https://shop.example");
    expect(frameCsp([])).toContain("frame-ancestors 'self'");
    expect(frameCsp([])).toContain("script-src 'self'");
    const refused = await exports.default.fetch(new Request("https://parley.test/widget/v1/frame?experience=exp_billing&channel=support_site"));
    expect(refused.status).toBe(404);
  });
});
