// The migration step of a self-hosted deployment (docker-compose's `migrate` service, the standalone
// check): applies prisma/migrations to DATABASE_URL with the project's runner (lib/db/migrate.ts) and
// nothing else — no Prisma client, no app configuration — so it is compiled into one small file
// (`esbuild … --format=cjs --outfile=migrate.cjs`, see the Dockerfile: CommonJS, so the bundled pg's
// require() calls work as they are) that runs in the production image beside
// server.js. Reads only DATABASE_URL and MIGRATIONS_DIR (default ./prisma/migrations).
import path from "node:path";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { postgresExecutor } from "@/lib/db/sql-executor";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    console.error("migrate: DATABASE_URL must be a postgres:// URL");
    process.exit(2);
  }
  const dir = path.resolve(process.env.MIGRATIONS_DIR ?? path.join("prisma", "migrations"));

  // the database may still be starting (compose starts it alongside): retry the connection briefly
  let sql: Awaited<ReturnType<typeof postgresExecutor>> | undefined;
  for (let attempt = 1; !sql; attempt++) {
    try {
      sql = await postgresExecutor(url);
    } catch (err) {
      if (attempt >= 30) throw err;
      console.warn(`migrate: database not reachable yet (${(err as Error).message}), retrying`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    const result = await migrate(sql, readMigrations(dir));
    for (const name of result.modified) console.warn(`migrate: warning: ${name} was modified after it was applied`);
    console.log(`migrate: ${result.applied.length} applied, ${result.alreadyApplied} already applied`);
  } finally {
    await sql.close();
  }
}

main().catch((err: unknown) => {
  console.error(`migrate: ${(err as Error).message}`);
  process.exit(1);
});
