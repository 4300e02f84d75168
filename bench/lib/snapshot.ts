/**
 * A copy of the working tree for the server under test. `wrangler dev` watches its sources and reloads (cutting
 * every socket) when one changes; in a tree others edit while a benchmark or a fault test runs, that would
 * break the run or skew it. The copy holds the sources as they were when the run started (node_modules is
 * linked, not copied); the server is started from it and it is removed afterwards.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

/** The repository's root (this file is bench/lib/snapshot.ts). */
export const REPO_ROOT = resolve(import.meta.dirname, "..", "..");

const SKIP = new Set(["node_modules", ".git", ".wrangler", "e2e/artifacts", "bench/results"]);

export interface TreeSnapshot {
  dir: string;
  remove(): void;
}

export function snapshotTree(): TreeSnapshot {
  const dir = mkdtempSync(join(tmpdir(), "parley-tree-"));
  cpSync(REPO_ROOT, dir, {
    recursive: true,
    filter: (src) => !SKIP.has(relative(REPO_ROOT, src)),
  });
  symlinkSync(join(REPO_ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs `fn` with the process's working directory in `dir` (e2e/server.ts starts `scripts/start.ts` from the
 * working directory). Nothing else may run meanwhile that depends on the working directory.
 */
export async function inDir<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const before = process.cwd();
  process.chdir(dir);
  try {
    return await fn();
  } finally {
    process.chdir(before);
  }
}
