/**
 * The local D1 database of `wrangler dev` (in .wrangler/state): apply migrations and seed the demo site.
 * Used by `npm start`; never touches a remote database.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_SITE_ID, demoSeedStatements } from "./demo/seed.ts";

const wrangler = join(process.cwd(), "node_modules", ".bin", "wrangler");

/** `--persist-to` for a state folder other than .wrangler/state (the browser tests use a fresh one). */
export const persistArgs = (): string[] => (process.env.PARLEY_STATE_DIR ? ["--persist-to", process.env.PARLEY_STATE_DIR] : []);

function run(args: string[], capture = false): string {
  const result = spawnSync(wrangler, [...args, ...persistArgs()], {
    // No stdin: wrangler then applies migrations without asking for confirmation.
    stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"],
    encoding: "utf8",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  if (result.status !== 0) throw new Error(`wrangler ${args.join(" ")} failed (exit ${result.status})`);
  return result.stdout ?? "";
}

export function applyLocalMigrations(): void {
  run(["d1", "migrations", "apply", "DB", "--local"]);
}

function demoSeeded(): boolean {
  const out = run(["d1", "execute", "DB", "--local", "--json", "--command", `SELECT count(*) AS n FROM sites WHERE id = '${DEMO_SITE_ID}'`], true);
  const parsed = JSON.parse(out) as { results: { n: number }[] }[];
  return (parsed[0]?.results[0]?.n ?? 0) > 0;
}

/** Seeds the demo site on first run; returns whether it seeded. */
export async function seedDemoSite(): Promise<boolean> {
  if (demoSeeded()) return false;
  const dir = mkdtempSync(join(tmpdir(), "parley-seed-"));
  const file = join(dir, "seed.sql");
  try {
    writeFileSync(file, (await demoSeedStatements()).map((s) => `${s};`).join("\n"));
    run(["d1", "execute", "DB", "--local", "--file", file], true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return true;
}
