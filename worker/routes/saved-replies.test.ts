import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { fillSavedReply, unknownVariables } from "../../protocol/saved-replies";
import { call, createSite, signIn } from "../../test/fixtures";

type Reply = { id: string; title: string; spaceId: string | null };
const titles = (body: { replies: Reply[] }) => body.replies.map((r) => r.title);

describe("saved replies", () => {
  it("admins create site-wide and per-space replies; agents read the site's and their spaces' only", async () => {
    const site = await createSite();
    const admin = await signIn(site.admin.email);
    const agent = await signIn(site.agent.email); // a member of Billing only
    const greet = await call("POST", "/api/saved-replies", { cookie: admin, body: { title: "Greeting", body: "Hi {{customer.name}}, I'm {{agent.name}}." } });
    expect(greet.status).toBe(201);
    expect(greet.body).toMatchObject({ title: "Greeting", spaceId: null, createdBy: site.admin.id });
    expect((await call("POST", "/api/saved-replies", { cookie: admin, body: { title: "Refund policy", body: "Refunds take 5 days.", spaceId: site.billing.id } })).status).toBe(201);
    expect((await call("POST", "/api/saved-replies", { cookie: admin, body: { title: "Descaling", body: "Run the descale cycle.", spaceId: site.support.id } })).status).toBe(201);

    const mine = await call("GET", "/api/saved-replies", { cookie: agent });
    expect(mine.status).toBe(200);
    expect(titles(mine.body)).toEqual(["Greeting", "Refund policy"]); // by title; not Support's
    expect(titles((await call("GET", "/api/saved-replies", { cookie: admin })).body)).toEqual(["Descaling", "Greeting", "Refund policy"]);

    // Another site sees none of them, and cannot touch them.
    const other = await createSite();
    const otherAdmin = await signIn(other.admin.email);
    expect((await call("GET", "/api/saved-replies", { cookie: otherAdmin })).body.replies).toEqual([]);
    expect((await call("PATCH", `/api/saved-replies/${greet.body.id}`, { cookie: otherAdmin, body: { title: "Mine now" } })).status).toBe(404);
    expect((await call("DELETE", `/api/saved-replies/${greet.body.id}`, { cookie: otherAdmin })).status).toBe(404);
    // Nor may it file a reply under this site's space.
    const foreign = await call("POST", "/api/saved-replies", { cookie: otherAdmin, body: { title: "X", body: "Y", spaceId: site.billing.id } });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.message).toMatch(/no such space/);
  });

  it("admins edit and delete; agents may not, and nothing changes", async () => {
    const site = await createSite();
    const admin = await signIn(site.admin.email);
    const agent = await signIn(site.agent.email);
    const made = await call("POST", "/api/saved-replies", { cookie: admin, body: { title: "Hours", body: "We answer 9 to 5." } });
    const id = made.body.id as string;

    expect((await call("POST", "/api/saved-replies", { cookie: agent, body: { title: "Mine", body: "Text" } })).status).toBe(403);
    expect((await call("PATCH", `/api/saved-replies/${id}`, { cookie: agent, body: { title: "Changed" } })).status).toBe(403);
    expect((await call("DELETE", `/api/saved-replies/${id}`, { cookie: agent })).status).toBe(403);
    expect((await call("GET", "/api/saved-replies")).status).toBe(401);
    expect(titles((await call("GET", "/api/saved-replies", { cookie: agent })).body)).toEqual(["Hours"]);

    const edited = await call("PATCH", `/api/saved-replies/${id}`, { cookie: admin, body: { body: "We answer 8 to 6.", spaceId: site.billing.id } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: "Hours", body: "We answer 8 to 6.", spaceId: site.billing.id });
    expect((await call("DELETE", `/api/saved-replies/${id}`, { cookie: admin })).status).toBe(200);
    expect((await call("GET", "/api/saved-replies", { cookie: admin })).body.replies).toEqual([]);
    expect((await call("DELETE", `/api/saved-replies/${id}`, { cookie: admin })).status).toBe(404);
  });

  it("refuses bad input with a clear message and stores nothing", async () => {
    const site = await createSite();
    const admin = await signIn(site.admin.email);
    const refusals: [unknown, RegExp][] = [
      [{ title: "", body: "Text" }, /title/i],
      [{ title: "T", body: "   " }, /Write the reply/],
      [{ title: "x".repeat(81), body: "Text" }, /at most 80/],
      [{ title: "T", body: "x".repeat(4001) }, /at most 4,000/],
      [{ title: "T", body: "Your order {{order.id}}" }, /only the variables \{\{customer\.name\}\} and \{\{agent\.name\}\}/],
      [{ title: "T", body: "Text", spaceId: "sp_nope" }, /no such space/],
      [{ title: "T", body: "Text", colour: "red" }, /Unknown field/],
    ];
    for (const [body, message] of refusals) {
      const res = await call("POST", "/api/saved-replies", { cookie: admin, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
    const made = await call("POST", "/api/saved-replies", { cookie: admin, body: { title: "Kept", body: "Kept as is" } });
    const bad = await call("PATCH", `/api/saved-replies/${made.body.id}`, { cookie: admin, body: { body: "{{customer.email}}" } });
    expect(bad.status).toBe(400);
    const rows = await env.DB.prepare("SELECT title, body FROM saved_replies WHERE site_id = ?").bind(site.siteId).all();
    expect(rows.results).toEqual([{ title: "Kept", body: "Kept as is" }]);
  });
});

describe("filling a saved reply", () => {
  it("fills the known variables, with or without spaces inside the braces, and names unknown ones", () => {
    expect(fillSavedReply("Hi {{customer.name}}, {{ agent.name }} here.", { "customer.name": "Dana", "agent.name": "Ana" })).toBe("Hi Dana, Ana here.");
    expect(unknownVariables("{{customer.name}} {{order.id}}")).toEqual(["order.id"]);
  });
});
