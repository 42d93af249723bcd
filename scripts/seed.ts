// npm run db:seed — migrates the configured database (DATABASE_URL or the embedded PGlite), then
// inserts the demo admin, the demo Kakao accounts and generated members. Idempotent: a second run
// inserts nothing. Options: --count=<n> generated members (default 200); --allow-production.
import { disconnectDb, prisma } from "@/lib/db";
import { migrateConfiguredDatabase } from "@/lib/db/open";
import { env } from "@/lib/env";
import { DEFAULT_SEED_COUNT, seedDatabase } from "@/prisma/seed";
import { ensureSeedPhotoObjects } from "@/prisma/seed/seed-photos";
import { ensureBucket } from "@/lib/storage";

const args = process.argv.slice(2);
const countArg = args.find((a) => a.startsWith("--count="))?.slice("--count=".length);
const count = countArg === undefined ? DEFAULT_SEED_COUNT : Number(countArg);
if (!Number.isInteger(count) || count < 0) {
  console.error(`seed: --count must be a non-negative integer (got "${countArg}")`);
  process.exit(2);
}
// Demo accounts (including an admin behind a fixed Kakao id) have no place in a live database.
if (env.APP_ENV === "production" && !args.includes("--allow-production")) {
  console.error("seed: refusing to seed with APP_ENV=production (pass --allow-production to override)");
  process.exit(2);
}

const target = env.DATABASE_URL ? "postgres" : `embedded ${env.PGLITE_DIR}`;
const started = performance.now();
try {
  const migration = await migrateConfiguredDatabase();
  const migrated = performance.now();
  const { created, skipped } = await seedDatabase(prisma, { count });
  const timing = `migrate ${Math.round(migrated - started)} ms (${migration.applied.length} applied), seed ${Math.round(performance.now() - migrated)} ms`;
  console.log(skipped ? `seed: ${target} already seeded, nothing to do; ${timing}` : `seed: ${target}: ${created} users created; ${timing}`);
  // the seeded photos' bytes (illustrated portraits); without storage the rows stay and a later run draws them
  try {
    await ensureBucket();
    console.log(`seed: ${await ensureSeedPhotoObjects(prisma)} seeded photos drawn in storage`);
  } catch (err) {
    console.warn(`seed: seeded photos not drawn, storage unreachable (${(err as Error).message})`);
  }
} finally {
  await disconnectDb();
}
