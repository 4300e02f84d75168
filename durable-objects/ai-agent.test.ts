import { env, runDurableObjectAlarm } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import type { ServerFrame } from "../protocol/conversation";
import { demoSeedStatements } from "../scripts/demo/seed";
import { conversationStub, customerSocket, hmacHex, type TestSocket } from "../test/chat";
import { call } from "../test/fixtures";
import { AI_MESSAGES } from "./conversation/ai-turn";

beforeAll(async () => {
  await env.DB.batch((await demoSeedStatements()).map((s) => env.DB.prepare(s)));
});

type Chat = { conversationId: string; customerToken: string; socket: TestSocket };

async function chat(experienceId: string, extra: Record<string, unknown> = {}): Promise<Chat> {
  const res = await call("POST", "/widget/v1/conversations", { body: { experienceId, channel: "widget", startNew: true, ...extra } });
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  const socket = await customerSocket(res.body.conversationId, res.body.customerToken);
  await socket.hello(0);
  return { conversationId: res.body.conversationId, customerToken: res.body.customerToken, socket };
}

const aiReplies = (socket: TestSocket) => socket.of("message").filter((f) => f.message.author.type === "ai" && f.message.seq > 1);

async function say(c: Chat, body: string): Promise<Extract<ServerFrame, { type: "message" }>> {
  const before = aiReplies(c.socket).length;
  c.socket.send({ type: "message", body });
  await c.socket.waitFor((f) => f.type === "message" && f.message.author.type === "ai" && f.message.seq > 1, before + 1);
  return aiReplies(c.socket).at(-1)!;
}

async function handoffReason(conversationId: string): Promise<{ reason: string | null; detail: string | null }> {
  await runDurableObjectAlarm(conversationStub(conversationId));
  const row = await env.DB.prepare("SELECT handoff_reason, handoff_detail FROM work_items WHERE conversation_id = ?")
    .bind(conversationId)
    .first<{ handoff_reason: string | null; handoff_detail: string | null }>();
  return { reason: row?.handoff_reason ?? null, detail: row?.handoff_detail ?? null };
}

describe("the AI agent in mode ai", () => {
  it("answers from the knowledge base while showing it is typing, and links the article", async () => {
    const c = await chat("exp_assistant");
    const reply = await say(c, "my coffee comes out weak and watery, what can I do?");
    expect(reply.message.author).toEqual({ type: "ai", id: null, name: "Brewster" });
    expect(reply.message.body).toContain("/support/assistant/articles/weak-watery-or-cold-coffee");
    const typing = c.socket.of("typing").filter((t) => t.author.type === "ai");
    expect(typing.map((t) => t.typing)).toEqual([true, false]);
    expect(c.socket.frames.findIndex((f) => f.type === "typing")).toBeLessThan(c.socket.frames.indexOf(reply));
  });

  it("never hands off: it says it cannot help, offers to take an email, and the email becomes a Request", async () => {
    const c = await chat("exp_assistant");
    const unrelated = await say(c, "what's the best pizza place in Chicago?");
    expect(unrelated.message).toMatchObject({ body: AI_MESSAGES.cannotHelpAiOnly, event: "email_prompt" });
    const person = await say(c, "can I talk to a real person please");
    expect(person.message).toMatchObject({ body: AI_MESSAGES.noPersonHere, event: "email_prompt" });
    c.socket.send({ type: "request_person" });
    await c.socket.waitFor((f) => f.type === "error");
    expect(c.socket.of("error").at(-1)).toMatchObject({ code: "not_allowed" });
    expect((await conversationStub(c.conversationId).summary())?.state).toBe("ai");

    c.socket.send({ type: "leave_email", email: "pat@example.test" });
    await c.socket.waitFor((f) => f.type === "message" && f.message.event === "email_left");
    await runDurableObjectAlarm(conversationStub(c.conversationId));
    const request = await env.DB.prepare("SELECT key, type, status, summary, description FROM work_items WHERE type = 'Request' AND description LIKE ?")
      .bind("%pat@example.test%")
      .first<{ key: string; type: string; summary: string; description: string }>();
    expect(request).toMatchObject({ type: "Request", summary: "what's the best pizza place in Chicago?" });
    expect(request!.key).toMatch(/^SUP-\d+$/);
    expect(request!.description).toContain("Brewster (AI): " + AI_MESSAGES.cannotHelpAiOnly);
    const gap = await env.DB.prepare("SELECT question FROM knowledge_gaps WHERE conversation_id = ?").bind(c.conversationId).first<{ question: string }>();
    expect(gap?.question).toBe("what's the best pizza place in Chicago?");
  });
});

