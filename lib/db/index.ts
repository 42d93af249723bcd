// Prisma client singleton. DATABASE_URL selects PostgreSQL (pg driver adapter); without it the
// embedded, file-backed PGlite under PGLITE_DIR is used. PII columns are omitted by default.
import "server-only";
import { createHash } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

export const PII_OMIT = { realNameEnc: true, realNameHash: true, phoneEnc: true, phoneHash: true, ciHash: true } as const;

function createClient() {
  const adapter = env.DATABASE_URL
    ? new PrismaPg(pgPool(), env.DATABASE_PREPARED_STATEMENTS === "on" ? { statementNameGenerator } : {})
    : new PrismaPGlite(embeddedDatabase());
  return new PrismaClient({ adapter, omit: { user: PII_OMIT } });
}

/**
 * Names each statement after its SQL text, so node-postgres prepares it once per connection and
 * PostgreSQL keeps its plan (unnamed statements are parsed and planned on every call: planning the
 * received-likes read took 6–8 ms, running it 0.8 ms). The set of texts is bounded by the code (Prisma
 * writes one text per query shape and list length); a pooled connection drops its statements when it closes.
 */
export function statementNameGenerator(query: { sql: string }): string {
  // unnamed: planned with this call's values (see PLAN_EACH_CALL)
  if (query.sql.startsWith(PLAN_EACH_CALL)) return undefined as unknown as string;
  return `p_${createHash("sha1").update(query.sql).digest("base64url")}`;
}

/**
 * Starts a statement that must be planned with each call's values, never by a cached generic plan:
 * a query whose best plan depends on how selective its values are (the admin member search: one status
 * and region cover half the members, another a hundred). After five calls PostgreSQL may keep a generic
 * plan costed on average selectivities — for the admin list one that sorted every match of the filter
 * (68 ms) instead of reading the newest-first index (4 ms). Planning such a query costs ~1 ms.
 */
export const PLAN_EACH_CALL = "/* plan each call */";

export type Db = ReturnType<typeof createClient>;
/** the client handed to a $transaction callback */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { __inyeonPrisma?: Db; __inyeonPglite?: PGlite; __inyeonPgPool?: pg.Pool };

/** The one PostgreSQL connection pool: Prisma's adapter and the bulk executor (./bulk.ts) share it. */
export function pgPool(): pg.Pool {
  if (!globalForDb.__inyeonPgPool) {
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
    pool.on("error", () => undefined); // an idle client dropped by the server: the pool replaces it
    globalForDb.__inyeonPgPool = pool;
  }
  return globalForDb.__inyeonPgPool;
}

/** The in-process PGlite (one per process and directory: PGlite has no file locking). */
export function embeddedDatabase(): PGlite {
  globalForDb.__inyeonPglite ??= new PGlite(env.PGLITE_DIR);
  return globalForDb.__inyeonPglite;
}

export function isEmbedded(): boolean {
  return !env.DATABASE_URL;
}

function client(): Db {
  globalForDb.__inyeonPrisma ??= createClient();
  return globalForDb.__inyeonPrisma;
}

/**
 * The shared client, created on first use (not at import: `next build` imports route modules
 * and must not open a database).
 */
export const prisma: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  await globalForDb.__inyeonPrisma?.$disconnect();
  globalForDb.__inyeonPrisma = undefined;
  await globalForDb.__inyeonPgPool?.end();
  globalForDb.__inyeonPgPool = undefined;
  await globalForDb.__inyeonPglite?.close();
  globalForDb.__inyeonPglite = undefined;
}
