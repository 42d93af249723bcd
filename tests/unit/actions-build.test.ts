// After `next build` (scripts/test.mjs sets ACTIONS_MANIFEST): every server action the build compiled
// — each action id in Next's server-reference manifest, with its module and export — is `action(op)`
// of an operation in lib/openapi/operations.ts, or one of the listed Auth.js session actions.
// tests/unit/actions-derived.test.ts proves the same over the source, before any build; this proves it
// for what actually ships (an action declared where the source check does not look is in the manifest
// too). Run by Vitest so the modules load as on the server (server-only resolves to its empty module).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { notDerived, SESSION_ACTIONS } from "../helpers/derived-actions";

type Entry = { filename?: string; exportedName?: string };
type Manifest = { node?: Record<string, Entry>; edge?: Record<string, Entry> };

const file = process.env.ACTIONS_MANIFEST;

describe.skipIf(!file)("the build's server actions", () => {
  it("are all derived from declared operations (or are the Auth.js session actions)", async () => {
    expect(existsSync(file!), `no server-reference manifest at ${file} (run \`next build\` first)`).toBe(true);
    const manifest = JSON.parse(readFileSync(file!, "utf8")) as Manifest;
    const entries = Object.entries({ ...manifest.node, ...manifest.edge });
    expect(entries.length, "the manifest lists no server action at all").toBeGreaterThan(0);
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
    const session = entries.filter(([, e]) => SESSION_ACTIONS[e.filename ?? ""]?.includes(e.exportedName ?? "")).length;
    console.log(`actions check: ${entries.length - problems.length - session}/${entries.length} server actions of the build derived from declared operations; ${session} Auth.js session actions`);
    expect(problems).toEqual([]);
  }, 120_000);
});
