// npm run bench:recs -- --n=10000 [--history=12] [--week=2026-W48] [--reuse] [--no-naive] [--limit=1000] [--no-quality]
// Creates a fresh PostgreSQL database inyeon_bench_<n> (DATABASE_URL = admin URL), migrates it, loads
// N generated members plus `history` weeks of realistic past activity (exposures, likes with skewed
// appeal, mutual-like matches, blocks, reports), then times the weekly build in a child process (so
// peak RSS is the build's own), measures how close its bounded search comes to the exact top 10, and
// at ≤ 20k members times the naive per-member version (--limit members, 0 = all) on the same data.
import { spawnSync } from "node:child_process";
import { postgresExecutor, type SqlExecutor } from "@/lib/db/sql-executor";
import { migrate } from "@/lib/db/migrate";
import { addWeeks, weekStart, weekYear } from "@/lib/recommendations/week";
import { generateMembers, Prng } from "@/prisma/seed/members-generator";

const args = new Map(process.argv.slice(2).map((a) => { const [k, v] = a.replace(/^--/, "").split("="); return [k, v ?? "true"]; }));
const n = Number(args.get("n") ?? 10_000);
const week = args.get("week") ?? "2026-W48";
const history = Number(args.get("history") ?? 12);
const adminUrl = process.env.DATABASE_URL?.trim() || "postgresql://postgres@127.0.0.1:5432/postgres";
const dbName = `inyeon_bench_${n}`;
const dbUrl = (() => { const u = new URL(adminUrl); u.pathname = `/${dbName}`; return u.toString(); })();
const child = args.get("child");

if (child) await runChild(child);
else await main();

// ---------------------------------------------------------------- the timed runs (child processes)

async function runChild(kind: string) {
  process.env.DATABASE_URL = dbUrl;
  process.env.LOG_LEVEL ??= "warn";
  const { disconnectDb } = await import("@/lib/db");
  const started = performance.now();
  let outcome: unknown;
  if (kind === "fast") {
    const { buildWeeklyRecommendations } = await import("@/lib/recommendations/build-weekly-recommendations");
    outcome = await buildWeeklyRecommendations(week, { triggeredBy: "bench" });
  } else if (kind === "quality") {
    const { measureQuality } = await import("./recommendation-quality");
    outcome = await measureQuality(week);
  } else {
    const { naiveBuild } = await import("./naive-recommendations");
    const limit = Number(args.get("limit") ?? 1000);
    outcome = await naiveBuild(week, { limit: limit > 0 ? limit : undefined });
  }
  const wallMs = Math.round(performance.now() - started);
  const { closeBulkSql } = await import("@/lib/recommendations/bulk-sql");
  await closeBulkSql();
  await disconnectDb();
  console.log(JSON.stringify({ wallMs, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), outcome }));
}

function spawnChild(kind: string, extra: string[] = []) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "bench/recommendations.ts", `--child=${kind}`, `--n=${n}`, `--week=${week}`, ...extra], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: adminUrl },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${kind} run failed:\n${r.stderr}\n${r.stdout}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!);
}

// ---------------------------------------------------------------- orchestration

