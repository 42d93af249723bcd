// What `npm run dev|preview` needs before the app starts: pending migrations, the demo seed and (dev)
// this week's recommendations, in ONE process so the database is opened once. A later start skips
// it all when nothing changed: for the embedded database a small state file next to it records the
// database's identity, the migrations, the seed's inputs and the week already COMPLETED.
// Usage: tsx --conditions=react-server scripts/dev-prepare.ts dev|preview  (PostgreSQL: always checks, which is cheap there).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readMigrations } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import { currentWeek } from "@/lib/core/week";

const mode = process.argv[2] === "preview" ? "preview" : "dev";
const started = performance.now();
const ms = () => `${Math.round(performance.now() - started)} ms`;

type State = { db: string; migrations: string; seed: string; week: string | null };

const sha = (parts: string[]) => createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 16);

/** the files whose content decides what the seed writes */
function seedInputs(): string[] {
  const dir = path.join("prisma", "seed");
  const files = ["prisma/seed.ts", "dev/demo-accounts.ts", ...readdirSync(dir).sort().map((f) => path.join(dir, f))];
  return files.filter((f) => existsSync(f)).map((f) => `${f}:${readFileSync(f, "utf8")}`);
}

/** PGlite only: a recreated data directory gets a new PG_VERSION file (new inode, new birth time) */
function embeddedIdentity(): string | null {
  if (env.DATABASE_URL || env.PGLITE_DIR.includes("://")) return null;
  const file = path.join(env.PGLITE_DIR, "PG_VERSION");
  if (!existsSync(file)) return null;
  const s = statSync(file);
  return `${s.ino}:${Math.round(s.birthtimeMs || s.mtimeMs)}`;
}

const stateFile = env.DATABASE_URL || env.PGLITE_DIR.includes("://") ? null : `${env.PGLITE_DIR.replace(/[\\/]+$/, "")}.stack-state.json`;

function readState(): State | null {
  try {
    return stateFile && existsSync(stateFile) ? (JSON.parse(readFileSync(stateFile, "utf8")) as State) : null;
  } catch {
    return null;
  }
}

const want = {
  migrations: sha(readMigrations().map((m) => `${m.name}:${m.checksum}`)),
  seed: sha(seedInputs()),
  week: mode === "dev" ? currentWeek() : null,
};
const before = readState();
const identity = embeddedIdentity();
if (
  before &&
  identity &&
  before.db === identity &&
  before.migrations === want.migrations &&
  before.seed === want.seed &&
  (want.week === null || before.week === want.week)
) {
  console.log(`[prepare] nothing to do: migrations applied, demo data seeded${want.week ? `, week ${want.week} built` : ""} (${ms()})`);
  process.exit(0);
}

// Something changed (or first start): open the database once and do each step; every step is
// idempotent and cheap when its work is already done.
const { disconnectDb, prisma } = await import("@/lib/db");
const { migrateConfiguredDatabase } = await import("@/lib/db/open");
const { DEFAULT_SEED_COUNT, seedDatabase } = await import("@/prisma/seed");
const { ensureSeedPhotoObjects } = await import("@/prisma/seed/seed-photos");
const { ensureBucket } = await import("@/lib/storage");

/** the seeded members' portraits in storage (the local S3 starts alongside; a few retries) */
async function drawSeedPhotos(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await ensureBucket();
      const written = await ensureSeedPhotoObjects(prisma);
      console.log(`[prepare] seed photos: ${written} drawn (${ms()})`);
      return;
    } catch (err) {
      if (attempt >= 10) {
        console.warn(`[prepare] seed photos skipped: storage unreachable (${(err as Error).message})`);
        return;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
let week: string | null = before?.week ?? null;
try {
  const migration = await migrateConfiguredDatabase();
  for (const name of migration.modified) console.warn(`[prepare] warning: migration ${name} was modified after it was applied`);
  console.log(`[prepare] migrations: ${migration.applied.length} applied, ${migration.alreadyApplied} already applied (${ms()})`);

  if (env.APP_ENV === "production") console.log("[prepare] APP_ENV=production: no demo seed");
  else {
    const { created, skipped } = await seedDatabase(prisma, { count: DEFAULT_SEED_COUNT });
    console.log(`[prepare] seed: ${skipped ? "already seeded" : `${created} users created`} (${ms()})`);
    await drawSeedPhotos();
  }

  if (mode === "dev") {
    const { runWeeklyJob } = await import("@/lib/jobs/run-weekly-job");
    let result = await runWeeklyJob({ triggeredBy: "cli" });
    // another process may hold the build's lease: wait for it a little
    for (let i = 0; i < 20 && ["PARTIAL", "RUNNING"].includes(result.recommendations.status); i++) {
      await new Promise((r) => setTimeout(r, 1000));
      result = await runWeeklyJob({ week: result.week, triggeredBy: "cli" });
    }
    const { status, ran, run } = result.recommendations;
    console.log(`[prepare] recommendations ${result.week}: ${status}${ran ? "" : " (already built)"} · ${run.recommendationsCount} recommendations (${ms()})`);
    if (status === "FAILED") process.exitCode = 1;
    week = status === "COMPLETED" ? result.week : null;
  }
} finally {
  await disconnectDb();
}

const after = embeddedIdentity();
if (stateFile && after && process.exitCode !== 1) {
  const state: State = { db: after, migrations: want.migrations, seed: want.seed, week };
  writeFileSync(stateFile, JSON.stringify(state, null, 2) + "\n");
}
