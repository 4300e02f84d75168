/**
 * `npm start`: serves the whole product locally on http://127.0.0.1:8787 — builds the console, applies
 * the D1 migrations to the local database, seeds the demo site on first run, then runs `wrangler dev`.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { DEMO_AGENTS, DEMO_PASSWORD } from "./demo/seed.ts";
import { applyLocalMigrations, persistArgs, seedDemoSite } from "./local-db.ts";

const port = process.env.PORT ?? "8787";
const bin = (name: string) => join(process.cwd(), "node_modules", ".bin", name);

if (!existsSync(".dev.vars")) {
  copyFileSync(".dev.vars.example", ".dev.vars");
  console.log("Created .dev.vars from .dev.vars.example (local development values).");
}

if (process.env.PARLEY_SKIP_BUILD !== "1") {
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

applyLocalMigrations();
const seeded = await seedDemoSite();

console.log(`
Parley is starting on http://127.0.0.1:${port}
${seeded ? "Seeded the demo site" : "Demo site"} "Acme" (premium). Sign in to the console with any of:
${DEMO_AGENTS.map((a) => `  ${a.email.padEnd(18)} ${a.role.padEnd(6)} password: ${DEMO_PASSWORD}`).join("\n")}
`);

const dev = spawn(bin("wrangler"), ["dev", "--ip", "127.0.0.1", "--port", port, ...persistArgs(), ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));
