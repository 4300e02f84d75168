/**
 * The conversation's one alarm, without a deadlines table: what is due (idle close, the work item's next
 * write, a routing retry, the AI's safety net) is worked out from the conversation's own state when the
 * alarm fires. Here only the alarm's time is kept, so moving it costs a storage call only when it must
 * come earlier — never a row written per message.
 */
export class Wake {
  /** Where the alarm points (null: none), as read once at wake and kept in step since. */
  private armedAt: number | null = null;

  constructor(private readonly storage: DurableObjectStorage) {}

  /** Call once, inside the constructor's initialisation. */
  async load(): Promise<void> {
    this.armedAt = await this.storage.getAlarm();
  }

  /** Makes the alarm fire no later than `at`. */
  noLaterThan(at: number): void {
    if (this.armedAt !== null && this.armedAt <= at) return;
    this.armedAt = at;
    void this.storage.setAlarm(at);
  }

  /** Points the alarm at `at` exactly (null: no alarm). */
  set(at: number | null): void {
    if (at === this.armedAt) return;
    this.armedAt = at;
    if (at === null) void this.storage.deleteAlarm();
    else void this.storage.setAlarm(at);
  }

  /** Call first thing in `alarm()`: the alarm that was set has fired. */
  fired(): void {
    this.armedAt = null;
  }

  get at(): number | null {
    return this.armedAt;
  }
}
