// @ts-check
/**
 * The one stand-in of the test suite: a scripted Workers AI binding (Workers AI has no local simulation),
 * bound as `AI` through vitest.config.ts. Embedding models get deterministic bag-of-words vectors (texts
 * sharing words are near); chat models answer by citing the passage of the prompt that shares most words
 * with the customer's last message, call `cannot_help` when none shares two, and `handoff_to_human` when
 * the customer asks for a person. It keeps every call, for tests to read with `calls()`.
 */
import { WorkerEntrypoint } from "cloudflare:workers";

/** @type {{ model: string, input: any }[]} */
const log = [];
const DIMS = 256;
const words = (/** @type {string} */ text) => (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 2).map((w) => w.slice(0, 5));

function vector(/** @type {string} */ text) {
  const v = new Array(DIMS).fill(0);
  for (const w of words(text)) {
    let h = 0;
    for (const c of w) h = (h * 31 + c.charCodeAt(0)) >>> 0;
    v[h % DIMS] += 1;
  }
  return v;
}

export class ScriptedAi extends WorkerEntrypoint {
  /** @param {string} model @param {any} input */
  async run(model, input) {
    log.push({ model, input });
    if (Array.isArray(input.text)) return { shape: [input.text.length, DIMS], data: input.text.map(vector) };
    const messages = /** @type {{ role: string, content: string }[]} */ (input.messages ?? []);
    const last = [...messages].reverse().find((m) => m.role === "user")?.content ?? "";
    if (/\b(human|person|agent)\b/i.test(last)) return { response: null, tool_calls: [{ name: "handoff_to_human", arguments: { reason: "asked for a person" } }] };
    const asked = new Set(words(last));
    const lines = (messages[0]?.content ?? "").split("\n").filter((l) => /^\[\d+\]/.test(l));
    let best = { n: 0, shared: 0, text: "" };
    for (const line of lines) {
      const shared = words(line).filter((w) => asked.has(w)).length;
      if (shared > best.shared) best = { n: Number(line.match(/^\[(\d+)\]/)?.[1]), shared, text: line.replace(/^\[\d+\] \([^)]*\) /, "") };
    }
    if (best.shared < 2) return { response: null, tool_calls: [{ name: "cannot_help", arguments: {} }] };
    return { response: `${best.text} [${best.n}]`, tool_calls: [] };
  }

  /** Every call so far (model and input), for assertions. */
  calls() {
    return log.slice();
  }
}

export default { fetch: () => new Response("scripted Workers AI") };