describe("handoff triggers in mode ai_team", () => {
  it("the customer asks for a person in words", async () => {
    const c = await chat("exp_help");
    const reply = await say(c, "I'd like to speak to a human please");
    expect([AI_MESSAGES.handoffStaffed, AI_MESSAGES.handoffUnstaffed]).toContain(reply.message.body);
    await c.socket.waitFor((f) => f.type === "state" && f.state === "waiting");
    expect((await handoffReason(c.conversationId)).reason).toBe("customer_request");
  });

  it("the AI cannot help (missing knowledge)", async () => {
    const c = await chat("exp_help");
    await say(c, "do you know who won the world cup in 1998?");
    await c.socket.waitFor((f) => f.type === "state" && f.state === "waiting");
    expect((await handoffReason(c.conversationId)).reason).toBe("missing_knowledge");
  });

  it("a keyword rule, naming the rule", async () => {
    const c = await chat("exp_help");
    await say(c, "I'm going to file a chargeback with my bank");
    await c.socket.waitFor((f) => f.type === "state" && f.state === "waiting");
    const handoff = await handoffReason(c.conversationId);
    expect(handoff.reason).toBe("rule_matched");
    expect(handoff.detail).toContain('Rule "Legal or chargeback"');
  });

  it("a customer attribute (email domain) of a verified customer, never of an email a visitor typed", async () => {
    const identity = { id: "user-ceo", hash: await hmacHex("demo-help-identity-secret", "user-ceo"), email: "ceo@bigcorp.example" };
    const c = await chat("exp_help", { identity });
    await say(c, "how do I descale my machine?");
    await c.socket.waitFor((f) => f.type === "state" && f.state === "waiting");
    expect((await handoffReason(c.conversationId)).detail).toContain('Rule "Business customers"');

    const claimed = await chat("exp_help", { email: "someone@bigcorp.example" });
    await say(claimed, "how do I descale my machine?");
    expect((await conversationStub(claimed.conversationId).summary())?.state).toBe("ai");
  });

  it("negative sentiment", async () => {
    const c = await chat("exp_help");
    await say(c, "This is ridiculous, the worst service ever, totally unacceptable!!!");
    await c.socket.waitFor((f) => f.type === "state" && f.state === "waiting");
    expect((await handoffReason(c.conversationId)).reason).toBe("negative_sentiment");
  });

  it("N AI turns without resolution", async () => {
    const c = await chat("exp_help");
    await say(c, "how do I descale the machine");
    await say(c, "how do I reset my password");
    await say(c, "where do I download an invoice for my order");
    expect((await conversationStub(c.conversationId).summary())?.state).toBe("ai");
    await say(c, "what do the error codes mean");
    await c.socket.waitFor((f) => f.type === "state" && f.state === "waiting");
    expect((await handoffReason(c.conversationId)).detail).toContain('Rule "Three answers without a fix"');
  });

  it("an AI failure hands off with its own reason", async () => {
    await env.DB.prepare(`UPDATE sites SET ai_settings = ? WHERE id = 'site_acme'`)
      .bind(JSON.stringify({ responder: "openai_compatible", endpoint: "http://127.0.0.1:9/v1" }))
      .run();
    try {
      const c = await chat("exp_help");
      await say(c, "how do I descale my machine?");
      await c.socket.waitFor((f) => f.type === "state" && f.state === "waiting");
      expect((await handoffReason(c.conversationId)).reason).toBe("ai_failure");
    } finally {
      await env.DB.prepare(`UPDATE sites SET ai_settings = '{}' WHERE id = 'site_acme'`).run();
    }
  });

  it("hands off once, and the AI stays quiet while the customer waits", async () => {
    const c = await chat("exp_help");
    await say(c, "agent please");
    await c.socket.waitFor((f) => f.type === "state" && f.state === "waiting");
    const before = aiReplies(c.socket).length;
    c.socket.send({ type: "message", body: "hello? I want to talk to a person" });
    c.socket.send({ type: "request_person" });
    await c.socket.waitFor((f) => f.type === "ack");
    await new Promise((r) => setTimeout(r, 150));
    expect(aiReplies(c.socket)).toHaveLength(before);
    expect((await conversationStub(c.conversationId).transcript()).filter((m) => m.event === "waiting")).toHaveLength(1);
  });
});

