// Opens a raw SQL connection to the configured database (server or embedded) for the migration
// runner and the seed, and applies pending migrations.
import "server-only";
import { mkdirSync } from "node:fs";
import { env } from "@/lib/env";
import { embeddedDatabase } from "./index";
import { migrate, type MigrateResult } from "./migrate";
import { pgliteExecutor, postgresExecutor, type SqlExecutor } from "./sql-executor";

export async function openSql(): Promise<SqlExecutor> {
  if (env.DATABASE_URL) return postgresExecutor(env.DATABASE_URL);
  if (!env.PGLITE_DIR.includes("://")) mkdirSync(env.PGLITE_DIR, { recursive: true });
  // Shares the process's PGlite with Prisma; closing the executor leaves it open.
  return pgliteExecutor(embeddedDatabase(), { owned: false });
}

export async function migrateConfiguredDatabase(): Promise<MigrateResult> {
  const sql = await openSql();
  try {
    return await migrate(sql);
  } finally {
    await sql.close();
  }
}
