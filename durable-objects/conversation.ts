import { DurableObject } from "cloudflare:workers";
import { customerName } from "../protocol/customers";
import { ClientFrame, MAX_FRAME_BYTES, SUBPROTOCOL, type Author, type ConversationSummary, type ErrorCode, type ServerFrameBody, type TranscriptEntry } from "../protocol/conversation";
import type { HandoffPacket } from "../protocol/console";
import { HANDOFF_REASON_NAMES, type HandoffDecision } from "./ai/handoff-rules";
import { saysSolved } from "./ai/text";
import { PARTY_HEADER, refuse, type AdminClose, type Answer, type AssignedHow, type FirstMessage, type Party, type StartParams, type WaitingInfo } from "./contracts";
import { AI_MESSAGES, AiTurns } from "./conversation/ai-turn";
import { Diagnostics } from "./conversation/diagnostics";
import { closingOutcome } from "./conversation/outcome";
import { packetOf, PACKET_RECENT } from "./conversation/packet";
import { Projectors } from "./conversation/projectors";
import { admit, attachment, authorOf, close, frame, remember, send, tagFor, takeToken, type SocketAttachment } from "./conversation/sockets";
import { canAssign, canHandOff, lineClosedNow, summaryOf, type ConversationEvent, type ConversationSnapshot } from "./conversation/state";
import { ConversationStore, type NewEntry } from "./conversation/store";
import { Wake } from "./conversation/wake";
import type { Env } from "./env";

const MAX_SOCKETS_PER_PARTY = 5;
/** If an AI turn was lost (the object was evicted mid-turn), the alarm runs it again after this long. */
const AI_SAFETY_NET_MS = 15_000;
const SYSTEM: Author = { type: "system", id: null, name: "Parley" };
const TEAM: Author = { type: "system", id: null, name: "Support team" };
const CLOSED_MESSAGE = "This conversation is closed. Start a new one to write again.";

/**
 * One conversation: its transcript, state and WebSockets (hibernation API), in its own SQLite storage.
 * Its state changes only as typed domain events (conversation/state.ts); projectors with their own cursors
 * write the work item to D1 and report to the space's router, run at once and retried by the one alarm, so
 * the chat never waits on D1 or on a router. A message costs one row.
 */
