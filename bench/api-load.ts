// API load benchmark (not a test): the production build under 32 connections (autocannon), in ONE run,
// for a static page, GET /api/healthz, GET /api/me, GET /api/recommendations, a first POST /api/likes
// and GET /api/admin/users: req/s, p50, p99 and each as a ratio of the static page's req/s.
//   npx next build   (or NEXT_DIST_DIR=.next-x npx next build)
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/api-load.ts
// Env: NEXT_DIST_DIR (default .next), BENCH_PORT (3303), BENCH_SECONDS (10), BENCH_CONNECTIONS (32),
// BENCH_MEMBERS (300), REDIS_URL (rate-limit store; else the database). Creates and drops its own database;
// the server runs with APP_ENV=production and throwaway secrets.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";

const ADMIN_URL = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DIST = process.env.NEXT_DIST_DIR || ".next";
const PORT = Number(process.env.BENCH_PORT ?? 3303);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 300);
const SECRET = `bench-secret-${randomBytes(16).toString("hex")}`;

if (!existsSync(path.join(DIST, "BUILD_ID"))) {
  console.error(`no production build in ${DIST}`);
  process.exit(2);
}
const dbName = `inyeon_bench_${randomBytes(5).toString("hex")}`;
const u = new URL(ADMIN_URL);
u.pathname = `/${dbName}`;
const dbUrl = u.toString();
// the server runs as in production (APP_ENV=production: no response-schema checks, production
// secrets required): throwaway keys and bench operator data for this run only
const business = Object.fromEntries(
  ["BUSINESS_NAME", "BUSINESS_REPRESENTATIVE", "BUSINESS_REGISTRATION_NUMBER", "BUSINESS_BROKERAGE_REPORT_NUMBER", "BUSINESS_MAIL_ORDER_NUMBER", "BUSINESS_ADDRESS", "BUSINESS_PHONE"].map((k) => [k, `bench ${k}`]),
);
Object.assign(process.env, {
  DATABASE_URL: dbUrl,
  APP_ENV: "production",
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

let server: ChildProcess | undefined;
const stopServer = () => {
  if (server?.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      /* gone */
    }
  }
};

type Row = { name: string; rps: number; p50: number; p99: number; non2xx: number; errors: number };

async function measure(name: string, opts: Partial<autocannon.Options>): Promise<Row> {
  const url = `http://localhost:${PORT}`;
  // a short warm-up so JIT and connection pools are hot
  await autocannon({ url, connections: CONNECTIONS, duration: 2, ...opts });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, ...opts });
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

async function main() {
  const { postgresExecutor } = await import("@/lib/db/sql-executor");
  const { migrate } = await import("@/lib/db/migrate");
  const admin = await postgresExecutor(ADMIN_URL);
  await admin.exec(`CREATE DATABASE ${dbName}`);
  try {
    const db = await postgresExecutor(dbUrl);
    await migrate(db);
    await db.close();
    const { createMember } = await import("../tests/helpers/factories");
    const { signAppJwt } = await import("@/lib/auth/app-jwt");
    const { prisma, disconnectDb } = await import("@/lib/db");
    const { runWeeklyJob } = await import("@/lib/recommendations/run-weekly-job");
    const { currentWeek } = await import("@/lib/recommendations/week");

    const members: { id: string }[] = [];
    for (let i = 0; i < MEMBERS; i++) members.push(await createMember({ birthYear: 1985 + (i % 12), region: ["서울", "경기", "부산"][i % 3] }));
    const adminUser = await createMember({ role: "ADMIN" });
    await prisma.user.updateMany({ data: { lastActiveAt: new Date() } });
    const week = currentWeek();
    await runWeeklyJob({ week, triggeredBy: "bench", maxDurationMs: 120_000 });
    const recs = await prisma.recommendation.findMany({ where: { batchWeek: week }, select: { userId: true, targetId: true } });
    const tokens = new Map<string, string>();
    for (const m of members) tokens.set(m.id, await signAppJwt({ sub: m.id, role: "MEMBER" }));
    const adminToken = await signAppJwt({ sub: adminUser.id, role: "ADMIN" });
    await disconnectDb();
    console.log(`seeded ${MEMBERS} members, ${recs.length} recommendations for ${week}`);

    server = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(PORT)], {
      env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1", APP_URL: `http://localhost:${PORT}` },
      detached: true,
      stdio: ["ignore", "ignore", "inherit"],
    });
    for (let i = 0; i < 120; i++) {
      const ok = await fetch(`http://localhost:${PORT}/api/healthz`).then((r) => r.ok).catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 500));
    }

    const ids = members.map((m) => m.id);
    let n = 0;
    const rotating = (p: string) => ({
      requests: [
        {
          setupRequest: (req: Record<string, unknown>) => ({ ...req, path: p, headers: { authorization: `Bearer ${tokens.get(ids[n++ % ids.length])}` } }),
        },
      ],
    });
    let k = 0;
    const likes = {
      requests: [
        {
          setupRequest: (req: Record<string, unknown>) => {
            const rec = recs[k++ % recs.length]; // each pair once while k < recs.length: a first like
            return { ...req, method: "POST", path: "/api/likes", headers: { authorization: `Bearer ${tokens.get(rec.userId)}`, "content-type": "application/json" }, body: JSON.stringify({ toUserId: rec.targetId, batchWeek: week }) };
          },
        },
      ],
    };

    const rows: Row[] = [];
    rows.push(await measure("static page (/terms)", { requests: [{ path: "/terms" }] } as never));
    rows.push(await measure("GET /api/healthz", { requests: [{ path: "/api/healthz" }] } as never));
    rows.push(await measure("GET /api/me", rotating("/api/me") as never));
    rows.push(await measure("GET /api/recommendations", rotating("/api/recommendations") as never));
    rows.push(await measure("POST /api/likes (first like)", likes as never));
    rows.push(await measure("GET /api/admin/users", { requests: [{ path: "/api/admin/users", headers: { authorization: `Bearer ${adminToken}` } }] } as never));

    const base = rows[0].rps;
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s each, one run (${new Date().toISOString()})\n`);
    console.log("| request | req/s | p50 ms | p99 ms | vs static | non-2xx | errors |");
    console.log("|---|---:|---:|---:|---:|---:|---:|");
    for (const r of rows) console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${((100 * r.rps) / base).toFixed(0)} % | ${r.non2xx} | ${r.errors} |`);
    if (k > recs.length) console.log(`\nnote: ${k - recs.length} like requests repeated a pair (not first likes): raise BENCH_MEMBERS`);
  } finally {
    stopServer();
    await new Promise((r) => setTimeout(r, 800));
    await admin.exec(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await admin.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    stopServer();
    process.exit(1);
  },
);
