import { env, runDurableObjectAlarm } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import type { TranscriptEntry } from "../protocol/conversation";
import { DEMO_IDENTITY_SECRET, demoSeedStatements } from "../scripts/demo/seed";
import { clientId, conversationStub, customerSocket, hmacHex, startConversation, type TestSocket } from "../test/chat";
import { call } from "../test/fixtures";
import { AI_MESSAGES } from "./conversation/ai-turn";

beforeAll(async () => {
  await env.DB.batch((await demoSeedStatements()).map((s) => env.DB.prepare(s)));
});

/** A customer about to write: the conversation starts with their first `say`, as the widget starts it. */
type Chat = { experienceId: string; extra: Record<string, unknown>; conversationId: string; customerToken: string; socket: TestSocket };

async function chat(experienceId: string, extra: Record<string, unknown> = {}): Promise<Chat> {
  return { experienceId, extra, conversationId: "", customerToken: "", socket: null as unknown as TestSocket };
}

/** Sends the customer's words (the first ones start the conversation) without waiting for an answer. */
async function write(c: Chat, body: string): Promise<void> {
  if (c.conversationId) return c.socket.send({ type: "message", body });
  const started = await startConversation({ experienceId: c.experienceId, channel: "widget", firstMessage: { clientId: clientId(), body }, ...c.extra });
  c.conversationId = started.conversationId;
  c.customerToken = started.customerToken;
  c.socket = await customerSocket(started.conversationId, started.customerToken);
  await c.socket.hello(0);
}

const isReply = (e: TranscriptEntry) => e.author.type === "ai" && e.seq > 1;
const aiReplies = (socket: TestSocket) => socket.entries().filter(isReply);

/** The customer writes; answers the AI's reply (as `{ message }`, like a message frame). */
async function say(c: Chat, body: string): Promise<{ message: TranscriptEntry }> {
  const before = c.socket ? aiReplies(c.socket).length : 0;
  await write(c, body);
  const replies = await c.socket.waitForEntry(isReply, before + 1);
  return { message: replies.at(-1)! };
}

async function handoffReason(conversationId: string): Promise<{ reason: string | null; detail: string | null }> {
  await runDurableObjectAlarm(conversationStub(conversationId));
  const row = await env.DB.prepare("SELECT handoff_reason, handoff_detail FROM work_items WHERE conversation_id = ?")
    .bind(conversationId)
    .first<{ handoff_reason: string | null; handoff_detail: string | null }>();
  return { reason: row?.handoff_reason ?? null, detail: row?.handoff_detail ?? null };
}