describe("leaving a message instead of waiting", () => {
  it("turns into a Request and takes the customer out of the line", async () => {
    const c = await chat("exp_billing");
    expect((await conversationStub(c.conversationId).summary())?.state).toBe("waiting");
    c.socket.send({ type: "message", body: "I was charged twice for order 5531" });
    await c.socket.waitFor((f) => f.type === "ack");
    c.socket.send({ type: "leave_email", email: "sam@example.test" });
    const [closed] = await c.socket.waitFor((f) => f.type === "state" && f.state === "closed");
    expect(closed).toMatchObject({ outcome: "abandoned" });
    await runDurableObjectAlarm(conversationStub(c.conversationId));
    const request = await env.DB.prepare("SELECT key, summary FROM work_items WHERE type = 'Request' AND description LIKE ?")
      .bind("%sam@example.test%")
      .first<{ key: string; summary: string }>();
    expect(request).toMatchObject({ summary: "I was charged twice for order 5531" });
    expect(request!.key).toMatch(/^BILL-\d+$/);
  });
});

describe("an AI turn", () => {
  it("answers the customer's latest words once, after them, never interleaved", async () => {
    const c = await chat("exp_assistant");
    c.socket.send({ type: "message", body: "hi" });
    c.socket.send({ type: "message", body: "how do I reset my password?" });
    await c.socket.waitFor((f) => f.type === "message" && f.message.author.type === "ai" && f.message.body.includes("reset-forgotten-password"));
    await new Promise((r) => setTimeout(r, 100));
    const transcript = await conversationStub(c.conversationId).transcript();
    const lastCustomer = transcript.filter((m) => m.author.type === "customer").at(-1)!;
    const replies = transcript.filter((m) => m.author.type === "ai" && m.seq > 1);
    expect(replies.every((m) => m.seq > lastCustomer.seq)).toBe(true);
    expect(replies).toHaveLength(1);
  });
});

describe("outcomes", () => {
  it("resolved by AI when the customer says so; back to unresolved when they return within a day on the same matter", async () => {
    const first = await chat("exp_assistant");
    await say(first, "how do I descale my machine?");
    await say(first, "that solved it, thanks!");
    first.socket.send({ type: "close" });
    await first.socket.waitFor((f) => f.type === "state" && f.state === "closed");
    expect(first.socket.of("state").at(-1)).toMatchObject({ outcome: "resolved_by_ai" });
    await runDurableObjectAlarm(conversationStub(first.conversationId));

    const again = await call("POST", "/widget/v1/conversations", {
      body: { experienceId: "exp_assistant", channel: "widget", customerToken: first.customerToken, startNew: true },
    });
    const socket = await customerSocket(again.body.conversationId, again.body.customerToken);
    await socket.hello(0);
    socket.send({ type: "message", body: "the descale light on my machine is still on after descaling" });
    await socket.waitFor((f) => f.type === "ack");
    await runDurableObjectAlarm(conversationStub(again.body.conversationId));
    const earlier = await env.DB.prepare("SELECT ai_outcome FROM work_items WHERE id = ?").bind(first.conversationId).first<{ ai_outcome: string }>();
    expect(earlier?.ai_outcome).toBe("unresolved");
  });
});
