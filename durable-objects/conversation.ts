import { DurableObject } from "cloudflare:workers";
import {
  ClientFrame,
  MAX_FRAME_BYTES,
  RATE_LIMIT,
  SUBPROTOCOL,
  type Author,
  type ConversationSummary,
  type ErrorCode,
  type ServerFrameBody,
  type TranscriptEntry,
} from "../protocol/conversation";
import { HANDOFF_REASON_NAMES, type HandoffDecision } from "../worker/ai/handoff-rules";
import { keyTerms, saysSolved } from "../worker/ai/text";
import type { Env } from "../worker/env";
import { AI_MESSAGES, AiTurns, gapTopic, type AiHost } from "./conversation/ai-turn";
import { deliver, type Notification } from "./conversation/notify";
import { closingOutcome } from "./conversation/outcome";
import { OUTBOX_DELAY_MS, WorkItemOutbox } from "./conversation/outbox";
import { PARTY_HEADER, type Party } from "./conversation/party";
import { initialState, packetOf, summaryOf, workItemStatus, type ConversationRecord, type StartParams } from "./conversation/record";
import { attachment, authorOf, frame, send, tagFor, takeToken, type SocketAttachment } from "./conversation/sockets";
import { ConversationStore, type DeadlineName } from "./conversation/store";
import type { FieldChange, KnowledgeGap, ReopenCheck, RequestFromChat } from "./conversation/work-item-sync";
import { Deadlines } from "./deadlines";

const PACKET_MESSAGES = 5;
const MAX_SOCKETS_PER_PARTY = 5;
/** If an AI turn was lost (the object was evicted mid-turn), the alarm runs it again after this long. */
const AI_SAFETY_NET_MS = 15_000;
const SYSTEM = { type: "system" as const, id: null, name: "Parley" };

/**
 * One conversation: its transcript, state and WebSockets (hibernation API), in its own SQLite storage.
 * The work item in D1 follows through an outbox, and the routing actors hear of handoffs and closes
 * through a queue; the alarm retries both, so the chat never waits on D1 or on a router.
 */
