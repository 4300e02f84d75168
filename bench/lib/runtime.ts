/**
 * The local runtime as the benchmarks see it: the machine, the workerd processes of a running server and
 * their memory (from /proc), and the floor's bench-only worker started with `wrangler dev` on a free port.
 * Every process started here listens on 127.0.0.1 only and is stopped by process group.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, release, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "./snapshot.ts";

export interface Machine {
  cpu: string;
  cores: number;
  memory_gb: number;
  node: string;
  os: string;
  wrangler: string;
}

export function machine(): Machine {
  const wrangler = JSON.parse(readFileSync(join(REPO_ROOT, "node_modules", "wrangler", "package.json"), "utf8")) as { version: string };
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: cpus().length,
    memory_gb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${process.platform} ${release()}`,
    wrangler: wrangler.version,
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface WorkerdProcess {
  pid: number;
  /** `runtime` runs the Worker and its Durable Objects; `proxy` is wrangler dev's entry on the public port. */
  role: "runtime" | "proxy";
}

function pids(): number[] {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
}

function read(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null; // gone meanwhile, or not ours
  }
}

/**
 * The workerd processes of the server started on `stateDir` (they inherit PARLEY_STATE_DIR from
 * scripts/start.ts) or, for the floor, of the process group `pgid`. The one listening on `port` is
 * wrangler dev's proxy; the other runs the Worker and the Durable Objects.
 */
export function workerdProcesses(match: { stateDir: string } | { pgid: number }, port: number): WorkerdProcess[] {
  const found: WorkerdProcess[] = [];
  for (const pid of pids()) {
    if (read(`/proc/${pid}/comm`)?.trim() !== "workerd") continue;
    if ("stateDir" in match) {
      const environ = read(`/proc/${pid}/environ`) ?? "";
      if (!environ.split("\0").includes(`PARLEY_STATE_DIR=${match.stateDir}`)) continue;
    } else {
      const stat = read(`/proc/${pid}/stat`) ?? "";
      const pgid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      if (pgid !== match.pgid) continue;
    }
    const args = (read(`/proc/${pid}/cmdline`) ?? "").split("\0");
    found.push({ pid, role: args.some((a) => a === `--socket-addr=entry=127.0.0.1:${port}`) ? "proxy" : "runtime" });
  }
  return found;
}

/** Resident memory of a process in MB (VmRSS from /proc/<pid>/status). */
export function rssMb(pid: number): number {
  const status = read(`/proc/${pid}/status`) ?? "";
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** The process group leader of a server started on `stateDir` (scripts/start.ts, spawned detached by e2e/server.ts). */
export function serverGroup(stateDir: string): number {
  for (const pid of pids()) {
    const environ = read(`/proc/${pid}/environ`) ?? "";
    if (!environ.split("\0").includes(`PARLEY_STATE_DIR=${stateDir}`)) continue;
    const stat = read(`/proc/${pid}/stat`) ?? "";
    const pgid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
    if (pgid === pid) return pid;
  }
  throw new Error(`no server runs on ${stateDir}`);
}

export interface FloorServer {
  url: string;
  port: number;
  pgid: number;
  stop(): Promise<void>;
}

/** Starts bench/floor (the bare Durable Object echo) with wrangler dev on a free port of 127.0.0.1. */
export async function startFloor(): Promise<FloorServer> {
  const port = await freePort();
  const stateDir = mkdtempSync(join(tmpdir(), "parley-floor-"));
  const wrangler = join(REPO_ROOT, "node_modules", "wrangler", "bin", "wrangler.js");
  const args = ["dev", "--config", join(REPO_ROOT, "bench", "floor", "wrangler.toml"), "--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(await freePort()), "--persist-to", stateDir];
  const child: ChildProcess = spawn(process.execPath, [wrangler, ...args], {
    cwd: join(REPO_ROOT, "bench", "floor"),
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        /* already gone */
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGKILL");
    }
    rmSync(stateDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the floor worker exited early:\n${log}`);
    try {
      const res = await fetch(url);
      await res.text();
      if (res.status === 426) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the floor worker did not answer within 90 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, port, pgid: child.pid!, stop };
}

let ticksPerSecond: number | null = null;

/** CPU time a process has used so far (user + system, from /proc/<pid>/stat), in ms. */
export function cpuMs(pid: number): number {
  ticksPerSecond ??= Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;
  const stat = read(`/proc/${pid}/stat`) ?? "";
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/** CPU used by the runtime and the proxy between `start()` and `per(count)`, in ms per item. */
export function cpuMeter(processes: WorkerdProcess[]) {
  const read = () => Object.fromEntries(processes.map((p) => [p.role, cpuMs(p.pid)])) as Record<WorkerdProcess["role"], number>;
  const before = read();
  const t0 = performance.now();
  return {
    per(count: number) {
      const after = read();
      const wall = performance.now() - t0;
      const role = (r: WorkerdProcess["role"]) => (after[r] === undefined ? null : Math.round(((after[r] - before[r]) / count) * 1000) / 1000);
      return {
        runtime_cpu_ms_per_message: role("runtime"),
        proxy_cpu_ms_per_message: role("proxy"),
        runtime_cpu_share: after.runtime === undefined ? null : Math.round(((after.runtime - before.runtime) / wall) * 100) / 100,
      };
    },
  };
}
