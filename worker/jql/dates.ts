/**
 * JQL dates, in UTC: Jira's four absolute formats, relative periods ("-1d", "-2w 3d", "4h", "-30m"), epoch
 * milliseconds, and the calendar arithmetic behind startOfDay() … endOfYear() with their offsets.
 *
 * A date is a half-open range [from, to): a day written "2024-01-31" is that whole day, "2024-01-31 10:30" that
 * minute, a period or a function one instant (to = from + 1). `=` matches the range; `<`, `>`, `<=`, `>=`
 * compare with its start, as Jira does (so `created <= "2024-01-31"` ends at midnight, as in Jira).
 */

export interface DateRange {
  from: number;
  to: number;
}

export type CalendarUnit = "y" | "M" | "w" | "d" | "h" | "m";

export const DATE_FORMATS =
  "Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const periodMs: Record<"w" | "d" | "h" | "m", number> = { w: 7 * DAY, d: DAY, h: HOUR, m: MINUTE };

export const instant = (t: number): DateRange => ({ from: t, to: t + 1 });

/** "-1d", "-2w 3d", "4h", "+30m", "1w2d": a signed sum of weeks, days, hours and minutes. */
export function parsePeriod(text: string): number | undefined {
  const match = /^([-+]?)\s*((?:\d+\s*[wdhm]\s*)+)$/.exec(text.trim());
  if (!match) return undefined;
  let total = 0;
  for (const part of match[2]!.matchAll(/(\d+)\s*([wdhm])/g)) total += Number(part[1]) * periodMs[part[2] as "w" | "d" | "h" | "m"];
  return match[1] === "-" ? -total : total;
}

/** "yyyy-MM-dd", "yyyy/MM/dd", with " HH:mm" or without: the day or minute it names, if it is a real one. */
export function parseAbsoluteDate(text: string): DateRange | undefined {
  const match = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[3]), Number(match[4])];
  const hasTime = match[5] !== undefined;
  const [hour, minute] = hasTime ? [Number(match[5]), Number(match[6])] : [0, 0];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return undefined;
  const from = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(from).getUTCDate() !== day) return undefined; // 2023-02-30 and the like
  return { from, to: from + (hasTime ? MINUTE : DAY) };
}

/** A date value as written in a query: absolute, relative to `now`, or epoch milliseconds. */
export function parseDateValue(text: string, now: number): DateRange | undefined {
  const absolute = parseAbsoluteDate(text);
  if (absolute) return absolute;
  const period = parsePeriod(text);
  if (period !== undefined) return instant(now + period);
  if (/^-?\d+$/.test(text.trim())) {
    const ms = Number(text);
    if (Number.isSafeInteger(ms)) return instant(ms);
  }
  return undefined;
}

// ---- calendar arithmetic (UTC) ----

const unitRank: Record<CalendarUnit, number> = { m: 0, h: 1, d: 2, w: 3, M: 4, y: 5 };
export const isUnitAtLeast = (unit: CalendarUnit, natural: CalendarUnit) => unitRank[unit] >= unitRank[natural];

function addMonths(t: number, months: number): number {
  const d = new Date(t);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.getTime();
}

/** Adds n units; months and years keep the day of the month where it exists (Jan 31 + 1M = Feb 28/29). */
export function addUnits(t: number, n: number, unit: CalendarUnit): number {
  switch (unit) {
    case "y":
      return addMonths(t, 12 * n);
    case "M":
      return addMonths(t, n);
    default:
      return t + n * periodMs[unit];
  }
}

/** Start of the day, week, month or year that holds t. */
export function startOf(t: number, unit: "d" | "w" | "M" | "y", weekStartsOn: 0 | 1 = 0): number {
  const d = new Date(t);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  switch (unit) {
    case "d":
      return Date.UTC(y, m, day);
    case "w":
      return Date.UTC(y, m, day - ((d.getUTCDay() - weekStartsOn + 7) % 7));
    case "M":
      return Date.UTC(y, m, 1);
    case "y":
      return Date.UTC(y, 0, 1);
  }
}

/** Last millisecond of the day, week, month or year that holds t. */
export const endOf = (t: number, unit: "d" | "w" | "M" | "y", weekStartsOn: 0 | 1 = 0) =>
  addUnits(startOf(t, unit, weekStartsOn), 1, unit) - 1;

/** "(+/-)n(yMwdhm)" as startOfDay() and friends take it; the unit defaults to the function's own period. */
export function parseOffset(text: string, natural: CalendarUnit): { n: number; unit: CalendarUnit } | undefined {
  const match = /^([-+]?)(\d+)([yMwdhm]?)$/.exec(text.trim());
  if (!match) return undefined;
  const n = Number(match[2]) * (match[1] === "-" ? -1 : 1);
  return { n, unit: (match[3] || natural) as CalendarUnit };
}
