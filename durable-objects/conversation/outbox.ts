/**
 * The work-item outbox: the record's latest version plus the queued field changes and comments go to D1
 * together; on failure the caller retries with back-off. The chat never waits on this.
 */
import type { ConversationStore } from "./store";
import { keyTerms } from "../../worker/ai/text";
import { syncWorkItem } from "./work-item-sync";

export const OUTBOX_DELAY_MS = 500;
const MAX_BACKOFF_MS = 60_000;

export type FlushResult = { done: true } | { done: false; retryInMs: number };

export class WorkItemOutbox {
  private failures = 0;

  constructor(
    private readonly store: ConversationStore,
    private readonly db: D1Database,
  ) {}

  pending(): boolean {
    const record = this.store.record;
    return !!record && (record.version > this.store.syncedVersion || this.store.pendingOutbox(1).length > 0);
  }

  async flush(): Promise<FlushResult> {
    const record = this.store.record;
    if (!record || !this.pending()) return { done: true };
    const rows = this.store.pendingOutbox();
    try {
      const key = await syncWorkItem(this.db, record, rows, keyTerms);
      this.failures = 0;
      if (rows.length > 0) this.store.clearOutbox(rows.at(-1)!.id);
      this.store.syncedVersion = record.version;
      const current = this.store.record!;
      if (current.workItemKey !== key) this.store.saveRecord({ ...current, workItemKey: key }, false);
      return this.pending() ? { done: false, retryInMs: OUTBOX_DELAY_MS } : { done: true };
    } catch (err) {
      this.failures += 1;
      const retryInMs = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(this.failures - 1, 6));
      console.warn(`conversation ${record.id}: work item not written to D1 yet (${(err as Error).message}); retrying in ${retryInMs} ms`);
      return { done: false, retryInMs };
    }
  }
}
