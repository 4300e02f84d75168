import { DurableObject } from "cloudflare:workers";
import type { Availability, AgentStatus, ConsoleFrame, Offer } from "../protocol/console";
import type { Env } from "../worker/env";
import { AgentStore, type AgentRecord } from "./agent/store";
import { Deadlines } from "./deadlines";
import type { AgentSnapshot, OfferAnswer, ReleaseReason, ReserveResult } from "./routing-types";

/** What the Worker tells the agent's actor about the agent when it opens a console or changes availability. */
export interface AgentIdentity {
  agentId: string;
  siteId: string;
  name: string;
  spaceIds: string[];
  graceMs: number;
}

/** How long past its deadline an offer may stay reserved if its router never released it. */

const WITHDRAWN_MESSAGES: Record<ReleaseReason, string> = {
  expired: "The offer expired.",
  declined: "You declined the offer.",
  customer_left: "The customer left before anyone accepted.",
  withdrawn: "The offer was withdrawn.",
};

/**
 * One agent: their console connections (every open tab), availability per space, and the slots of their
 * cap (pending offers and active conversations, across spaces). The one authority on the cap: a router
 * reserves a slot here before it offers, so two spaces can never push the agent over it.
 */
const MISSED_OFFER_NOTICE = "You missed a chat offer, so you are now unavailable. Switch back to available when you are ready.";
/** How many self-dropped offers wait for their router's verdict (a handful at most in practice). */
const LAPSED_KEPT = 50;

export class Agent extends DurableObject<Env> {
  private readonly store: AgentStore;
  private readonly deadlines: Deadlines<"disconnect" | "stale_offers" | "sync">;

