/**
 * The conversation's two projectors, each with its own cursor in storage, run at once after a change and
 * retried by the one alarm:
 * - routing: events become reports to the space's router (enter the line, left, ended), in order;
 * - work item: events and messages become one D1 batch — at once (well, within half a second) after a
 *   change of state, and at most every COUNT_INTERVAL_MS (plus the conversation's share of COUNT_SPREAD_MS)
 *   when only messages were added.
 * The chat never waits on either: a message costs no row here, only maybe moving the alarm earlier.
 */
import type { HandoffPacket } from "../../protocol/console";
import type { EnqueueAnswer } from "../contracts";
import type { Env } from "../env";
import type { Diagnostics } from "./diagnostics";
import { deliver, reportsFor } from "./routing-projection";
import { packetOf, PACKET_RECENT } from "./packet";
import { reduce, type ConversationSnapshot } from "./state";
import type { ConversationStore } from "./store";
import type { Wake } from "./wake";
import { workItemStatements } from "./work-item-projection";
import { database } from "../../worker/db/client";
import { runBatch } from "../../worker/work-items/store";
import { errorForLog } from "../../worker/http/log-error";

/** How soon after a change of state the work item is written (changes that come together go in one batch). */
const STATE_DELAY_MS = 500;
/** How often, at most, the work item follows the message count alone. */
export const COUNT_INTERVAL_MS = 30_000;
/**
 * Each conversation waits its own share of this on top (from its id), so conversations started together do
 * not write their counts in the same instant every interval (a burst of D1 writes that queues messages).
 */
export const COUNT_SPREAD_MS = 15_000;
const MAX_BACKOFF_MS = 60_000;

export interface ProjectorHooks {
  /** The router's word on entering the line. */
  entered(answer: EnqueueAnswer): void;
}

export class Projectors {
  private routing: Promise<void> | null = null;
  private routingFailures = 0;
  private routingRetryAt: number | null = null;
  private workItemFailures = 0;
  private workItemRetryAt: number | null = null;
  /** When the work item was last written (from its cursor, read once). */
  private writtenAt: number | null = null;
  private dirtySince: number | null = null;
  private countEvery: number | null = null;

  constructor(
    private readonly store: ConversationStore,
    private readonly env: Env,
    private readonly wake: Wake,
    private readonly diagnostics: Diagnostics,
    private readonly hooks: ProjectorHooks,
  ) {}

  /** This conversation's count interval: COUNT_INTERVAL_MS and its share of COUNT_SPREAD_MS (read once). */
  private get countIntervalMs(): number {
    if (this.countEvery === null) {
      let hash = 0;
      for (const ch of this.store.snapshot?.id ?? "") hash = (hash * 31 + ch.charCodeAt(0)) | 0;
      this.countEvery = COUNT_INTERVAL_MS + (Math.abs(hash) % COUNT_SPREAD_MS);
    }
    return this.countEvery;
  }

  /** A message was stored: the work item follows its count within the count interval. */
  messagesChanged(): void {
    this.writtenAt ??= this.store.cursor("work_item").at;
    this.wake.noLaterThan(Math.max(Date.now() + STATE_DELAY_MS, this.writtenAt + this.countIntervalMs));
  }

  /** An event was recorded: the router hears it now, the work item shortly. */
  eventsChanged(waitUntil: (p: Promise<unknown>) => void): void {
    this.dirtySince ??= Date.now();
    this.wake.noLaterThan(this.dirtySince + STATE_DELAY_MS);
    // After the current handler's synchronous writes (the event's messages), not in the middle of them.
    waitUntil(Promise.resolve().then(() => this.runRouting()));
  }

  /** The customer wrote while waiting: the router (and the console showing the offer) gets the newer packet. */
  refreshPacket(packet: () => HandoffPacket | null): void {
    const p = packet();
    if (!p) return;
    this.env.SPACE_ROUTER.get(this.env.SPACE_ROUTER.idFromName(p.spaceId))
      .refresh(p)
      .catch((err: Error) => console.warn(`conversation ${p.conversationId}: the offer's packet was not refreshed (${err.message})`));
  }

  /** Both projectors, as far as they are due (the alarm). */
  async run(): Promise<void> {
    await this.runRouting();
    await this.runWorkItem();
  }

