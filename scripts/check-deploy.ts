/**
 * `npm run check:deploy` (CI): builds the deploy bundle offline with `wrangler deploy --dry-run` and checks
 * what a deploy would refuse or regret: the Worker's gzipped size against the free plan's 3 MB limit, and a
 * migration in wrangler.toml for every Durable Object class the Worker binds (a class without one cannot be
 * deployed). Needs only `npm install` and `npm run build` (dist/ is the static assets); no account or network.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { unstable_readConfig } from "wrangler";

const LIMIT_BYTES = 3 * 1024 * 1024;
const problems: string[] = [];

// Every bound Durable Object class has a migration that creates it (or renames to it).
interface Migration {
  new_sqlite_classes?: string[];
  new_classes?: string[];
  renamed_classes?: { from: string; to: string }[];
}
interface Binding {
  name: string;
  class_name: string;
  script_name?: string;
}
const config = unstable_readConfig({ config: "wrangler.toml" }) as unknown as { migrations: Migration[]; durable_objects: { bindings: Binding[] } };
const migrated = new Set(
  config.migrations.flatMap((m: Migration) => [...(m.new_sqlite_classes ?? []), ...(m.new_classes ?? []), ...(m.renamed_classes ?? []).map((r: { to: string }) => r.to)]),
);
for (const binding of config.durable_objects.bindings) {
  if (!binding.script_name && !migrated.has(binding.class_name)) problems.push(`Durable Object class ${binding.class_name} (binding ${binding.name}) has no migration in wrangler.toml.`);
}

// The bundle as `wrangler deploy` would upload it, measured gzipped.
const outdir = mkdtempSync(join(tmpdir(), "parley-bundle-"));
try {
  const wrangler = join(process.cwd(), "node_modules", ".bin", "wrangler");
  const run = spawnSync(wrangler, ["deploy", "--dry-run", "--outdir", outdir], { encoding: "utf8", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } });
  if (run.status !== 0) {
    problems.push(`wrangler deploy --dry-run failed:\n${run.stdout}\n${run.stderr}`);
  } else {
    const files = readdirSync(outdir, { recursive: true, encoding: "utf8" }).filter((f) => statSync(join(outdir, f)).isFile() && !f.endsWith(".map"));
    const raw = files.reduce((n, f) => n + statSync(join(outdir, f)).size, 0);
    const gzipped = files.reduce((n, f) => n + gzipSync(readFileSync(join(outdir, f))).length, 0);
    const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;
    console.log(`Worker bundle: ${files.length} file(s), ${mb(raw)} raw, ${mb(gzipped)} gzipped (limit ${mb(LIMIT_BYTES)} gzipped).`);
    if (gzipped > LIMIT_BYTES) problems.push(`The Worker is ${mb(gzipped)} gzipped, over the ${mb(LIMIT_BYTES)} limit.`);
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`Durable Object classes with migrations: ${config.durable_objects.bindings.map((b: Binding) => b.class_name).join(", ")}.`);
