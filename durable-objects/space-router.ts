import { DurableObject } from "cloudflare:workers";
import type { HandoffPacket, RoutingDecision } from "../protocol/console";
import type { Env } from "../worker/env";
import type { AgentSnapshot, EnqueueRequest, OfferAnswer, ReleaseReason, RoutingSettings } from "./routing-types";
import { RouterStore, type LineRow } from "./space-router/store";

/** How many conversations one pump looks at, and how many at the head of the line hear their position. */
const PUMP_LIMIT = 50;
const POSITION_UPDATES = 25;

/**
 * One space's router: the line of waiting conversations in arrival order, the space's agents with their
 * availability, connection and load, and pending offers with their deadlines under one alarm. Routing
 * itself is a few indexed lookups per event; the agent's actor confirms the cap before every offer.
 */
export class SpaceRouter extends DurableObject<Env> {
  private readonly store: RouterStore;
  private pumping = false;
  private pumpAgain = false;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new RouterStore(ctx.storage.sql);
    // An offer deadline that passed while the runtime was down fires no alarm (workerd#3138): re-arm on wake.
    ctx.blockConcurrencyWhile(async () => {
      if (this.store.earliestExpiry() === null) return;
      const alarm = await ctx.storage.getAlarm();
      if (alarm === null || alarm < Date.now()) this.armAlarm();
    });
  }

  // ── Settings ────────────────────────────────────────────────────────────────────────────────────
  configure(siteId: string, spaceId: string, settings: RoutingSettings): void {
    this.store.config = { siteId, spaceId, ...settings };
    this.kick();
  }

  // ── Conversations ───────────────────────────────────────────────────────────────────────────────
  /** A conversation enters the line (idempotent); answers its position. */
  async enqueue(request: EnqueueRequest): Promise<number | null> {
    // The conversation's settings are a snapshot from its start: they never override what an admin set since.
    if (!this.store.config) this.store.config = { siteId: request.siteId, spaceId: request.packet.spaceId, ...request.settings };
    this.store.enqueue(request.packet);
    await this.pump();
    return this.store.position(request.packet.conversationId);
  }

  /** The conversation left the line (closed while waiting): its offer, if any, is withdrawn. */
  async remove(conversationId: string): Promise<void> {
    const row = this.store.leave(conversationId);
    if (!row) return;
    this.store.log(conversationId, { kind: "left_line", agentId: row.offeredTo, note: "The conversation closed while waiting.", considered: [] });
    if (row.offeredTo) await this.releaseAt(row.offeredTo, conversationId, "customer_left");
    await this.pump();
  }

  /** The customer wrote more while waiting: offers made from now on show it. */
  refreshPacket(packet: HandoffPacket): void {
    this.store.refreshPacket(packet);
  }

  explain(conversationId: string): RoutingDecision[] {
    return this.store.decisions(conversationId);
  }

  /** Whether anyone could take a conversation now. */
  staffed(): boolean {
    const config = this.store.config;
    return this.store.anyEligible(config?.cap ?? Number.MAX_SAFE_INTEGER);
  }

  position(conversationId: string): number | null {
    return this.store.position(conversationId);
  }

  // ── Agents ──────────────────────────────────────────────────────────────────────────────────────
  /** The agent's actor reports how the agent stands (null: no longer a member of the space). */
  async agentChanged(spaceId: string, snapshot: AgentSnapshot | null, agentId: string): Promise<void> {
    const config = this.store.config;
    if (config && config.spaceId !== spaceId) return;
    const before = this.store.agent(agentId);
    if (snapshot && before && before.version >= snapshot.version) return; // an older report arriving late
    if (!snapshot) this.store.removeAgent(agentId);
    else this.store.upsertAgent(snapshot);
    const gone = !snapshot || !snapshot.available || !snapshot.connected;
    if (gone) {
      // The agent's actor has already dropped these offers: re-route them at once.
      for (const row of this.store.offersTo(agentId)) {
        this.store.unoffer(row.conversationId);
        this.store.log(row.conversationId, {
          kind: "withdrawn",
          agentId,
          note: !snapshot ? "The agent left the space." : !snapshot.available ? "The agent became unavailable." : "The agent disconnected.",
          considered: [],
        });
      }
    }
    const moreCapacity =
      snapshot !== null &&
      snapshot.available &&
      snapshot.connected &&
      (!before || !before.available || !before.connected || snapshot.load < before.load);
    if (moreCapacity) this.store.bumpEpoch();
    if (gone || moreCapacity) await this.pump();
  }

  // ── Offers ──────────────────────────────────────────────────────────────────────────────────────
  /** The agent accepts: exactly one accept wins, and never one after the offer expired. */
  async accept(conversationId: string, agentId: string): Promise<OfferAnswer> {
    const row = this.store.line(conversationId);
    if (!row || row.offeredTo !== agentId) return this.refusal(conversationId, agentId);
    if (row.expiresAt !== null && row.expiresAt <= Date.now()) {
      await this.expire([row]);
      return { ok: false, code: "expired", message: "This offer expired before you accepted it; it went to the next agent." };
    }
    // Commit before any await: an expiry or a second accept that runs meanwhile finds no offer.
    this.store.leave(conversationId);
    this.store.recordWait(Date.now() - row.enqueuedAt);
    this.store.touch(agentId);
    this.store.log(conversationId, { kind: "accepted", agentId, note: null, considered: [] });
    this.armAlarm();
    const agent = this.store.agent(agentId);
    const conversation = this.env.CONVERSATION.get(this.env.CONVERSATION.idFromName(conversationId));
    let assigned: { ok: boolean };
    try {
      assigned = await conversation.assign({ id: agentId, name: agent?.name ?? "An agent" });
    } catch {
      // The conversation did not answer: it goes back to the line rather than getting lost.
      this.store.enqueue(row.packet);
      this.store.log(conversationId, { kind: "withdrawn", agentId, note: "The conversation did not answer the accept; back in line.", considered: [] });
      this.kick();
      return { ok: false, code: "failed", message: "The conversation could not be reached; it went back to the line. Try again in a moment." };
    }
    if (!assigned.ok) {
      return { ok: false, code: "customer_left", message: "The customer left before you accepted; the conversation is closed." };
    }
    this.ctx.waitUntil(this.notifyPositions());
    return { ok: true };
  }

  async decline(conversationId: string, agentId: string, reason: string | null, snapshot: AgentSnapshot): Promise<OfferAnswer> {
    const row = this.store.line(conversationId);
    if (!row || row.offeredTo !== agentId) return this.refusal(conversationId, agentId);
    this.store.unoffer(conversationId);
    this.passedOver(conversationId, agentId, row.round);
    this.store.log(conversationId, { kind: "declined", agentId, note: reason, considered: [] });
    const known = this.store.agent(agentId);
    if (!known || known.version < snapshot.version) this.store.upsertAgent(snapshot);
    this.armAlarm();
    await this.pump();
    return { ok: true };
  }

  /** Why an accept or decline finds no offer (read-only; an accept the agent already made answers ok again). */
  refusal(conversationId: string, agentId: string): OfferAnswer {
    const last = this.store.decisions(conversationId).filter((d) => d.agentId === agentId || d.kind === "accepted").at(-1);
    if (last?.kind === "accepted" && last.agentId !== agentId) {
      return { ok: false, code: "taken", message: "Another agent already accepted this conversation." };
    }
    if (last?.kind === "accepted") return { ok: false, code: "already_accepted", message: "You already accepted this conversation." };
    if (last?.kind === "expired") return { ok: false, code: "expired", message: "This offer expired before you accepted it; it went to the next agent." };
    if (last?.kind === "left_line") return { ok: false, code: "customer_left", message: "The customer left before anyone accepted." };
    return { ok: false, code: "not_offered", message: "There is no pending offer of this conversation for you." };
  }

  // ── The alarm: offer deadlines ──────────────────────────────────────────────────────────────────
  override async alarm(): Promise<void> {
    await this.expire(this.store.expiredOffers(Date.now()));
    this.armAlarm();
  }

  /** Expires offers (idempotent): next agent at once; the agent who missed it may be set unavailable. */
  private async expire(rows: LineRow[]): Promise<void> {
    const config = this.store.config;
    const missed: { agentId: string; conversationId: string }[] = [];
    for (const row of rows) {
      const current = this.store.line(row.conversationId);
      if (!current || current.offeredTo !== row.offeredTo || !row.offeredTo) continue;
      this.store.unoffer(row.conversationId);
      this.passedOver(row.conversationId, row.offeredTo, row.round);
      this.store.log(row.conversationId, { kind: "expired", agentId: row.offeredTo, note: null, considered: [] });
      const agent = this.store.agent(row.offeredTo);
      if (agent) this.store.setLoad(row.offeredTo, Math.max(0, agent.load - 1));
      missed.push({ agentId: row.offeredTo, conversationId: row.conversationId });
    }
    if (missed.length === 0) return;
    this.armAlarm();
    const setUnavailable = !(config?.keepAvailableOnMissedOffer ?? false);
    await Promise.all(missed.map((m) => this.releaseAt(m.agentId, m.conversationId, "expired", setUnavailable)));
    await this.pump();
  }

  /**
   * An agent declined or let the offer run out: tried for this round. When that was the last agent who could
   * have taken it, the round is over now, so the next change (that agent coming back too) starts a new one,
   * whichever of "they went unavailable" and "we looked for someone else" happens first.
   */
  private passedOver(conversationId: string, agentId: string, round: number): void {
    this.store.markTried(conversationId, agentId, round);
    if (!this.store.anyUntried(conversationId, round)) this.store.markExhausted(conversationId, this.store.epoch);
  }

  private async releaseAt(agentId: string, conversationId: string, reason: ReleaseReason, setUnavailable = false): Promise<void> {
    try {
      const load = await this.env.AGENT.get(this.env.AGENT.idFromName(agentId)).release(conversationId, reason, setUnavailable);
      this.store.setLoad(agentId, load);
    } catch (err) {
      // The agent's actor frees offers past their deadline by itself.
      console.warn(`router: could not release ${conversationId} at ${agentId}: ${(err as Error).message}`);
    }
  }

  // ── Routing ─────────────────────────────────────────────────────────────────────────────────────
  private kick(): void {
    this.ctx.waitUntil(this.pump());
  }

  /** Offers waiting conversations to eligible agents until one or the other runs out. One pump at a time. */
  private async pump(): Promise<void> {
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.pumpAgain = false;
        await this.offerAround().catch((err: Error) => console.warn(`router: routing stopped early: ${err.message}`));
      } while (this.pumpAgain);
    } finally {
      this.pumping = false;
    }
    this.ctx.waitUntil(this.notifyPositions());
  }

  private async offerAround(): Promise<void> {
    const config = this.store.config;
    if (!config) return;
    let looked = 0;
    for (const row of this.store.waiting(PUMP_LIMIT)) {
      if (looked++ >= PUMP_LIMIT || !this.store.anyEligible(config.cap)) return;
      let round = row.round;
      if (row.exhaustedEpoch !== null) {
        if (row.exhaustedEpoch >= this.store.epoch) continue; // everyone tried; wait for the next change
        round = this.store.newRound(row.conversationId);
        this.store.log(row.conversationId, { kind: "new_round", agentId: null, note: "Capacity changed; every agent may be offered again.", considered: [] });
      }
      await this.offerOne(row.conversationId, round, config.cap, config.offerTimeoutMs);
    }
  }

  /** Tries eligible agents for one conversation, best first, until one reserves a slot or none is left. */
  private async offerOne(conversationId: string, round: number, cap: number, timeoutMs: number): Promise<void> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const current = this.store.line(conversationId);
      if (!current || current.offeredTo) return;
      const considered = this.store.considered(conversationId, round, cap);
      const best = this.store.pick(conversationId, round, cap);
      if (!best) {
        // A new round only once every available, connected member has been tried (at the cap or not).
        if (!this.store.anyUntried(conversationId, round)) this.store.markExhausted(conversationId, this.store.epoch);
        this.store.log(conversationId, { kind: "no_eligible_agent", agentId: null, note: "Waiting in line for the next available agent.", considered });
        return;
      }
      const offeredAt = Date.now();
      const expiresAt = offeredAt + timeoutMs;
      let reserved;
      try {
        reserved = await this.env.AGENT.get(this.env.AGENT.idFromName(best.agentId)).reserve({ packet: current.packet, offeredAt, expiresAt }, cap);
      } catch (err) {
        // The agent's actor did not answer: skip them this round (a slot it may hold is freed by its own sweep).
        console.warn(`router: reserve at ${best.agentId} failed: ${(err as Error).message}`);
        this.store.markTried(conversationId, best.agentId, round);
        continue;
      }
      if (!reserved.ok) {
        this.store.upsertAgent(reserved.snapshot);
        if (reserved.reason === "at_cap") this.store.setLoad(best.agentId, Math.max(reserved.snapshot.load, cap));
        continue; // the mirror was stale; the next best agent
      }
      const still = this.store.line(conversationId);
      if (!still || still.offeredTo) {
        // The conversation left the line while the slot was being reserved.
        await this.releaseAt(best.agentId, conversationId, "customer_left");
        return;
      }
      const now = this.store.agent(best.agentId);
      if (now && (!now.available || !now.connected)) {
        // The agent went unavailable or dropped off while the slot was being reserved.
        await this.releaseAt(best.agentId, conversationId, "withdrawn");
        this.store.markTried(conversationId, best.agentId, round);
        continue;
      }
      this.store.offer(conversationId, best.agentId, offeredAt, expiresAt);
      this.store.markTried(conversationId, best.agentId, round);
      this.store.setLoad(best.agentId, reserved.load);
      this.store.touch(best.agentId);
      this.store.log(conversationId, { kind: "offered", agentId: best.agentId, note: null, considered });
      this.armAlarm();
      return;
    }
  }

  /**
   * Roughly how long the customer at `position` will wait: the median of the space's recent waits, times the
   * position spread over the agents who are available now. Null until the space has waits to go by.
   */
  private estimate(position: number): number | null {
    const waits = this.store.recentWaits().sort((a, b) => a - b);
    if (waits.length === 0) return null;
    const median = waits[Math.floor(waits.length / 2)]!;
    const agents = Math.max(1, this.store.availableCount());
    return Math.round((median * Math.ceil(position / agents)) / 1000);
  }

  /** Tells the conversations at the head of the line their place (and an estimate) when it changed. */
  private async notifyPositions(): Promise<void> {
    const updates: Promise<unknown>[] = [];
    for (const [i, row] of this.store.head(POSITION_UPDATES).entries()) {
      const position = i + 1;
      if (row.notifiedPosition === position) continue;
      this.store.setNotifiedPosition(row.conversationId, position);
      updates.push(
        this.env.CONVERSATION.get(this.env.CONVERSATION.idFromName(row.conversationId))
          .setPosition(position, this.estimate(position))
          .catch(() => undefined),
      );
    }
    await Promise.all(updates);
  }

  private armAlarm(): void {
    const at = this.store.earliestExpiry();
    if (at === null) void this.ctx.storage.deleteAlarm();
    else void this.ctx.storage.setAlarm(at);
  }
}
