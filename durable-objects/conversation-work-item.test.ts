import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { assignDirectly, chatSite, conversationStub, customerSocket, startChat } from "../test/chat";

interface WorkItemRow {
  key: string;
  type: string;
  status: string;
  summary: string;
  customer_id: string;
  experience_id: string;
  channel: string;
  support_mode: string;
  assignee_id: string | null;
  message_count: number;
  ai_outcome: string | null;
  resolved_at: number | null;
}
const workItem = (conversationId: string) =>
  env.DB.prepare("SELECT * FROM work_items WHERE conversation_id = ?").bind(conversationId).first<WorkItemRow>();
const statusHistory = async (conversationId: string) =>
  (
    await env.DB.prepare("SELECT from_value, to_value FROM work_item_changes WHERE work_item_id = ? AND field = 'status' ORDER BY id")
      .bind(conversationId)
      .all<{ from_value: string | null; to_value: string }>()
  ).results.map((r) => `${r.from_value ?? "∅"}→${r.to_value}`);

describe("the conversation's work item", () => {
  it("is written to D1 by the outbox: key per space, summary from the first message, status following the state", async () => {
    const site = await chatSite("team");
    const chat = await startChat(site, { name: "Casey" }, "Where is my refund for order 1042?");
    const stub = conversationStub(chat.conversationId);
    expect(await workItem(chat.conversationId)).toBeNull(); // the chat did not wait on D1
    await runDurableObjectAlarm(stub);
    expect(await workItem(chat.conversationId)).toMatchObject({
      key: "BILL-1",
      type: "Conversation",
      status: "Waiting",
      summary: "Where is my refund for order 1042?",
      customer_id: chat.customer.id,
      experience_id: site.experienceId,
      channel: "widget",
      support_mode: "team",
      message_count: 1,
    });
    expect((await stub.summary())?.workItemKey).toBe("BILL-1");

    const socket = await customerSocket(chat.conversationId, chat.customerToken);
    await socket.hello(0);
    socket.send({ type: "message", body: "It was a Brew Pro." });
    await socket.waitFor((f) => f.type === "ack");
    await assignDirectly(chat.conversationId, { id: site.agent.id, name: "Abe Agent" }, site.billing.id);
    await runDurableObjectAlarm(stub);
    expect(await workItem(chat.conversationId)).toMatchObject({
      summary: "Where is my refund for order 1042?",
      status: "In progress",
      assignee_id: site.agent.id,
      message_count: 2,
    });
    expect(await statusHistory(chat.conversationId)).toEqual(["∅→Waiting", "Waiting→In progress"]);

    // The customer's next conversation, once this one has ended, is the space's next work item.
    socket.send({ type: "close" });
    await socket.waitForState("closed");
    const second = await startChat(site, { customerToken: chat.customerToken }, "One more question");
    expect(second.conversationId).not.toBe(chat.conversationId);
    await runDurableObjectAlarm(conversationStub(second.conversationId));
    expect((await workItem(second.conversationId))?.key).toBe("BILL-2");
  });

  it("catches up after D1 fails: the chat goes on and the work item gets every change", async () => {
    const site = await chatSite("team");
    const chat = await startChat(site, {}, "Is anyone there?");
    const stub = conversationStub(chat.conversationId);
    await runDurableObjectAlarm(stub);
    // D1 refuses every write to work items for a while.
    await env.DB.exec("CREATE TRIGGER d1_down_update BEFORE UPDATE ON work_items BEGIN SELECT RAISE(ABORT, 'D1 is unavailable'); END;");
    try {
      const socket = await customerSocket(chat.conversationId, chat.customerToken);
      await socket.hello(0);
      socket.send({ type: "message", body: "Hello?" });
      socket.send({ type: "message", body: "Anyone?" });
      const acks = await socket.waitFor((f) => f.type === "ack", 2); // the chat does not wait on D1
      expect(acks).toHaveLength(2);
      await assignDirectly(chat.conversationId, { id: site.agent.id, name: "Abe Agent" }, site.billing.id);
      await runDurableObjectAlarm(stub);
      expect(await workItem(chat.conversationId)).toMatchObject({ status: "Waiting", message_count: 1 });
    } finally {
      await env.DB.exec("DROP TRIGGER d1_down_update");
    }
    expect(await runDurableObjectAlarm(stub)).toBe(true); // the retry is still scheduled
    expect(await workItem(chat.conversationId)).toMatchObject({ status: "In progress", message_count: 3, summary: "Is anyone there?" });
    expect(await statusHistory(chat.conversationId)).toEqual(["∅→Waiting", "Waiting→In progress"]);
    // A retry after success writes nothing twice.
    await runDurableObjectAlarm(stub);
    expect(await statusHistory(chat.conversationId)).toEqual(["∅→Waiting", "Waiting→In progress"]);
  });

  it("closes an idle conversation from the alarm and records the outcome", async () => {
    const site = await chatSite("team");
    const chat = await startChat(site);
    const stub = conversationStub(chat.conversationId);
    const socket = await customerSocket(chat.conversationId, chat.customerToken);
    await socket.hello(0);
    // The site's idle time (30 minutes) has passed: the conversation's clock is moved back rather than waited out.
    await age(stub, 31 * 60_000);
    await runDurableObjectAlarm(stub);
    const [closed] = await socket.waitFor((f) => f.type === "state");
    expect(closed).toMatchObject({ state: "closed", outcome: "abandoned" });
    expect((await stub.transcript()).at(-1)).toMatchObject({ event: "closed", body: "The conversation closed after a period of inactivity." });
    await runDurableObjectAlarm(stub);
    expect(await workItem(chat.conversationId)).toMatchObject({ status: "Closed", ai_outcome: "abandoned" });
    expect(await statusHistory(chat.conversationId)).toEqual(["∅→Waiting", "Waiting→Closed"]);
  });

  it("does not close a conversation that is active again, and closes only once", async () => {
    const site = await chatSite("team");
    const chat = await startChat(site);
    const stub = conversationStub(chat.conversationId);
    await age(stub, 29 * 60_000);
    await runDurableObjectAlarm(stub);
    expect((await stub.summary())?.state).toBe("waiting");
    await age(stub, 2 * 60_000);
    await runDurableObjectAlarm(stub);
    await runDurableObjectAlarm(stub);
    expect((await stub.transcript()).filter((m) => m.event === "closed")).toHaveLength(1);
  });
});

/** Moves the conversation's clock back by `ms` (its messages and state), as if that much time had passed, and wakes its alarm. */
async function age(stub: ReturnType<typeof conversationStub>, ms: number): Promise<void> {
  await runInDurableObject(stub, async (instance, state) => {
    const sql = state.storage.sql;
    sql.exec("UPDATE messages SET created_at = created_at - ?", ms);
    const snapshot = JSON.parse(sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'snapshot'").one().value);
    snapshot.changedAt -= ms;
    snapshot.createdAt -= ms;
    sql.exec("UPDATE meta SET value = ? WHERE key = 'snapshot'", JSON.stringify(snapshot));
    // The object keeps its state in memory as it wrote it: let it read the moved one.
    (instance as unknown as { store: { reload(): void } }).store.reload();
    await state.storage.setAlarm(Date.now());
  });
}
