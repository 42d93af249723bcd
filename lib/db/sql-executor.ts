// A minimal SQL connection shape shared by node-postgres and PGlite, used by the migration runner,
// the seed and test setup (things that run before, or beside, the Prisma client).
import "server-only";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

export interface SqlExecutor {
  /** parameterized single statement */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** one or more statements, no parameters */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export function pgliteExecutor(db: PGlite, { owned = true } = {}): SqlExecutor {
  return {
    query: async <T,>(sql: string, params?: unknown[]) => ({ rows: (await db.query<T>(sql, params)).rows }),
    exec: async (sql) => {
      await db.exec(sql);
    },
    close: async () => {
      if (owned) await db.close();
    },
  };
}

export async function postgresExecutor(connectionString: string): Promise<SqlExecutor> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  return {
    query: async <T,>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params as unknown[])).rows as T[] }),
    exec: async (sql) => {
      await client.query(sql);
    },
    close: () => client.end(),
  };
}
