// Many instances: two `next start` processes on ports 3301/3302 against the SAME PostgreSQL
// database and Redis prove that (1) a rate limit is shared, (2) concurrent cron calls build the week
// once, (3) a ban on one instance is refused on the other at once; plus the real server's answers to
// a malformed percent-encoded API path and its security headers.
// Needs a production build: `next build` (the default `.next`) or NEXT_DIST_DIR=.next-x. Run:
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379/7 npx tsx --conditions=react-server tests/multi-instance/run.ts
// Bounded (~2 min), creates and drops its own database, kills the processes it started.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import assert from "node:assert/strict";
import path from "node:path";

const ADMIN_URL = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379/7";
const DIST = process.env.NEXT_DIST_DIR || ".next";
const PORTS = [Number(process.env.MULTI_PORT_A ?? 3301), Number(process.env.MULTI_PORT_B ?? 3302)];
const DEADLINE_MS = Number(process.env.MULTI_TIMEOUT_MS ?? 150_000);
const SECRET = `multi-instance-secret-${randomBytes(12).toString("hex")}`;
const CRON_SECRET = `cron-${randomBytes(12).toString("hex")}`;

if (!existsSync(path.join(DIST, "BUILD_ID"))) {
  console.error(`multi-instance: no production build in ${DIST} (run \`next build\` first, or set NEXT_DIST_DIR)`);
  process.exit(2);
}

const dbName = `inyeon_multi_${randomBytes(5).toString("hex")}`;
const dbUrl = (() => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${dbName}`;
  return u.toString();
})();
// the runner's own lib/ (factories, JWT signing) uses the same database and secrets as the servers
Object.assign(process.env, { DATABASE_URL: dbUrl, JWT_SECRET: SECRET, AUTH_SECRET: SECRET, CRON_SECRET, APP_ENV: "development", LOG_LEVEL: "warn" });

const children: ChildProcess[] = [];
const timer = setTimeout(() => {
  console.error(`multi-instance: over ${DEADLINE_MS} ms, giving up`);
  void cleanup().then(() => process.exit(1));
}, DEADLINE_MS);

async function cleanup() {
  for (const c of children) {
    if (c.pid && c.exitCode === null) {
      try {
        process.kill(-c.pid, "SIGTERM"); // the process group of that one child
      } catch {
        /* gone */
      }
    }
  }
  await new Promise((r) => setTimeout(r, 500));
  for (const c of children) if (c.pid && c.exitCode === null) try { process.kill(-c.pid, "SIGKILL"); } catch { /* gone */ }
}

async function waitReady(port: number) {
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`http://localhost:${port}/api/healthz`);
      if (res.status === 200) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`instance on ${port} did not become healthy`);
}

function startInstance(port: number) {
  const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: dbUrl,
      REDIS_URL,
      TRUSTED_PROXY: "x-real-ip",
      APP_URL: `http://localhost:${port}`,
      AUTH_URL: `http://localhost:${port}`,
      METRICS_TOKEN: "multi-metrics-token",
      CORS_ORIGINS: "https://app.inyeon.example",
    },
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", (d: Buffer) => process.env.MULTI_VERBOSE && process.stderr.write(`[${port}] ${d}`));
  children.push(child);
  return child;
}

const base = (i: number) => `http://localhost:${PORTS[i % 2]}`;

