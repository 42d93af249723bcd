// After `next build` (scripts/test.mjs): every server action the build compiled — each action id in
// Next's server-reference manifest, with its module and export — is `action(op)` of an operation in
// lib/openapi/operations.ts, or one of the listed Auth.js session actions. The unit test
// tests/unit/actions-derived.test.ts proves the same over the source, fast; this proves it for what
// actually ships (an action declared where the source check does not look is in the manifest too).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { notDerived, SESSION_ACTIONS } from "./helpers/derived-actions";

type Entry = { filename?: string; exportedName?: string };
type Manifest = { node?: Record<string, Entry>; edge?: Record<string, Entry> };

const file = process.argv[2] ?? ".next/server/server-reference-manifest.json";
if (!existsSync(file)) {
  console.error(`actions check: no server-reference manifest at ${file} (run \`next build\` first)`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
const entries = Object.entries({ ...manifest.node, ...manifest.edge });
const problems: string[] = [];
const modules = new Map<string, Record<string, unknown>>();
for (const [id, { filename, exportedName }] of entries) {
  if (!filename || !exportedName) {
    problems.push(`action ${id}: the manifest names no module and export (has Next's format changed?)`);
    continue;
  }
  if (!modules.has(filename)) modules.set(filename, (await import(path.resolve(filename))) as Record<string, unknown>);
  const problem = notDerived(filename, exportedName, modules.get(filename)![exportedName]);
  if (problem) problems.push(problem);
}
const listed = (lists: Record<string, readonly string[]>) => entries.filter(([, e]) => lists[e.filename ?? ""]?.includes(e.exportedName ?? "")).length;
const session = listed(SESSION_ACTIONS);
console.log(`actions check: ${entries.length - problems.length - session}/${entries.length} server actions of the build derived from declared operations; ${session} Auth.js session actions`);
if (entries.length === 0) problems.push("the manifest lists no server action at all");
if (problems.length) {
  console.error(`not derived from a declared operation:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
process.exit(0);
