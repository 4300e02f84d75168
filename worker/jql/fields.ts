/**
 * The fields JQL can search in Parley's work items: names and aliases (case-insensitive), the operators each
 * takes, whether it can be EMPTY, its allowed values, and the SQL to compare and to sort by. All SQL here is
 * fixed text over our own columns; values from the query only ever arrive as bound parameters (compile.ts).
 */
import { sql, type SQL } from "drizzle-orm";
import { AiOutcome, Channel, SupportMode, WorkItemStatus, WorkItemType } from "../../protocol/domain";
import { agents, customers, experiences, spaces, workItems } from "../db/schema";
import type { Operator } from "./ast";

export type FieldKind =
  | "enum"
  | "statusCategory"
  | "priority"
  | "key"
  | "agent"
  | "reporter"
  | "space"
  | "experience"
  | "date"
  | "labels"
  | "text"
  | "number";

export interface FieldDef {
  id: string;
  kind: FieldKind;
  /** The value compared by =, IN, IS EMPTY…; for `text` and `labels` compile.ts builds its own. */
  column: SQL;
  nullable: boolean;
  operators: ReadonlySet<Operator>;
  /** Allowed values of an enum field, canonical spelling. */
  values?: readonly string[];
  /** Fields with history in work_item_changes (WAS, CHANGED). */
  history?: "status" | "assignee";
  /** Sort keys for ORDER BY; absent when the field cannot be sorted. */
  sort?: SQL[];
  /**
   * The sort keys are never NULL (NOT NULL columns, CASEs with an ELSE), so ORDER BY leaves out NULLS
   * FIRST/LAST: it would change nothing, and SQLite cannot read a NULLS FIRST/LAST order off an index
   * past the first range column (it sorts every match instead).
   */
  sortNeverNull?: true;
}

const EQ: Operator[] = ["=", "!=", "in", "not in"];
const EMPTYABLE: Operator[] = ["is", "is not"];
const ORDERED: Operator[] = ["<", "<=", ">", ">="];
const HISTORY: Operator[] = ["was", "was not", "was in", "was not in", "changed"];
const ops = (...groups: Operator[][]) => new Set(groups.flat());

export const PRIORITIES = ["Highest", "High", "Medium", "Low", "Lowest"] as const;
/**
 * Higher is more urgent: `priority > Medium` means High and Highest, as in Jira. A column SQLite computes from
 * `priority` (Highest 5 … Lowest 1, 0 otherwise), indexed with the space and creation date.
 */
export const priorityRank = sql`${workItems.priorityRank}`;
/** The rank priority_rank holds for a priority: 5 for Highest … 1 for Lowest, 0 for anything else. */
export const rankOf = (priority: string): number => {
  const index = PRIORITIES.indexOf(priority as (typeof PRIORITIES)[number]);
  return index < 0 ? 0 : PRIORITIES.length - index;
};
const statusRank = sql`(CASE ${workItems.status} WHEN 'Open' THEN 1 WHEN 'Waiting' THEN 2 WHEN 'In progress' THEN 3 WHEN 'Resolved' THEN 4 WHEN 'Closed' THEN 5 ELSE 6 END)`;
const categoryRank = sql`(CASE ${workItems.status} WHEN 'Open' THEN 1 WHEN 'Waiting' THEN 2 WHEN 'In progress' THEN 2 ELSE 3 END)`;

/** Jira's status categories over Parley's statuses; names and keys both accepted. */
export const STATUS_CATEGORIES: Record<string, { name: string; statuses: string[] }> = {
  "to do": { name: "To Do", statuses: ["Open"] },
  new: { name: "To Do", statuses: ["Open"] },
  "in progress": { name: "In Progress", statuses: ["Waiting", "In progress"] },
  indeterminate: { name: "In Progress", statuses: ["Waiting", "In progress"] },
  done: { name: "Done", statuses: ["Resolved", "Closed"] },
};

/** The name of the agent, space or experience with this id, for sorting (columns through the schema). */
const nameOf = (table: "agents" | "spaces" | "experiences", id: SQL) => {
  const t = { agents, spaces, experiences }[table];
  return sql`(SELECT ${t.name} FROM ${t} WHERE ${t.id} = ${id})`;
};

/** A work item's reporter: its customer, or the agent who filed it when there is no customer. */
export const reporterColumn = sql`coalesce(${workItems.customerId}, ${workItems.reporterAgentId})`;

