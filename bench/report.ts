/**
 * The benchmark's report: every target as a ratio to a floor measured in the same run (or a count), printed
 * as tables, and the figures bench/results/latest.json keeps (`ratios` with the keys the issue names).
 */
import type { Results, MessageRun } from "./run.ts";
import { machine } from "./lib/runtime.ts";
import { grid, round } from "./lib/stats.ts";

/** The targets: latency and CPU against the durable floor, handoff against the echo floor, the rest as counts. */
export const TARGETS = {
  message_p50_vs_durable: 1.2,
  message_p99_vs_durable: 1.5,
  message_p50_at_200_vs_durable: 1.5,
  message_p99_at_200_vs_durable: 2,
  cpu_per_message_vs_durable: 1.3,
  handoff_p50_vs_echo: 5,
  idle_memory_vs_floor: 1.5,
  queue_page_p50_vs_sql_max: 1.5,
  rows_written_per_message: 2,
  d1_statements_per_message: 0.2,
  fairness_max_minus_min: 1,
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ratio = (a: number, b: number) => round(a / b, 2);

/** Each latency and CPU ratio for every run, and the median of the three. */
function messageRatios(runs: MessageRun[]) {
  const per = (f: (r: MessageRun) => number) => {
    const each = runs.map(f);
    return { each, median: median(each) };
  };
  return {
    message_p50_vs_durable: per((r) => ratio(r.parley.one.p50_ms, r.durable.one.p50_ms)),
    message_p99_vs_durable: per((r) => ratio(r.parley.one.p99_ms, r.durable.one.p99_ms)),
    message_p50_at_200_vs_durable: per((r) => ratio(r.parley.at_200.p50_ms, r.durable.at_200.p50_ms)),
    message_p99_at_200_vs_durable: per((r) => ratio(r.parley.at_200.p99_ms, r.durable.at_200.p99_ms)),
    cpu_per_message_vs_durable: per((r) => ratio(r.parley.one.cpu.runtime_cpu_ms_per_message ?? NaN, r.durable.one.cpu.runtime_cpu_ms_per_message ?? NaN)),
  };
}

export function report(r: Results, size: { conversations: number; periodMs: number }, started: number) {
  const m = machine();
  const runs = messageRatios(r.runs);
  const ratios = {
    message_p50_vs_durable: runs.message_p50_vs_durable.median,
    message_p99_vs_durable: runs.message_p99_vs_durable.median,
    message_p50_at_200_vs_durable: runs.message_p50_at_200_vs_durable.median,
    message_p99_at_200_vs_durable: runs.message_p99_at_200_vs_durable.median,
    cpu_per_message_vs_durable: runs.cpu_per_message_vs_durable.median,
    handoff_p50_vs_echo: ratio(r.handoff.handoff_to_offer_p50_ms, r.floor.p50_ms),
    idle_memory_vs_floor: ratio(r.memory.mb_per_1000_idle, r.floor.memory.mb_per_1000_idle),
    ...(r.queues ? { queue_page_p50_vs_sql_max: r.queues.max_ratio_p50 } : {}),
  };
  const counts = {
    rows_written_per_message: r.costs.rows_written_per_message,
    d1_statements_per_message: r.costs.d1_statements_per_message,
    fairness_max_minus_min: r.handoff.fairness_max_minus_min,
  };
  const checks = [...Object.entries(ratios), ...Object.entries(counts)].map(([key, value]) => {
    const target = TARGETS[key as keyof typeof TARGETS];
    return { key, value, target, pass: value <= target };
  });
  const each = (key: keyof typeof runs) => runs[key].each.map((v) => `${v}×`).join(", ");

  console.log(`\nParley benchmark, ${new Date().toISOString()}: ${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB, Node ${m.node}, wrangler ${m.wrangler}`);
  grid(
    "Targets (ratios to floors measured in the same run and runtime; latency ratios are the median of three runs)",
    ["figure", "value", "target", "", "runs"],
    checks.map((c) => [c.key, typeof c.value === "number" && c.key.includes("_vs_") ? `${c.value}×` : c.value, `≤ ${c.target}`, c.pass ? "pass" : "MISS", c.key in runs ? each(c.key as keyof typeof runs) : ""]),
  );
  const last = r.runs.at(-1)!;
  const cpu = (ms: number | null) => (ms === null ? "" : `${ms} ms`);
  grid("Latency and CPU per message (run 3)", ["", "p50", "p99", "CPU per message"], [
    ["echo floor, one at a time", `${r.floor.p50_ms} ms`, `${r.floor.p99_ms} ms`, cpu(r.floor.cpu.runtime_cpu_ms_per_message)],
    ...Object.entries(r.floor.variants).map(([k, v]) => [`floor variant: ${k}`, `${v.p50_ms} ms`, `${v.p99_ms} ms`, cpu(v.cpu.runtime_cpu_ms_per_message)]),
    ["durable floor, one at a time", `${last.durable.one.p50_ms} ms`, `${last.durable.one.p99_ms} ms`, cpu(last.durable.one.cpu.runtime_cpu_ms_per_message)],
    ["Parley, one at a time", `${last.parley.one.p50_ms} ms`, `${last.parley.one.p99_ms} ms`, cpu(last.parley.one.cpu.runtime_cpu_ms_per_message)],
    [`durable floor, ${size.conversations} lanes`, `${last.durable.at_200.p50_ms} ms`, `${last.durable.at_200.p99_ms} ms`, cpu(last.durable.at_200.cpu.runtime_cpu_ms_per_message)],
    [`Parley, ${size.conversations} conversations`, `${last.parley.at_200.p50_ms} ms`, `${last.parley.at_200.p99_ms} ms`, cpu(last.parley.at_200.cpu.runtime_cpu_ms_per_message)],
    [`load with ${size.conversations}`, `a message each way every ${size.periodMs / 1000} s per conversation`, "", ""],
  ]);
  grid("Figures", ["figure", "value"], [
    ["ack to the sender p50 / p99, one at a time (run 3)", `${last.parley.one.ack_p50_ms} / ${last.parley.one.ack_p99_ms} ms`],
    ["handoff → offer p50 / p99", `${r.handoff.handoff_to_offer_p50_ms} / ${r.handoff.handoff_to_offer_p99_ms} ms (conversation's part ${r.handoff.conversation_part_p50_ms} ms, router's and agent's ${r.handoff.routing_part_p50_ms} ms)`],
    [`throughput, ${r.throughput.conversations} conversations`, `${r.throughput.acked_per_s} msgs/s stored, ${r.throughput.delivered_per_s} delivered (${r.throughput.acked}/${r.throughput.sent}, ${r.throughput.errors} errors)`],
    ["costs in steady chat", `${r.costs.messages} messages in ${r.costs.conversations} conversations${r.costs.restarted ? ` (${r.costs.restarted} woke anew, left out)` : ""}: ${r.costs.rows_written_per_message} rows written each (${r.costs.rows_written_by_the_message_path_per_message} by the message path), ${r.costs.d1_statements_per_message} D1 statements each`],
    [`idle memory, ${r.memory.conversations} conversations`, `${r.memory.mb_per_1000_idle} MB per 1,000 (floor: ${r.floor.memory.mb_per_1000_idle} MB per 1,000 echo objects)`],
    ...(r.queues
      ? Object.entries(r.queues.filters).map(([k, v]) => [`queue page over ${r.queues!.items.toLocaleString("en")} items: ${k}`, `p50 ${v.p50_ms} ms vs SQL ${v.sql_p50_ms} ms (${v.ratio_p50}×), p99 ${v.p99_ms} ms, ${v.count} items`])
      : [["queue pages", "not run (BENCH_QUEUES=0)"]]),
  ]);

  return {
    at: new Date().toISOString(),
    machine: m,
    sizes: size,
    duration_s: Math.round((Date.now() - started) / 1000),
    floor: { echo_p50_ms: r.floor.p50_ms, echo_p99_ms: r.floor.p99_ms, durable_p50_ms: last.durable.one.p50_ms, durable_p99_ms: last.durable.one.p99_ms },
    ratios,
    ratios_each_run: Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, v.each])),
    rows_written_per_message: counts.rows_written_per_message,
    d1_statements_per_message: counts.d1_statements_per_message,
    fairness_max_minus_min: counts.fairness_max_minus_min,
    throughput_msgs_per_s: r.throughput.acked_per_s,
    targets: checks,
    raw: r,
  };
}
