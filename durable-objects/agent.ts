import { DurableObject } from "cloudflare:workers";
import type { Availability, AgentStatus, ConsoleFrame } from "../protocol/console";
import { RATE_LIMIT } from "../protocol/conversation";
import { AgentStore, type AgentRecord } from "./agent/store";
import { AGENT_HEADER, refuse, type AgentIdentity, type AgentSnapshot, type Lease, type ReleaseReason, type ReserveAnswer } from "./contracts";
import { Deadlines } from "./deadlines";
import type { Env } from "./env";

const MISSED_OFFER_NOTICE = "You missed a chat offer, so you are now unavailable. Switch back to available when you are ready.";

const WITHDRAWN_MESSAGES: Record<ReleaseReason, string> = {
  expired: "The offer expired.",
  declined: "You declined the offer.",
  customer_left: "The customer left before anyone accepted.",
  taken: "Another agent took this conversation from the line.",
  removed: "You are no longer a member of this space.",
  withdrawn: "The offer was withdrawn.",
  ended: "The conversation ended.",
  transferred: "The conversation went to someone else.",
};

/** What each console socket remembers (its attachment). */
interface ConsoleSocket {
  /** When the session that opened it ends (the socket closes then). */
  expiresAt: number | null;
  tokens: number;
  refilledAt: number;
}

/**
 * One agent: their console connections (every open tab), availability per space, and the leases on their
 * cap (pending offers and active conversations, across spaces) — the one authority on the cap. Routers
 * reserve a lease here before they offer (an offer's lease lapses by itself), confirm it on accept and
 * release it when the offer or conversation ends; the agent's actor reports how the agent stands to the
 * routers of their spaces.
 */
