/**
 * What JQL needs from the outside world: who is asking, what time it is, and how the names people write
 * (emails, names, keys, slugs) become ids. d1-context.ts implements it over D1; tests may fake it.
 * Every resolver answers ids of the asking agent's site only, and an empty list when nothing matches.
 */
export interface JqlContext {
  siteId: string;
  currentAgentId: string;
  /** Epoch milliseconds: "now" for relative dates and date functions. */
  now: number;
  /** First day of the week for startOfWeek()/endOfWeek(): 0 Sunday (Jira's default), 1 Monday. */
  weekStartsOn?: 0 | 1;
  /** Dates are read and computed in UTC. */
  timeZone?: "UTC";
  /** Email, name or id → agent ids. */
  resolveAgents(value: string): Promise<string[]>;
  /** Key, name or id → space ids. */
  resolveSpaces(value: string): Promise<string[]>;
  /** Email, name, external id or id → customer ids. */
  resolveCustomers(value: string): Promise<string[]>;
  /** Slug, name or id → experience ids. */
  resolveExperiences(value: string): Promise<string[]>;
  /** Space key, name or id → ids of the agents who are members of it. */
  membersOf(space: string): Promise<string[]>;
}
