/**
 * The product's timing constants, read from its source so a test's waits follow the product when a value
 * changes. Read as text because the product's modules do not load in Node (extensionless imports, Workers
 * types); a declaration that no longer has the expected shape fails loudly instead of being guessed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./snapshot.ts";

/**
 * A numeric constant declared as `const NAME = 30_000;` (or `16 * 1024`), or one number field of a constant
 * object, named `NAME.field` (`const RATE_LIMIT = { perSecond: 5, burst: 10 }`), in `file` (from the repo root).
 */
export function productNumber(file: string, name: string): number {
  const source = readFileSync(join(REPO_ROOT, file), "utf8");
  const [constant, field] = name.split(".");
  const declared = new RegExp(`\\bconst ${constant} = ([^;]+);`).exec(source);
  if (!declared) throw new Error(`${file} declares no const ${constant}: update bench/lib/constants.ts's callers`);
  let expr = declared[1]!;
  if (field) {
    const inner = new RegExp(`\\b${field}:\\s*([\\d_]+)`).exec(expr);
    if (!inner) throw new Error(`${file}: ${constant} has no numeric field ${field}`);
    expr = inner[1]!;
  }
  if (!/^[\d_\s*]+$/.test(expr)) throw new Error(`${file}: ${name} is not a plain number (${expr})`);
  return expr.split("*").reduce((product, factor) => product * Number(factor.trim().replace(/_/g, "")), 1);
}
