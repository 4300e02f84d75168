import { DurableObject } from "cloudflare:workers";
import type { HandoffPacket, RoutingDecision } from "../protocol/console";
import type { Away } from "../protocol/conversation";
import {
  refuse,
  type AgentSnapshot,
  type Answer,
  type AssignedHow,
  type EnqueueAnswer,
  type EnqueueRequest,
  type Lease,
  type ReleaseReason,
  type SpaceConfig,
  type TransferNote,
  type WaitingInfo,
} from "./contracts";
import type { Env } from "./env";
import { Agents } from "./space-router/agents";
import { DECISION_RETENTION_MS, Decisions } from "./space-router/decisions";
import { isOpen, nextChange, nextOpening } from "./space-router/hours";
import { Line, type LineRow } from "./space-router/line";
import { RouterMeta } from "./space-router/meta";

/** How many conversations one pump looks at, and how many at the head of the line hear their position. */
const PUMP_LIMIT = 50;
const POSITION_UPDATES = 25;
/** An offer's lease at the agent lapses this long after the router's own deadline (if the router never answered). */
const LEASE_MARGIN_MS = 10_000;
/** Pruning waits at least this long between runs, so an alarm never spins on decisions about to age out. */
const PRUNE_SLACK_MS = 3_600_000;

type Who = { id: string; name: string };

/**
 * One space's router: the line of waiting conversations in arrival order, every offer (to whom, until when,
 * one alarm for all deadlines), who took which conversation, the space's agents as their actors report
 * them, and the routing log. Every way a conversation reaches an agent commits here, at one point, before
 * any call goes out: accept, decline, expiry, take, transfer, reassignment. Per event it does a few indexed
 * lookups, never a scan of all agents or all waiting conversations, and never a D1 round trip.
 */
