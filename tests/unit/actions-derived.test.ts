// One way in, checked over the source: every "use server" module under app/ is an actions file whose
// every export is `action(op)` of a registered operation (SESSION_ACTIONS aside), and no server
// action is declared anywhere else (inline "use server" in a page or a component). The build check
// (tests/unit/actions-build.test.ts, after `next build`) proves the same for the action ids Next compiled.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { notDerived, SESSION_ACTIONS } from "../helpers/derived-actions";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" || name === "node_modules" ? [] : sources(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const all = ["app", "components", "lib"].flatMap(sources);
/** a module-level directive: the first statement after comments */
const isServerModule = (src: string) => /^(?:\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*\s*["']use server["']/.test(src);
const serverModules = all.filter((f) => isServerModule(readFileSync(f, "utf8")));

describe("every server action is derived from a declared operation", () => {
  it("server actions live only in app/**/*actions.ts modules (no inline \"use server\")", () => {
    expect(serverModules.length).toBeGreaterThan(5);
    for (const file of serverModules) expect(file, file).toMatch(/^app\/.*actions\.ts$/);
    const inline = all.filter((f) => !serverModules.includes(f) && /["']use server["']/.test(readFileSync(f, "utf8")));
    expect(inline).toEqual([]);
  });

  it("every export of every actions module is action(op) of a registered operation, or a listed session action", async () => {
    const problems: string[] = [];
    let derived = 0;
    for (const file of serverModules) {
      const mod = (await import(path.resolve(file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        const problem = notDerived(file, name, value);
        if (problem) problems.push(problem);
        else if (!SESSION_ACTIONS[file]?.includes(name)) derived++;
      }
    }
    expect(problems).toEqual([]);
    expect(derived).toBeGreaterThan(10);
    for (const [file, names] of Object.entries(SESSION_ACTIONS)) {
      const mod = (await import(path.resolve(file))) as Record<string, unknown>;
      for (const name of names) expect(typeof mod[name], `${file} ${name}`).toBe("function");
    }
  }, 60_000);

  it("the check itself refuses a hand-written action and an unregistered operation", () => {
    expect(notDerived("app/x/actions.ts", "save", async () => ({ ok: true }))).toMatch(/hand-written/);
    expect(notDerived("app/x/actions.ts", "save", Object.assign(async () => ({ ok: true }), { operation: { operationId: "postX" } }))).toMatch(/missing from/);
  });
});