export class Conversation extends DurableObject<Env> {
  private readonly store: ConversationStore;
  private readonly wake: Wake;
  private readonly ai: AiTurns;
  private readonly projectors: Projectors;
  private readonly diagnostics = new Diagnostics();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new ConversationStore(ctx.storage);
    this.wake = new Wake(ctx.storage);
    this.projectors = new Projectors(this.store, env, this.wake, this.diagnostics, {
      entered: (answer) => this.routerAnswered(answer),
    });
    const store = this.store;
    this.ai = new AiTurns({
      env,
      store,
      get origin() {
        return env.PUBLIC_ORIGIN || store.snapshot?.origin || "";
      },
      say: (author, body, options) => this.say({ author, body, ...options }),
      typing: (author, typing) => this.broadcast("typing", { author, typing }),
      record: (event) => this.record(event),
      handOff: (decision) => this.handOff(decision),
    });
    // An alarm whose time passed while the runtime was down never fires (workerd#3138): point it again.
    ctx.blockConcurrencyWhile(async () => {
      await this.wake.load();
      if (this.store.snapshot && (this.wake.at === null || this.wake.at < Date.now())) this.wake.set(Date.now());
    });
  }

  // ── RPC from the Worker ─────────────────────────────────────────────────────────────────────────
  /**
   * Starts the conversation with the customer's first message, all in one step. Idempotent: a second start
   * (two starts raced for the customer's one open conversation) adds its message, once per client id.
   */
  start(params: StartParams, first: FirstMessage): ConversationSummary {
    const existing = this.store.snapshot;
    if (existing) {
      if (existing.state !== "closed") this.customerWrote(first.clientId, first.body);
      return this.summary()!;
    }
    const { greeting, ...rest } = params;
    const s = this.record({ type: "started", params: rest, at: Date.now() });
    this.store.append({ author: s.supportMode === "team" ? TEAM : { type: "ai", id: null, name: s.aiAgentName }, body: greeting });
    this.customerWrote(first.clientId, first.body, s.supportMode === "team");
    if (s.supportMode === "team") this.say({ author: SYSTEM, body: "You're in line. The next available person from our team will join you here.", event: "waiting", about: { who: "system", name: null } });
    return this.summary()!;
  }

  summary(): ConversationSummary | null {
    const s = this.store.snapshot;
    return s ? summaryOf(s, this.store.waiting, this.store.presence) : null;
  }

  /** The transcript after `afterSeq`; the customer's view leaves internal notes out. */
  transcript(afterSeq = 0, options: { notes?: boolean } = {}): TranscriptEntry[] {
    return this.store.after(afterSeq, { notes: options.notes ?? true });
  }

  /** What an agent is offered (a transfer's packet), as the conversation stands now. */
  packet(): HandoffPacket | null {
    const s = this.store.snapshot;
    return s ? packetOf(s, this.store.recent(PACKET_RECENT), this.store.firstCustomerMessage()) : null;
  }

  /** An admin closes the conversation from outside (a ghost or stale chat) with the outcome they choose. */
  closeByAdmin(request: AdminClose): Answer {
    const s = this.store.snapshot;
    if (!s) return refuse("not_found", "The conversation was not found.");
    if (s.state === "closed") return refuse("closed", "The conversation is already closed.");
    this.close(s, { type: "agent", id: request.by.id, name: request.by.name }, `${request.by.name} closed the conversation.`, { verdict: request.verdict });
    return { ok: true };
  }

  /** The agent signed out or lost access: their sockets to this conversation close (the console reconnects if it may). */
  revokeAgent(agentId: string): void {
    for (const ws of this.ctx.getWebSockets(tagFor("agent", agentId))) close(ws, 4001, "Your access to this conversation ended.");
  }

  /** What a message costs here: rows written, D1 statements (admins read it; the benchmark too). */
  diagnosticsReport() {
    return this.diagnostics.report(this.store.written);
  }

  // ── RPC from the space's router (commands) ──────────────────────────────────────────────────────
  /** The router committed: the conversation is this agent's (accepted offer, take, transfer or reassignment). */
  assign(agent: { id: string; name: string }, how: { how: AssignedHow; from: { id: string; name: string } | null; note: string | null; spaceId: string }): Answer {
    const s = this.store.snapshot;
    if (!s) return refuse("not_found", "The conversation was not found.");
    if (s.state === "closed") return refuse("customer_left", "The customer left before you accepted; the conversation is closed.");
    if (s.assignee?.id === agent.id && s.state === "human") return { ok: true };
    if (!canAssign(s, how.how)) return refuse("not_waiting", "Only a conversation waiting for a person can be assigned.");
    const previous = s.assignee;
    this.record({ type: "assigned", agent, how: how.how, from: how.from ?? previous, note: how.note, spaceId: how.spaceId, at: Date.now() });
    // Passed on from another agent: the customer is told the one they talked to handed over.
    const passedOn = previous !== null && previous.id !== agent.id;
    this.say({
      author: SYSTEM,
      body: passedOn ? `${agent.name} joined the conversation; ${previous.name} passed it on.` : `${agent.name} joined the conversation.`,
      event: "agent_joined",
      about: passedOn ? { who: "agent", name: agent.name, why: "passed_on" } : { who: "agent", name: agent.name },
    });
    if (how.note && how.from) this.say({ author: SYSTEM, body: `Transferred by ${how.from.name}: ${how.note}`, event: "transferred", note: true, about: { who: "agent", name: how.from.name } });
    // The new assignee may already be watching (opened from the live list): that pane becomes theirs to write in;
    // the one who handed it on keeps watching.
    this.setRole(agent.id, { role: "agent", canWrite: true });
    if (previous && previous.id !== agent.id) this.setRole(previous.id, { role: "watcher", canWrite: false });
    this.broadcast("agent_joined", { agent });
    this.broadcast("state", { state: "human", outcome: null });
    return { ok: true };
  }

  /** The assignee left the space: the conversation goes back to the line, and their sockets here close. */
  unassign(agentId: string, reason: string): void {
    const s = this.store.snapshot;
    if (!s || s.state !== "human" || s.assignee?.id !== agentId) return;
    this.record({ type: "unassigned", agent: s.assignee, reason, at: Date.now() });
    this.say({ author: SYSTEM, body: `${s.assignee.name} left the conversation. The next available person from our team will join you here.`, event: "agent_left", about: { who: "agent", name: s.assignee.name } });
    this.revokeAgent(agentId);
    this.broadcast("state", { state: "waiting", outcome: null });
  }

  /** The assignee asked someone to take the conversation: an internal line says whom it waits for until they accept. */
  transferRequested(from: { id: string; name: string }, waitingFor: string): void {
    const s = this.store.snapshot;
    if (!s || s.state !== "human" || s.assignee?.id !== from.id) return;
    this.say({ author: SYSTEM, body: `${from.name} asked ${waitingFor} to take the conversation.`, event: "transfer_requested", note: true, about: { who: "agent", name: waitingFor } });
  }

  /** A transfer did not happen: the assignee, who kept the conversation, is told (an internal line). */
  transferFailed(message: string): void {
    if (!this.store.snapshot) return;
    this.say({ author: SYSTEM, body: `The transfer did not happen: ${message} The conversation stays with you.`, event: "transfer_failed", note: true });
  }

  /** The router tells a waiting customer their place, roughly how long, and whether the team is away. */
  setWaiting(info: WaitingInfo): void {
    const s = this.store.snapshot;
    if (!s || s.state !== "waiting") return;
    const before = this.store.waiting;
    if (JSON.stringify(before) === JSON.stringify(info)) return;
    this.store.waiting = info;
    this.broadcast("waiting", info);
  }

  // ── Sockets ─────────────────────────────────────────────────────────────────────────────────────
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") return new Response("Expected a WebSocket upgrade.", { status: 426 });
    const s = this.store.snapshot;
    if (!s) return Response.json({ error: { code: "not_found", message: "The conversation was not found." } }, { status: 404 });
    const party = JSON.parse(request.headers.get(PARTY_HEADER) ?? "null") as Party | null;
    const joined = party ? admit(s, party, customerName(s.customer)) : null;
    if (!joined) return Response.json({ error: { code: "forbidden", message: "You cannot open this conversation." } }, { status: 403 });
    const pair = new WebSocketPair();
    const tag = joined.role === "customer" ? tagFor("customer", joined.id) : tagFor("agent", joined.id);
    // Each party may keep a few tabs open; more sockets would only multiply its rate limit.
    const open = this.ctx.getWebSockets(tag);
    for (const old of open.slice(0, Math.max(0, open.length - (MAX_SOCKETS_PER_PARTY - 1)))) close(old, 4002, "Opened in too many tabs; this one was closed.");
    this.ctx.acceptWebSocket(pair[1], [tag]);
    remember(pair[1], joined);
    const protocols = request.headers.get("sec-websocket-protocol") ?? "";
    const headers = protocols.split(",").some((p) => p.trim() === SUBPROTOCOL) ? { "sec-websocket-protocol": SUBPROTOCOL } : undefined;
    return new Response(null, { status: 101, webSocket: pair[0], headers });
  }

  override async webSocketMessage(ws: WebSocket, data: string | ArrayBuffer): Promise<void> {
    const me = attachment(ws);
    if (me.expiresAt !== null && me.expiresAt <= Date.now()) return close(ws, 4001, "Your session ended. Sign in again.");
    const s = this.store.snapshot;
    if (!s) return;
    if (typeof data !== "string") return this.refuse(ws, "bad_frame", "Frames are JSON text.", null);
    if (data.length > MAX_FRAME_BYTES) return this.refuse(ws, "too_large", `A frame is at most ${MAX_FRAME_BYTES} bytes; nothing was stored.`, clientIdIn(data));
    const allowed = takeToken(me);
    if (!allowed) return this.refuse(ws, "rate_limited", "You are sending too fast; wait a moment. Nothing was stored.", clientIdIn(data));
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
    const customer = me.role === "customer";
    switch (msg.type) {
      case "hello": {
        remember(ws, { ...me, ready: true } satisfies SocketAttachment);
        if (customer) this.customerPresent(true);
        const messages = this.store.after(msg.lastSeq, { notes: !customer });
        return send(ws, frame("welcome", this.store.lastSeq, { conversation: this.summary()!, you: { role: me.role, canWrite: me.canWrite }, messages, readUpTo: this.store.readUpTo }));
      }
      case "message":
        return this.message(ws, me, s, msg.id, msg.body);
      case "typing":
        if (!me.canWrite) return this.refuse(ws, "read_only", "You are watching this conversation; only its agent and customer can type.", msg.id);
        return this.broadcast("typing", { author: authorOf(me), typing: msg.typing }, ws);
      case "read":
        return this.read(me, msg.seq);
      case "request_person":
        return this.requestPerson(ws, me, s, msg.id);
      case "leave_email":
        return this.leaveEmail(ws, me, s, msg.id, msg.email);
      case "close":
        if (!me.canWrite) return this.refuse(ws, "read_only", "You are watching this conversation; only its agent and customer can close it.", msg.id);
        if (s.state === "closed") return;
        return this.close(s, authorOf(me), `${customer ? customerName(s.customer) : me.name} closed the conversation.`, { customerConfirmed: customer && msg.outcome === "resolved", verdict: msg.outcome });
      case "page":
        if (!customer) return this.refuse(ws, "not_allowed", "Only the customer's widget says which page they are on.", msg.id);
        if (s.state === "closed" || s.page === msg.path) return;
        this.record({ type: "page", path: msg.path, at: Date.now() });
        return;
      case "rate":
        return this.rate(ws, me, s, msg.id, { score: msg.score, ...(msg.comment ? { comment: msg.comment } : {}) });
      case "note":
        if (customer) return this.refuse(ws, "not_allowed", "Only the team writes internal notes.", msg.id);
        return this.note(ws, me, msg.id, msg.body);
    }
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    close(ws, code === 1005 ? 1000 : code, reason);
    // The customer's last page with the chat went away (a tab closed, the network lost): the team sees they left.
    const me = attachment(ws);
    if (me.role === "customer" && !this.ctx.getWebSockets(tagFor("customer", me.id)).some((other) => other !== ws && attachment(other).ready)) this.customerPresent(false);
  }

  /** Records and tells the team that the customer came (a socket said hello) or left, when that changes. */
  private customerPresent(here: boolean): void {
    if (!this.store.snapshot || this.store.presence?.here === here) return;
    const customer = { here, since: Date.now() };
    this.store.presence = customer;
    this.broadcast("presence", { customer });
  }

  // ── What people do ──────────────────────────────────────────────────────────────────────────────
  private message(ws: WebSocket, me: SocketAttachment, s: ConversationSnapshot, clientId: string, body: string): void {
    const clientKey = me.role === "customer" ? "customer" : `agent:${me.id}`;
    const earlier = this.store.resentAs(clientKey, clientId);
    if (earlier !== null) return send(ws, frame("ack", this.store.lastSeq, { clientId, messageSeq: earlier }));
    if (!me.canWrite) return this.refuse(ws, "read_only", "You are watching this conversation; only its agent and customer can write. Write an internal note instead.", clientId);
    if (s.state === "closed") return this.refuse(ws, "conversation_closed", CLOSED_MESSAGE, clientId);
    const entry = this.store.append({ author: authorOf(me), body, clientKey, clientId });
    this.diagnostics.message();
    this.broadcast("message", { message: entry }, undefined, entry);
    send(ws, frame("ack", entry.seq, { clientId, messageSeq: entry.seq }));
    if (me.role === "customer") this.afterCustomerMessage(s, body);
    this.projectors.messagesChanged();
  }

  /** Stores a message the customer wrote outside the socket (their first, with the start request) and acts on it. */
  private customerWrote(clientId: string, body: string, entering = false): void {
    const s = this.store.snapshot!;
    if (this.store.resentAs("customer", clientId) !== null) return;
    const entry = this.store.append({ author: { type: "customer", id: s.customer.id, name: customerName(s.customer) }, body, clientKey: "customer", clientId });
    this.diagnostics.message();
    this.broadcast("message", { message: entry }, undefined, entry);
    if (!entering) this.afterCustomerMessage(s, body);
    this.projectors.messagesChanged();
  }

  /** What a customer's new words set going: a fresher offer while waiting, the AI's turn, a thanks noticed. */
  private afterCustomerMessage(s: ConversationSnapshot, body: string): void {
    if (s.state === "waiting") this.projectors.refreshPacket(() => this.packet());
    if (s.state === "ai") {
      this.wake.noLaterThan(Date.now() + AI_SAFETY_NET_MS);
      this.ctx.waitUntil(this.ai.run());
    }
    if (s.state === "human" && !s.customerConfirmed && saysSolved(body)) this.record({ type: "customer_confirmed", at: Date.now() });
  }

  private note(ws: WebSocket, me: SocketAttachment, clientId: string, body: string): void {
    const clientKey = `agent:${me.id}`;
    const earlier = this.store.resentAs(clientKey, clientId);
    if (earlier !== null) return send(ws, frame("ack", this.store.lastSeq, { clientId, messageSeq: earlier }));
    const entry = this.store.append({ author: { type: "agent", id: me.id, name: me.name }, body, clientKey, clientId, note: true });
    this.broadcast("message", { message: entry }, undefined, entry);
    send(ws, frame("ack", entry.seq, { clientId, messageSeq: entry.seq }));
    this.projectors.messagesChanged();
  }

  private read(me: SocketAttachment, seq: number): void {
    const by = me.role === "customer" ? "customer" : me.role === "agent" ? "agent" : null;
    if (!by) return;
    const reads = this.store.readUpTo;
    const upTo = Math.min(seq, this.store.lastSeq);
    if (upTo <= reads[by]) return;
    this.store.readUpTo = { ...reads, [by]: upTo };
    this.broadcast("read", { by, upTo });
  }

  private requestPerson(ws: WebSocket, me: SocketAttachment, s: ConversationSnapshot, clientId: string): void {
    if (me.role !== "customer") return this.refuse(ws, "not_allowed", "Only the customer can ask for a person.", clientId);
    if (s.supportMode === "ai") {
      return this.refuse(ws, "not_allowed", "This chat is answered by our AI agent only, so no person can join here. Leave your email and the team will write back.", clientId);
    }
    if (s.state === "closed") return this.refuse(ws, "conversation_closed", CLOSED_MESSAGE, clientId);
    if (!canHandOff(s)) {
      if (lineClosedNow(s)) return this.refuse(ws, "not_allowed", "The team is away right now. Leave your email and they will write back.", clientId);
      return; // already waiting for, or talking with, a person
    }
    const summary = this.store.firstCustomerMessage();
    this.say({ author: { type: "ai", id: null, name: s.aiAgentName }, body: AI_MESSAGES.handoff });
    this.handOff({ reason: "customer_request", rule: null, detail: summary ? `The customer asked for a person. Their question: "${summary.slice(0, 140)}"` : "The customer asked for a person." });
  }

  /** AI → waiting: the conversation joins the space's line; nothing the customer wrote is lost. */
  private handOff(decision: HandoffDecision): void {
    const s = this.store.snapshot;
    if (!s || !canHandOff(s)) return; // never twice, never after a person took over
    const now = Date.now();
    const label = decision.rule ? `${HANDOFF_REASON_NAMES[decision.reason]}: ${decision.rule}` : HANDOFF_REASON_NAMES[decision.reason];
    this.record({ type: "handed_off", handoff: { reason: decision.reason, label, rule: decision.rule, detail: decision.detail, at: now }, at: now });
    this.record({ type: "entered_line", at: now });
    this.say({ author: SYSTEM, body: "You're in line for a person from our team. They'll see everything you've written so far.", event: "waiting", about: { who: "system", name: null } });
    this.broadcast("state", { state: "waiting", outcome: null });
  }

  /** The router's word on entering the line: a place in it, or (outside business hours) an email instead. */
  private routerAnswered(answer: { queued: true; position: number | null; estimateSeconds: number | null; away: WaitingInfo["away"] } | { queued: false; away: NonNullable<WaitingInfo["away"]> }): void {
    const s = this.store.snapshot;
    if (!s || s.state !== "waiting") return;
    if (answer.queued) return this.setWaiting({ position: answer.position, estimateSeconds: answer.estimateSeconds, away: answer.away });
    this.record({ type: "line_closed", away: answer.away, at: Date.now() });
    const back = answer.away.backAt ? " until they are back" : "";
    this.say({ author: { type: "ai", id: null, name: s.aiAgentName }, body: `Our team is away right now${back}. Leave your email and they'll write back to you — meanwhile I'm still here to answer what I can.`, event: "email_prompt" });
    this.broadcast("state", { state: "ai", outcome: null });
  }

  /** The customer leaves their email: once per conversation (a second one updates the same Request); never on a closed one. */
  private leaveEmail(ws: WebSocket, me: SocketAttachment, s: ConversationSnapshot, clientId: string, email: string): void {
    if (me.role !== "customer") return this.refuse(ws, "not_allowed", "Only the customer can leave their email.", clientId);
    if (s.state === "closed") return this.refuse(ws, "conversation_closed", "This conversation is closed. Start a new one to leave your email.", clientId);
    const again = s.emailLeft !== null;
    this.record({ type: "email_left", email, verified: false, at: Date.now() });
    const author = s.supportMode === "team" ? TEAM : { type: "ai" as const, id: null, name: s.aiAgentName };
    this.say({ author, body: again ? `Got it — the team will write to you at ${email} instead.` : `Thanks! I've passed this on to the team. They'll write to you at ${email}.`, event: "email_left" });
    // A customer who leaves a message instead of waiting leaves the line: the Request carries it on.
    const current = this.store.snapshot!;
    if (current.state === "waiting") this.close(current, { type: "customer", id: current.customer.id, name: customerName(current.customer) }, `${customerName(current.customer)} left their email instead of waiting.`, {}, { who: "system", name: null, why: "email_left" });
  }

  /** The customer rates the conversation once, after it closed. */
  private rate(ws: WebSocket, me: SocketAttachment, s: ConversationSnapshot, clientId: string, rating: { score: number; comment?: string }): void {
    if (me.role !== "customer") return this.refuse(ws, "not_allowed", "Only the customer rates the conversation.", clientId);
    if (s.state !== "closed") return this.refuse(ws, "not_allowed", "You can rate the conversation once it has ended.", clientId);
    if (s.rating) return this.refuse(ws, "not_allowed", "You have already rated this conversation. Thank you!", clientId);
    this.record({ type: "rated", rating, at: Date.now() });
    this.broadcast("rated", { rating });
  }

  private close(s: ConversationSnapshot, by: Author | null, note: string, facts: { customerConfirmed?: boolean; verdict?: "resolved" | "unresolved" } = {}, about?: TranscriptEntry["about"]): void {
    const last = this.store.lastAuthorType();
    const outcome = closingOutcome({
      state: s.state,
      handedOff: s.handoff !== null && s.lineClosed === null,
      lastAuthor: last === "system" ? null : last,
      customerWrote: this.store.lastCustomerSeq() > 0,
      aiAnswered: s.ai.answered,
      customerConfirmed: (facts.customerConfirmed ?? false) || s.customerConfirmed,
      verdict: facts.verdict,
    });
    // The AI's outcome stays "handed off", but the agent who closes it as resolved resolved the work item.
    const resolved = outcome === "resolved_by_ai" || outcome === "resolved_by_agent" || (outcome === "handed_off" && facts.verdict === "resolved");
    this.record({ type: "closed", by, outcome, resolved, at: Date.now() });
    this.say({ author: SYSTEM, body: note, event: "closed", about: about ?? (by ? { who: by.type, name: by.name } : { who: "system", name: null }) });
    this.broadcast("state", { state: "closed", outcome });
  }

  // ── Alarm: idle close, the AI's safety net, the projectors ──────────────────────────────────────
  override async alarm(): Promise<void> {
    this.wake.fired();
    const s = this.store.snapshot;
    if (!s) return;
    const now = Date.now();
    const idleAt = this.idleAt(s);
    if (s.state !== "closed" && idleAt !== null && idleAt <= now) this.close(s, null, "The conversation closed after a period of inactivity.");
    if (this.ai.pending()) await this.ai.run();
    await this.projectors.run();
    const next = [this.projectors.nextDue(), s.state !== "closed" ? this.idleAt(this.store.snapshot!) : null].filter((t): t is number => t !== null);
    if (next.length > 0) this.wake.set(Math.max(Date.now() + 10, Math.min(...next)));
  }

  /** When an idle conversation closes itself: the site's idle time after the last word or change. */
  private idleAt(s: ConversationSnapshot): number | null {
    if (s.state === "closed") return null;
    return Math.max(this.store.lastActivityAt() ?? s.createdAt, s.changedAt) + s.idleCloseMs;
  }

  // ── Helpers ─────────────────────────────────────────────────────────────────────────────────────
  /** Appends a domain event (and the state it builds), then lets the projectors and the alarm know. */
  private record(event: ConversationEvent): ConversationSnapshot {
    const s = this.store.record(event);
    this.projectors.eventsChanged((promise) => this.ctx.waitUntil(promise));
    if (s.state !== "closed") this.wake.noLaterThan(this.idleAt(s) ?? Date.now());
    return s;
  }

  /** Stores an entry written by the AI or the system and sends it to everyone who may see it. */
  private say(entry: NewEntry): TranscriptEntry {
    const stored = this.store.append(entry);
    this.broadcast("message", { message: stored }, undefined, stored);
    this.projectors.messagesChanged();
    return stored;
  }

  /** Tells an agent's sockets their new role (and remembers it in each socket's attachment). */
  private setRole(agentId: string, you: { role: "agent" | "watcher"; canWrite: boolean }): void {
    for (const ws of this.ctx.getWebSockets(tagFor("agent", agentId))) {
      const next = { ...attachment(ws), ...you } satisfies SocketAttachment;
      remember(ws, next);
      if (next.ready) send(ws, frame("you", this.store.lastSeq, { you }));
    }
  }

  private refuse(ws: WebSocket, code: ErrorCode, message: string, clientId: string | null): void {
    send(ws, frame("error", this.store.lastSeq, { code, message, clientId }));
  }

  /** Sends a frame to every socket that said hello (but `skip`); an internal note never reaches the customer. */
  private broadcast<T extends keyof ServerFrameBody>(type: T, body: ServerFrameBody[T], skip?: WebSocket, entry?: TranscriptEntry): void {
    const data = frame(type, this.store.lastSeq, body);
    const now = Date.now();
    for (const ws of this.ctx.getWebSockets()) {
      const a = attachment(ws);
      if (ws === skip || !a.ready || (entry?.note && a.role === "customer")) continue;
      if (a.expiresAt !== null && a.expiresAt <= now) close(ws, 4001, "Your session ended. Sign in again.");
      else send(ws, data);
    }
  }
}

/** The client id of a frame refused before it was parsed (too large, too fast), so the client can keep and resend it. */
function clientIdIn(data: string): string | null {
  const match = /"id"\s*:\s*"([^"\\]{1,64})"/.exec(data.slice(0, 2048));
  return match?.[1] ?? null;
}