export class Agent extends DurableObject<Env> {
  private readonly store: AgentStore;
  private readonly deadlines: Deadlines<"disconnect" | "sync" | "session">;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new AgentStore(ctx.storage.sql);
    this.deadlines = new Deadlines(ctx.storage);
    ctx.blockConcurrencyWhile(async () => {
      await this.deadlines.sweep();
      // Sockets cut by a restart or deploy run no close handler: an agent with none open starts the grace period now.
      const record = this.store.record;
      if (record?.connected && ctx.getWebSockets().length === 0 && this.deadlines.get("disconnect") === null) {
        this.deadlines.set("disconnect", Date.now() + record.graceMs);
      }
    });
  }

  // ── Identity and availability ───────────────────────────────────────────────────────────────────
  /** Records who the agent is and which spaces they belong to; spaces they left lose their offers. */
  identify(identity: AgentIdentity): AgentStatus {
    const current = this.store.record;
    const availability: Record<string, Availability> = {};
    for (const spaceId of identity.spaceIds) availability[spaceId] = current?.availability[spaceId] ?? "unavailable";
    const record = this.store.save({
      agentId: identity.agentId,
      siteId: identity.siteId,
      name: identity.name,
      spaceIds: identity.spaceIds,
      graceMs: identity.graceMs,
      availability,
      connected: current?.connected ?? false,
      cap: identity.cap ?? current?.cap ?? null,
    });
    const left = (current?.spaceIds ?? []).filter((s) => !identity.spaceIds.includes(s));
    for (const spaceId of left) this.dropOffers((lease) => lease.spaceId === spaceId, "removed");
    if (!current || left.length > 0 || identity.spaceIds.some((s) => !current.spaceIds.includes(s))) {
      this.report(record, [...identity.spaceIds, ...left]);
    }
    return this.status();
  }

  /** The site's cap changed (an admin's setting): every open console shows the new "of N" at once. */
  setCap(cap: number): void {
    const record = this.store.record;
    if (!record || record.cap === cap) return;
    this.store.save({ ...record, cap });
    this.push({ v: 1, type: "status", status: this.status() });
  }

  status(): AgentStatus {
    const record = this.store.record;
    const leases = this.store.leases();
    return {
      agentId: record?.agentId ?? "",
      availability: record?.availability ?? {},
      connected: record?.connected ?? false,
      activeConversations: leases.filter((l) => l.expiresAt === null).map((l) => ({ conversationId: l.conversationId, spaceId: l.spaceId })),
      offers: leases.flatMap((l) => (l.offer ? [{ packet: l.offer.packet, offeredAt: l.offer.offeredAt, expiresAt: l.offer.expiresAt, transfer: l.offer.transfer }] : [])),
      cap: record?.cap ?? null,
    };
  }

  /** Sets availability for all the agent's spaces, or one; takes effect at once in every router. */
  setAvailability(status: Availability, spaceId?: string, notice: string | null = null): AgentStatus {
    const record = this.store.record;
    if (!record) return this.status();
    const spaces = spaceId ? [spaceId] : record.spaceIds;
    const availability = { ...record.availability };
    for (const s of spaces) if (record.spaceIds.includes(s)) availability[s] = status;
    const next = this.store.save({ ...record, availability });
    if (status === "unavailable") this.dropOffers((lease) => spaces.includes(lease.spaceId), "withdrawn", "unavailable");
    this.push({ v: 1, type: "availability", availability, notice });
    this.report(next, spaces);
    return this.status();
  }

  // ── Leases: what routers ask of the cap ─────────────────────────────────────────────────────────
  /**
   * A router reserves a slot to offer a conversation (or to give it to the agent at once: take, reassign).
   * Refused when the agent could not take it now; an admin's reassignment needs no availability.
   */
  reserve(lease: Lease, cap: number, options: { needsAvailability?: boolean } = {}): ReserveAnswer {
    const record = this.store.record;
    const snapshot = () => this.snapshot(this.store.record, lease.spaceId);
    if (!record || !record.spaceIds.includes(lease.spaceId)) return { ...refuse("not_member", "The agent is not a member of that space."), snapshot: snapshot(), skipped: "unavailable" };
    if (options.needsAvailability !== false) {
      if (record.availability[lease.spaceId] !== "available") return { ...refuse("unavailable", `${record.name} is not available.`), snapshot: snapshot(), skipped: "unavailable" };
      if (!record.connected) return { ...refuse("disconnected", `${record.name} has no console open.`), snapshot: snapshot(), skipped: "disconnected" };
    }
    const now = Date.now();
    const held = this.store.lease(lease.conversationId);
    if (held && (held.expiresAt === null || held.expiresAt > now)) {
      if (lease.offer && held.offer) this.store.put(lease); // a retried reserve with a fresher packet
      return { ok: true, load: this.store.load(now) };
    }
    if (this.store.load(now) >= cap) return { ...refuse("at_cap", `${record.name} is at the limit of ${cap} conversations.`), snapshot: snapshot(), skipped: "at_cap" };
    this.store.dropLapsed(now);
    this.store.put(lease);
    if (record.cap !== cap) this.store.save({ ...record, cap });
    if (lease.offer) this.push({ v: 1, type: "offer", offer: { ...lease.offer } });
    this.report(record, record.spaceIds.filter((s) => s !== lease.spaceId));
    return { ok: true, load: this.store.load(now) };
  }

  /** The router committed: the conversation is the agent's (an accepted offer, a take, a transfer, a reassignment). */
  confirm(conversationId: string, spaceId: string): void {
    this.store.confirm(conversationId, spaceId);
    this.push({ v: 1, type: "assigned", conversationId, spaceId });
  }

  /** The customer wrote more while the offer stands: the consoles show the newer packet. */
  updateOffer(lease: Lease): void {
    const held = this.store.lease(lease.conversationId);
    if (!held?.offer || !lease.offer) return;
    this.store.put({ ...held, offer: lease.offer });
    this.push({ v: 1, type: "offer", offer: { ...lease.offer } });
  }

  /**
   * A router takes a lease back: an offer that expired, was declined, withdrawn or taken, or a conversation
   * that ended or went elsewhere. A missed offer sets the agent unavailable when the router says so, whether
   * or not the lease had already lapsed here.
   */
  release(conversationId: string, reason: ReleaseReason, options: { setUnavailable?: boolean } = {}): number {
    const lease = this.store.remove(conversationId);
    if (lease?.offer) this.push({ v: 1, type: "offer_withdrawn", conversationId, reason, message: WITHDRAWN_MESSAGES[reason] });
    else if (lease) this.push({ v: 1, type: "conversation_ended", conversationId });
    const record = this.store.record;
    if (record && options.setUnavailable && Object.values(record.availability).includes("available")) {
      this.setAvailability("unavailable", undefined, MISSED_OFFER_NOTICE);
    } else if (record && lease) {
      this.report(record, record.spaceIds.filter((s) => s !== lease.spaceId));
    }
    return this.store.load();
  }

  // ── Watched conversations, sign-out, leaving a space ────────────────────────────────────────────
  watching(conversationId: string, spaceId: string): void {
    this.store.watch(conversationId, spaceId);
  }

  /** Sign-out: every console tab closes; answers the conversations the agent had open, for the Worker to close too. */
  signOut(): string[] {
    for (const ws of this.ctx.getWebSockets()) close(ws, 4001, "Your session ended. Sign in again.");
    return this.store.takeWatched();
  }

  /** The agent is no longer a member of a space: its offers go; answers the conversations they watched there. */
  leftSpace(spaceId: string): string[] {
    const record = this.store.record;
    if (record?.spaceIds.includes(spaceId)) {
      const availability = { ...record.availability };
      delete availability[spaceId];
      this.store.save({ ...record, spaceIds: record.spaceIds.filter((s) => s !== spaceId), availability });
      this.dropOffers((lease) => lease.spaceId === spaceId, "removed");
      this.push({ v: 1, type: "availability", availability, notice: null });
    }
    return this.store.takeWatched(spaceId);
  }

  // ── Console sockets ─────────────────────────────────────────────────────────────────────────────
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") return new Response("Expected a WebSocket upgrade.", { status: 426 });
    const identity = JSON.parse(request.headers.get(AGENT_HEADER) ?? "null") as AgentIdentity | null;
    if (!identity) return new Response("Forbidden", { status: 403 });
    this.identify(identity);
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1]);
    const expiresAt = identity.sessionExpiresAt ?? null;
    pair[1].serializeAttachment({ expiresAt, tokens: RATE_LIMIT.burst, refilledAt: Date.now() } satisfies ConsoleSocket);
    if (expiresAt !== null) this.deadlines.setNoLaterThan("session", expiresAt);
    this.deadlines.clear("disconnect");
    const record = this.store.record!;
    if (!record.connected) this.report(this.store.save({ ...record, connected: true }), record.spaceIds);
    pair[1].send(JSON.stringify({ v: 1, type: "status", status: this.status() } satisfies ConsoleFrame));
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  /** The console's socket is for pushing; a client may ask for the current status again, within the rate limit. */
  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const me = ws.deserializeAttachment() as ConsoleSocket;
    const now = Date.now();
    if (me.expiresAt !== null && me.expiresAt <= now) return close(ws, 4001, "Your session ended. Sign in again.");
    me.tokens = Math.min(RATE_LIMIT.burst, me.tokens + ((now - me.refilledAt) / 1000) * RATE_LIMIT.perSecond);
    me.refilledAt = now;
    const allowed = me.tokens >= 1;
    if (allowed) me.tokens -= 1;
    ws.serializeAttachment(me);
    if (allowed && message === "status") ws.send(JSON.stringify({ v: 1, type: "status", status: this.status() } satisfies ConsoleFrame));
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    close(ws, code === 1005 ? 1000 : code, reason);
    const open = this.ctx.getWebSockets().filter((s) => s !== ws && s.readyState === WebSocket.OPEN);
    const record = this.store.record;
    if (open.length === 0 && record?.connected) this.deadlines.set("disconnect", Date.now() + record.graceMs);
  }

  override async webSocketError(ws: WebSocket): Promise<void> {
    await this.webSocketClose(ws, 1011, "error");
  }

  // ── Alarm: disconnect grace, session ends, report retries ───────────────────────────────────────
  override async alarm(): Promise<void> {
    this.deadlines.fired();
    const now = Date.now();
    const record = this.store.record;
    const disconnectAt = this.deadlines.get("disconnect");
    if (record && disconnectAt !== null && disconnectAt <= now) {
      this.deadlines.clear("disconnect");
      if (this.ctx.getWebSockets().length === 0 && record.connected) {
        const next = this.store.save({ ...record, connected: false });
        this.dropOffers(() => true, "withdrawn", "disconnected");
        this.report(next, next.spaceIds);
      }
    }
    if ((this.deadlines.get("session") ?? Infinity) <= now) {
      let next = Infinity;
      for (const ws of this.ctx.getWebSockets()) {
        const at = (ws.deserializeAttachment() as ConsoleSocket).expiresAt;
        if (at !== null && at <= now) close(ws, 4001, "Your session ended. Sign in again.");
        else if (at !== null) next = Math.min(next, at);
      }
      if (next === Infinity) this.deadlines.clear("session");
      else this.deadlines.set("session", next);
    }
    const latest = this.store.record;
    if ((this.deadlines.get("sync") ?? Infinity) <= now && latest) {
      this.deadlines.clear("sync");
      this.report(latest, latest.spaceIds);
    }
    this.deadlines.arm();
  }

  // ── Helpers ─────────────────────────────────────────────────────────────────────────────────────
  private snapshot(record: AgentRecord | null, spaceId: string): AgentSnapshot {
    return {
      agentId: record?.agentId ?? "",
      name: record?.name ?? "",
      available: record?.availability[spaceId] === "available",
      connected: record?.connected ?? false,
      load: this.store.load(),
      version: this.store.nextVersion(),
    };
  }

  /** Drops pending offers (their routers re-route them when they hear the agent's new state). */
  private dropOffers(which: (lease: Lease) => boolean, reason: ReleaseReason, shown: "unavailable" | "disconnected" | ReleaseReason = reason): void {
    for (const lease of this.store.leases()) {
      if (!lease.offer || !which(lease)) continue;
      this.store.remove(lease.conversationId);
      const message = shown === "disconnected" ? "The offer was withdrawn because your console was closed." : shown === "unavailable" ? "The offer was withdrawn because you are no longer available." : WITHDRAWN_MESSAGES[reason];
      this.push({ v: 1, type: "offer_withdrawn", conversationId: lease.conversationId, reason: shown, message });
    }
  }

  private router(spaceId: string) {
    return this.env.SPACE_ROUTER.get(this.env.SPACE_ROUTER.idFromName(spaceId));
  }

  /** Reports how the agent stands to the routers of these spaces (null where they left); retried by the alarm. */
  private report(record: AgentRecord, spaceIds: string[]): void {
    const updates = [...new Set(spaceIds)].map((spaceId) => {
      const member = record.spaceIds.includes(spaceId);
      return this.router(spaceId).agentChanged(spaceId, member ? this.snapshot(record, spaceId) : null, record.agentId);
    });
    this.ctx.waitUntil(Promise.all(updates).catch(() => this.deadlines.set("sync", Date.now() + 1000)));
  }

  private push(frame: ConsoleFrame): void {
    const data = JSON.stringify(frame);
    const now = Date.now();
    for (const ws of this.ctx.getWebSockets()) {
      const at = (ws.deserializeAttachment() as ConsoleSocket | null)?.expiresAt ?? null;
      if (at !== null && at <= now) close(ws, 4001, "Your session ended. Sign in again.");
      else {
        try {
          ws.send(data);
        } catch {
          /* closed meanwhile */
        }
      }
    }
  }
}

function close(ws: WebSocket, code: number, reason: string): void {
  try {
    ws.close(code, reason);
  } catch {
    /* already closed */
  }
}
