// The weekly build's bulk statements (hundred-thousand-element parameter arrays, multi-megabyte
// results). On PostgreSQL they go straight to node-postgres on a small pool of their own: Prisma's
// raw-query path copies and re-serializes such parameters (~15 MB of garbage and ~40 ms per 20,000-row
// statement, measured), which at 100,000 members pushed the build past 1 GiB. The embedded PGlite
// (dev and tests: one in-process connection, small data) is reached through Prisma as usual.
import pg from "pg";
import { env } from "@/lib/env";
import { prisma } from "@/lib/db";

export type BulkTx = {
  /** runs one statement, returns the affected row count; a `name` prepares it once per connection */
  exec(sql: string, params?: unknown[], name?: string): Promise<number>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
};

const globalForBulk = globalThis as unknown as { __inyeonBulkPool?: pg.Pool };

function pool(): pg.Pool {
  if (!globalForBulk.__inyeonBulkPool) {
    const p = new pg.Pool({ connectionString: env.DATABASE_URL, max: 4, allowExitOnIdle: true, idleTimeoutMillis: 10_000 });
    p.on("error", () => undefined); // an idle client dropped by the server: the pool replaces it
    globalForBulk.__inyeonBulkPool = p;
  }
  return globalForBulk.__inyeonBulkPool;
}

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
  const client = await pool().connect();
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
  return (await pool().query(sql, params)).rows as T[];
}

/** Closes the pool (scripts and benchmarks, before exiting). */
export async function closeBulkSql(): Promise<void> {
  const p = globalForBulk.__inyeonBulkPool;
  globalForBulk.__inyeonBulkPool = undefined;
  await p?.end();
}
