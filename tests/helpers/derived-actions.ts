// What "every server action is derived from a declared operation" means, shared by the source check
// (tests/unit/actions-derived.test.ts: every export of every "use server" module under app/) and the
// build check (tests/unit/actions-build.test.ts: every action id in Next's server-reference manifest).
import { OPERATIONS } from "@/lib/openapi/operations";

/**
 * The only actions not derived from an operation: signing in and out are Auth.js' own flows (an OAuth
 * redirect, a session cookie cleared), with no domain write and no use case behind them.
 */
export const SESSION_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  "app/session-actions.ts": ["signInWithKakao", "signOutAction"],
};

const registered = new Set<unknown>(OPERATIONS);

/** Why `value` (export `name` of `file`, relative to the repository) is not a derived action; null when it is. */
export function notDerived(file: string, name: string, value: unknown): string | null {
  if (SESSION_ACTIONS[file]?.includes(name)) return typeof value === "function" ? null : `${file} ${name}: the listed session action is missing`;
  if (typeof value !== "function") return `${file} ${name}: not a function`;
  const op = (value as { operation?: unknown }).operation;
  if (!op) return `${file} ${name}: a hand-written server action (not action(op))`;
  if (!registered.has(op)) return `${file} ${name}: derived from an operation missing from lib/openapi/operations.ts`;
  return null;
}