async function main() {
  console.log(`bench:recs n=${n} week=${week} history=${history} weeks db=${dbName}`);
  const admin = await postgresExecutor(adminUrl);
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [dbName])).rows.length > 0;
  let db: SqlExecutor;
  if (args.has("reuse") && exists) {
    db = await postgresExecutor(dbUrl);
    await db.exec(`DELETE FROM "Recommendation" WHERE "batchWeek" = '${week}'; DELETE FROM "ExposureLog" WHERE "batchWeek" = '${week}'; DELETE FROM "RecommendationRun" WHERE week = '${week}'`);
    await db.exec(`VACUUM ANALYZE "Recommendation"`);
    await db.exec(`VACUUM ANALYZE "ExposureLog"`);
    await db.exec(`CHECKPOINT`).catch(() => undefined); // needs superuser or pg_checkpoint
    console.log("reusing the existing database (this week's rows removed)");
  } else {
    await admin.exec(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.exec(`CREATE DATABASE ${dbName}`);
    db = await postgresExecutor(dbUrl);
    await migrate(db);
    const t = performance.now();
    await populate(db);
    console.log(`setup: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  await admin.close();
  const counts = (await db.query<Record<string, number>>(`SELECT
      (SELECT count(*) FROM "User")::int AS users, (SELECT count(*) FROM "ExposureLog")::int AS exposures,
      (SELECT count(*) FROM "Like")::int AS likes, (SELECT count(*) FROM "Match")::int AS matches,
      (SELECT count(*) FROM "Block")::int AS blocks, (SELECT count(*) FROM "Report")::int AS reports`)).rows[0];
  console.log("data:", counts);

  const fast = spawnChild("fast");
  const run = fast.outcome.run;
  console.log(`fast build: ${(fast.wallMs / 1000).toFixed(2)} s wall, peak RSS ${fast.maxRssMb} MiB, status ${run.status}`);
  console.log(`  eligible ${run.eligibleCount}, recommendations ${run.recommendationsCount} (+ as many exposures), full ${run.fullCount}, empty ${run.emptyCount}, coverage ${run.coverage?.toFixed(3)}, chunks ${run.chunks}`);
  console.log("  stats:", JSON.stringify(run.stats));

  if (!args.has("no-quality")) {
    const q = spawnChild("quality");
    console.log(`search quality (every 200th member vs all admissible candidates): ${JSON.stringify(q.outcome)}`);
  }

  const naive = args.has("naive") ? args.get("naive") !== "false" : n <= 20_000 && !args.has("no-naive");
  if (naive) {
    const fastPairs = await pairsOf(db);
    await db.exec(`DELETE FROM "Recommendation" WHERE "batchWeek" = '${week}'; DELETE FROM "ExposureLog" WHERE "batchWeek" = '${week}'; DELETE FROM "RecommendationRun" WHERE week = '${week}'`);
    const slow = spawnChild("naive", [`--limit=${args.get("limit") ?? 1000}`]);
    const slowPairs = await pairsOf(db);
    let same = 0;
    for (const p of slowPairs) if (fastPairs.has(p)) same++;
    const members = slow.outcome.processed;
    console.log(`naive build: ${(slow.wallMs / 1000).toFixed(2)} s wall for ${members} members (${slow.outcome.queries} queries), peak RSS ${slow.maxRssMb} MiB`);
    if (slow.outcome.limited) console.log(`  limited run; extrapolated to all ${run.eligibleCount}: ${((slow.wallMs / members) * run.eligibleCount / 1000).toFixed(0)} s`);
    console.log(`  recommendations ${slowPairs.size}; identical (user, target) pairs with the fast build: ${same} (${((100 * same) / Math.max(1, slowPairs.size)).toFixed(1)} %)`);
  }
  await db.close();
}

async function pairsOf(db: SqlExecutor): Promise<Set<string>> {
  const rows = (await db.query<{ p: string }>(`SELECT "userId" || '>' || "targetId" AS p FROM "Recommendation" WHERE "batchWeek" = $1`, [week])).rows;
  return new Set(rows.map((r) => r.p));
}

// ---------------------------------------------------------------- data

async function insert(db: SqlExecutor, sql: string, columns: unknown[][], batch = 5000) {
  const rows = columns[0].length;
  for (let i = 0; i < rows; i += batch) await db.query(sql, columns.map((c) => c.slice(i, i + batch)));
}

async function populate(db: SqlExecutor) {
  await db.exec(`SET TIME ZONE 'UTC'`);
  const now = new Date(weekStart(week).getTime() + 10 * 3_600_000); // Monday 10:00 KST
  const members = generateMembers({ count: n, seed: 20261123, now });
  const users = members.map((m) => m.user);
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  await insert(db, `INSERT INTO "User" (id, "kakaoId", name, gender, "birthDate", status, "membershipTier", "membershipExpiresAt", "matchingCount",
      "consultationCount", "createdAt", "updatedAt", "onboardedAt", "lastActiveAt", "bannedAt", "banReason", "deletedAt")
    SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::"Gender"[], $5::date[], $6::"UserStatus"[], $7::"MembershipTier"[], $8::timestamptz[],
      $9::int[], $10::int[], $11::timestamptz[], $12::timestamptz[], $13::timestamptz[], $14::timestamptz[], $15::timestamptz[], $16::text[], $17::timestamptz[])`, [
    users.map((u) => u.id), users.map((u) => u.kakaoId), users.map((u) => u.name), users.map((u) => u.gender), users.map((u) => iso(u.birthDate)?.slice(0, 10) ?? null),
    users.map((u) => u.status), users.map((u) => u.membershipTier), users.map((u) => iso(u.membershipExpiresAt)), users.map((u) => u.matchingCount),
    users.map((u) => u.consultationCount), users.map((u) => iso(u.createdAt)), users.map((u) => iso(u.updatedAt)), users.map((u) => iso(u.onboardedAt)),
    users.map((u) => iso(u.lastActiveAt)), users.map((u) => iso(u.bannedAt)), users.map((u) => u.banReason), users.map((u) => iso(u.deletedAt)),
  ]);
  const profiles = members.flatMap((m) => (m.profile ? [m.profile] : []));
  await insert(db, `INSERT INTO "Profile" ("userId", nickname, gender, "birthYear", height, region, job, intro, keywords, visibility, "createdAt", "updatedAt")
    SELECT u, nk, g, y, h, r, j, i, string_to_array(k, '|'), v::jsonb, c, c FROM unnest($1::uuid[], $2::text[], $3::"Gender"[], $4::int[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::timestamptz[])
      AS x(u, nk, g, y, h, r, j, i, k, v, c)`, [
    profiles.map((p) => p.userId), profiles.map((p) => p.nickname), profiles.map((p) => p.gender), profiles.map((p) => p.birthYear), profiles.map((p) => p.height),
    profiles.map((p) => p.region), profiles.map((p) => p.job), profiles.map((p) => p.intro), profiles.map((p) => p.keywords.join("|")),
    profiles.map((p) => JSON.stringify(p.visibility)), profiles.map((p) => iso(p.createdAt)),
  ]);
  const prefs = members.flatMap((m) => (m.preference ? [m.preference] : []));
  await insert(db, `INSERT INTO "Preference" ("userId", "targetGender", "ageMin", "ageMax", regions, keywords, "createdAt", "updatedAt")
    SELECT u, g, a, b, CASE WHEN r = '' THEN '{}'::text[] ELSE string_to_array(r, '|') END, CASE WHEN k = '' THEN '{}'::text[] ELSE string_to_array(k, '|') END, c, c
      FROM unnest($1::uuid[], $2::"Gender"[], $3::int[], $4::int[], $5::text[], $6::text[], $7::timestamptz[]) AS x(u, g, a, b, r, k, c)`, [
    prefs.map((p) => p.userId), prefs.map((p) => p.targetGender), prefs.map((p) => p.ageMin), prefs.map((p) => p.ageMax),
    prefs.map((p) => p.regions.join("|")), prefs.map((p) => p.keywords.join("|")), prefs.map((p) => iso(p.createdAt)),
  ]);
  await populateHistory(db, members);
  // statistics for the planner, and the setup's dirty pages flushed now rather than during the timed run
  await db.exec(`VACUUM ANALYZE`);
  await db.exec(`CHECKPOINT`).catch(() => undefined); // needs superuser or pg_checkpoint
}

/** Past weeks as the service would have lived them: each live member shown 5–10 compatible members a week. */
async function populateHistory(db: SqlExecutor, members: ReturnType<typeof generateMembers>) {
  const live = members.filter((m) => m.profile && m.preference && (m.user.status === "ACTIVE" || m.user.status === "MATCHING"));
  const ids = live.map((m) => m.user.id);
  await db.exec(`CREATE TEMP TABLE bench_ix (ix int PRIMARY KEY, id uuid NOT NULL)`);
  await insert(db, `INSERT INTO bench_ix SELECT * FROM unnest($1::int[], $2::uuid[])`, [ids.map((_, i) => i), ids], 20000);
  const r = new Prng(7);
  // appeal (being liked) and eagerness (liking) vary a lot between members, as they do in reality
  const appeal = live.map(() => Math.exp(r.normal(0, 0.6)));
  const eager = live.map(() => Math.exp(r.normal(0, 0.6)));
  const year = weekYear(week);
  const byKey = new Map<string, number[]>();
  live.forEach((m, i) => {
    const k = `${m.profile!.gender}${m.profile!.birthYear}`;
    (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(i);
  });
  // drop the secondary indexes while bulk loading (rebuilt below, exactly as the migration made them)
  const indexes = (await db.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('ExposureLog', 'Like') AND indexname NOT LIKE '%_pkey'`,
  )).rows;
  for (const ix of indexes) await db.exec(`DROP INDEX "${ix.indexname}"`);
  const liked = new Set<number>();
  const likeFrom: number[] = [];
  const likeTo: number[] = [];
  const likeWeek: string[] = [];
  for (let h = history; h >= 1; h--) {
    const w = addWeeks(week, -h);
    const seen = new Date(weekStart(w).getTime() + 10 * 3_600_000).toISOString();
    const u: number[] = [];
    const t: number[] = [];
    live.forEach((m, i) => {
      const k = 5 + Math.floor(r.next() * 6);
      const picked = new Set<number>();
      for (let tries = 0; picked.size < k && tries < 40; tries++) {
        const y = year - r.int(m.preference!.ageMin, m.preference!.ageMax);
        const bucket = byKey.get(`${m.preference!.targetGender}${y}`);
        if (!bucket) continue;
        const j = bucket[Math.floor(r.next() * bucket.length)];
        if (j !== i) picked.add(j);
      }
      for (const j of picked) {
        u.push(i);
        t.push(j);
        const key = i * live.length + j;
        if (!liked.has(key) && r.next() < Math.min(0.9, 0.1 * appeal[j] * eager[i])) {
          liked.add(key);
          likeFrom.push(i);
          likeTo.push(j);
          likeWeek.push(w);
        }
      }
    });
    for (let i = 0; i < u.length; i += 100_000) {
      await db.query(
        `INSERT INTO "ExposureLog" ("userId", "targetId", "batchWeek", "seenAt")
         SELECT a.id, b.id, $3, $4::timestamptz FROM unnest($1::int[], $2::int[]) x(u, t) JOIN bench_ix a ON a.ix = x.u JOIN bench_ix b ON b.ix = x.t`,
        [u.slice(i, i + 100_000), t.slice(i, i + 100_000), w, seen],
      );
    }
  }
  await insert(db, `INSERT INTO "Like" ("id", "fromId", "toId", "batchWeek", "createdAt")
    SELECT gen_random_uuid(), a.id, b.id, w, now() FROM unnest($1::int[], $2::int[], $3::text[]) x(u, t, w) JOIN bench_ix a ON a.ix = x.u JOIN bench_ix b ON b.ix = x.t`,
    [likeFrom, likeTo, likeWeek], 100_000);
  for (const ix of indexes) await db.exec(ix.indexdef);
  // mutual likes became matches (most of them closed by now)
  await db.exec(`INSERT INTO "Match" (id, "userAId", "userBId", status, source, "createdAt", "updatedAt")
    SELECT gen_random_uuid(), l1."fromId", l1."toId", CASE WHEN random() < 0.8 THEN 'CLOSED' ELSE 'PENDING' END::"MatchStatus", 'MUTUAL_LIKE', now(), now()
      FROM "Like" l1 JOIN "Like" l2 ON l2."fromId" = l1."toId" AND l2."toId" = l1."fromId" WHERE l1."fromId" < l1."toId"`);
  // 0.5 % of members blocked someone they were shown; 1 % were reported by 1–3 members
  const blocks: [number, number][] = [];
  const reports: [number, number][] = [];
  for (let i = 0; i < live.length; i++) {
    if (r.next() < 0.005) blocks.push([i, Math.floor(r.next() * live.length)]);
    if (r.next() < 0.01) for (let k = r.int(1, 3); k > 0; k--) reports.push([Math.floor(r.next() * live.length), i]);
  }
  await insert(db, `INSERT INTO "Block" (id, "blockerId", "blockedId") SELECT gen_random_uuid(), a.id, b.id
      FROM unnest($1::int[], $2::int[]) x(u, t) JOIN bench_ix a ON a.ix = x.u JOIN bench_ix b ON b.ix = x.t WHERE x.u <> x.t ON CONFLICT DO NOTHING`,
    [blocks.map((b) => b[0]), blocks.map((b) => b[1])]);
  await insert(db, `INSERT INTO "Report" (id, "reporterId", "reportedId", reason) SELECT gen_random_uuid(), a.id, b.id, 'OTHER'
      FROM unnest($1::int[], $2::int[]) x(u, t) JOIN bench_ix a ON a.ix = x.u JOIN bench_ix b ON b.ix = x.t WHERE x.u <> x.t`,
    [reports.map((b) => b[0]), reports.map((b) => b[1])]);
}