async function main() {
  const { postgresExecutor } = await import("@/lib/db/sql-executor");
  const { migrate } = await import("@/lib/db/migrate");
  const admin = await postgresExecutor(ADMIN_URL);
  await admin.exec(`CREATE DATABASE ${dbName}`);
  try {
    const db = await postgresExecutor(dbUrl);
    await migrate(db);
    await db.close();

    const { Redis } = await import("ioredis");
    const redis = new Redis(REDIS_URL);
    const stale = await redis.keys("inyeon:rl:*");
    if (stale.length) await redis.del(...stale);
    await redis.quit();

    const { createMember } = await import("../helpers/factories");
    const { tokenFor } = await import("../helpers/http");
    const { prisma, disconnectDb } = await import("@/lib/db");
    const members = [];
    for (let i = 0; i < 24; i++) members.push(await createMember({ birthYear: 1988 + (i % 8), region: i % 3 ? "서울" : "경기" }));
    const adminUser = await createMember({ role: "ADMIN" });

    const t0 = Date.now();
    PORTS.forEach((p) => startInstance(p));
    await Promise.all(PORTS.map(waitReady));
    console.log(`two instances up in ${Date.now() - t0} ms (dist ${DIST})`);

    // 1. a rate limit shared through Redis: one client (x-real-ip) alternating between instances
    const statuses: number[] = [];
    const remaining: string[] = [];
    for (let i = 0; i < 21; i++) {
      const res = await fetch(`${base(i)}/api/auth/sync-kakao`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-real-ip": "203.0.113.200" },
        body: JSON.stringify({ accessToken: "not a token" }), // refused without calling Kakao
      });
      statuses.push(res.status);
      remaining.push(res.headers.get("x-ratelimit-remaining") ?? "");
    }
    assert.deepEqual(statuses.slice(0, 20), Array(20).fill(401), `statuses ${statuses}`);
    assert.equal(statuses[20], 429, `the 21st attempt, on either instance, is limited (remaining: ${remaining})`);
    assert.deepEqual(remaining.slice(0, 20), Array.from({ length: 20 }, (_, i) => String(19 - i)), `one counter for both: ${remaining}`);
    console.log("✓ rate limit shared across instances (Redis)");

    // 2. concurrent cron calls on both instances build the week once
    const cron = await Promise.all(
      Array.from({ length: 6 }, (_, i) => fetch(`${base(i)}/api/cron/weekly-recommendations`, { headers: { authorization: `Bearer ${CRON_SECRET}` } }).then(async (r) => ({ status: r.status, body: await r.json() }))),
    );
    assert.ok(cron.every((c) => c.status === 200 || c.status === 202 || c.status === 409), `cron statuses ${cron.map((c) => c.status)}`);
    const runs = await prisma.recommendationRun.findMany({ select: { week: true, status: true } });
    assert.equal(runs.length, 1, `one run row: ${JSON.stringify(runs)}`);
    const dupes = (await prisma.$queryRawUnsafe(`SELECT count(*)::int AS n FROM (SELECT "userId", "targetId", "batchWeek" FROM "Recommendation" GROUP BY 1, 2, 3 HAVING count(*) > 1) d`)) as { n: number }[];
    assert.equal(dupes[0].n, 0);
    const exposures = (await prisma.$queryRawUnsafe(`SELECT count(*)::int AS n FROM "ExposureLog"`)) as { n: number }[];
    const recs = await prisma.recommendation.count();
    assert.ok(recs > 0, "the week was built");
    assert.ok(exposures[0].n <= recs, `exposure written once per recommendation (${exposures[0].n} ≤ ${recs})`);
    console.log(`✓ 6 concurrent cron calls on 2 instances: one run (${runs[0].status}), ${recs} recommendations, no duplicates`);

    // 3. a ban on instance A is refused on instance B at once
    const victim = members[0];
    const memberToken = await tokenFor(victim);
    const adminToken = await tokenFor({ id: adminUser.id, role: "ADMIN" });
    assert.equal((await fetch(`${base(1)}/api/me`, { headers: { authorization: `Bearer ${memberToken}` } })).status, 200);
    const ban = await fetch(`${base(0)}/api/admin/users/${victim.id}/ban`, {
      method: "POST",
      headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
      body: JSON.stringify({ reason: "다중 인스턴스 테스트" }),
    });
    assert.equal(ban.status, 200, `ban: ${ban.status} ${await ban.clone().text()}`);
    const after = await fetch(`${base(1)}/api/me`, { headers: { authorization: `Bearer ${memberToken}` } });
    assert.equal(after.status, 403, "the other instance refuses the banned member immediately");
    console.log("✓ a ban on one instance is refused on the other at once");

    // 4. the real server: malformed percent-encoding → JSON 400 in the error shape; security headers
    const bad = await fetch(`${base(0)}/api/matches/%zz`, { headers: { authorization: `Bearer ${memberToken}` } });
    const badText = await bad.text();
    assert.ok(bad.status === 400 || bad.status === 404, `malformed path: ${bad.status} ${badText.slice(0, 200)}`);
    assert.match(bad.headers.get("content-type") ?? "", /application\/json/, `malformed path content-type: ${badText.slice(0, 200)}`);
    assert.ok(JSON.parse(badText).error?.code, "error shape");
    const home = await fetch(`${base(0)}/`);
    const csp = home.headers.get("content-security-policy") ?? "";
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(home.headers.get("x-frame-options"), "DENY");
    const preflight = await fetch(`${base(0)}/api/likes`, { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
    assert.equal(preflight.headers.get("access-control-allow-origin"), null, "a foreign origin gets no allow headers");
    // the proxy sees API calls only with an Origin or a `%` in the path: an allowed origin still gets CORS
    const allowed = "https://app.inyeon.example";
    const okPreflight = await fetch(`${base(0)}/api/likes`, { method: "OPTIONS", headers: { origin: allowed, "access-control-request-method": "POST" } });
    assert.equal(okPreflight.status, 204);
    assert.equal(okPreflight.headers.get("access-control-allow-origin"), allowed);
    assert.match(okPreflight.headers.get("access-control-allow-methods") ?? "", /POST/);
    const cors = await fetch(`${base(0)}/api/me`, { headers: { origin: allowed, authorization: `Bearer ${adminToken}` } });
    assert.equal(cors.status, 200);
    assert.equal(cors.headers.get("access-control-allow-origin"), allowed);
    assert.ok(cors.headers.get("x-request-id"), "request id on API responses");
    assert.equal((await fetch(`${base(0)}/api/healthz`)).headers.get("access-control-allow-origin"), null, "no Origin, no CORS headers");
    const metrics = await fetch(`${base(0)}/api/metrics`, { headers: { authorization: "Bearer multi-metrics-token" } });
    assert.equal(metrics.status, 200);
    assert.match(await metrics.text(), /inyeon_http_requests_total\{[^}]*operation="postAuthSyncKakao"/);
    assert.equal((await fetch(`${base(0)}/api/metrics`)).status, 401);
    console.log("✓ malformed path → JSON error; CSP/frame headers; CORS for the allowed origin only; metrics behind a token");

    await disconnectDb();
  } finally {
    await cleanup();
    await admin.exec(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await admin.close();
  }
}

main()
  .then(() => {
    clearTimeout(timer);
    console.log("multi-instance: all checks passed");
    process.exit(0);
  })
  .catch(async (err) => {
    console.error("multi-instance: FAILED:", err instanceof Error ? err.message : err);
    await cleanup();
    process.exit(1);
  });
