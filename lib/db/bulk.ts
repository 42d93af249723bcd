// Bulk statements of the weekly build (hundred-thousand-element parameter arrays, multi-megabyte
// results). On PostgreSQL they go straight to node-postgres, on the same pool Prisma uses: Prisma's
// raw-query path copies and re-serializes such parameters (~15 MB of garbage and ~40 ms per 20,000-row
// statement, measured), which at 100,000 members pushed the build past 1 GiB. The embedded PGlite
// (dev and tests: one in-process connection, small data) is reached through Prisma as usual.
import "server-only";
import { env } from "@/lib/env";
import { pgPool, prisma } from "./index";

export type BulkTx = {
  /** runs one statement, returns the affected row count; a `name` prepares it once per connection */
  exec(sql: string, params?: unknown[], name?: string): Promise<number>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
};

/** One transaction: BEGIN … COMMIT on a dedicated connection (PostgreSQL) or a Prisma interactive transaction (PGlite). */
export async function bulkTransaction<T>(fn: (tx: BulkTx) => Promise<T>): Promise<T> {
  if (!env.DATABASE_URL) {
    return prisma.$transaction(
      (tx) =>
        fn({
          exec: (sql, params = []) => tx.$executeRawUnsafe(sql, ...params),
          query: <R>(sql: string, params: unknown[] = []) => tx.$queryRawUnsafe<R[]>(sql, ...params),
        }),
      { timeout: 10 * 60_000, maxWait: 60_000 },
    );
  }
  const client = await pgPool().connect();
  try {
    await client.query("BEGIN");
    const result = await fn({
      exec: async (sql, params = [], name) => (await client.query(name ? { name, text: sql, values: params } : { text: sql, values: params })).rowCount ?? 0,
      query: async <R>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as R[],
    });
    await client.query("COMMIT");
    return result;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** One statement outside a transaction. */
export async function bulkQuery<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  if (!env.DATABASE_URL) return prisma.$queryRawUnsafe<T[]>(sql, ...params);
  return (await pgPool().query(sql, params)).rows as T[];
}
