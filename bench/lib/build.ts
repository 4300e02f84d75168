/**
 * Builds the console and the widget when dist/ is missing (wrangler dev serves it as static assets and will
 * not start without it). Never rebuilds an existing dist/: the benchmarks and fault tests use only the API
 * and the sockets, and a build while others edit the console could fail for reasons of theirs.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./snapshot.ts";

export function buildIfNeeded(): void {
  if (existsSync(join(REPO_ROOT, "dist", "index.html")) && existsSync(join(REPO_ROOT, "dist", "widget", "loader.js"))) return;
  console.log("Building the console and the widget (dist/ is missing)…");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", cwd: REPO_ROOT });
  if (build.status !== 0) throw new Error("npm run build failed");
}

if (import.meta.main) buildIfNeeded();
