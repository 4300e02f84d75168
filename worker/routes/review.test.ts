import { env, runDurableObjectAlarm } from "cloudflare:test";
import type { TranscriptEntry } from "../../protocol/conversation";
import { beforeAll, describe, expect, it } from "vitest";
import { demoSeedStatements, DEMO_PASSWORD } from "../../scripts/demo/seed";
import { conversationStub, customerSocket, startChat } from "../../test/chat";
import { call, createSite, signIn } from "../../test/fixtures";

let admin: string;
const ids: Record<string, string> = {};

async function converse(experienceId: string, lines: string[], close = true): Promise<string> {
  const start = { body: await startChat({ experienceId }, {}, lines[0]) };
  const socket = await customerSocket(start.body.conversationId, start.body.customerToken);
  await socket.hello(0);
  const isReply = (e: TranscriptEntry) => e.author.type === "ai" && e.seq > 1;
  await socket.waitForEntry(isReply);
  for (const body of lines.slice(1)) {
    const before = socket.entries().filter(isReply).length;
    socket.send({ type: "message", body });
    await socket.waitForEntry(isReply, before + 1);
  }
  if (close) {
    socket.send({ type: "close" });
    await socket.waitFor((f) => f.type === "state" && f.state === "closed");
  }
  await runDurableObjectAlarm(conversationStub(start.body.conversationId));
  return start.body.conversationId;
}

beforeAll(async () => {
  await env.DB.batch((await demoSeedStatements()).map((s) => env.DB.prepare(s)));
  admin = await signIn("admin@acme.test", DEMO_PASSWORD);
  ids.resolved = await converse("exp_assistant", ["how do I descale my machine?", "that solved it, thanks!"]);
  ids.gap1 = await converse("exp_assistant", ["do you sell electric tea kettles?"]);
  ids.gap2 = await converse("exp_assistant", ["are there any tea kettles for sale"]);
  ids.handed = await converse("exp_help", ["how do I reset my password?", "can I talk to a human please"], false);
});

describe("conversation review", () => {
  it("lists every AI conversation with outcome, reason and turns, filterable", async () => {
    const all = await call("GET", "/api/review/conversations", { cookie: admin });
    expect(all.status).toBe(200);
    const byId = Object.fromEntries(all.body.conversations.map((c: { id: string }) => [c.id, c]));
    expect(byId[ids.resolved!]).toMatchObject({ outcome: "resolved_by_ai", supportMode: "ai", aiTurns: 1 });
    expect(byId[ids.gap1!]).toMatchObject({ supportMode: "ai" });
    expect(byId[ids.handed!]).toMatchObject({ handoffReason: "customer_request", supportMode: "ai_team", status: "Waiting" });
    const resolved = await call("GET", "/api/review/conversations?outcome=resolved_by_ai", { cookie: admin });
    expect(resolved.body.conversations.map((c: { id: string }) => c.id)).toEqual([ids.resolved]);
    const requested = await call("GET", "/api/review/conversations?reason=customer_request", { cookie: admin });
    expect(requested.body.conversations.map((c: { id: string }) => c.id)).toEqual([ids.handed]);
    const bad = await call("GET", "/api/review/conversations?outcome=maybe", { cookie: admin });
    expect(bad.status).toBe(400);
  });

  it("shows the transcript with the AI portion marked, and stores a reviewer's mark and note", async () => {
    const detail = await call("GET", `/api/review/conversations/${ids.handed}`, { cookie: admin });
    expect(detail.status).toBe(200);
    const portion = detail.body.transcript.filter((e: { aiPortion: boolean }) => e.aiPortion).map((e: { body: string }) => e.body);
    expect(portion).toContain("how do I reset my password?");
    expect(detail.body.transcript.find((e: { event: string | null }) => e.event === "waiting").aiPortion).toBe(false);

    const saved = await call("PUT", `/api/review/conversations/${ids.handed}`, { cookie: admin, body: { mark: "needs_work", note: "Should have linked the reset page first." } });
    expect(saved.status).toBe(200);
    expect(saved.body.review).toMatchObject({ mark: "needs_work", note: "Should have linked the reset page first." });
    const again = await call("PUT", `/api/review/conversations/${ids.handed}`, { cookie: admin, body: { mark: "good" } });
    expect(again.body.review).toMatchObject({ mark: "good", note: "" });
    const marked = await call("GET", "/api/review/conversations?mark=good", { cookie: admin });
    expect(marked.body.conversations.map((c: { id: string }) => c.id)).toEqual([ids.handed]);
    const invalid = await call("PUT", `/api/review/conversations/${ids.handed}`, { cookie: admin, body: { mark: "excellent" } });
    expect(invalid.status).toBe(400);
  });

  it("groups the questions the AI could not answer into knowledge gaps", async () => {
    const res = await call("GET", "/api/review/knowledge-gaps", { cookie: admin });
    expect(res.status).toBe(200);
    const kettles = res.body.gaps.filter((g: { examples: string[] }) => g.examples.some((e) => /kettle/.test(e)));
    expect(kettles.length).toBeGreaterThanOrEqual(1);
    expect(kettles.reduce((n: number, g: { count: number }) => n + g.count, 0)).toBe(2);
  });

  it("is for admins of the site only", async () => {
    const agent = await signIn("ana@acme.test", DEMO_PASSWORD);
    expect((await call("GET", "/api/review/conversations", { cookie: agent })).status).toBe(403);
    const stranger = await createSite();
    const other = await signIn(stranger.admin.email);
    expect((await call("GET", `/api/review/conversations/${ids.handed}`, { cookie: other })).status).toBe(404);
    expect((await call("PUT", `/api/review/conversations/${ids.handed}`, { cookie: other, body: { mark: "bad" } })).status).toBe(404);
  });
});
