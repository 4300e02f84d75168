/** The router's small facts: the space's configuration, the capacity epoch, a tick for fairness, recent waits. */
import type { SpaceConfig } from "../contracts";

export class RouterMeta {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
  }

  private get(key: string): string | null {
    return this.sql.exec<{ value: string }>(`SELECT value FROM meta WHERE key = ?`, key).toArray()[0]?.value ?? null;
  }
  private set(key: string, value: string): void {
    this.sql.exec(`INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)`, key, value);
  }

  get config(): SpaceConfig | null {
    const raw = this.get("config");
    if (!raw) return null;
    const config = JSON.parse(raw) as SpaceConfig;
    return { ...config, hours: config.hours ?? null };
  }
  set config(config: SpaceConfig) {
    this.set("config", JSON.stringify(config));
  }

  /** Bumped whenever capacity appears; a conversation that exhausted a round starts a new one after it. */
  get epoch(): number {
    return Number(this.get("epoch") ?? 0);
  }
  bumpEpoch(): void {
    this.set("epoch", String(this.epoch + 1));
  }

  /** A strictly increasing stamp for "offered or assigned least recently" (clock ticks can tie). */
  nextTick(): number {
    const tick = Number(this.get("tick") ?? 0) + 1;
    this.set("tick", String(tick));
    return tick;
  }

  /** Recent waits (enqueue to accept, ms), newest last, at most 50: the basis of the customer's estimate. */
  recordWait(ms: number): void {
    const waits = this.recentWaits();
    waits.push(Math.max(0, Math.round(ms)));
    this.set("waits", JSON.stringify(waits.slice(-50)));
  }

  recentWaits(): number[] {
    return JSON.parse(this.get("waits") ?? "[]") as number[];
  }
}
