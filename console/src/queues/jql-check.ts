/**
 * Checking JQL as the agent types: a debounced call to the parse endpoint (strict, so fields and values are
 * checked against the site), the errors with their line and character, and the query scoped to one space.
 */
import { createEffect, createSignal, on, onCleanup, type Accessor } from "solid-js";
import type { JqlParseResponse } from "../../../worker/jql/schemas";
import { api } from "../api";
import { messageOf } from "../ui/refusal";

export interface JqlProblem {
  /** Jira's sentence, without the trailing "(line L, character C)". */
  message: string;
  line: number | null;
  character: number | null;
}

export type JqlCheck =
  | { state: "idle"; query: string }
  | { state: "checking"; query: string }
  | { state: "valid"; query: string }
  | { state: "invalid"; query: string; problems: JqlProblem[] }
  | { state: "failed"; query: string; message: string };

const POSITION = /\s*\(line (\d+), character (\d+)\)\s*$/;
const PREFIX = /^Error in the JQL Query:\s*/;

/** Splits "… (line 1, character 13)" into the sentence and its position. */
export function problemOf(error: string): JqlProblem {
  const match = POSITION.exec(error);
  if (!match) return { message: error, line: null, character: null };
  return { message: error.slice(0, match.index).replace(PREFIX, ""), line: Number(match[1]), character: Number(match[2]) };
}

/**
 * Checks `text` a moment after it stops changing; answers the latest check. An empty query is valid (everything),
 * and so is one `known` to be (a saved queue's own query), without asking.
 */
export function createJqlCheck(text: Accessor<string>, known: (query: string) => boolean = () => false, delayMs = 350): Accessor<JqlCheck> {
  const [check, setCheck] = createSignal<JqlCheck>({ state: "valid", query: text() });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  createEffect(
    on(
      text,
      (query) => {
        clearTimeout(timer);
        const mine = ++latest;
        if (!query.trim() || known(query)) {
          setCheck({ state: "valid", query });
          return;
        }
        setCheck((prev) => (prev.state === "invalid" ? prev : { state: "checking", query }));
        timer = setTimeout(async () => {
          try {
            const res = await api<JqlParseResponse>("POST", "/api/jql/parse?validation=strict", { queries: [query] });
            if (mine !== latest) return;
            const answer = res.queries[0];
            if (answer && "errors" in answer) setCheck({ state: "invalid", query, problems: answer.errors.map(problemOf) });
            else setCheck({ state: "valid", query });
          } catch (err) {
            if (mine === latest) setCheck({ state: "failed", query, message: messageOf(err) });
          }
        }, delayMs);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(timer));
  return check;
}

/** Where a top-level ORDER BY starts (outside quoted strings), or -1. */
export function orderByIndex(jql: string): number {
  const orderBy = /order\s+by(?![\w])/iy;
  let quote: string | null = null;
  for (let i = 0; i < jql.length; i++) {
    const ch = jql[i]!;
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      continue;
    }
    orderBy.lastIndex = i;
    if ((i === 0 || !/\w/.test(jql[i - 1]!)) && orderBy.test(jql)) return i;
  }
  return -1;
}

/** The query limited to one space, as the space's saved queues run: `space = "id" AND (where) ORDER BY …`. */
export function scopedToSpace(spaceId: string, jql: string): string {
  const at = orderByIndex(jql);
  const where = (at < 0 ? jql : jql.slice(0, at)).trim();
  const orderBy = at < 0 ? "" : ` ${jql.slice(at).trim()}`;
  const space = `space = "${spaceId.replace(/["\\]/g, (c) => `\\${c}`)}"`;
  return `${where ? `${space} AND (${where})` : space}${orderBy}`;
}