export class Conversation extends DurableObject<Env> {
  private readonly store: ConversationStore;
  private readonly deadlines: Deadlines<DeadlineName>;
  private readonly outbox: WorkItemOutbox;
  private readonly ai: AiTurns;
  private notifying = false;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new ConversationStore(ctx.storage);
    this.deadlines = new Deadlines(ctx.storage);
    this.outbox = new WorkItemOutbox(this.store, env.DB);
    this.ai = new AiTurns(this.aiHost());
    ctx.blockConcurrencyWhile(() => this.deadlines.sweep());
  }

  // ── RPC (from the Worker and the routing actors) ────────────────────────────────────────────────
  /** Starts the conversation (idempotent: a second call answers the existing one). */
  start(params: StartParams): ConversationSummary {
    const existing = this.store.record;
    if (existing) return summaryOf(existing);
    const now = Date.now();
    const state = initialState(params.supportMode);
    const { greeting, ...rest } = params;
    let record: ConversationRecord = {
      ...rest,
      state,
      assignee: null,
      handoff: null,
      outcome: null,
      summary: null,
      messageCount: 0,
      aiTurns: 0,
      aiAnsweredSeq: 0,
      failedAnswers: 0,
      customerConfirmed: false,
      aiAnswered: false,
      readUpTo: { customer: 0, agent: 0 },
      lastActivityAt: now,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      workItemKey: null,
      waitingSince: null,
      position: null,
      version: 0,
    };
    const greeter = params.supportMode === "team" ? { ...SYSTEM, name: "Support team" } : { type: "ai" as const, id: null, name: params.aiAgentName };
    this.store.append({ author: greeter, body: greeting });
    record = this.store.saveRecord(record);
    this.recordChange({ field: "status", from: null, to: workItemStatus(record), by: null, at: now });
    this.deadlines.set("idle", now + record.idleCloseMs);
    if (state === "waiting") record = this.enterLine(record, "You're in line. The next available person from our team will join you here.");
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

  /** An agent takes the conversation (after accepting an offer): it enters `human` and the agent joins. */
  assign(agent: { id: string; name: string }): { ok: true; summary: ConversationSummary } | { ok: false; reason: string } {
    let record = this.store.record;
    if (!record) return { ok: false, reason: "The conversation was not found." };
    if (record.state === "closed") return { ok: false, reason: "The conversation is closed." };
    if (record.assignee && record.assignee.id !== agent.id) return { ok: false, reason: `${record.assignee.name} already has this conversation.` };
    if (record.assignee?.id === agent.id && record.state === "human") return { ok: true, summary: summaryOf(record) };
    if (record.state !== "waiting") return { ok: false, reason: "Only a conversation waiting for a person can be assigned." };
    const now = Date.now();
    const from = record.state;
    record = this.store.saveRecord({ ...record, state: "human", assignee: agent, position: null, lastActivityAt: now });
    this.recordChange({ field: "assignee", from: null, to: agent.id, by: agent.id, at: now });
    this.recordChange({ field: "status", from: workItemStatus({ state: from, outcome: null }), to: workItemStatus(record), by: agent.id, at: now });
    if (record.handoff) this.commentAiPortion(record, record.handoff.at);
    const joined = this.store.append({ author: SYSTEM, body: `${agent.name} joined the conversation.`, event: "agent_joined" });
    for (const ws of this.ctx.getWebSockets(tagFor("agent", agent.id))) {
      ws.serializeAttachment({ ...attachment(ws), role: "agent", canWrite: true } satisfies SocketAttachment);
    }
    this.deadlines.set("idle", now + record.idleCloseMs);
    this.scheduleOutbox();
    this.broadcast("message", { message: joined });
    this.broadcast("agent_joined", { agent });
    this.broadcast("state", { state: "human", outcome: null });
    return { ok: true, summary: summaryOf(record) };
  }

  /** The router tells a waiting customer their place in line, and roughly how long it may take. */
  setPosition(position: number, estimateSeconds: number | null = null): void {
    const record = this.store.record;
    if (!record || record.state !== "waiting" || (record.position === position && record.estimateSeconds === estimateSeconds)) return;
    this.store.saveRecord({ ...record, position, estimateSeconds }, false);
    this.broadcast("waiting", { position, estimateSeconds });
  }

  // ── Sockets ─────────────────────────────────────────────────────────────────────────────────────
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") return new Response("Expected a WebSocket upgrade.", { status: 426 });
    const record = this.store.record;
    if (!record) return Response.json({ error: { code: "not_found", message: "The conversation was not found." } }, { status: 404 });
    const party = JSON.parse(request.headers.get(PARTY_HEADER) ?? "null") as Party | null;
    const joined = party ? this.admit(record, party) : null;
    if (!joined) return Response.json({ error: { code: "forbidden", message: "You cannot open this conversation." } }, { status: 403 });
    const pair = new WebSocketPair();
    const tag = joined.role === "customer" ? tagFor("customer", joined.id) : tagFor("agent", joined.id);
    // Each party may keep a few tabs open; more sockets would only multiply its rate limit.
    const open = this.ctx.getWebSockets(tag);
    for (const old of open.slice(0, Math.max(0, open.length - (MAX_SOCKETS_PER_PARTY - 1)))) {
      try {
        old.close(4002, "Opened in too many tabs; this one was closed.");
      } catch {
        /* already closed */
      }
    }
    this.ctx.acceptWebSocket(pair[1], [tag, joined.role]);
    pair[1].serializeAttachment(joined);
    const protocols = request.headers.get("sec-websocket-protocol") ?? "";
    const headers = protocols.split(",").some((p) => p.trim() === SUBPROTOCOL) ? { "sec-websocket-protocol": SUBPROTOCOL } : undefined;
    return new Response(null, { status: 101, webSocket: pair[0], headers });
  }

  /** Who may open the conversation, and whether they may write: its customer; its assignee; space members and admins watch. */
  private admit(record: ConversationRecord, party: Party): SocketAttachment | null {
    const base = { ready: false, tokens: RATE_LIMIT.burst, refilledAt: Date.now() };
    if (party.kind === "customer") {
      const own = party.siteId === record.siteId && party.experienceId === record.experienceId && party.customerId === record.customer.id;
      const origin = party.origin === null || party.origin === party.ownOrigin || (record.allowedOrigins ?? []).includes(party.origin);
      return own && origin ? { ...base, role: "customer", id: party.customerId, name: record.customer.name ?? "Customer", canWrite: true, expiresAt: null } : null;
    }
    if (party.siteId !== record.siteId) return null;
    const agent = { ...base, id: party.agentId, name: party.name, expiresAt: party.sessionExpiresAt };
    if (record.assignee?.id === party.agentId) return { ...agent, role: "agent", canWrite: true };
    if (party.isAdmin || party.spaceIds.includes(record.spaceId)) return { ...agent, role: "watcher", canWrite: false };
    return null;
  }

  /** The agent signed out or lost access: their sockets to this conversation close (the console reconnects if it may). */
  revokeAgent(agentId: string): void {
    for (const ws of this.ctx.getWebSockets(tagFor("agent", agentId))) this.endSession(ws);
  }

  private endSession(ws: WebSocket): void {
    try {
      ws.close(4001, "Your session ended. Sign in again.");
    } catch {
      /* already closed */
    }
  }

  override async webSocketMessage(ws: WebSocket, data: string | ArrayBuffer): Promise<void> {
    const me = attachment(ws);
    if (me.expiresAt !== null && me.expiresAt <= Date.now()) return this.endSession(ws);
    const record = this.store.record;
    if (!record) return;
    if (typeof data !== "string") return this.refuse(ws, "bad_frame", "Frames are JSON text.", null);
    if (data.length > MAX_FRAME_BYTES) return this.refuse(ws, "too_large", `A frame is at most ${MAX_FRAME_BYTES} bytes; nothing was stored.`, null);
    const allowed = takeToken(me);
    ws.serializeAttachment(me);
    if (!allowed) return this.refuse(ws, "rate_limited", "You are sending too fast; wait a moment. Nothing was stored.", null);
    let raw: unknown;
    try {
      raw = JSON.parse(data);
    } catch {
      return this.refuse(ws, "bad_frame", "The frame is not valid JSON; nothing was stored.", null);
    }
    const parsed = ClientFrame.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { id?: unknown } | null)?.id;
      const issue = parsed.error.issues[0];
      const tooLong = issue?.code === "too_big" && issue.path.join(".") === "body";
      return this.refuse(ws, tooLong ? "too_large" : "bad_frame", `${issue?.message ?? "The frame is not valid"}; nothing was stored.`, typeof id === "string" ? id : null);
    }
    const msg = parsed.data;
    switch (msg.type) {
      case "hello":
        ws.serializeAttachment({ ...me, ready: true } satisfies SocketAttachment);
        return send(ws, frame("welcome", this.store.lastSeq, { conversation: summaryOf(record), you: { role: me.role, canWrite: me.canWrite }, messages: this.store.after(msg.lastSeq), readUpTo: record.readUpTo }));
      case "message":
        return this.message(ws, me, record, msg.id, msg.body);
      case "typing":
        if (!me.canWrite) return this.refuse(ws, "read_only", "You are watching this conversation; only its agent and customer can type.", msg.id);
        return this.broadcast("typing", { author: authorOf(me), typing: msg.typing }, ws);
      case "read":
        return this.read(me, record, msg.seq);
      case "request_person":
        return this.requestPerson(ws, me, record, msg.id);
      case "leave_email":
        return this.leaveEmail(ws, me, record, msg.id, msg.email);
      case "close":
        if (!me.canWrite) return this.refuse(ws, "read_only", "You are watching this conversation; only its agent and customer can close it.", msg.id);
        if (record.state === "closed") return;
        return this.close(record, `${me.role === "customer" ? "The customer" : me.name} closed the conversation.`, me.id, {
          customerConfirmed: me.role === "customer" && msg.outcome === "resolved",
          verdict: msg.outcome,
        });
    }
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    try {
      ws.close(code === 1005 ? 1000 : code, reason);
    } catch {
      /* already closed */
    }
  }

  private message(ws: WebSocket, me: SocketAttachment, record: ConversationRecord, clientId: string, body: string): void {
    const clientKey = me.role === "customer" ? "customer" : `agent:${me.id}`;
    const earlier = this.store.byClientId(clientKey, clientId);
    if (earlier) return send(ws, frame("ack", this.store.lastSeq, { clientId, messageSeq: earlier.seq }));
    if (!me.canWrite) return this.refuse(ws, "read_only", "You are watching this conversation; only its agent and customer can write.", clientId);
    if (record.state === "closed") return this.refuse(ws, "conversation_closed", "This conversation is closed. Start a new one to write again.", clientId);
    const now = Date.now();
    const entry = this.store.append({ author: authorOf(me), body, clientKey, clientId });
    const first = me.role === "customer" && record.summary === null;
    const next = this.store.saveRecord({
      ...record,
      messageCount: record.messageCount + 1,
      summary: record.summary ?? (me.role === "customer" ? body : null),
      lastActivityAt: now,
    });
    this.deadlines.set("idle", now + record.idleCloseMs);
    if (first) this.store.enqueue("reopen_check", { terms: keyTerms(body), at: now } satisfies ReopenCheck);
    if (next.state === "waiting" && me.role === "customer") {
      this.notify({ to: "router", call: "refreshPacket", packet: packetOf(next, this.store.recent(PACKET_MESSAGES)) });
    }
    if (next.state === "ai" && me.role === "customer") {
      this.deadlines.setNoLaterThan("ai", now + AI_SAFETY_NET_MS);
      this.ctx.waitUntil(this.ai.run());
    }
    if (next.state === "human" && me.role === "customer" && saysSolved(body)) this.store.saveRecord({ ...this.store.record!, customerConfirmed: true }, false);
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

  private async requestPerson(ws: WebSocket, me: SocketAttachment, record: ConversationRecord, clientId: string): Promise<void> {
    if (me.role !== "customer") return this.refuse(ws, "not_allowed", "Only the customer can ask for a person.", clientId);
    if (record.supportMode === "ai") {
      return this.refuse(ws, "not_allowed", "This chat is answered by our AI agent only, so no person can join here. Leave your email and the team will write back.", clientId);
    }
    if (record.state === "closed") return this.refuse(ws, "conversation_closed", "This conversation is closed. Start a new one to write again.", clientId);
    if (record.state !== "ai") return; // already waiting for, or talking with, a person
    const ai: Author = { type: "ai", id: null, name: record.aiAgentName };
    const staffed = await this.staffed(record);
    const current = this.store.record;
    if (current?.state !== "ai" || current.handoff) return; // closed, or handed off, while we asked
    this.say(ai, staffed ? AI_MESSAGES.handoffStaffed : AI_MESSAGES.handoffUnstaffed);
    this.handOff(current, {
      reason: "customer_request",
      rule: null,
      detail: record.summary ? `The customer asked for a person. Their question: "${record.summary.slice(0, 140)}"` : "The customer asked for a person.",
    });
  }

  /** AI → waiting: the conversation joins the space's line; nothing the customer wrote is lost. */
  private handOff(record: ConversationRecord, decision: HandoffDecision): void {
    if (record.state !== "ai" || record.handoff) return; // never twice, never after a person took over
    const now = Date.now();
    const reason = decision.rule ? `${HANDOFF_REASON_NAMES[decision.reason]}: ${decision.rule}` : HANDOFF_REASON_NAMES[decision.reason];
    const next = this.store.saveRecord({ ...record, handoff: { reason: decision.reason, label: reason, rule: decision.rule, detail: decision.detail, at: now }, lastActivityAt: now });
    this.recordChange({ field: "status", from: workItemStatus(record), to: "Waiting", by: null, at: now });
    this.enterLine(next, "You're in line for a person from our team. They'll see everything you've written so far.");
    this.deadlines.set("idle", now + next.idleCloseMs);
    this.scheduleOutbox();
  }

  /** Puts the conversation in `waiting`, says so in the thread, and asks the space's router for an agent. */
  private enterLine(record: ConversationRecord, note: string): ConversationRecord {
    const now = Date.now();
    const next = this.store.saveRecord({ ...record, state: "waiting", waitingSince: now, position: null });
    const entry = this.store.append({ author: SYSTEM, body: note, event: "waiting" });
    this.broadcast("message", { message: entry });
    this.broadcast("state", { state: "waiting", outcome: null });
    this.notify({ to: "router", call: "enqueue", siteId: next.siteId, packet: packetOf(next, this.store.recent(PACKET_MESSAGES)), settings: next.routing });
    return next;
  }

  private close(record: ConversationRecord, note: string, by: string | null, facts: { customerConfirmed?: boolean; verdict?: "resolved" | "unresolved" } = {}): void {
    const now = Date.now();
    const last = this.store.lastAuthorType();
    const outcome = closingOutcome({
      state: record.state,
      handedOff: record.handoff !== null,
      lastAuthor: last === "system" ? null : last,
      customerWrote: record.summary !== null,
      aiAnswered: record.aiAnswered,
      customerConfirmed: (facts.customerConfirmed ?? false) || record.customerConfirmed,
      verdict: facts.verdict,
    });
    // The AI's outcome stays "handed off", but the agent who closes it as resolved resolved the work item.
    const resolved = outcome === "resolved_by_ai" || outcome === "resolved_by_agent" || (outcome === "handed_off" && facts.verdict === "resolved");
    const closed = this.store.saveRecord({ ...record, state: "closed", outcome, resolved, closedAt: now, lastActivityAt: now, position: null });
    this.recordChange({ field: "status", from: workItemStatus(record), to: workItemStatus(closed), by, at: now });
    if (record.state === "waiting") this.notify({ to: "router", call: "remove", spaceId: record.spaceId, conversationId: record.id });
    if (record.assignee) this.notify({ to: "agent", call: "conversationEnded", agentId: record.assignee.id, conversationId: record.id });
    const entry = this.store.append({ author: SYSTEM, body: note, event: "closed" });
    this.deadlines.clear("idle");
    this.scheduleOutbox();
    this.broadcast("message", { message: entry });
    this.broadcast("state", { state: "closed", outcome });
  }

  // ── Alarm: idle close, the work-item outbox and the routing notifications, one alarm for all ───
  override async alarm(): Promise<void> {
    this.deadlines.fired();
    const record = this.store.record;
    if (record && record.state !== "closed") {
      const idleAt = record.lastActivityAt + record.idleCloseMs;
      if (idleAt <= Date.now()) this.close(record, "The conversation closed after a period of inactivity.", null);
      else this.deadlines.set("idle", idleAt);
    }
    if ((this.deadlines.get("ai") ?? Infinity) <= Date.now()) {
      this.deadlines.clear("ai");
      if (this.ai.pending()) await this.ai.run();
    }
    await this.flushNotifications();
    const result = await this.outbox.flush();
    if (result.done) this.deadlines.clear("outbox");
    else this.deadlines.set("outbox", Date.now() + result.retryInMs);
  }

  private scheduleOutbox(): void {
    this.deadlines.setNoLaterThan("outbox", Date.now() + OUTBOX_DELAY_MS);
  }

  private notify(n: Notification): void {
    this.store.queueNotification(n);
    this.deadlines.setNoLaterThan("notify", Date.now() + 5000); // the safety net if delivery fails
    this.ctx.waitUntil(this.flushNotifications());
  }

  /** Delivers queued notifications in order; stops at the first failure and leaves it to the alarm. */
  private async flushNotifications(): Promise<void> {
    if (this.notifying) return;
    this.notifying = true;
    try {
      for (let row = this.store.nextNotification(); row; row = this.store.nextNotification()) {
        const n = JSON.parse(row.payload) as Notification;
        // A handoff notice that arrives after a person took over (or the customer left) is dropped.
        const stale = (n.call === "enqueue" || n.call === "refreshPacket") && this.store.record?.state !== "waiting";
        const position = stale ? null : await deliver(this.env, n);
        this.store.dropNotification(row.id);
        if (n.call === "enqueue" && position !== null) this.setPosition(position);
      }
      this.deadlines.clear("notify");
    } catch (err) {
      console.warn(`conversation: routing notification not delivered yet (${(err as Error).message})`);
      this.deadlines.set("notify", Date.now() + 1000);
    } finally {
      this.notifying = false;
    }
  }

  // ── The AI agent's tools ────────────────────────────────────────────────────────────────────────
  private aiHost(): AiHost {
    const store = this.store;
    return {
      env: this.env,
      store,
      get origin() {
        return store.record?.origin ?? "";
      },
      say: (author, body, event) => this.say(author, body, event),
      typing: (author, typing) => this.broadcast("typing", { author, typing }),
      handOff: async (record, decision) => this.handOff(record, decision),
      staffed: (record) => this.staffed(record),
      recordGap: (record, question) =>
        this.store.enqueue("gap", { question: question.slice(0, 500), topic: gapTopic(question), at: Date.now() } satisfies KnowledgeGap),
    };
  }

  /** Stores an entry written by the AI or the system and sends it to everyone. */
  private say(author: Author, body: string, event: string | null = null): TranscriptEntry {
    const entry = this.store.append({ author, body, event });
    const record = this.store.record;
    if (record) this.store.saveRecord({ ...record, messageCount: record.messageCount + 1, lastActivityAt: Date.now() });
    this.scheduleOutbox();
    this.broadcast("message", { message: entry });
    return entry;
  }

  /** Whether anyone in the space could take the conversation now (to say so honestly at handoff). */
  private async staffed(record: ConversationRecord): Promise<boolean> {
    try {
      return await this.env.SPACE_ROUTER.get(this.env.SPACE_ROUTER.idFromName(record.spaceId)).staffed();
    } catch {
      return false;
    }
  }

  /** The customer leaves their email: the team gets a Request work item with the transcript. */
  private leaveEmail(ws: WebSocket, me: SocketAttachment, record: ConversationRecord, clientId: string, email: string): void {
    if (me.role !== "customer") return this.refuse(ws, "not_allowed", "Only the customer can leave their email.", clientId);
    const now = Date.now();
    const transcript = this.store
      .after(0)
      .map((m) => `${m.author.type === "ai" ? `${m.author.name} (AI)` : m.author.name}: ${m.body}`)
      .join("\n");
    this.store.saveRecord({ ...record, customer: { ...record.customer, email }, lastActivityAt: now }, false);
    this.store.enqueue("customer_email", { email });
    this.store.enqueue("request", {
      summary: (record.summary ?? "A question from the chat").slice(0, 200),
      description: `The customer left their email (${email}) so the team can write back.\n\nTranscript:\n${transcript}`,
      at: now,
    } satisfies RequestFromChat);
    const ai: Author = record.supportMode === "team" ? { ...SYSTEM, name: "Support team" } : { type: "ai", id: null, name: record.aiAgentName };
    this.say(ai, `Thanks! I've passed this on to the team. They'll write to you at ${email}.`, "email_left");
    // A customer who leaves a message instead of waiting leaves the line: the Request carries it on.
    const current = this.store.record;
    if (current?.state === "waiting") this.close(current, "The customer left a message instead of waiting.", current.customer.id);
  }

  // ── Helpers ─────────────────────────────────────────────────────────────────────────────────────
  private recordChange(change: FieldChange): void {
    this.store.enqueue("change", change);
  }

  /** The transcript of the AI portion goes to the work item as a comment when a person takes over. */
  private commentAiPortion(record: ConversationRecord, until: number): void {
    const lines = this.store.aiPortion(until).map((m) => `${m.author.type === "ai" ? `${m.author.name} (AI)` : m.author.name}: ${m.body}`);
    if (lines.length === 0) return;
    this.store.enqueue("comment", {
      id: `cmt_${record.id}_ai`,
      authorType: "ai",
      authorId: null,
      body: `Transcript of the AI portion, before the handoff (${record.handoff?.reason ?? "handoff"}):\n\n${lines.join("\n")}`,
      at: Date.now(),
    });
  }

  private refuse(ws: WebSocket, code: ErrorCode, message: string, clientId: string | null): void {
    send(ws, frame("error", this.store.lastSeq, { code, message, clientId }));
  }

  /** Sends a frame to every socket that said hello (except `skip`), with the current sequence number. */
  private broadcast<T extends keyof ServerFrameBody>(type: T, body: ServerFrameBody[T], skip?: WebSocket): void {
    const data = frame(type, this.store.lastSeq, body);
    const now = Date.now();
    for (const ws of this.ctx.getWebSockets()) {
      const a = attachment(ws);
      if (ws === skip || !a.ready) continue;
      if (a.expiresAt !== null && a.expiresAt <= now) this.endSession(ws);
      else send(ws, data);
    }
  }
}
