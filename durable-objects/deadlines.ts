/**
 * Deadlines in an actor's own SQLite table under its one alarm: the alarm points at the earliest, every
 * handler is idempotent, and on wake an actor re-arms an alarm that was missed while the runtime was down
 * (workerd#3138).
 */
export class Deadlines<Name extends string> {
  /** Where this instance last pointed the alarm; only saves redundant storage calls. */
  private armedAt: number | null | undefined;

  constructor(private readonly storage: DurableObjectStorage) {
    storage.sql.exec(`CREATE TABLE IF NOT EXISTS deadlines (name TEXT PRIMARY KEY, at INTEGER NOT NULL)`);
  }

  set(name: Name, at: number): void {
    this.storage.sql.exec(`INSERT OR REPLACE INTO deadlines (name, at) VALUES (?, ?)`, name, at);
    this.arm();
  }

  /** Moves a deadline earlier only. */
  setNoLaterThan(name: Name, at: number): void {
    this.storage.sql.exec(
      `INSERT INTO deadlines (name, at) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET at = min(at, excluded.at)`,
      name,
      at,
    );
    this.arm();
  }

  clear(name: Name): void {
    this.storage.sql.exec(`DELETE FROM deadlines WHERE name = ?`, name);
    this.arm();
  }

  get(name: Name): number | null {
    return this.storage.sql.exec<{ at: number }>(`SELECT at FROM deadlines WHERE name = ?`, name).toArray()[0]?.at ?? null;
  }

  earliest(): number | null {
    return this.storage.sql.exec<{ at: number | null }>(`SELECT min(at) AS at FROM deadlines`).one().at;
  }

  /** Points the alarm at the earliest deadline. Storage calls run in order, so the last call wins. */
  arm(): void {
    const at = this.earliest();
    if (at === this.armedAt) return;
    this.armedAt = at;
    if (at === null) void this.storage.deleteAlarm();
    else void this.storage.setAlarm(at);
  }

  /** Call first thing in `alarm()`: the alarm that pointed where we thought has fired. */
  fired(): void {
    this.armedAt = undefined;
  }

  /** Call on wake (inside blockConcurrencyWhile): re-arms an alarm lost while the runtime was down. */
  async sweep(): Promise<void> {
    if (this.earliest() === null) return;
    const alarm = await this.storage.getAlarm();
    // No alarm, or one whose time passed without firing: point it at the earliest deadline again.
    if (alarm === null || alarm < Date.now()) {
      this.armedAt = undefined;
      this.arm();
    }
  }
}
