import { env, runDurableObjectAlarm } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { demoSeedStatements, DEMO_PASSWORD } from "../../scripts/demo/seed";
import { conversationStub, customerSocket, startChat } from "../../test/chat";
import { call, signIn } from "../../test/fixtures";

let ana: string;
let ben: string;
let cy: string;
let live: string;
let ended: string;
let aiOnly: string;
let endedToken: string;

async function start(experienceId: string, line: string, close: boolean, extra: Record<string, unknown> = {}): Promise<string> {
  const started = { body: await startChat({ experienceId }, extra, line) };
  if (close) endedToken = started.body.customerToken;
  const socket = await customerSocket(started.body.conversationId, started.body.customerToken);
  await socket.hello(0);
  await socket.waitForEntry((e) => e.author.type === "ai" && e.seq > 2);
  if (close) {
    socket.send({ type: "close" });
    await socket.waitFor((f) => f.type === "state" && f.state === "closed");
  }
  await runDurableObjectAlarm(conversationStub(started.body.conversationId)); // the work item reaches D1
  return started.body.conversationId;
}

beforeAll(async () => {
  await env.DB.batch((await demoSeedStatements()).map((s) => env.DB.prepare(s)));
  ana = await signIn("ana@acme.test", DEMO_PASSWORD);
  ben = await signIn("ben@acme.test", DEMO_PASSWORD);
  cy = await signIn("cy@acme.test", DEMO_PASSWORD);
  live = await start("exp_help", "how do I descale my machine?", false); // routes to Product support
  ended = await start("exp_help", "how do I reset my password?", true);
  aiOnly = await start("exp_assistant", "how do I descale my machine?", false); // mode ai: never reaches a person
});

describe("the console's conversation lists", () => {
  it("lists live and recently ended conversations of your spaces apart", async () => {
    const liveList = await call("GET", "/api/conversations?view=live", { cookie: ana });
    expect(liveList.status).toBe(200);
    const liveIds = liveList.body.conversations.map((c: { id: string }) => c.id);
    expect(liveIds).toContain(live);
    expect(liveIds).not.toContain(ended);
    const recent = await call("GET", "/api/conversations?view=recent", { cookie: ana });
    const recentIds = recent.body.conversations.map((c: { id: string }) => c.id);
    expect(recentIds).toContain(ended);
    expect(recentIds).not.toContain(live);
    expect(recent.body.conversations.find((c: { id: string }) => c.id === ended)).toMatchObject({ type: "Conversation", summary: "how do I reset my password?" });
  });

  it("never lists another space's conversations", async () => {
    // Ben is only in Billing support; the help experience routes to Product support.
    const list = await call("GET", "/api/conversations?view=live", { cookie: ben });
    expect(list.body.conversations.map((c: { id: string }) => c.id)).not.toContain(live);
  });

  it("refuses a view it does not know, with a message", async () => {
    const bad = await call("GET", "/api/conversations?view=everything", { cookie: ana });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/view/i);
    const badShow = await call("GET", "/api/conversations?view=live&show=robots", { cookie: ana });
    expect(badShow.status).toBe(400);
    expect(badShow.body.error.message).toMatch(/show/i);
  });

  it("leaves AI-only conversations out of the live list by default, and lists them under show=ai", async () => {
    const ids = async (query: string, cookie = ana) =>
      (await call("GET", `/api/conversations?${query}`, { cookie })).body.conversations.map((c: { id: string }) => c.id) as string[];
    const byDefault = await ids("view=live");
    expect(byDefault).toContain(live); // ai_team: the AI may still hand it to a person
    expect(byDefault).not.toContain(aiOnly);
    const withAi = await ids("view=live&show=ai");
    expect(withAi).toContain(aiOnly);
    expect(withAi).toContain(live);
    expect(await ids("view=live&show=waiting")).not.toContain(aiOnly);
    expect(await ids("view=live&show=human")).toEqual([]);
    // Cy (Product support) sees the same; Ben (Billing only) never sees Product support's.
    expect(await ids("view=live&show=ai", cy)).toContain(aiOnly);
    expect(await ids("view=live&show=ai", ben)).not.toContain(aiOnly);
  });

  it("says each row's page and how many conversations its customer has had", async () => {
    // The same customer comes back (their token) after their first conversation ended.
    const again = await start("exp_help", "my grinder is loud", false, { customerToken: endedToken });
    await env.DB.prepare("UPDATE work_items SET page = '/pricing' WHERE conversation_id = ?").bind(again).run();
    const list = (await call("GET", "/api/conversations?view=live", { cookie: ana })).body.conversations as { id: string; page: string | null; customerConversations: number }[];
    expect(list.find((c) => c.id === again)).toMatchObject({ page: "/pricing", customerConversations: 2 });
    expect(list.find((c) => c.id === live)).toMatchObject({ page: null, customerConversations: 1 });
  });
});

describe("one conversation with its transcript", () => {
  it("answers the state and every entry, the AI's marked by author", async () => {
    const res = await call("GET", `/api/conversations/${live}`, { cookie: cy });
    expect(res.status).toBe(200);
    expect(res.body.conversation).toMatchObject({ id: live, state: "ai" });
    const authors = res.body.transcript.map((e: { author: { type: string } }) => e.author.type);
    expect(authors).toContain("customer");
    expect(authors).toContain("ai");
    expect(res.body.transcript.find((e: { author: { type: string } }) => e.author.type === "customer").body).toBe("how do I descale my machine?");
  });

  it("is not found for an agent outside the space, or without a session", async () => {
    expect((await call("GET", `/api/conversations/${live}`, { cookie: ben })).status).toBe(404);
    expect((await call("GET", `/api/conversations/${live}`)).status).toBe(401);
    expect((await call("GET", "/api/conversations/cnv_nope", { cookie: ana })).status).toBe(404);
  });
});