  /** When the alarm should run them next (null: nothing pending). */
  nextDue(): number | null {
    const due: number[] = [];
    if (this.routingRetryAt !== null) due.push(this.routingRetryAt);
    const cursor = this.store.cursor("work_item");
    if (cursor.eventSeq < this.store.lastEventSeq) due.push(this.workItemRetryAt ?? (this.dirtySince ?? Date.now()) + STATE_DELAY_MS);
    else if (cursor.messageSeq < this.store.lastSeq) due.push(this.workItemRetryAt ?? cursor.at + this.countIntervalMs);
    return due.length > 0 ? Math.min(...due) : null;
  }

  // ── Routing ─────────────────────────────────────────────────────────────────────────────────────
  private runRouting(): Promise<void> {
    this.routing ??= this.deliverRouting().finally(() => (this.routing = null));
    return this.routing;
  }

  private async deliverRouting(): Promise<void> {
    const cursor = this.store.cursor("routing");
    if (cursor.eventSeq >= this.store.lastEventSeq) return;
    const events = this.store.eventsAfter(0, 10_000);
    let before: ConversationSnapshot | null = null;
    try {
      for (const { seq, event } of events) {
        const after = reduce(before, event);
        if (seq > cursor.eventSeq) {
          const snapshot = after;
          for (const report of reportsFor(event, before, after, () => packetOf(snapshot, this.store.recent(PACKET_RECENT), this.store.firstCustomerMessage()))) {
            const answer = await deliver(this.env, this.store.snapshot!, report);
            // Only the answer to the line the conversation is in now counts (it may have closed meanwhile).
            if (answer && this.store.snapshot?.state === "waiting") this.hooks.entered(answer);
          }
          this.store.setCursor("routing", { eventSeq: seq, messageSeq: 0, at: Date.now() });
        }
        before = after;
      }
      this.routingFailures = 0;
      this.routingRetryAt = null;
    } catch (err) {
      this.routingFailures += 1;
      const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(this.routingFailures - 1, 6));
      this.routingRetryAt = Date.now() + delay;
      this.wake.noLaterThan(this.routingRetryAt);
      console.warn(`conversation ${this.store.snapshot?.id}: the router did not hear it yet (${(err as Error).message}); retrying in ${delay} ms`);
    }
  }

  // ── Work item ───────────────────────────────────────────────────────────────────────────────────
  private async runWorkItem(): Promise<void> {
    const s = this.store.snapshot;
    if (!s) return;
    const cursor = this.store.cursor("work_item");
    const lastEventSeq = this.store.lastEventSeq;
    const lastSeq = this.store.lastSeq;
    const now = Date.now();
    const eventsDue = cursor.eventSeq < lastEventSeq;
    const countDue = cursor.messageSeq < lastSeq && cursor.at + this.countIntervalMs <= now;
    if (!eventsDue && !countDue) return;
    try {
      const needKey = s.workItemKey === null;
      const statements = await workItemStatements(
        this.env.DB,
        {
          snapshot: s,
          events: this.store.eventsAfter(0, 10_000),
          afterEventSeq: cursor.eventSeq,
          notes: this.store.notesAfter(cursor.messageSeq),
          messageCount: this.store.messageCount(),
          lastMessageSeq: lastSeq,
          summary: this.store.firstCustomerMessage(),
          aiPortion: (until) => this.store.aiPortion(until),
          transcript: () => this.store.after(0, { notes: false }),
        },
        needKey,
      );
      const results = await runBatch(database(this.env.DB), statements);
      this.diagnostics.d1(statements.length);
      const key = needKey ? (results.at(-1) as { key: string }[] | undefined)?.[0]?.key : null;
      if (key) this.store.record({ type: "key", workItemKey: key, at: Date.now() });
      // The key event writes nothing to D1: the cursor passes it too.
      this.store.setCursor("work_item", { eventSeq: key ? this.store.lastEventSeq : lastEventSeq, messageSeq: lastSeq, at: Date.now() });
      this.writtenAt = Date.now();
      this.dirtySince = null;
      this.workItemFailures = 0;
      this.workItemRetryAt = null;
    } catch (err) {
      this.workItemFailures += 1;
      const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(this.workItemFailures - 1, 6));
      this.workItemRetryAt = Date.now() + delay;
      this.wake.noLaterThan(this.workItemRetryAt);
      // Logged by statement name and D1's word, never the values (customer text) bound to it.
      const logged = errorForLog(err);
      console.warn(`conversation ${s.id}: work item not written to D1 yet (${logged.statement ?? logged.error}: ${logged.cause ?? logged.message}); retrying in ${delay} ms`);
    }
  }
}