  /** How long past an offer's deadline this actor waits for the router before dropping the offer itself. */
  private get staleMarginMs(): number {
    return Number(this.env.STALE_OFFER_MARGIN_MS) || 10_000;
  }

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
      ...identity,
      availability,
      connected: current?.connected ?? false,
      cap: current?.cap ?? null,
    });
    const left = (current?.spaceIds ?? []).filter((s) => !identity.spaceIds.includes(s));
    for (const spaceId of left) this.dropOffers((slot) => slot.spaceId === spaceId, "withdrawn");
    if (!current || left.length > 0 || identity.spaceIds.some((s) => !current.spaceIds.includes(s))) {
      this.syncRouters(record, [...identity.spaceIds, ...left]);
    }
    return this.status();
  }

  status(): AgentStatus {
    const record = this.store.record;
    const slots = this.store.slots();
    return {
      agentId: record?.agentId ?? "",
      availability: record?.availability ?? {},
      connected: record?.connected ?? false,
      activeConversations: slots.filter((s) => s.kind === "active").map((s) => ({ conversationId: s.conversationId, spaceId: s.spaceId })),
      offers: slots.filter((s) => s.kind === "offer" && s.packet).map((s) => ({ packet: s.packet!, offeredAt: s.offeredAt, expiresAt: s.expiresAt! })),
      cap: record?.cap ?? null,
    };
  }

  /** Sets availability for all the agent's spaces, or one; takes effect at once in every router. */
  setAvailability(status: Availability, spaceId?: string, notice: string | null = null): AgentStatus {
    const record = this.requireRecord();
    const spaces = spaceId ? [spaceId] : record.spaceIds;
    const availability = { ...record.availability };
    for (const s of spaces) if (record.spaceIds.includes(s)) availability[s] = status;
    const next = this.store.save({ ...record, availability });
    if (status === "unavailable") this.dropOffers((slot) => spaces.includes(slot.spaceId), "withdrawn");
    this.push({ v: 1, type: "availability", availability, notice });
    this.syncRouters(next, spaces);
    return this.status();
  }

  // ── Slots: what routers and the Worker ask of the cap ───────────────────────────────────────────
  /** A router asks for a slot to offer a conversation. Refused when the agent could not take it now. */
  reserve(offer: Offer, cap: number): ReserveResult {
    const record = this.store.record;
    const spaceId = offer.packet.spaceId;
    const refuse = (reason: "unavailable" | "disconnected" | "at_cap"): ReserveResult => ({
      ok: false,
      reason,
      snapshot: this.snapshot(record, spaceId),
    });
    if (!record || record.availability[spaceId] !== "available") return refuse("unavailable");
    if (!record.connected) return refuse("disconnected");
    if (this.store.slot(offer.packet.conversationId)) return { ok: true, load: this.store.load }; // a retried reserve
    if (this.store.load >= cap) return refuse("at_cap");
    this.store.putOffer(offer);
    if (record.cap !== cap) this.store.save({ ...record, cap });
    this.deadlines.setNoLaterThan("stale_offers", offer.expiresAt + this.staleMarginMs);
    this.push({ v: 1, type: "offer", offer });
    this.syncRouters(record, record.spaceIds.filter((s) => s !== spaceId));
    return { ok: true, load: this.store.load };
  }

  /** A router takes back an offer (expired, customer left, withdrawn). A missed offer may set the agent unavailable. */
  release(conversationId: string, reason: ReleaseReason, setUnavailable = false): number {
    const slot = this.store.slot(conversationId);
    const lapsed = this.store.record?.lapsed ?? [];
    if (slot?.kind !== "offer" && lapsed.includes(conversationId)) {
      // This actor already dropped the offer past its deadline; the router's word on the miss still counts.
      const record = this.store.save({ ...this.store.record!, lapsed: lapsed.filter((id) => id !== conversationId) });
      if (setUnavailable && reason === "expired" && Object.values(record.availability).includes("available")) {
        this.setAvailability("unavailable", undefined, MISSED_OFFER_NOTICE);
      }
      return this.store.load;
    }
    if (slot?.kind === "offer") {
      this.store.remove(conversationId);
      this.push({ v: 1, type: "offer_withdrawn", conversationId, reason, message: WITHDRAWN_MESSAGES[reason] });
      const record = this.store.record;
      if (record) {
        if (setUnavailable) {
          this.setAvailability("unavailable", undefined, MISSED_OFFER_NOTICE);
        } else {
          this.syncRouters(record, record.spaceIds.filter((s) => s !== slot.spaceId));
        }
      }
    }
    return this.store.load;
  }

  /** The agent accepts an offer: the space's router decides whether it still stands. Only a held offer can be accepted. */
  async accept(conversationId: string): Promise<OfferAnswer> {
    const slot = this.store.slot(conversationId);
    if (slot?.kind === "active") return { ok: false, code: "taken", message: "You already have this conversation." };
    const record = this.requireRecord();
    if (!slot) {
      // No offer held here (expired, withdrawn, never made): the router only explains why.
      const spaceId = await this.lastKnownSpace(conversationId);
      if (!spaceId) return { ok: false, code: "not_offered", message: "This conversation was not offered to you, or the offer is gone." };
      return this.router(spaceId).refusal(conversationId, record.agentId);
    }
    let answer: OfferAnswer;
    try {
      answer = await this.router(slot.spaceId).accept(conversationId, record.agentId);
    } catch {
      return { ok: false, code: "failed", message: "Routing did not answer; your offer still stands. Try again in a moment." };
    }
    if (!answer.ok) {
      // A second accept of an offer this agent already took keeps the slot (now active); any other refusal frees it.
      if (answer.code === "already_accepted") this.store.putActive(conversationId, slot.spaceId);
      else if (this.store.slot(conversationId)?.kind === "offer") this.store.remove(conversationId);
      return answer;
    }
    this.store.putActive(conversationId, slot.spaceId);
    this.push({ v: 1, type: "assigned", conversationId, spaceId: slot.spaceId });
    this.syncRouters(record, record.spaceIds.filter((s) => s !== slot.spaceId));
    return answer;
  }

  /** The agent declines: the router offers the conversation to the next eligible agent at once. */
  async decline(conversationId: string, reason?: string): Promise<OfferAnswer> {
    const slot = this.store.slot(conversationId);
    const spaceId = slot?.spaceId ?? (await this.lastKnownSpace(conversationId));
    if (!spaceId || slot?.kind === "active") {
      return { ok: false, code: "not_offered", message: "There is no pending offer of this conversation for you." };
    }
    const record = this.requireRecord();
    if (slot) {
      this.store.remove(conversationId);
      this.push({ v: 1, type: "offer_withdrawn", conversationId, reason: "declined", message: WITHDRAWN_MESSAGES.declined });
    }
    const answer = await this.router(spaceId).decline(conversationId, record.agentId, reason ?? null, this.snapshot(this.store.record, spaceId));
    this.syncRouters(record, record.spaceIds.filter((s) => s !== spaceId));
    return answer;
  }

  /** A conversation the agent had closed: its slot is free again. */
  conversationEnded(conversationId: string): void {
    const slot = this.store.remove(conversationId);
    if (!slot) return;
    this.push({ v: 1, type: "conversation_ended", conversationId });
    const record = this.store.record;
    if (record) this.syncRouters(record, record.spaceIds);
  }

  /** Where a conversation was offered, when this actor no longer holds the slot (e.g. it expired). */
  private async lastKnownSpace(conversationId: string): Promise<string | null> {
    const row = this.ctx.storage.sql
      .exec<{ value: string }>(`SELECT value FROM meta WHERE key = ?`, `space:${conversationId}`)
      .toArray()[0];
    return row?.value ?? null;
  }

  watching(conversationId: string): void {
    this.store.watch(conversationId);
  }

  /** Sign-out or lost access: every socket the agent has open closes (console tabs and conversations). */
  async revokeSockets(agentId: string): Promise<void> {
    for (const ws of this.ctx.getWebSockets()) {
      try {
        ws.close(4001, "Your session ended. Sign in again.");
      } catch {
        /* already closed */
      }
    }
    await Promise.all(
      this.store.takeWatched().map((id) =>
        this.env.CONVERSATION.get(this.env.CONVERSATION.idFromName(id))
          .revokeAgent(agentId)
          .catch(() => undefined),
      ),
    );
  }

  // ── Console sockets ─────────────────────────────────────────────────────────────────────────────
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") return new Response("Expected a WebSocket upgrade.", { status: 426 });
    const identity = JSON.parse(request.headers.get("x-parley-agent") ?? "null") as AgentIdentity | null;
    if (!identity) return new Response("Forbidden", { status: 403 });
    this.identify(identity);
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1]);
    this.deadlines.clear("disconnect");
    const record = this.requireRecord();
    if (!record.connected) {
      const next = this.store.save({ ...record, connected: true });
      this.syncRouters(next, next.spaceIds);
    }
    pair[1].send(JSON.stringify({ v: 1, type: "status", status: this.status() } satisfies ConsoleFrame));
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    // The console's socket is for pushing; a client may ask for the current status again.
    if (message === "status") ws.send(JSON.stringify({ v: 1, type: "status", status: this.status() } satisfies ConsoleFrame));
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    try {
      ws.close(code === 1005 ? 1000 : code, reason);
    } catch {
      /* already closed */
    }
    const open = this.ctx.getWebSockets().filter((s) => s !== ws && s.readyState === WebSocket.OPEN);
    const record = this.store.record;
    if (open.length === 0 && record?.connected) this.deadlines.set("disconnect", Date.now() + record.graceMs);
  }

  override async webSocketError(ws: WebSocket): Promise<void> {
    await this.webSocketClose(ws, 1011, "error");
  }

  // ── Alarm: disconnect grace, stale offers, router sync retries ──────────────────────────────────
  override async alarm(): Promise<void> {
    this.deadlines.fired();
    const now = Date.now();
    const record = this.store.record;
    const disconnectAt = this.deadlines.get("disconnect");
    if (record && disconnectAt !== null && disconnectAt <= now) {
      this.deadlines.clear("disconnect");
      if (this.ctx.getWebSockets().length === 0 && record.connected) {
        const next = this.store.save({ ...record, connected: false });
        this.dropOffers(() => true, "withdrawn");
        this.syncRouters(next, next.spaceIds);
      }
    }
    if ((this.deadlines.get("stale_offers") ?? Infinity) <= now) {
      for (const slot of this.store.staleOffers(now, this.staleMarginMs)) {
        this.release(slot.conversationId, "expired");
        const record = this.store.record;
        if (record) this.store.save({ ...record, lapsed: [...(record.lapsed ?? []), slot.conversationId].slice(-LAPSED_KEPT) });
      }
      const next = this.store.earliestOfferExpiry();
      if (next === null) this.deadlines.clear("stale_offers");
      else this.deadlines.set("stale_offers", next + this.staleMarginMs);
    }
    const latest = this.store.record;
    if ((this.deadlines.get("sync") ?? Infinity) <= now && latest) {
      this.deadlines.clear("sync");
      this.syncRouters(latest, latest.spaceIds);
    }
    this.deadlines.arm();
  }

  // ── Helpers ─────────────────────────────────────────────────────────────────────────────────────
  private requireRecord(): AgentRecord {
    const record = this.store.record;
    if (!record) throw new Error("The agent has not opened the console yet.");
    return record;
  }

  private snapshot(record: AgentRecord | null, spaceId: string): AgentSnapshot {
    return {
      agentId: record?.agentId ?? "",
      name: record?.name ?? "",
      available: record?.availability[spaceId] === "available",
      connected: record?.connected ?? false,
      load: this.store.load,
      version: Number(this.store.nextVersion()),
    };
  }

  /** Drops pending offers (the routers re-route them when they hear the agent's new state). */
  private dropOffers(which: (slot: { spaceId: string }) => boolean, reason: ReleaseReason): void {
    for (const slot of this.store.slots("offer")) {
      if (!which(slot)) continue;
      this.store.remove(slot.conversationId);
      this.push({ v: 1, type: "offer_withdrawn", conversationId: slot.conversationId, reason: reason === "withdrawn" ? "unavailable" : reason, message: "The offer was withdrawn because you are no longer available." });
    }
  }

  private router(spaceId: string) {
    return this.env.SPACE_ROUTER.get(this.env.SPACE_ROUTER.idFromName(spaceId));
  }

  /** Tells the routers of these spaces how the agent stands there now; retried by the alarm on failure. */
  private syncRouters(record: AgentRecord, spaceIds: string[]): void {
    const updates = [...new Set(spaceIds)].map((spaceId) => {
      const member = record.spaceIds.includes(spaceId);
      return this.router(spaceId).agentChanged(spaceId, member ? this.snapshot(record, spaceId) : null, record.agentId);
    });
    this.ctx.waitUntil(
      Promise.all(updates).catch(() => {
        this.deadlines.set("sync", Date.now() + 1000);
      }),
    );
  }

  private push(frame: ConsoleFrame): void {
    if (frame.type === "offer") {
      this.ctx.storage.sql.exec(`INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)`, `space:${frame.offer.packet.conversationId}`, frame.offer.packet.spaceId);
    }
    const data = JSON.stringify(frame);
    for (const ws of this.ctx.getWebSockets()) {
      try {
        ws.send(data);
      } catch {
        /* closed meanwhile */
      }
    }
  }
}