describe("the AI agent in mode ai", () => {
  it("answers from the knowledge base while showing it is typing, leading with the passage and citing the article as data", async () => {
    const c = await chat("exp_assistant");
    await say(c, "hi");
    const seen = c.socket.frames.length;
    const reply = await say(c, "my coffee comes out weak and watery, what can I do?");
    expect(reply.message.author).toEqual({ type: "ai", id: null, name: "Brewster" });
    expect(reply.message.sources).toEqual([
      {
        articleId: "art_weak-watery-or-cold-coffee",
        slug: "weak-watery-or-cold-coffee",
        title: "Why is my coffee weak, watery or not hot enough?",
        // Built from the deployment's PUBLIC_ORIGIN, never from the Host the start request came with.
        url: "https://chat.acme.example/support/assistant/articles/weak-watery-or-cold-coffee",
      },
    ]);
    expect(reply.message.quote).toContain("strength setting");
    expect(reply.message.body.startsWith(reply.message.quote!)).toBe(true);
    expect(reply.message.body).not.toMatch(/https?:\/\//);
    // A client that reconnects gets the same sources and quote from storage.
    const again = await customerSocket(c.conversationId, c.customerToken);
    await again.hello(0);
    const welcome = again.of("welcome")[0]!;
    expect(welcome.messages.find((m) => m.seq === reply.message.seq)).toMatchObject({ sources: reply.message.sources, quote: reply.message.quote });
    const later = c.socket.frames.slice(seen);
    const typing = later.filter((f) => f.type === "typing" && f.author.type === "ai");
    expect(typing.map((t) => t.type === "typing" && t.typing)).toEqual([true, false]);
    const replyAt = later.findIndex((f) => f.type === "message" && f.message.seq === reply.message.seq);
    expect(later.findIndex((f) => f.type === "typing")).toBeLessThan(replyAt);
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
    expect(reply.message.body).toBe(AI_MESSAGES.handoff);
    await c.socket.waitForState("waiting");
    expect((await handoffReason(c.conversationId)).reason).toBe("customer_request");
  });

  it("the AI cannot help (missing knowledge)", async () => {
    const c = await chat("exp_help");
    await say(c, "do you know who won the world cup in 1998?");
    await c.socket.waitForState("waiting");
    expect((await handoffReason(c.conversationId)).reason).toBe("missing_knowledge");
  });

  it("a keyword rule, naming the rule", async () => {
    const c = await chat("exp_help");
    await say(c, "I'm going to file a chargeback with my bank");
    await c.socket.waitForState("waiting");
    const handoff = await handoffReason(c.conversationId);
    expect(handoff.reason).toBe("rule_matched");
    expect(handoff.detail).toContain('Rule "Legal or chargeback"');
  });

  it("a customer attribute (email domain) of a verified customer, never of an email a visitor typed", async () => {
    // The site's server signs the id and the email together: the email is the customer's, and rules trust it.
    const identity = { id: "user-ceo", hash: await hmacHex(DEMO_IDENTITY_SECRET, "user-ceo:ceo@bigcorp.example"), email: "ceo@bigcorp.example" };
    const c = await chat("exp_help", { identity });
    await say(c, "how do I descale my machine?");
    await c.socket.waitForState("waiting");
    expect((await handoffReason(c.conversationId)).detail).toContain('Rule "Business customers"');

    // A verified id with an email the hash does not cover: the email is only a contact address.
    const chosen = { id: "user-intern", hash: await hmacHex(DEMO_IDENTITY_SECRET, "user-intern"), email: "intern@bigcorp.example" };
    const unsigned = await chat("exp_help", { identity: chosen });
    await say(unsigned, "how do I descale my machine?");
    expect((await conversationStub(unsigned.conversationId).summary())?.state).toBe("ai");

    // A visitor who types a partner's address gets no VIP path either.
    const claimed = await chat("exp_help", { email: "someone@bigcorp.example" });
    await say(claimed, "how do I descale my machine?");
    expect((await conversationStub(claimed.conversationId).summary())?.state).toBe("ai");

    // The verified customer leaves another address in the chat: a contact address that never replaces the signed one.
    c.socket.send({ type: "leave_email", email: "me@gmail.example" });
    await c.socket.waitForEntry((e) => e.event === "email_left");
    await runDurableObjectAlarm(conversationStub(c.conversationId));
    const row = await env.DB.prepare("SELECT email, email_verified FROM customers WHERE external_id = 'user-ceo'").first();
    expect(row).toEqual({ email: "ceo@bigcorp.example", email_verified: 1 });
  });

  it("negative sentiment", async () => {
    const c = await chat("exp_help");
    await say(c, "This is ridiculous, the worst service ever, totally unacceptable!!!");
    await c.socket.waitForState("waiting");
    expect((await handoffReason(c.conversationId)).reason).toBe("negative_sentiment");
  });

  it("an upset customer with an answerable question gets the answer first, then a person (the sentiment rule)", async () => {
    const c = await chat("exp_help");
    await write(c, "This is ridiculous!!! my card got declined at checkout again, what is going on");
    await c.socket.waitForState("waiting");
    const [answer, handoff] = aiReplies(c.socket);
    expect(answer!.sources?.[0]?.slug).toBe("update-payment-method-card-declined");
    expect(handoff!.body).toBe(AI_MESSAGES.handoff);
    expect((await handoffReason(c.conversationId)).reason).toBe("negative_sentiment");
  });

  it("N AI turns without resolution", async () => {
    const c = await chat("exp_help");
    await say(c, "how do I descale the machine");
    await say(c, "how do I reset my password");
    await say(c, "where do I download an invoice for my order");
    expect((await conversationStub(c.conversationId).summary())?.state).toBe("ai");
    await say(c, "what do the error codes mean");
    await c.socket.waitForState("waiting");
    expect((await handoffReason(c.conversationId)).detail).toContain('Rule "Three answers without a fix"');
  });

  it("an AI failure hands off with its own reason", async () => {
    await env.DB.prepare(`UPDATE sites SET ai_settings = ? WHERE id = 'site_acme'`)
      .bind(JSON.stringify({ responder: "openai_compatible", endpoint: "http://127.0.0.1:9/v1" }))
      .run();
    try {
      const c = await chat("exp_help");
      await say(c, "how do I descale my machine?");
      await c.socket.waitForState("waiting");
      expect((await handoffReason(c.conversationId)).reason).toBe("ai_failure");
    } finally {
      await env.DB.prepare(`UPDATE sites SET ai_settings = '{}' WHERE id = 'site_acme'`).run();
    }
  });

  it("hands off once, and the AI stays quiet while the customer waits", async () => {
    const c = await chat("exp_help");
    await say(c, "agent please");
    await c.socket.waitForState("waiting");
    const before = aiReplies(c.socket).length;
    c.socket.send({ type: "message", body: "hello? I want to talk to a person" });
    c.socket.send({ type: "request_person" });
    await c.socket.waitFor((f) => f.type === "ack");
    await c.socket.settle(); // an AI reply to those would have been sent before this
    expect(aiReplies(c.socket)).toHaveLength(before);
    expect((await conversationStub(c.conversationId).transcript()).filter((m) => m.event === "waiting")).toHaveLength(1);
  });
});

describe("leaving a message instead of waiting", () => {
  it("turns into a Request and takes the customer out of the line", async () => {
    const c = await chat("exp_billing");
    await write(c, "I was charged twice for order 5531");
    expect((await conversationStub(c.conversationId).summary())?.state).toBe("waiting");
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
    await say(c, "hi");
    await write(c, "hello? are you there");
    c.socket.send({ type: "message", body: "how do I reset my password?" });
    await c.socket.waitForEntry((e) => e.author.type === "ai" && e.sources?.[0]?.slug === "reset-forgotten-password");
    // One more exchange: whatever the AI still had to say about the two messages has been said before its answer to this.
    await say(c, "that solved it, thanks!");
    const transcript = await conversationStub(c.conversationId).transcript();
    const asked = transcript.filter((m) => m.author.type === "customer");
    const [twoAt, lastAt] = [asked.at(-3)!.seq, asked.at(-1)!.seq];
    const repliesToTwo = transcript.filter((m) => m.author.type === "ai" && m.seq > twoAt && m.seq < lastAt);
    expect(repliesToTwo).toHaveLength(1);
    expect(repliesToTwo[0]!.seq).toBeGreaterThan(asked.at(-2)!.seq);
    expect(repliesToTwo[0]!.sources?.[0]?.slug).toBe("reset-forgotten-password");
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

    const again = await startConversation({
      experienceId: "exp_assistant",
      channel: "widget",
      customerToken: first.customerToken,
      firstMessage: { clientId: clientId(), body: "the descale light on my machine is still on after descaling" },
    });
    expect(again.conversationId).not.toBe(first.conversationId);
    await runDurableObjectAlarm(conversationStub(again.conversationId));
    const earlier = await env.DB.prepare("SELECT ai_outcome FROM work_items WHERE id = ?").bind(first.conversationId).first<{ ai_outcome: string }>();
    expect(earlier?.ai_outcome).toBe("unresolved");
  });
});
