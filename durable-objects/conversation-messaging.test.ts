import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { MAX_FRAME_BYTES, MAX_MESSAGE_CHARS, type ServerFrame } from "../protocol/conversation";
import { assignDirectly, agentSocket, bodies, chatSite, clientId, conversationStub, customerSocket, startChat } from "../test/chat";

async function assignedChat() {
  const site = await chatSite("team");
  const chat = await startChat(site, { name: "Casey" });
  await assignDirectly(chat.conversationId, { id: site.agent.id, name: "Abe Agent" }, site.billing.id);
  const customer = await customerSocket(chat.conversationId, chat.customerToken);
  const agent = await agentSocket(chat.conversationId, site.agentCookie);
  return { site, chat, customer, agent };
}

describe("a conversation's thread", () => {
  it("starts per support mode: team waits at once; ai and ai_team start with the AI's greeting", async () => {
    const team = await startChat(await chatSite("team"));
    expect(team.conversation.state).toBe("waiting");
    for (const mode of ["ai", "ai_team"] as const) {
      const chat = await startChat(await chatSite(mode));
      expect(chat.conversation.state).toBe("ai");
      const [greeting] = await conversationStub(chat.conversationId).transcript();
      expect(greeting).toMatchObject({ seq: 1, body: "Hello! How can we help?", author: { type: "ai", name: "Robo" } });
    }
  });

  it("customer and agent see each message once, in order, with the same sequence numbers", async () => {
    const { customer, agent } = await assignedChat();
    const welcomeC = await customer.hello(0);
    const welcomeA = await agent.hello(0);
    expect(welcomeC.messages.map((m) => m.seq)).toEqual(welcomeA.messages.map((m) => m.seq));
    expect(welcomeA.you).toEqual({ role: "agent", canWrite: true });
    const start = welcomeC.seq;

    customer.send({ type: "message", body: "My card was charged twice" });
    agent.send({ type: "message", body: "Sorry about that! Let me look." });
    customer.send({ type: "message", body: "Order 1042" });
    agent.send({ type: "message", body: "Found it, refunding now." });
    customer.send({ type: "message", body: "Thanks!" });
    const isNew = (f: ServerFrame) => f.type === "message" && f.message.seq > start;
    await customer.waitFor(isNew, 5);
    await agent.waitFor(isNew, 5);

    const seen = bodies(customer).filter((m) => m.seq > start);
    expect(bodies(agent).filter((m) => m.seq > start)).toEqual(seen);
    expect(seen.map((m) => m.seq)).toEqual([start + 1, start + 2, start + 3, start + 4, start + 5]);
    expect(new Set(seen.map((m) => m.body)).size).toBe(5);
    await customer.waitFor((f) => f.type === "ack", 3);
    await agent.waitFor((f) => f.type === "ack", 2);
    await customer.settle();
    await agent.settle();
    expect(customer.of("ack")).toHaveLength(3);
    expect(agent.of("ack")).toHaveLength(2);
    // Every server frame carries the sequence number at the time it was sent.
    expect(customer.frames.every((f) => typeof f.seq === "number")).toBe(true);
  });

  it("a client that reconnects with the last sequence it saw gets exactly what it missed", async () => {
    const { chat, customer, agent } = await assignedChat();
    const first = await customer.hello(0);
    await agent.hello(0);
    const lastSeen = first.seq;
    customer.close();
    agent.send({ type: "message", body: "Are you still there?" });
    agent.send({ type: "message", body: "I've refunded the second charge." });
    await agent.waitFor((f) => f.type === "ack", 2);

    const again = await customerSocket(chat.conversationId, chat.customerToken);
    const welcome = await again.hello(lastSeen);
    expect(welcome.messages.map((m) => m.body)).toEqual(["Are you still there?", "I've refunded the second charge."]);
    expect(welcome.messages.map((m) => m.seq)).toEqual([lastSeen + 1, lastSeen + 2]);
    agent.send({ type: "message", body: "Anything else?" });
    await again.waitFor((f) => f.type === "message");
    expect(bodies(again).map((m) => m.body)).toEqual(["Anything else?"]);
  });

  it("a message resent with the same client id is stored once and acknowledged again", async () => {
    const { chat, customer, agent } = await assignedChat();
    await customer.hello(0);
    await agent.hello(0);
    const id = clientId();
    customer.send({ type: "message", id, body: "Hello?" });
    const [ack] = await customer.waitFor((f) => f.type === "ack");
    customer.send({ type: "message", id, body: "Hello?" });
    const acks = await customer.waitFor((f) => f.type === "ack", 2);
    expect(acks.map((a) => (a.type === "ack" ? a.messageSeq : 0))).toEqual([
      (ack as { messageSeq: number }).messageSeq,
      (ack as { messageSeq: number }).messageSeq,
    ]);
    const transcript = await conversationStub(chat.conversationId).transcript();
    expect(transcript.filter((m) => m.clientId === id)).toHaveLength(1);
    await customer.settle();
    await agent.settle();
    expect(bodies(agent).filter((m) => m.body === "Hello?")).toHaveLength(1);
  });

  it("a resend is still recognised by a new instance of the conversation (after it was evicted from memory)", async () => {
    const { chat, customer } = await assignedChat();
    await customer.hello(0);
    const id = clientId();
    customer.send({ type: "message", id, body: "Is my order on its way?" });
    const [ack] = await customer.waitFor((f) => f.type === "ack");
    await evictDurableObject(conversationStub(chat.conversationId));
    const again = await customerSocket(chat.conversationId, chat.customerToken);
    await again.hello(0);
    again.send({ type: "message", id, body: "Is my order on its way?" });
    const [second] = await again.waitFor((f) => f.type === "ack");
    expect((second as { messageSeq: number }).messageSeq).toBe((ack as { messageSeq: number }).messageSeq);
    again.send({ type: "message", id: clientId(), body: "Thanks" });
    await again.waitFor((f) => f.type === "ack", 2);
    const transcript = await conversationStub(chat.conversationId).transcript();
    expect(transcript.filter((m) => m.clientId === id)).toHaveLength(1);
    expect(transcript.at(-1)).toMatchObject({ body: "Thanks", seq: (ack as { messageSeq: number }).messageSeq + 1 });
  });

  it("what it keeps in memory about the transcript (counts, last writer, first words) a new instance reads back the same", async () => {
    const { chat, customer, agent } = await assignedChat();
    await customer.hello(0);
    await agent.hello(0);
    customer.send({ type: "message", body: "Where is my parcel?" });
    await agent.waitFor((f) => f.type === "message" && f.message.body === "Where is my parcel?");
    agent.send({ type: "note", body: "Checking the courier first" });
    agent.send({ type: "message", body: "It left the depot this morning." });
    await customer.waitFor((f) => f.type === "message" && f.message.body === "It left the depot this morning.");
    const stub = conversationStub(chat.conversationId);
    type Store = { messageCount(): number; lastAuthorType(): string | null; firstCustomerMessage(): string | null; lastCustomerSeq(): number; lastActivityAt(): number | null; lastSeq: number; lastEventSeq: number; recent(n: number): { body: string }[] };
    const read = () =>
      runInDurableObject(stub, (instance) => {
        const store = (instance as unknown as { store: Store }).store;
        return { count: store.messageCount(), last: store.lastAuthorType(), first: store.firstCustomerMessage(), customerSeq: store.lastCustomerSeq(), at: store.lastActivityAt(), seq: store.lastSeq, events: store.lastEventSeq, recent: store.recent(3).map((m) => m.body) };
      });
    const live = await read();
    // Notes and system lines are not counted; the agent wrote last; the summary is the customer's first words.
    expect(live).toMatchObject({ count: 3, last: "agent", first: "Hello, I have a question.", recent: ["Hello, I have a question.", "Where is my parcel?", "It left the depot this morning."] });
    await evictDurableObject(stub);
    expect(await read()).toEqual(live);
  });

  it("refuses malformed and oversize frames with an error frame, stores nothing, and keeps working", async () => {
    const { chat, customer } = await assignedChat();
    await customer.hello(0);
    const before = await conversationStub(chat.conversationId).transcript();
    customer.raw("not json");
    customer.raw(JSON.stringify({ v: 1, type: "shout", id: "x1" }));
    customer.raw(JSON.stringify({ v: 1, type: "message", body: "no client id" }));
    customer.raw(JSON.stringify({ v: 2, type: "message", id: "x2", body: "from the future" }));
    customer.send({ type: "message", id: "too-long", body: "a".repeat(MAX_MESSAGE_CHARS + 1) });
    customer.raw(JSON.stringify({ v: 1, type: "message", id: "huge", body: "b".repeat(MAX_FRAME_BYTES) }));
    const errors = await customer.waitFor((f) => f.type === "error", 6);
    expect(errors.map((e) => (e.type === "error" ? e.code : ""))).toEqual([
      "bad_frame",
      "bad_frame",
      "bad_frame",
      "bad_frame",
      "too_large",
      "too_large",
    ]);
    const tooLong = errors[4] as { message: string; clientId: string };
    expect(tooLong.message).toContain(`at most ${MAX_MESSAGE_CHARS} characters`);
    expect(tooLong.clientId).toBe("too-long");
    expect(await conversationStub(chat.conversationId).transcript()).toEqual(before);

    customer.send({ type: "message", body: "Still here" });
    await customer.waitFor((f) => f.type === "ack");
    expect((await conversationStub(chat.conversationId).transcript()).at(-1)?.body).toBe("Still here");
  });

  it("rate-limits a socket that floods, storing only what it acknowledged", async () => {
    const { chat, customer } = await assignedChat();
    await customer.hello(0);
    const before = (await conversationStub(chat.conversationId).transcript()).length;
    for (let i = 0; i < 25; i++) customer.send({ type: "message", body: `spam ${i}` });
    await customer.waitFor((f) => f.type === "ack" || f.type === "error", 25);
    const acked = customer.of("ack").length;
    const limited = customer.of("error").filter((e) => e.code === "rate_limited").length;
    expect(limited).toBeGreaterThan(0);
    expect(acked + limited).toBe(25);
    expect((await conversationStub(chat.conversationId).transcript()).length).toBe(before + acked);
  });

  it("relays typing to the other side (not back to the typist) and read markers to both", async () => {
    const { customer, agent } = await assignedChat();
    const welcome = await customer.hello(0);
    await agent.hello(0);
    customer.send({ type: "typing", typing: true });
    const [typing] = await agent.waitFor((f) => f.type === "typing");
    expect(typing).toMatchObject({ author: { type: "customer", name: "Casey" }, typing: true });
    agent.send({ type: "read", seq: welcome.seq });
    const [read] = await customer.waitFor((f) => f.type === "read");
    expect(read).toMatchObject({ by: "agent", upTo: welcome.seq });
    await customer.settle(); // the customer's own typing would have come back before this
    expect(customer.of("typing")).toHaveLength(0);
  });

  it("in ai_team mode the customer can ask for a person; in ai mode nobody pretends to hand off", async () => {
    const aiTeam = await chatSite("ai_team");
    const chat = await startChat(aiTeam, {}, "hello");
    const socket = await customerSocket(chat.conversationId, chat.customerToken);
    await socket.hello(0);
    await socket.waitForEntry((e) => e.author.type === "ai" && e.seq > 2); // the AI greets back
    socket.send({ type: "request_person" });
    await socket.waitFor((f) => f.type === "state");
    expect(socket.of("state")[0]).toMatchObject({ state: "waiting" });
    const transcript = await conversationStub(chat.conversationId).transcript();
    expect(transcript.map((m) => m.body)).toContain("hello");
    expect(transcript.at(-1)).toMatchObject({ event: "waiting", author: { type: "system" } });

    const aiOnly = await chatSite("ai");
    const bot = await startChat(aiOnly, {}, "hello");
    const botSocket = await customerSocket(bot.conversationId, bot.customerToken);
    await botSocket.hello(0);
    botSocket.send({ type: "request_person" });
    const [refusal] = await botSocket.waitFor((f) => f.type === "error");
    expect(refusal).toMatchObject({ code: "not_allowed" });
    expect((await conversationStub(bot.conversationId).summary())?.state).toBe("ai");
  });

  it("a customer who closes saying it is unresolved is recorded so", async () => {
    const { chat, customer, agent } = await assignedChat();
    await customer.hello(0);
    await agent.hello(0);
    agent.send({ type: "message", body: "Try turning it off and on again." });
    await agent.waitFor((f) => f.type === "ack");
    customer.send({ type: "close", outcome: "unresolved" });
    const [state] = await customer.waitFor((f) => f.type === "state" && f.state === "closed");
    expect(state).toMatchObject({ outcome: "unresolved" });
    expect((await conversationStub(chat.conversationId).summary())?.outcome).toBe("unresolved");
  });

  it("only a conversation waiting for a person can be assigned", async () => {
    const chat = await startChat(await chatSite("ai_team"), {}, "hello");
    expect(await assignDirectly(chat.conversationId, { id: "ag_x", name: "X" }, "sp_x")).toEqual({
      ok: false,
      code: "not_waiting",
      message: "Only a conversation waiting for a person can be assigned.",
    });
    expect((await conversationStub(chat.conversationId).summary())?.state).toBe("ai");
  });

  it("either side can close; the closed conversation takes no more messages", async () => {
    const { chat, customer, agent } = await assignedChat();
    await customer.hello(0);
    await agent.hello(0);
    agent.send({ type: "close" });
    const [state] = await customer.waitFor((f) => f.type === "state" && f.state === "closed");
    expect(state).toMatchObject({ outcome: "resolved_by_agent" });
    customer.send({ type: "message", body: "wait, one more thing" });
    const [error] = await customer.waitFor((f) => f.type === "error");
    expect(error).toMatchObject({ code: "conversation_closed" });
    expect((await conversationStub(chat.conversationId).transcript()).at(-1)).toMatchObject({ event: "closed" });
  });
});
