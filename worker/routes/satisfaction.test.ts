import { env, runDurableObjectAlarm } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { WEEK_MS, weekStartOf } from "../../protocol/satisfaction";
import { chatSite, closeChat, conversationStub, customerSocket, startChat, type ChatSite } from "../../test/chat";
import { call } from "../../test/fixtures";

/** A people-only conversation the customer closes and rates through the widget's socket; its work item carries the rating. */
async function ratedChat(site: ChatSite, score: number, comment?: string) {
  const chat = await startChat(site, {}, `Rated ${score}`);
  await closeChat(chat);
  const socket = await customerSocket(chat.conversationId, chat.customerToken);
  await socket.hello(0);
  socket.send({ type: "rate", score, ...(comment ? { comment } : {}) });
  await socket.waitFor((f) => f.type === "rated");
  socket.close();
  await runDurableObjectAlarm(conversationStub(chat.conversationId));
  return chat;
}

let rows = 0;
/** A rated conversation's work item written straight to D1, rated at `ratedAt` (earlier weeks, other modes). */
async function ratedRow(site: ChatSite, spaceId: string, key: string, score: number, ratedAt: number, supportMode = "ai") {
  const id = `wi_sat_${site.siteId}_${++rows}`;
  await env.DB.prepare(
    "INSERT INTO work_items (id, site_id, space_id, number, key, type, status, summary, conversation_id, support_mode, satisfaction, rated_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'Conversation', 'Closed', 'Earlier', ?, ?, ?, ?, ?, ?)",
  )
    .bind(id, site.siteId, spaceId, 900 + rows, `${key}-${900 + rows}`, `cv_${id}`, supportMode, score, ratedAt, ratedAt, ratedAt)
    .run();
}

const report = (cookie: string, query = "") => call("GET", `/api/satisfaction${query}`, { cookie });

describe("GET /api/satisfaction", () => {
  it("averages every rated conversation of the site per space and per week, people-only ones included, and never another site's", async () => {
    const site = await chatSite("team");
    const other = await chatSite("team");
    const kind = await ratedChat(site, 5, "Quick and kind");
    await ratedChat(site, 2);
    await startChat(site, {}, "Never rated"); // open, unrated: not counted
    await ratedChat(other, 1); // another site's rating
    const thisWeek = weekStartOf(Date.now());
    await ratedRow(site, site.support.id, "SUP", 4, thisWeek - WEEK_MS + 3600_000); // last week, an AI-only chat in another space
    await ratedRow(site, site.billing.id, "BILL", 3, thisWeek - 2 * WEEK_MS + 60_000); // two weeks ago
    await ratedRow(site, site.billing.id, "BILL", 1, thisWeek - 10 * WEEK_MS); // before the period

    const res = await report(site.adminCookie, "?weeks=3");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.weeks).toBe(3);
    expect(res.body.since).toBe(thisWeek - 2 * WEEK_MS);
    expect(res.body.overall).toEqual({ average: 3.5, count: 4 });
    expect(res.body.byWeek).toEqual([
      { weekStart: thisWeek - 2 * WEEK_MS, average: 3, count: 1 },
      { weekStart: thisWeek - WEEK_MS, average: 4, count: 1 },
      { weekStart: thisWeek, average: 3.5, count: 2 },
    ]);
    expect(res.body.spaces).toEqual([
      {
        spaceId: site.billing.id,
        name: "Billing",
        average: 3.33,
        count: 3,
        weeks: [
          { weekStart: thisWeek - 2 * WEEK_MS, average: 3, count: 1 },
          { weekStart: thisWeek, average: 3.5, count: 2 },
        ],
      },
      { spaceId: site.support.id, name: "Support", average: 4, count: 1, weeks: [{ weekStart: thisWeek - WEEK_MS, average: 4, count: 1 }] },
    ]);

    // The rating is on the conversation's work item too, as the customer's profile lists it.
    const profile = await call("GET", `/api/customers/${kind.customer.id}`, { cookie: site.agentCookie });
    expect(profile.body.conversations.map((c: { rating: unknown }) => c.rating)).toEqual([{ score: 5, comment: "Quick and kind" }]);

    // The default period is 8 weeks; the other site sees only its own rating.
    expect((await report(site.adminCookie)).body).toMatchObject({ weeks: 8, overall: { count: 4 } });
    expect((await report(other.adminCookie)).body).toMatchObject({ overall: { average: 1, count: 1 }, spaces: [{ spaceId: other.billing.id, count: 1 }] });
  });

  it("answers an empty period with no averages", async () => {
    const site = await chatSite("team");
    const res = await report(site.adminCookie, "?weeks=1");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ weeks: 1, overall: { average: null, count: 0 }, spaces: [] });
    expect(res.body.byWeek).toEqual([{ weekStart: weekStartOf(Date.now()), average: null, count: 0 }]);
  });

  it("is for admins only, and refuses a period that is not 1 to 52 weeks", async () => {
    const site = await chatSite("team");
    await ratedChat(site, 4);
    const asAgent = await report(site.agentCookie);
    expect(asAgent.status).toBe(403);
    expect(asAgent.body.error.code).toBe("admin_only");
    expect((await call("GET", "/api/satisfaction")).status).toBe(401);
    for (const [weeks, message] of [
      ["0", /weeks is at least 1/],
      ["53", /weeks is at most 52/],
      ["2.5", /whole number/],
      ["soon", /weeks is a number of weeks/],
    ] as const) {
      const res = await report(site.adminCookie, `?weeks=${weeks}`);
      expect(res.status, weeks).toBe(400);
      expect(res.body.error.message, weeks).toMatch(message);
    }
  });
});