export class SpaceRouter extends DurableObject<Env> {
  private readonly meta: RouterMeta;
  private readonly line: Line;
  private readonly agents: Agents;
  private readonly decisions: Decisions;
  private pumping = false;
  private pumpAgain = false;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.meta = new RouterMeta(ctx.storage.sql);
    this.line = new Line(ctx.storage.sql);
    this.agents = new Agents(ctx.storage.sql);
    this.decisions = new Decisions(ctx.storage.sql);
    // An offer deadline that passed while the runtime was down fires no alarm (workerd#3138): re-arm on wake.
    ctx.blockConcurrencyWhile(async () => {
      const alarm = await ctx.storage.getAlarm();
      if (alarm === null || alarm < Date.now()) this.armAlarm();
    });
  }

  // ── Settings ────────────────────────────────────────────────────────────────────────────────────
  configure(config: SpaceConfig): void {
    this.meta.config = config;
    this.armAlarm();
    this.kick();
  }

  // ── Conversations report ────────────────────────────────────────────────────────────────────────
  /** A conversation enters the line (idempotent). Outside business hours, one that can go on with the AI is not queued. */
  async enqueue(request: EnqueueRequest): Promise<EnqueueAnswer> {
    // The conversation's settings are a snapshot from its start: they never override what an admin set since.
    const config = this.meta.config ?? (this.meta.config = { ...request.config, hours: null });
    const conversationId = request.packet.conversationId;
    const now = Date.now();
    if (!request.canWaitOutsideHours && !this.line.get(conversationId) && !isOpen(config.hours, now)) {
      this.decisions.log(conversationId, { kind: "outside_hours", agentId: null, note: "Outside the space's business hours: the customer may leave an email; the AI goes on.", considered: [] });
      return { queued: false, away: { reason: "outside_hours", backAt: nextOpening(config.hours, now) } };
    }
    const entered = this.line.enqueue(request.packet);
    if (entered) this.line.unassign(conversationId); // back from an agent who left the space
    await this.pump();
    const row = this.line.get(conversationId);
    if (entered && row && !row.offeredTo) this.explainWait(row);
    return { queued: true, ...this.waitingInfo(conversationId) };
  }

  /** The customer wrote more while waiting: the packet, and the offer on every console of its agent, show it. */
  async refresh(packet: HandoffPacket): Promise<void> {
    const row = this.line.refreshPacket(packet);
    if (!row?.offeredTo || row.expiresAt === null || row.offeredAt === null) return;
    await this.agentStub(row.offeredTo).updateOffer(this.leaseFor(row, row.offeredAt, row.expiresAt));
  }

  /** The conversation left the line (closed while waiting, or moved to another space): its offer, if any, is withdrawn. */
  async left(conversationId: string): Promise<void> {
    const row = this.line.leave(conversationId);
    this.line.unassign(conversationId);
    if (!row) return;
    this.decisions.log(conversationId, { kind: "left_line", agentId: row.offeredTo, note: "The conversation closed while waiting.", considered: [] });
    this.armAlarm();
    if (row.offeredTo) await this.release(row.offeredTo, conversationId, "customer_left");
    await this.pump();
  }

  /** A conversation an agent had ended: their lease is free again. */
  async ended(conversationId: string): Promise<void> {
    const agent = this.line.unassign(conversationId);
    if (!agent) return;
    await this.release(agent.id, conversationId, "ended");
    // A slot is free: whoever waits may be offered to them now.
    this.meta.bumpEpoch();
    await this.pump();
  }

  explain(conversationId: string): RoutingDecision[] {
    return this.decisions.of(conversationId);
  }

  /** Where a waiting conversation stands: its place, roughly how long, and whether the team is away. */
  waitingInfo(conversationId: string): WaitingInfo {
    const position = this.line.position(conversationId);
    return { position, estimateSeconds: position === null ? null : this.estimate(position), away: this.away() };
  }

  // ── Agents report ───────────────────────────────────────────────────────────────────────────────
  /** The agent's actor reports how the agent stands (null: no longer a member of the space). */
  async agentChanged(spaceId: string, snapshot: AgentSnapshot | null, agentId: string): Promise<void> {
    const config = this.meta.config;
    if (config && config.spaceId !== spaceId) return;
    const before = this.agents.get(agentId);
    if (snapshot && before && before.version >= snapshot.version) return; // an older report arriving late
    if (!snapshot) this.agents.remove(agentId);
    else this.agents.upsert(snapshot);
    const gone = !snapshot || !snapshot.available || !snapshot.connected;
    if (gone) {
      // The agent's actor has dropped these offers itself: re-route them at once.
      const reason = !snapshot ? "The agent left the space." : !snapshot.available ? "The agent became unavailable." : "The agent disconnected.";
      for (const row of this.line.offersTo(agentId)) this.withdraw(row, reason);
    }
    const moreCapacity = snapshot !== null && snapshot.available && snapshot.connected && (!before || !before.available || !before.connected || snapshot.load < before.load);
    if (moreCapacity) this.meta.bumpEpoch();
    if (gone || moreCapacity) await this.pump();
  }

  /**
   * An agent left the space: offers to them are withdrawn (reason `removed`), their transfers cancelled, and
   * the conversations they had here go back to the line. Answers those conversations.
   */
  async memberRemoved(agentId: string): Promise<string[]> {
    this.agents.remove(agentId);
    for (const row of this.line.offersTo(agentId)) {
      this.line.unoffer(row.conversationId);
      this.decisions.log(row.conversationId, { kind: "withdrawn", agentId, note: "removed: the agent is no longer a member of the space.", considered: [] });
    }
    for (const row of this.line.transfersFrom(agentId)) this.line.leave(row.conversationId);
    const returned = this.line.assignedTo(agentId);
    for (const conversationId of returned) {
      this.line.unassign(conversationId);
      this.decisions.log(conversationId, { kind: "returned", agentId, note: "The agent left the space: back to the line.", considered: [] });
    }
    this.armAlarm();
    await Promise.all(returned.map((id) => this.conversation(id).unassign(agentId, "The agent is no longer a member of this space.").catch(() => undefined)));
    await Promise.all(returned.map((id) => this.release(agentId, id, "removed")));
    await this.pump();
    return returned;
  }

  /** Who the router knows in the space and whether each could be offered a conversation now (at `cap`). */
  team(cap: number): ReturnType<Agents["roster"]> {
    return this.agents.roster(cap);
  }

  // ── Commits: accept, decline, take, transfer, reassign ──────────────────────────────────────────
  /** The agent accepts: exactly one accept wins, and never one after the offer expired. */
  async accept(conversationId: string, agent: Who): Promise<Answer> {
    const row = this.line.get(conversationId);
    if (!row || row.offeredTo !== agent.id) return this.noOffer(conversationId, agent.id);
    if (row.expiresAt !== null && row.expiresAt <= Date.now()) {
      await this.expire([row]);
      return refuse("expired", "This offer expired before you accepted it; it went to the next agent.");
    }
    // Commit before any await: an expiry or a second accept that runs meanwhile finds no offer.
    this.commit(row, agent, "accepted", null);
    return this.handOver(row.conversationId, agent, row.transfer ? "transfer" : "offer", { restore: row });
  }

  async decline(conversationId: string, agentId: string, reason: string | null): Promise<Answer> {
    const row = this.line.get(conversationId);
    if (!row || row.offeredTo !== agentId) return this.noOffer(conversationId, agentId);
    this.line.unoffer(conversationId);
    this.passedOver(row, agentId, "declined");
    this.decisions.log(conversationId, { kind: "declined", agentId, note: reason, considered: [] });
    this.armAlarm();
    await this.release(agentId, conversationId, "declined");
    if (row.transfer?.toAgentId) await this.transferFailed(row, `${this.agents.get(agentId)?.name ?? "The agent"} declined the transfer${reason ? `: ${reason}${/[.!?]$/.test(reason) ? "" : "."}` : "."}`);
    await this.pump();
    return { ok: true };
  }

  /** An available member takes a waiting conversation from the line (an offer to someone else is withdrawn). */
  async take(conversationId: string, agent: Who): Promise<Answer> {
    const row = this.line.get(conversationId);
    if (!row || row.transfer) return this.noOffer(conversationId, agent.id, "taken");
    const config = this.meta.config!;
    if (row.offeredTo !== agent.id) {
      const reserved = await this.agentStub(agent.id).reserve({ conversationId, spaceId: config.spaceId, expiresAt: null, offer: null }, config.cap);
      if (!reserved.ok) return refuse(reserved.code, reserved.code === "not_member" ? "You are not a member of this space." : reserved.message);
    }
    // Someone accepted or took it while the slot was being reserved: exactly one wins.
    const still = this.line.get(conversationId);
    if (!still) {
      await this.release(agent.id, conversationId, "taken");
      return this.noOffer(conversationId, agent.id, "taken");
    }
    this.commit(still, agent, "taken", still.offeredTo && still.offeredTo !== agent.id ? `Withdrawn from ${this.agents.get(still.offeredTo)?.name ?? "another agent"}: taken.` : null);
    if (still.offeredTo && still.offeredTo !== agent.id) {
      this.decisions.log(conversationId, { kind: "withdrawn", agentId: still.offeredTo, note: "taken", considered: [] });
      await this.release(still.offeredTo, conversationId, "taken");
    }
    return this.handOver(conversationId, agent, "take", { restore: still });
  }

  /**
   * The assignee hands the conversation on, with a note: offered to one agent (who must be eligible now) or
   * to the space's best eligible agent. Until someone accepts, the assignee keeps it; a decline or expiry
   * ends the transfer and the assignee is told.
   */
  async transfer(request: { packet: HandoffPacket; config: Omit<SpaceConfig, "hours">; transfer: TransferNote; waitingFor: string }): Promise<Answer> {
    const config = this.meta.config ?? (this.meta.config = { ...request.config, hours: null });
    const conversationId = request.packet.conversationId;
    if (this.line.get(conversationId)) return refuse("not_waiting", "This conversation is already being transferred or is waiting in this space.");
    const target = request.transfer.toAgentId;
    if (target) {
      const known = this.agents.get(target);
      // The Worker checked membership: a member the router never heard from has not opened the console since joining.
      if (!known) return refuse("disconnected", `${request.waitingFor} has no console open right now.`);
      if (!known.available) return refuse("unavailable", `${known.name} is not available right now.`);
      if (!known.connected) return refuse("disconnected", `${known.name} has no console open right now.`);
      if (known.load >= config.cap) return refuse("at_cap", `${known.name} is at the limit of ${config.cap} conversations.`);
    } else if (!this.agents.pick(conversationId, 1, config.cap, null, request.transfer.from.id)) {
      return refuse("unavailable", "Nobody in that space can take a conversation right now.");
    }
    this.line.enqueue(request.packet, request.transfer, Date.now());
    this.decisions.log(conversationId, {
      kind: "transfer_requested",
      agentId: target,
      note: `From ${request.transfer.from.name}${request.transfer.note ? `: ${request.transfer.note}` : ""}`,
      considered: [],
    });
    await this.pump();
    const row = this.line.get(conversationId);
    if (!row?.offeredTo) {
      this.line.leave(conversationId);
      return refuse("unavailable", target ? "That agent could not be offered the conversation right now." : "Nobody in that space can take a conversation right now.");
    }
    // The transcript keeps whom it waits for (an internal line), so every console of the assignee says so, reloads included.
    await this.conversation(conversationId).transferRequested(request.transfer.from, request.waitingFor).catch(() => undefined);
    return { ok: true };
  }

  /** An admin gives the conversation to an agent, waiting or assigned: the cap holds, availability need not. */
  async reassign(conversationId: string, to: Who, current: Who | null): Promise<Answer> {
    const config = this.meta.config!;
    const reserved = await this.agentStub(to.id).reserve({ conversationId, spaceId: config.spaceId, expiresAt: null, offer: null }, config.cap, { needsAvailability: false });
    if (!reserved.ok) return refuse(reserved.code, reserved.message);
    const row = this.line.get(conversationId);
    const holder = this.line.assignee(conversationId) ?? current;
    if (row && !row.transfer) {
      this.commit(row, to, "reassigned", "An admin assigned it.");
      if (row.offeredTo && row.offeredTo !== to.id) await this.release(row.offeredTo, conversationId, "taken");
    } else {
      if (row?.transfer) this.line.leave(conversationId);
      this.line.assign(conversationId, to);
      this.decisions.log(conversationId, { kind: "reassigned", agentId: to.id, note: holder ? `From ${holder.name}, by an admin.` : "By an admin.", considered: [] });
    }
    const answer = await this.handOver(conversationId, to, "reassign", { restore: row && !row.transfer ? row : null, from: holder });
    if (answer.ok && holder && holder.id !== to.id) await this.release(holder.id, conversationId, "transferred");
    return answer;
  }

  // ── The alarm: offer deadlines, business hours, pruning ─────────────────────────────────────────
  override async alarm(): Promise<void> {
    const now = Date.now();
    await this.expire(this.line.expiredOffers(now));
    if ((this.decisions.oldest() ?? Infinity) <= now - DECISION_RETENTION_MS) this.decisions.prune(now);
    // Opening or closing time: the line is offered, and waiting customers hear whether the team is away.
    await this.pump();
    this.armAlarm();
  }

  // ── Internals ───────────────────────────────────────────────────────────────────────────────────
  /** The one commit: the conversation leaves the line and is the agent's. Synchronous: no await inside. */
  private commit(row: LineRow, agent: Who, kind: RoutingDecision["kind"], note: string | null): void {
    this.line.leave(row.conversationId);
    this.line.assign(row.conversationId, agent);
    if (!row.transfer) this.meta.recordWait(Date.now() - row.enqueuedAt);
    this.agents.touch(agent.id, this.meta.nextTick());
    this.decisions.log(row.conversationId, { kind, agentId: agent.id, note, considered: [] });
    this.armAlarm();
  }

  /**
   * After the commit: the conversation gets its agent, the agent's lease becomes theirs, the line hears its
   * new places. `restore` is the line entry to put back if the conversation cannot be reached.
   */
  private async handOver(conversationId: string, agent: Who, how: AssignedHow, options: { restore: LineRow | null; from?: Who | null }): Promise<Answer> {
    const config = this.meta.config!;
    const restore = options.restore;
    const from = options.from ?? restore?.transfer?.from ?? null;
    let assigned: Answer;
    try {
      assigned = await this.conversation(conversationId).assign(agent, { how, from, note: restore?.transfer?.note ?? null, spaceId: config.spaceId });
    } catch {
      // The conversation did not answer: it goes back to where it was rather than getting lost.
      this.line.unassign(conversationId);
      if (restore && !restore.transfer) this.line.enqueue(restore.packet, null, restore.enqueuedAt);
      this.decisions.log(conversationId, { kind: "withdrawn", agentId: agent.id, note: "The conversation did not answer; back where it was.", considered: [] });
      await this.release(agent.id, conversationId, "withdrawn");
      this.kick();
      return refuse("failed", "The conversation could not be reached; it went back to the line. Try again in a moment.");
    }
    if (!assigned.ok) {
      this.line.unassign(conversationId);
      await this.release(agent.id, conversationId, "customer_left");
      return assigned;
    }
    await this.agentStub(agent.id).confirm(conversationId, config.spaceId);
    if (how === "transfer" && from && from.id !== agent.id) await this.release(from.id, conversationId, "transferred");
    this.ctx.waitUntil(this.notifyPositions());
    return { ok: true };
  }

  /** Why there is no offer to accept, decline or take, from the router's own state. */
  private noOffer(conversationId: string, agentId: string, lost: "taken" | "not_offered" = "not_offered"): Answer {
    const holder = this.line.assignee(conversationId);
    if (holder?.id === agentId) return refuse("already_yours", "This conversation is already yours.");
    if (holder) return refuse("taken", `${holder.name} already has this conversation.`);
    const tried = this.line.lastTried(conversationId, agentId);
    if (tried === "expired") return refuse("expired", "This offer expired before you accepted it; it went to the next agent.");
    if (tried === "declined") return refuse("not_offered", "You declined this conversation; it went to the next agent.");
    if (lost === "taken") return refuse("not_waiting", "This conversation is not waiting in the line any more.");
    return refuse("not_offered", "This conversation was not offered to you, or the offer is gone.");
  }

  /** Expires offers (idempotent): next agent at once; the agent who missed one may be set unavailable. */
  private async expire(rows: LineRow[]): Promise<void> {
    const config = this.meta.config;
    const missed: LineRow[] = [];
    for (const row of rows) {
      const current = this.line.get(row.conversationId);
      if (!current || current.offeredTo !== row.offeredTo || !row.offeredTo) continue;
      this.line.unoffer(row.conversationId);
      this.passedOver(row, row.offeredTo, "expired");
      this.decisions.log(row.conversationId, { kind: "expired", agentId: row.offeredTo, note: null, considered: [] });
      const agent = this.agents.get(row.offeredTo);
      if (agent) this.agents.setLoad(row.offeredTo, Math.max(0, agent.load - 1));
      missed.push(row);
    }
    if (missed.length === 0) return;
    this.armAlarm();
    const setUnavailable = !(config?.keepAvailableOnMissedOffer ?? false);
    await Promise.all(missed.map((row) => this.release(row.offeredTo!, row.conversationId, "expired", setUnavailable)));
    for (const row of missed) if (row.transfer?.toAgentId) await this.transferFailed(row, `${this.agents.get(row.offeredTo!)?.name ?? "The agent"} did not answer the transfer in time.`);
    await this.pump();
  }

  /** A transfer that did not happen: the line forgets it and the assignee, who kept the conversation, is told. */
  private async transferFailed(row: LineRow, message: string): Promise<void> {
    if (!this.line.leave(row.conversationId)) return;
    this.decisions.log(row.conversationId, { kind: "transfer_failed", agentId: row.transfer?.toAgentId ?? null, note: message, considered: [] });
    await this.conversation(row.conversationId).transferFailed(message).catch(() => undefined);
  }

  /**
   * An offer taken back from an agent who went unavailable, disconnected or left: re-routed at once. They
   * neither declined nor missed it, so once back they may be offered it again in this round.
   */
  private withdraw(row: LineRow, reason: string): void {
    this.line.unoffer(row.conversationId);
    if (row.offeredTo) this.line.forgetTried(row.conversationId, row.offeredTo, row.round);
    this.decisions.log(row.conversationId, { kind: "withdrawn", agentId: row.offeredTo, note: reason, considered: [] });
  }

  /**
   * An agent declined or let the offer run out: tried for this round. When that was the last agent who could
   * have taken it, the round is over now, so the next change (that agent coming back too) starts a new one.
   */
  private passedOver(row: LineRow, agentId: string, outcome: "declined" | "expired"): void {
    this.line.markTried(row.conversationId, agentId, row.round, outcome);
    if (!this.agents.anyUntried(row.conversationId, row.round)) this.line.markExhausted(row.conversationId, this.meta.epoch);
  }

  private async release(agentId: string, conversationId: string, reason: ReleaseReason, setUnavailable = false): Promise<void> {
    try {
      const load = await this.agentStub(agentId).release(conversationId, reason, { setUnavailable });
      this.agents.setLoad(agentId, load);
    } catch (err) {
      // An offer's lease lapses by itself; an active one is released again when the conversation ends.
      console.warn(`router: could not release ${conversationId} at ${agentId}: ${(err as Error).message}`);
    }
  }

  private kick(): void {
    this.ctx.waitUntil(this.pump());
  }

  /** Offers transfers, then the line in arrival order, to eligible agents until one or the other runs out. One pump at a time. */
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
    const config = this.meta.config;
    if (!config) return;
    for (const row of this.line.pendingTransfers(PUMP_LIMIT)) {
      const offered = await this.offerOne(row, config, row.transfer!.toAgentId, row.transfer!.from.id);
      if (!offered) await this.transferFailed(row, row.transfer!.toAgentId ? "The agent can no longer take it." : "Nobody else in that space can take it right now.");
    }
    if (!isOpen(config.hours, Date.now())) return; // the line waits for opening time
    let looked = 0;
    for (const row of this.line.waiting(PUMP_LIMIT)) {
      if (looked++ >= PUMP_LIMIT) return;
      if (!this.agents.anyEligible(config.cap)) {
        // Nobody can take a conversation: the head of the line says why (each agent's reason), once per change.
        if (looked === 1) this.explainWait(row);
        return;
      }
      let round = row.round;
      if (row.exhaustedEpoch !== null) {
        if (row.exhaustedEpoch >= this.meta.epoch) continue; // everyone tried; wait for the next change
        round = this.line.newRound(row.conversationId);
        this.decisions.log(row.conversationId, { kind: "new_round", agentId: null, note: "Capacity changed; every agent may be offered again.", considered: [] });
      }
      await this.offerOne({ ...row, round }, config, null, null);
    }
  }

  /** Tries eligible agents for one entry, best first, until one reserves a lease or none is left; answers whether it is on offer. */
  private async offerOne(row: LineRow, config: SpaceConfig, only: string | null, except: string | null): Promise<boolean> {
    const conversationId = row.conversationId;
    for (let attempt = 0; attempt < 20; attempt++) {
      const current = this.line.get(conversationId);
      if (!current) return false;
      if (current.offeredTo) return true;
      const best = this.agents.pick(conversationId, row.round, config.cap, only, except);
      if (!best) {
        if (!only) {
          // A new round only once every available, connected member has been tried (at the cap or not).
          if (!this.agents.anyUntried(conversationId, row.round)) this.line.markExhausted(conversationId, this.meta.epoch);
          this.explainWait(current);
        }
        return false;
      }
      const considered = this.agents.considered(conversationId, row.round, config.cap);
      const offeredAt = Date.now();
      const expiresAt = offeredAt + config.offerTimeoutMs;
      let reserved;
      try {
        reserved = await this.agentStub(best.agentId).reserve(this.leaseFor(current, offeredAt, expiresAt), config.cap);
      } catch (err) {
        // The agent's actor did not answer: skip them this round (a lease it may hold lapses by itself).
        console.warn(`router: reserve at ${best.agentId} failed: ${(err as Error).message}`);
        this.line.markTried(conversationId, best.agentId, row.round, "offered");
        continue;
      }
      if (!reserved.ok) {
        if (reserved.snapshot) this.agents.upsert(reserved.snapshot);
        if (reserved.code === "at_cap") this.agents.setLoad(best.agentId, Math.max(reserved.snapshot?.load ?? 0, config.cap));
        if (reserved.code === "not_member") this.agents.remove(best.agentId);
        continue; // the mirror was stale; the next best agent
      }
      const still = this.line.get(conversationId);
      const now = this.agents.get(best.agentId);
      if (!still || still.offeredTo || (now && (!now.available || !now.connected))) {
        // The conversation left, or the agent went away, while the lease was being reserved.
        await this.release(best.agentId, conversationId, still ? "withdrawn" : "customer_left");
        if (!still) return false;
        this.line.markTried(conversationId, best.agentId, row.round, "offered");
        continue;
      }
      // One synchronous block: the offer, who was tried, the agent's load and the log commit together.
      this.line.offer(conversationId, best.agentId, offeredAt, expiresAt);
      this.line.markTried(conversationId, best.agentId, row.round, "offered");
      this.agents.setLoad(best.agentId, reserved.load);
      this.agents.touch(best.agentId, this.meta.nextTick());
      this.decisions.log(conversationId, { kind: "offered", agentId: best.agentId, note: row.transfer ? `Transfer from ${row.transfer.from.name}` : null, considered });
      this.armAlarm();
      return true;
    }
    return false;
  }

  private leaseFor(row: LineRow, offeredAt: number, expiresAt: number): Lease {
    return {
      conversationId: row.conversationId,
      spaceId: this.meta.config!.spaceId,
      expiresAt: expiresAt + LEASE_MARGIN_MS,
      offer: { packet: row.packet, offeredAt, expiresAt, transfer: row.transfer },
    };
  }

  /** Logs why a conversation waits with no offer, unless its last decision already says the same. */
  private explainWait(row: LineRow): void {
    const config = this.meta.config;
    if (!config) return;
    const considered = this.agents.considered(row.conversationId, row.round, config.cap);
    const last = this.decisions.last(row.conversationId);
    if (last?.kind === "no_eligible_agent" && JSON.stringify(last.considered) === JSON.stringify(considered)) return;
    const note = considered.length === 0 ? "Nobody in the space has opened the console yet." : "Waiting in line for the next available agent.";
    this.decisions.log(row.conversationId, { kind: "no_eligible_agent", agentId: null, note, considered });
  }

  /** Whether a waiting customer should hear that the team is away: outside business hours, or nobody available. */
  private away(): Away | null {
    const config = this.meta.config;
    const now = Date.now();
    if (config && !isOpen(config.hours, now)) return { reason: "outside_hours", backAt: nextOpening(config.hours, now) };
    return this.agents.availableCount() === 0 ? { reason: "nobody_available", backAt: null } : null;
  }

  /**
   * Roughly how long the customer at `position` will wait: the median of the space's recent waits, times the
   * position spread over the agents who are available now. Null until the space has waits to go by.
   */
  private estimate(position: number): number | null {
    const waits = this.meta.recentWaits().sort((a, b) => a - b);
    if (waits.length === 0) return null;
    const median = waits[Math.floor(waits.length / 2)]!;
    const agents = Math.max(1, this.agents.availableCount());
    return Math.round((median * Math.ceil(position / agents)) / 1000);
  }

  /** Tells the conversations at the head of the line their place, estimate and the team's presence, when that changed. */
  private async notifyPositions(): Promise<void> {
    const updates: Promise<unknown>[] = [];
    const away = this.away();
    const awayKey = away ? `${away.reason}:${away.backAt ?? ""}` : null;
    for (const [i, row] of this.line.head(POSITION_UPDATES).entries()) {
      const position = i + 1;
      if (row.notifiedPosition === position && row.notifiedAway === awayKey) continue;
      this.line.setNotified(row.conversationId, position, awayKey);
      updates.push(this.conversation(row.conversationId).setWaiting({ position, estimateSeconds: this.estimate(position), away }).catch(() => undefined));
    }
    await Promise.all(updates);
  }

  private armAlarm(): void {
    const config = this.meta.config;
    const now = Date.now();
    const candidates = [this.line.earliestExpiry(), config?.hours ? nextChange(config.hours, now) : null];
    const oldest = this.decisions.oldest();
    if (oldest !== null) candidates.push(Math.max(now + PRUNE_SLACK_MS, oldest + DECISION_RETENTION_MS));
    const at = candidates.filter((c): c is number => c !== null).reduce<number | null>((a, b) => (a === null ? b : Math.min(a, b)), null);
    if (at === null) void this.ctx.storage.deleteAlarm();
    else void this.ctx.storage.setAlarm(at);
  }

  private agentStub(agentId: string) {
    return this.env.AGENT.get(this.env.AGENT.idFromName(agentId));
  }

  private conversation(conversationId: string) {
    return this.env.CONVERSATION.get(this.env.CONVERSATION.idFromName(conversationId));
  }
}