const definitions: (FieldDef & { names: string[] })[] = [
  { id: "type", names: ["type", "issuetype"], kind: "enum", column: sql`${workItems.type}`, nullable: false, operators: ops(EQ), values: WorkItemType.options, sort: [sql`${workItems.type}`], sortNeverNull: true },
  {
    id: "key",
    names: ["key", "issuekey"],
    kind: "key",
    column: sql`${workItems.key}`,
    nullable: false,
    operators: ops(EQ, ORDERED),
    sort: [sql`substr(${workItems.key}, 1, instr(${workItems.key}, '-') - 1)`, sql`${workItems.number}`],
    sortNeverNull: true,
  },
  { id: "status", names: ["status"], kind: "enum", column: sql`${workItems.status}`, nullable: false, operators: ops(EQ, HISTORY), values: WorkItemStatus.options, history: "status", sort: [statusRank], sortNeverNull: true },
  { id: "statusCategory", names: ["statuscategory"], kind: "statusCategory", column: sql`${workItems.status}`, nullable: false, operators: ops(EQ), sort: [categoryRank], sortNeverNull: true },
  {
    id: "assignee",
    names: ["assignee"],
    kind: "agent",
    column: sql`${workItems.assigneeId}`,
    nullable: true,
    operators: ops(EQ, EMPTYABLE, HISTORY),
    history: "assignee",
    sort: [nameOf("agents", sql`${workItems.assigneeId}`)],
  },
  {
    id: "reporter",
    names: ["reporter", "customer"],
    kind: "reporter",
    column: reporterColumn,
    nullable: true,
    operators: ops(EQ, EMPTYABLE),
    sort: [sql`coalesce((SELECT coalesce(${customers.name}, ${customers.email}) FROM ${customers} WHERE ${customers.id} = ${workItems.customerId}), ${nameOf("agents", sql`${workItems.reporterAgentId}`)})`],
  },
  { id: "space", names: ["space", "project"], kind: "space", column: sql`${workItems.spaceId}`, nullable: false, operators: ops(EQ), sort: [nameOf("spaces", sql`${workItems.spaceId}`)] },
  { id: "created", names: ["created", "createddate"], kind: "date", column: sql`${workItems.createdAt}`, nullable: false, operators: ops(EQ, ORDERED), sort: [sql`${workItems.createdAt}`], sortNeverNull: true },
  { id: "updated", names: ["updated", "updateddate"], kind: "date", column: sql`${workItems.updatedAt}`, nullable: false, operators: ops(EQ, ORDERED), sort: [sql`${workItems.updatedAt}`], sortNeverNull: true },
  { id: "resolved", names: ["resolved", "resolutiondate"], kind: "date", column: sql`${workItems.resolvedAt}`, nullable: true, operators: ops(EQ, ORDERED, EMPTYABLE), sort: [sql`${workItems.resolvedAt}`] },
  { id: "priority", names: ["priority"], kind: "priority", column: priorityRank, nullable: false, operators: ops(EQ, ORDERED), values: PRIORITIES, sort: [priorityRank], sortNeverNull: true },
  { id: "labels", names: ["labels", "label"], kind: "labels", column: sql`${workItems.labels}`, nullable: true, operators: ops(EQ, EMPTYABLE) },
  { id: "summary", names: ["summary"], kind: "text", column: sql`${workItems.summary}`, nullable: false, operators: ops(["~", "!~"]), sort: [sql`${workItems.summary}`], sortNeverNull: true },
  { id: "text", names: ["text"], kind: "text", column: sql`${workItems.summary}`, nullable: false, operators: ops(["~"]) },
  { id: "channel", names: ["channel"], kind: "enum", column: sql`${workItems.channel}`, nullable: true, operators: ops(EQ, EMPTYABLE), values: Channel.options, sort: [sql`${workItems.channel}`] },
  {
    id: "experience",
    names: ["experience"],
    kind: "experience",
    column: sql`${workItems.experienceId}`,
    nullable: true,
    operators: ops(EQ, EMPTYABLE),
    sort: [nameOf("experiences", sql`${workItems.experienceId}`)],
  },
  { id: "supportMode", names: ["supportmode"], kind: "enum", column: sql`${workItems.supportMode}`, nullable: true, operators: ops(EQ, EMPTYABLE), values: SupportMode.options, sort: [sql`${workItems.supportMode}`] },
  // The customer's rating of a conversation, 1 to 5; EMPTY until they rate it.
  { id: "satisfaction", names: ["satisfaction"], kind: "number", column: sql`${workItems.satisfaction}`, nullable: true, operators: ops(EQ, ORDERED, EMPTYABLE), sort: [sql`${workItems.satisfaction}`] },
  { id: "aiOutcome", names: ["aioutcome"], kind: "enum", column: sql`${workItems.aiOutcome}`, nullable: true, operators: ops(EQ, EMPTYABLE), values: AiOutcome.options, sort: [sql`${workItems.aiOutcome}`] },
];

const byName = new Map(definitions.flatMap((d) => d.names.map((n) => [n, d] as const)));

/** The field a query names (any case, any alias), or undefined. */
export const lookupField = (name: string): FieldDef | undefined => byName.get(name.toLowerCase());

/** Every searchable field's canonical name, for documentation and autocomplete. */
export const fieldNames = definitions.map((d) => d.id);
