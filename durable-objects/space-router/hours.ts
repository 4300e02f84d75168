/**
 * A space's business hours: a weekly schedule in the space's time zone. Local times are read with the
 * platform's Intl (IANA zones, daylight saving included); a local opening time becomes an instant by the
 * zone's offset at that moment.
 */
import type { BusinessHours } from "../contracts";

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const DAY_MS = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();

interface Local {
  year: number;
  month: number;
  day: number;
  weekday: number;
  minutes: number;
}

function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", weekday: "short", hour: "numeric", minute: "numeric" });
    formats.set(timeZone, f);
  }
  return f;
}

function local(at: number, timeZone: string): Local {
  const parts = Object.fromEntries(format(timeZone).formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS[parts.weekday ?? "Sun"] ?? 0,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** How far the zone's clock is ahead of UTC at `at`, in ms (whole minutes). */
function offset(at: number, timeZone: string): number {
  const l = local(at, timeZone);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, Math.floor(l.minutes / 60), l.minutes % 60);
  return asUtc - Math.floor(at / 60_000) * 60_000;
}

/** The instant at which the zone's clock shows this local date and time. */
function instant(year: number, month: number, day: number, minutes: number, timeZone: string): number {
  const asUtc = Date.UTC(year, month - 1, day, Math.floor(minutes / 60), minutes % 60);
  const guess = asUtc - offset(asUtc, timeZone);
  return asUtc - offset(guess, timeZone);
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether the space is open at `at` (no schedule: always). */
export function isOpen(hours: BusinessHours | null, at: number): boolean {
  if (!hours) return true;
  const l = local(at, hours.timeZone);
  return hours.days.some((d) => d.day === l.weekday && toMinutes(d.open) <= l.minutes && l.minutes < toMinutes(d.close));
}

/** The next instant, from `at` on, at which the schedule opens or closes (null: it never changes). */
export function nextChange(hours: BusinessHours | null, at: number): number | null {
  if (!hours || hours.days.length === 0) return null;
  const today = local(at, hours.timeZone);
  let best: number | null = null;
  for (let i = 0; i <= 7; i++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day) + i * DAY_MS);
    const weekday = (today.weekday + i) % 7;
    for (const d of hours.days) {
      if (d.day !== weekday) continue;
      for (const time of [d.open, d.close]) {
        const when = instant(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), toMinutes(time), hours.timeZone);
        if (when > at && (best === null || when < best)) best = when;
      }
    }
    if (best !== null && i >= 1) break;
  }
  return best;
}

/** When the space opens next (null: open now, or never). */
export function nextOpening(hours: BusinessHours | null, at: number): number | null {
  if (isOpen(hours, at)) return null;
  let t = at;
  for (let i = 0; i < 32; i++) {
    const change = nextChange(hours, t);
    if (change === null) return null;
    if (isOpen(hours, change)) return change;
    t = change;
  }
  return null;
}
