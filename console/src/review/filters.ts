/** The review list's filters as they live in the address bar (so reload, back and shared links keep them). */
import { createSignal } from "solid-js";
import { MARKS, OUTCOMES, REASONS, type MarkFilter, type Outcome, type Reason } from "./labels";

export interface Filters {
  outcome?: Outcome;
  reason?: Reason;
  mark?: MarkFilter;
  /** Calendar days in the browser's time zone, `YYYY-MM-DD` as `<input type="date">` speaks them. */
  from?: string;
  to?: string;
}

export type FilterParams = Partial<Record<keyof Filters, string | string[]>>;

const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v) || undefined;
const pick = <T extends string>(v: string | undefined, allowed: readonly T[]): T | undefined =>
  allowed.includes(v as T) ? (v as T) : undefined;
const isDay = (v: string | undefined): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(startOfDay(v));

/** Reads the filters from search params, dropping anything the API would refuse. */
export function readFilters(params: FilterParams): Filters {
  const from = one(params.from);
  const to = one(params.to);
  return {
    outcome: pick(one(params.outcome), OUTCOMES),
    reason: pick(one(params.reason), REASONS),
    mark: pick(one(params.mark), [...MARKS, "unreviewed"] as const),
    from: isDay(from) ? from : undefined,
    to: isDay(to) ? to : undefined,
  };
}

/** Midnight at the start of a `YYYY-MM-DD` day, local time, in epoch ms. */
export function startOfDay(day: string): number {
  return new Date(`${day}T00:00:00`).getTime();
}

/** The last millisecond of a `YYYY-MM-DD` day, local time (days are not always 24 hours long). */
export function endOfDay(day: string): number {
  const next = new Date(`${day}T00:00:00`);
  next.setDate(next.getDate() + 1);
  return next.getTime() - 1;
}

/** Why these filters cannot match anything, when they cannot. */
export function filtersProblem(f: Filters): string | null {
  if (f.from && f.to && startOfDay(f.from) > endOfDay(f.to)) return "The “From” date is after the “To” date.";
  return null;
}

/** The API's query string for the filters, plus the paging cursor. */
export function listQuery(f: Filters, before?: number): string {
  const q = new URLSearchParams();
  if (f.outcome) q.set("outcome", f.outcome);
  if (f.reason) q.set("reason", f.reason);
  if (f.mark) q.set("mark", f.mark);
  if (f.from) q.set("from", String(startOfDay(f.from)));
  if (f.to) q.set("to", String(endOfDay(f.to)));
  if (before !== undefined) q.set("before", String(before));
  return q.toString();
}

export const hasFilters = (f: Filters): boolean => Object.values(f).some((v) => v !== undefined);

/** The list's address with its filters, so "All conversations" on a detail page goes back to the same list. */
const [lastList, setLastList] = createSignal("/review");
export { lastList, setLastList };
