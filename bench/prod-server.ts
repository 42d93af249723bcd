// Shared by the production benchmarks (bench/api-load.ts, bench/lighthouse.ts): a fresh database on
// the PostgreSQL at DATABASE_URL, N members with profiles and preferences plus one admin, the current
// week built, and one `next start` of a production build running with APP_ENV=production and
// throwaway secrets. Everything is dropped afterwards.
// Env: NEXT_DIST_DIR (default .next), BENCH_PORT (3303), BENCH_MEMBERS (300), REDIS_URL (rate limits),
// BENCH_SERVER_NODE_ARGS (node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=.tmp/prof").
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";

export const DIST = process.env.NEXT_DIST_DIR || ".next";
export const PORT = Number(process.env.BENCH_PORT ?? 3303);
export const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 300);

const ADMIN_URL = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const SECRET = `bench-secret-${randomBytes(16).toString("hex")}`;
const dbName = `inyeon_bench_${randomBytes(5).toString("hex")}`;

export type Stack = {
  baseUrl: string;
  week: string;
  members: { id: string }[];
  admin: { id: string };
  recs: { userId: string; targetId: string }[];
  /** Bearer token of the app's own JWT */
  bearer: (userId: string, role?: "MEMBER" | "ADMIN") => Promise<string>;
  /** Cookie header of an Auth.js session (what a browser sends after Kakao sign-in) */
  sessionCookie: (userId: string, role?: "MEMBER" | "ADMIN") => Promise<string>;
};

/** Sets the production environment; call before anything imports @/lib. */
function productionEnv(dbUrl: string) {
  const business = Object.fromEntries(
    ["BUSINESS_NAME", "BUSINESS_REPRESENTATIVE", "BUSINESS_REGISTRATION_NUMBER", "BUSINESS_BROKERAGE_REPORT_NUMBER", "BUSINESS_MAIL_ORDER_NUMBER", "BUSINESS_ADDRESS", "BUSINESS_PHONE"].map((k) => [k, `bench ${k}`]),
  );
  Object.assign(process.env, {
    DATABASE_URL: dbUrl,
    APP_ENV: "production",
    APP_URL: `http://localhost:${PORT}`,
    LOG_LEVEL: "warn",
    JWT_SECRET: SECRET,
    AUTH_SECRET: SECRET,
    CRON_SECRET: SECRET,
    PII_BLIND_INDEX_KEY: SECRET,
    PII_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString("base64")}`,
    KAKAO_CLIENT_ID: "bench-kakao-client",
    BANK_ACCOUNT_TEXT: "벤치은행 000-000000-00-000 (예금주: 벤치)",
    ...business,
  });
}

export async function withProductionServer(run: (stack: Stack) => Promise<void>): Promise<void> {
  if (!existsSync(path.join(DIST, "BUILD_ID"))) throw new Error(`no production build in ${DIST} (NEXT_DIST_DIR=${DIST} npx next build)`);
  const u = new URL(ADMIN_URL);
  u.pathname = `/${dbName}`;
  productionEnv(u.toString());
  const { postgresExecutor } = await import("@/lib/db/sql-executor");
  const { migrate } = await import("@/lib/db/migrate");
  const admin = await postgresExecutor(ADMIN_URL);
  await admin.exec(`CREATE DATABASE ${dbName}`);
  let server: ChildProcess | undefined;
  try {
    const db = await postgresExecutor(u.toString());
    await migrate(db);
    await db.close();
    const { createMember } = await import("../tests/helpers/factories");
    const { signAppJwt } = await import("@/lib/auth/app-jwt");
    const { prisma, disconnectDb } = await import("@/lib/db");
    const { runWeeklyJob } = await import("@/lib/jobs/run-weekly-job");
    const { currentWeek } = await import("@/lib/core/week");
    const { encode } = await import("next-auth/jwt");

    const members: { id: string }[] = [];
    for (let i = 0; i < MEMBERS; i++) members.push(await createMember({ birthYear: 1985 + (i % 12), region: ["서울", "경기", "부산"][i % 3] }));
    const adminUser = await createMember({ role: "ADMIN" });
    await prisma.user.updateMany({ data: { lastActiveAt: new Date() } });
    const week = currentWeek();
    await runWeeklyJob({ week, triggeredBy: "bench", maxDurationMs: 120_000 });
    const recs = await prisma.recommendation.findMany({ where: { batchWeek: week }, select: { userId: true, targetId: true } });
    // planner statistics, as a live database has them (autovacuum would run ANALYZE a minute later,
    // in the middle of a measurement; without it PostgreSQL takes the tables for near-empty and drives
    // every read from a scan of "User": 6,000 buffer reads instead of 60 for one list of cards)
    await prisma.$executeRawUnsafe("VACUUM ANALYZE");
    await disconnectDb();
    console.log(`seeded ${MEMBERS} members, ${recs.length} recommendations for ${week}`);

    // BENCH_SERVER_NODE_ARGS: e.g. "--cpu-prof --cpu-prof-dir=.tmp/prof" to profile the server
    const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
    server = spawn(process.execPath, [...nodeArgs, path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(PORT)], {
      env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" },
      detached: true,
      stdio: ["ignore", "ignore", "inherit"],
    });
    const baseUrl = `http://localhost:${PORT}`;
    for (let i = 0; i < 120; i++) {
      if (await fetch(`${baseUrl}/api/healthz`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    await run({
      baseUrl,
      week,
      members,
      admin: adminUser,
      recs,
      bearer: (sub, role = "MEMBER") => signAppJwt({ sub, role }),
      // the claims lib/auth/config's jwt callback writes at sign-in
      sessionCookie: async (sub, role = "MEMBER") =>
        `authjs.session-token=${await encode({ token: { uid: sub, sub, role, status: "ACTIVE" }, secret: SECRET, salt: "authjs.session-token" })}`,
    });
  } finally {
    if (server?.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        /* gone */
      }
    }
    await new Promise((r) => setTimeout(r, 800));
    await admin.exec(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await admin.close();
  }
}
