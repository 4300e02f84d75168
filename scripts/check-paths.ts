/**
 * The repository stands alone: no tracked file may name a path outside it — a sibling folder next to the
 * checkout, a relative import that climbs out of it, or an absolute path of one machine. Run by `npm test`.
 * The patterns are built from pieces, so this file does not name what it looks for.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, normalize, relative, sep } from "node:path";

const root = process.cwd();
const up = "..";
/** Folders beside this repository in the workplace it was made in, and machine paths. */
const outside = [new RegExp(`(^|[^.\\w])${up}/${"shared"}\\b`), new RegExp(`/${"work"}/(?!main\\b)[\\w-]+`), new RegExp(`/${"work"}/main\\b`)];
/** Relative specifiers in imports, requires and Markdown links. */
const relativeRef = /(?:from\s+|import\s*\(\s*|require\s*\(\s*|\]\()["']?(\.\.?\/[^"')\s]+)/g;
const skip = (file: string) => file === "package-lock.json" || file.startsWith("migrations/meta/") || /\.(png|ico|woff2?)$/.test(file);

const files = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" }).split("\n").filter((f) => f && !skip(f));
const problems: string[] = [];
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(join(root, file), "utf8");
  } catch {
    continue; // deleted in the working tree
  }
  text.split("\n").forEach((line, i) => {
    for (const pattern of outside) if (pattern.test(line)) problems.push(`${file}:${i + 1}: names a path outside the repository: ${line.trim().slice(0, 120)}`);
    for (const match of line.matchAll(relativeRef)) {
      const target = normalize(join(dirname(join(root, file)), match[1]!));
      const rel = relative(root, target);
      if (rel === up || rel.startsWith(`${up}${sep}`)) problems.push(`${file}:${i + 1}: "${match[1]}" leads outside the repository`);
    }
  });
}
if (problems.length > 0) {
  console.error(`The repository must stand alone; these tracked files name paths outside it:\n${problems.join("\n")}`);
  process.exit(1);
}
console.log(`check-paths: ${files.length} tracked files name no path outside the repository.`);
