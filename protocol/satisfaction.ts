/**
 * Customer satisfaction for admins: the customers' ratings (1–5, given once after a conversation closed),
 * averaged per space and per week, over every rated conversation of the site (AI, AI-then-team and
 * people-only ones alike).
 */
import { z } from "zod";

/** `GET /api/satisfaction?weeks=`: the last `weeks` weeks, this one included (weeks start on Monday, UTC). */
export const SatisfactionQuery = z.object({
  weeks: z.coerce
    .number({ error: "weeks is a number of weeks, 1 to 52" })
    .int("weeks is a whole number of weeks")
    .min(1, "weeks is at least 1")
    .max(52, "weeks is at most 52")
    .default(8),
});
export type SatisfactionQuery = z.infer<typeof SatisfactionQuery>;

/** How many ratings and their average (null when there are none). */
export const RatingTally = z.object({ average: z.number().nullable(), count: z.number().int().min(0) });
export type RatingTally = z.infer<typeof RatingTally>;

/** One week: it starts at `weekStart` (Monday 00:00 UTC, epoch ms). */
export const WeekTally = RatingTally.extend({ weekStart: z.number() });
export type WeekTally = z.infer<typeof WeekTally>;

export const SpaceSatisfaction = RatingTally.extend({
  spaceId: z.string(),
  name: z.string(),
  /** Only the weeks with ratings, oldest first. */
  weeks: z.array(WeekTally),
});
export type SpaceSatisfaction = z.infer<typeof SpaceSatisfaction>;

export const SatisfactionReport = z.object({
  /** The first week counted (Monday 00:00 UTC) and how many weeks. */
  since: z.number(),
  weeks: z.number().int(),
  /** Every space of the site together. */
  overall: RatingTally,
  /** Every week of the period, oldest first, all spaces together (weeks without ratings count 0). */
  byWeek: z.array(WeekTally),
  /** Spaces with at least one rating in the period, by name. */
  spaces: z.array(SpaceSatisfaction),
});
export type SatisfactionReport = z.infer<typeof SatisfactionReport>;

export const WEEK_MS = 7 * 86_400_000;
/** Monday 5 January 1970, 00:00 UTC: weeks are counted from a Monday. */
export const FIRST_MONDAY = 4 * 86_400_000;

/** The Monday 00:00 UTC that starts the week holding `at`. */
export const weekStartOf = (at: number): number => Math.floor((at - FIRST_MONDAY) / WEEK_MS) * WEEK_MS + FIRST_MONDAY;
