// Shared by the security suites (tests/integration/security-*.int.test.ts): a cheap fingerprint of the
// whole database (row count + content hash per table) to prove "nothing was written", handlers built
// generically from the operation registry, and sample path params for any declared params schema.
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import type { Operation } from "@/lib/core/operation";
import { OPERATIONS } from "@/lib/openapi/operations";

/** Tables whose content legitimately changes on a refused request (rate-limit counters). */
const VOLATILE = new Set(["RateLimit", "_prisma_migrations"]);

let tables: string[] | null = null;

/** Per table: row count and an order-independent hash of every row. */
export async function fingerprint(): Promise<Record<string, string>> {
  tables ??= ((await prisma.$queryRawUnsafe(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)) as { t: string }[])
    .map((r) => r.t)
    .filter((t) => !VOLATILE.has(t));
  const sql = tables
    .map((t) => `SELECT '${t}' AS t, count(*)::int AS n, md5(coalesce(string_agg(md5(x::text), '' ORDER BY md5(x::text)), '')) AS h FROM "${t}" x`)
    .join(" UNION ALL ");
  const rows = (await prisma.$queryRawUnsafe(sql)) as { t: string; n: number; h: string }[];
  return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h}`]));
}

/** Tables whose fingerprint differs (for a readable failure). */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}

/** The same handler the route file exports (`route(op)`), built from the declaration. */
export { handlerOf } from "../helpers/call-op";

export const operations = (): readonly Operation[] => OPERATIONS;

export const isPersonAccess = (op: Operation) => op.access === "member" || op.access === "onboarding" || op.access === "admin";

/** Path param names of an operation's path template. */
export const paramNames = (op: Operation) => [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

/** Params that parse but name nothing: a fresh UUID for ids, a plausible token for other names. */
export function unknownParams(op: Operation): Record<string, string> {
  return Object.fromEntries(paramNames(op).map((k) => [k, k === "job" ? "weekly-recommendations" : /id$/i.test(k) ? randomUUID() : `unknown_${randomUUID().slice(0, 8)}`]));
}
