import { DurableObject } from "cloudflare:workers";
import {
  ClientFrame,
  MAX_FRAME_BYTES,
  RATE_LIMIT,
  SUBPROTOCOL,
  type ConversationSummary,
  type ErrorCode,
  type ServerFrameBody,
  type TranscriptEntry,
} from "../protocol/conversation";
import type { Env } from "../worker/env";
import { closingOutcome } from "./conversation/outcome";
import { PARTY_HEADER, type Party } from "./conversation/party";
import { initialState, summaryOf, type ConversationRecord, type StartParams } from "./conversation/record";
import { attachment, authorOf, frame, send, tagFor, takeToken, type SocketAttachment } from "./conversation/sockets";
import { ConversationStore } from "./conversation/store";
import { syncWorkItem, type FieldChange } from "./conversation/work-item-sync";

/** How long changes gather before the outbox writes them to D1, and the longest retry back-off. */
const OUTBOX_DELAY_MS = 500;
const OUTBOX_MAX_BACKOFF_MS = 60_000;

/**
 * One conversation: its transcript, state and WebSockets (hibernation API), in its own SQLite storage.
 * The work item in D1 follows through an outbox the alarm retries until D1 has it; the chat never waits on D1.
 */
export class Conversation extends DurableObject<Env> {
  private readonly store: ConversationStore;
  private outboxFailures = 0;
  /** Where this instance last pointed the alarm: only saves redundant setAlarm calls, never trusted for more. */
  private armedAt: number | null | undefined;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new ConversationStore(ctx.storage);
    // Alarms whose time passed while the runtime was down are not fired (workerd#3138): re-arm on wake.
    ctx.blockConcurrencyWhile(async () => {
      if (this.store.earliestDeadline() !== null && (await ctx.storage.getAlarm()) === null) this.armAlarm();
    });
  }

  // ── RPC (from the Worker and the other actors) ──────────────────────────────────────────────────
  /** Starts the conversation (idempotent: a second call answers the existing one). */
  start(params: StartParams): ConversationSummary {
    const existing = this.store.record;
    if (existing) return summaryOf(existing);
    const now = Date.now();
    const state = initialState(params.supportMode);
    let record: ConversationRecord = {
      id: params.id,
      siteId: params.siteId,
      spaceId: params.spaceId,
      spaceKey: params.spaceKey,
      experienceId: params.experienceId,
      aiAgentName: params.aiAgentName,
      supportMode: params.supportMode,
      channel: params.channel,
      customer: params.customer,
      state,
      assignee: null,
      handoff: null,
      outcome: null,
      summary: null,
      messageCount: 0,
      aiTurns: 0,
      readUpTo: { customer: 0, agent: 0 },
      idleCloseMs: params.idleCloseMs,
      lastActivityAt: now,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      workItemKey: null,
      version: 0,
    };
    const greeter =
      params.supportMode === "team"
        ? { type: "system" as const, id: null, name: "Support team" }
        : { type: "ai" as const, id: null, name: params.aiAgentName };
    this.store.append({ author: greeter, body: params.greeting });
    if (state === "waiting") {
      this.store.append({ author: this.system, body: "You're in line. The next available person from our team will join you here.", event: "waiting" });
    }
    record = this.store.saveRecord(record);
    this.recordChange({ field: "status", from: null, to: state, by: null, at: now });
    this.store.setDeadline("idle", now + record.idleCloseMs);
    this.scheduleOutbox();
    return summaryOf(record);
  }

  summary(): ConversationSummary | null {
    const record = this.store.record;
    return record ? summaryOf(record) : null;
  }

  transcript(afterSeq = 0): TranscriptEntry[] {
    return this.store.after(afterSeq);
  }

  /** An agent takes the conversation: it enters `human` and the agent's open sockets may write. */
  assign(agent: { id: string; name: string }): ConversationSummary {
    let record = this.requireRecord();
    if (record.state === "closed") throw new Error("The conversation is closed.");
    if (record.assignee && record.assignee.id !== agent.id) throw new Error(`${record.assignee.name} already has this conversation.`);
    if (record.assignee?.id === agent.id && record.state === "human") return summaryOf(record);
    const now = Date.now();
    const from = record.state;
    record = this.store.saveRecord({ ...record, state: "human", assignee: agent, lastActivityAt: now });
    this.recordChange({ field: "assignee", from: null, to: agent.id, by: agent.id, at: now });
    if (from !== "human") this.recordChange({ field: "status", from, to: "human", by: agent.id, at: now });
    const joined = this.store.append({ author: this.system, body: `${agent.name} joined the conversation.`, event: "agent_joined" });
    for (const ws of this.ctx.getWebSockets(tagFor("agent", agent.id))) {
      ws.serializeAttachment({ ...attachment(ws), role: "agent", canWrite: true } satisfies SocketAttachment);
    }
    this.store.setDeadline("idle", now + record.idleCloseMs);
    this.scheduleOutbox();
    this.broadcast("message", { message: joined });
    this.broadcast("agent_joined", { agent });
    this.broadcast("state", { state: "human", outcome: null });
    return summaryOf(record);
  }

  // ── Sockets ─────────────────────────────────────────────────────────────────────────────────────
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
      return new Response("Expected a WebSocket upgrade.", { status: 426 });
    }
    const record = this.store.record;
    if (!record) return Response.json({ error: { code: "not_found", message: "The conversation was not found." } }, { status: 404 });
    const party = JSON.parse(request.headers.get(PARTY_HEADER) ?? "null") as Party | null;
    const joined = party ? this.admit(record, party) : null;
    if (!joined) {
      return Response.json(
        { error: { code: "forbidden", message: "You cannot open this conversation." } },
        { status: 403 },
      );
    }
    const pair = new WebSocketPair();
    const server = pair[1];
    this.ctx.acceptWebSocket(server, [joined.role === "customer" ? tagFor("customer", joined.id) : tagFor("agent", joined.id), joined.role]);
    server.serializeAttachment(joined);
    const protocols = request.headers.get("sec-websocket-protocol") ?? "";
    const headers = protocols.split(",").some((p) => p.trim() === SUBPROTOCOL) ? { "sec-websocket-protocol": SUBPROTOCOL } : undefined;
    return new Response(null, { status: 101, webSocket: pair[0], headers });
  }

  /** Who may open the conversation, and whether they may write: its customer; its assignee; space members and admins watch. */
  private admit(record: ConversationRecord, party: Party): SocketAttachment | null {
    const base = { ready: false, tokens: RATE_LIMIT.burst, refilledAt: Date.now() };
    if (party.kind === "customer") {
      const own = party.siteId === record.siteId && party.experienceId === record.experienceId && party.customerId === record.customer.id;
      return own ? { ...base, role: "customer", id: party.customerId, name: record.customer.name ?? "Customer", canWrite: true } : null;
    }
    if (party.siteId !== record.siteId) return null;
    if (record.assignee?.id === party.agentId) return { ...base, role: "agent", id: party.agentId, name: party.name, canWrite: true };
    if (party.isAdmin || party.spaceIds.includes(record.spaceId)) {
      return { ...base, role: "watcher", id: party.agentId, name: party.name, canWrite: false };
    }
    return null;
  }

  override async webSocketMessage(ws: WebSocket, data: string | ArrayBuffer): Promise<void> {
    const me = attachment(ws);
    const record = this.store.record;
    if (!record) return;
    if (typeof data !== "string") return this.refuse(ws, "bad_frame", "Frames are JSON text.", null);
    if (data.length > MAX_FRAME_BYTES) {
      return this.refuse(ws, "too_large", `A frame is at most ${MAX_FRAME_BYTES} bytes; nothing was stored.`, null);
    }
    if (!takeToken(me)) {
      ws.serializeAttachment(me);
      return this.refuse(ws, "rate_limited", "You are sending too fast; wait a moment. Nothing was stored.", null);
    }
    ws.serializeAttachment(me);
    let raw: unknown;
    try {
      raw = JSON.parse(data);
    } catch {
      return this.refuse(ws, "bad_frame", "The frame is not valid JSON; nothing was stored.", null);
    }
    const parsed = ClientFrame.safeParse(raw);
    if (!parsed.success) {
      const clientId = typeof (raw as { id?: unknown })?.id === "string" ? ((raw as { id: string }).id as string) : null;
      const issue = parsed.error.issues[0];
      const tooLong = issue?.code === "too_big" && issue.path.join(".") === "body";
      return this.refuse(ws, tooLong ? "too_large" : "bad_frame", `${issue?.message ?? "The frame is not valid"}; nothing was stored.`, clientId);
    }
    const msg = parsed.data;
    switch (msg.type) {
      case "hello":
        return this.hello(ws, me, record, msg.lastSeq);
      case "message":
        return this.message(ws, me, record, msg.id, msg.body);
      case "typing":
        if (!me.canWrite) return this.refuse(ws, "read_only", "You are watching this conversation; only its agent and customer can type.", msg.id);
        return this.broadcast("typing", { author: authorOf(me), typing: msg.typing }, ws);
      case "read":
        return this.read(me, record, msg.seq);
      case "request_person":
        return this.requestPerson(ws, me, record, msg.id);
      case "close":
        return this.closeBy(ws, me, record, msg.id, msg.outcome);
    }
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    try {
      ws.close(code === 1005 ? 1000 : code, reason);
    } catch {
      /* already closed */
    }
  }

  private hello(ws: WebSocket, me: SocketAttachment, record: ConversationRecord, lastSeq: number): void {
    ws.serializeAttachment({ ...me, ready: true } satisfies SocketAttachment);
    send(
      ws,
      frame("welcome", this.store.lastSeq, {
        conversation: summaryOf(record),
        you: { role: me.role, canWrite: me.canWrite },
        messages: this.store.after(lastSeq),
        readUpTo: record.readUpTo,
      }),
    );
  }

  private message(ws: WebSocket, me: SocketAttachment, record: ConversationRecord, clientId: string, body: string): void {
    const clientKey = me.role === "customer" ? "customer" : `agent:${me.id}`;
    const earlier = this.store.byClientId(clientKey, clientId);
    if (earlier) return send(ws, frame("ack", this.store.lastSeq, { clientId, messageSeq: earlier.seq }));
    if (!me.canWrite) return this.refuse(ws, "read_only", "You are watching this conversation; only its agent and customer can write.", clientId);
    if (record.state === "closed") return this.refuse(ws, "conversation_closed", "This conversation is closed. Start a new one to write again.", clientId);
    const now = Date.now();
    const entry = this.store.append({ author: authorOf(me), body, clientKey, clientId });
    this.store.saveRecord({
      ...record,
      messageCount: record.messageCount + 1,
      summary: record.summary ?? (me.role === "customer" ? body : null),
      lastActivityAt: now,
    });
    this.store.setDeadline("idle", now + record.idleCloseMs);
    this.scheduleOutbox();
    this.broadcast("message", { message: entry });
    send(ws, frame("ack", entry.seq, { clientId, messageSeq: entry.seq }));
  }

  private read(me: SocketAttachment, record: ConversationRecord, seq: number): void {
    const by = me.role === "customer" ? "customer" : me.role === "agent" ? "agent" : null;
    if (!by) return;
    const upTo = Math.min(seq, this.store.lastSeq);
    if (upTo <= record.readUpTo[by]) return;
    this.store.saveRecord({ ...record, readUpTo: { ...record.readUpTo, [by]: upTo } }, false);
    this.broadcast("read", { by, upTo });
  }

  private requestPerson(ws: WebSocket, me: SocketAttachment, record: ConversationRecord, clientId: string): void {
    if (me.role !== "customer") return this.refuse(ws, "not_allowed", "Only the customer can ask for a person.", clientId);
    if (record.supportMode === "ai") {
      return this.refuse(
        ws,
        "not_allowed",
        "This chat is answered by our AI agent only, so no person can join here. Leave your email and the team will write back.",
        clientId,
      );
    }
    if (record.state === "closed") return this.refuse(ws, "conversation_closed", "This conversation is closed. Start a new one to write again.", clientId);
    if (record.state !== "ai") return; // already waiting for or talking with a person
    this.handOff(record, { reason: "customer_request", detail: "The customer asked to talk to a person." });
  }

  /** AI → waiting: the conversation waits for a person; nothing the customer wrote is lost. */
  private handOff(record: ConversationRecord, handoff: { reason: string; detail: string }): void {
    const now = Date.now();
    const next = this.store.saveRecord({ ...record, state: "waiting", handoff: { ...handoff, at: now }, lastActivityAt: now });
    this.recordChange({ field: "status", from: record.state, to: "waiting", by: null, at: now });
    const entry = this.store.append({
      author: this.system,
      body: "You're in line for a person from our team. They'll see everything you've written so far.",
      event: "waiting",
    });
    this.store.setDeadline("idle", now + next.idleCloseMs);
    this.scheduleOutbox();
    this.broadcast("message", { message: entry });
    this.broadcast("state", { state: "waiting", outcome: null });
    this.broadcast("waiting", { position: null });
  }

  private closeBy(ws: WebSocket, me: SocketAttachment, record: ConversationRecord, clientId: string, verdict?: "resolved" | "unresolved"): void {
    if (!me.canWrite) return this.refuse(ws, "read_only", "You are watching this conversation; only its agent and customer can close it.", clientId);
    if (record.state === "closed") return;
    const who = me.role === "customer" ? "The customer" : me.name;
    this.close(record, `${who} closed the conversation.`, me.id, {
      customerConfirmed: me.role === "customer" && verdict === "resolved",
      agentVerdict: me.role === "agent" ? verdict : undefined,
    });
  }

  private close(
    record: ConversationRecord,
    note: string,
    by: string | null,
    facts: { customerConfirmed?: boolean; agentVerdict?: "resolved" | "unresolved" } = {},
  ): void {
    const now = Date.now();
    const last = this.store.lastAuthorType();
    const outcome = closingOutcome({
      state: record.state,
      handedOff: record.handoff !== null,
      lastAuthor: last === "system" ? null : last,
      customerWrote: record.summary !== null,
      customerConfirmed: facts.customerConfirmed ?? false,
      agentVerdict: facts.agentVerdict,
    });
    this.store.saveRecord({ ...record, state: "closed", outcome, closedAt: now, lastActivityAt: now });
    this.recordChange({ field: "status", from: record.state, to: "closed", by, at: now });
    const entry = this.store.append({ author: this.system, body: note, event: "closed" });
    this.store.clearDeadline("idle");
    this.scheduleOutbox();
    this.broadcast("message", { message: entry });
    this.broadcast("state", { state: "closed", outcome });
  }

  // ── Alarm: idle close and the outbox, one alarm for both ────────────────────────────────────────
  override async alarm(): Promise<void> {
    this.armedAt = undefined;
    const record = this.store.record;
    if (record && record.state !== "closed") {
      const idleAt = record.lastActivityAt + record.idleCloseMs;
      if (idleAt <= Date.now()) this.close(record, "The conversation closed after a period of inactivity.", null);
      else this.store.setDeadline("idle", idleAt);
    }
    await this.flushOutbox();
    this.armAlarm();
  }

  private scheduleOutbox(): void {
    this.store.setDeadlineNoLaterThan("outbox", Date.now() + OUTBOX_DELAY_MS);
    this.armAlarm();
  }

  private async flushOutbox(): Promise<void> {
    const record = this.store.record;
    const pending = this.store.pendingOutbox();
    if (!record || (record.version <= this.store.syncedVersion && pending.length === 0)) {
      this.store.clearDeadline("outbox");
      return;
    }
    try {
      const key = await syncWorkItem(this.env.DB, record, pending);
      this.outboxFailures = 0;
      const current = this.store.record!;
      if (pending.length > 0) this.store.clearOutbox(pending.at(-1)!.id);
      this.store.syncedVersion = record.version;
      if (current.workItemKey !== key) this.store.saveRecord({ ...current, workItemKey: key }, false);
      const more = current.version > record.version || this.store.pendingOutbox(1).length > 0;
      if (more) this.store.setDeadline("outbox", Date.now() + OUTBOX_DELAY_MS);
      else this.store.clearDeadline("outbox");
    } catch (err) {
      this.outboxFailures += 1;
      const backoff = Math.min(OUTBOX_MAX_BACKOFF_MS, 1000 * 2 ** Math.min(this.outboxFailures - 1, 6));
      console.warn(`conversation ${record.id}: work item not written to D1 yet (${(err as Error).message}); retrying in ${backoff} ms`);
      this.store.setDeadline("outbox", Date.now() + backoff);
    }
  }

  /** Points the one alarm at the earliest deadline. Storage calls run in order, so the last call wins. */
  private armAlarm(): void {
    const at = this.store.earliestDeadline();
    if (at === this.armedAt) return;
    this.armedAt = at;
    if (at === null) void this.ctx.storage.deleteAlarm();
    else void this.ctx.storage.setAlarm(at);
  }

  // ── Helpers ─────────────────────────────────────────────────────────────────────────────────────
  private readonly system = { type: "system" as const, id: null, name: "Parley" };

  private requireRecord(): ConversationRecord {
    const record = this.store.record;
    if (!record) throw new Error("The conversation was not found.");
    return record;
  }

  private recordChange(change: FieldChange): void {
    this.store.enqueue("change", change);
  }

  private refuse(ws: WebSocket, code: ErrorCode, message: string, clientId: string | null): void {
    send(ws, frame("error", this.store.lastSeq, { code, message, clientId }));
  }

  /** Sends a frame to every socket that said hello (except `skip`), with the current sequence number. */
  private broadcast<T extends keyof ServerFrameBody>(type: T, body: ServerFrameBody[T], skip?: WebSocket): void {
    const data = frame(type, this.store.lastSeq, body);
    for (const ws of this.ctx.getWebSockets()) {
      if (ws === skip || !attachment(ws).ready) continue;
      send(ws, data);
    }
  }
}
