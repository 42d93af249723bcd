// npm run bench:recs -- --n=10000 [--db=name] [--history=12] [--week=2026-W48] [--reuse] [--no-eval] [--eval-only] [--no-quality] [--naive --limit=1000]
// Generates N members and `history` weeks of synthetic past activity (bench/synthetic-history.ts:
// exposures, likes from non-trivial tastes, mutual-like matches, blocks, reports); replays that
// history in memory to compare the legacy and the new score (bench/offline-eval.ts: fit on weeks
// 1…W−1, evaluate on week W); then creates a fresh PostgreSQL database inyeon_bench_<n> (DATABASE_URL
// = admin URL), loads the same data, times the weekly build in a child process (so peak RSS is the
// build's own) and prints its run stats (model, exposure spread), replays the selection in memory
// (search quality; fair exposure on/off), and with --naive times the legacy naive reference.
import { spawnSync } from "node:child_process";
import { postgresExecutor, type SqlExecutor } from "@/lib/db/sql-executor";
import { migrate } from "@/lib/db/migrate";
import { addWeeks, weekStart, weekYear } from "@/lib/core/week";
import { generateMembers, Prng } from "@/prisma/seed/members-generator";
import { offlineEvaluation } from "./offline-eval";
import { simulateHistory, type History } from "./synthetic-history";

const args = new Map(process.argv.slice(2).map((a) => { const [k, v] = a.replace(/^--/, "").split("="); return [k, v ?? "true"]; }));
const n = Number(args.get("n") ?? 10_000);
const week = args.get("week") ?? "2026-W48";
const history = Number(args.get("history") ?? 12);
const adminUrl = process.env.DATABASE_URL?.trim() || "postgresql://postgres@127.0.0.1:5432/postgres";
// --db=<name>: a database of one's own (several benchmarks on one server do not drop each other's)
const dbName = args.get("db") ?? `inyeon_bench_${n}`;
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
  await disconnectDb();
  console.log(JSON.stringify({ wallMs, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), outcome }));
}

function spawnChild(kind: string, extra: string[] = []) {
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/recommendations.ts", `--child=${kind}`, `--n=${n}`, `--week=${week}`, `--db=${dbName}`, ...extra], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: adminUrl },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${kind} run failed:\n${r.stderr}\n${r.stdout}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!);
}

// ---------------------------------------------------------------- orchestration

function generate() {
  const now = new Date(weekStart(week).getTime() + 10 * 3_600_000); // Monday 10:00 KST
  const members = generateMembers({ count: n, seed: 20261123, now });
  const labels = Array.from({ length: history }, (_, k) => addWeeks(week, -(history - k)));
  return { members, history: simulateHistory(members, labels, weekYear(week)) };
}

async function main() {
  console.log(`bench:recs n=${n} week=${week} history=${history} weeks db=${dbName}`);
  const t0 = performance.now();
  const data = generate();
  console.log(`generated ${data.members.length} members and ${history} weeks of history in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (!args.has("no-eval")) {
    const t = performance.now();
    const ev = offlineEvaluation(data.history, week);
    const m = ev.model;
    console.log(`offline evaluation (fit on the ${history} history weeks, evaluate on week ${week}; ${ev.members} members, ${ev.slatePairs} slate pairs, ${ev.likes} likes, ${ev.mutualLikes} mutual) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    console.log(`  model: ${m.source}${m.reason ? ` (${m.reason})` : ""}, ${m.examples} training examples of ${m.exposures} exposures, ${m.likes} likes, ${m.iterations} Newton steps, ${m.ms} ms`);
    if (m.validation) {
      const { calibration, groups, ...v } = m.validation;
      console.log(`  time-split validation (week W−1): ${JSON.stringify(v)}`);
      console.log(`    by viewer gender: ${JSON.stringify(groups)}`);
      console.log(`    calibration of P(mutual) on W−1 (pairs both shown): ${calibration.map((c) => `${c.decile}: ${c.predicted.toFixed(3)}/${c.observed.toFixed(3)} (${c.pairs})`).join(", ")}`);
    }
    console.log(`  weights: ${JSON.stringify(m.weights)}`);
    const w = ev.withoutModel;
    console.log(`  without the 되도록 features: ${w.source}, validation: ${JSON.stringify(w.validation && { auc: w.validation.auc, priorAuc: w.validation.priorAuc, deltaAucInterval: w.validation.deltaAucInterval })}`);
    console.log(`  ${"scorer".padEnd(44)} ${"AUC like".padStart(9)} ${"AUC mutual".padStart(11)} ${"recall@10".padStart(10)} ${"mutual/top10".padStart(13)}`);
    for (const r of ev.results) console.log(`  ${r.scorer.padEnd(44)} ${r.likeAuc.toFixed(4).padStart(9)} ${r.mutualAuc.toFixed(4).padStart(11)} ${r.recallAt10.toFixed(4).padStart(10)} ${r.mutualShareTop10.toFixed(4).padStart(13)}`);
    const worst = Math.max(...ev.calibration.map((c) => Math.abs(c.predicted - c.observed)));
    console.log(`  calibration of the fitted P(mutual) on week ${week}'s slates, predicted/observed by decile (max error ${worst.toFixed(4)}):`);
    console.log(`    ${ev.calibration.map((c) => `${c.decile}: ${c.predicted.toFixed(4)}/${c.observed.toFixed(4)}`).join(", ")}`);
    const worstCal = Math.max(...ev.calibrated.map((c) => Math.abs(c.predicted - c.observed)));
    console.log(`  after the second stage fitted on W−1's mutual likes ${JSON.stringify(m.mutualCalibration)} (max error ${worstCal.toFixed(4)}):`);
    console.log(`    ${ev.calibrated.map((c) => `${c.decile}: ${c.predicted.toFixed(4)}/${c.observed.toFixed(4)}`).join(", ")}`);
  }
  if (args.has("eval-only")) return;
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
    await populate(db, data);
    console.log(`setup: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  await admin.close();
  const counts = (await db.query<Record<string, number>>(`SELECT
      (SELECT count(*) FROM "User")::int AS users, (SELECT count(*) FROM "ExposureLog")::int AS exposures,
      (SELECT count(*) FROM "Like")::int AS likes, (SELECT count(*) FROM "Match")::int AS matches,
      (SELECT count(*) FROM "Block")::int AS blocks, (SELECT count(*) FROM "Report")::int AS reports`)).rows[0];
  console.log("data:", counts);

  const load = (await import("node:os")).loadavg().map((x) => x.toFixed(2)).join(" ");
  const fast = spawnChild("fast");
  const run = fast.outcome.run;
  console.log(`fast build: ${(fast.wallMs / 1000).toFixed(2)} s wall, peak RSS ${fast.maxRssMb} MiB, status ${run.status} (load average before: ${load})`);
  console.log(`  eligible ${run.eligibleCount}, recommendations ${run.recommendationsCount} (+ as many exposures), full ${run.fullCount}, empty ${run.emptyCount}, coverage ${run.coverage?.toFixed(3)}, chunks ${run.chunks}`);
  const { model, exposure, ...rest } = run.stats;
  console.log("  stats:", JSON.stringify(rest));
  console.log(`  model: ${model.source}${model.reason ? ` (${model.reason})` : ""}, ${model.examples} examples, ${model.likes} likes, ${model.ms} ms`);
  if (model.validation) {
    const { calibration, ...v } = model.validation;
    console.log(`  validation (W−1): ${JSON.stringify(v)}`);
    console.log(`  calibration (W−1): ${calibration.map((c: { decile: number; predicted: number; observed: number }) => `${c.decile}: ${c.predicted.toFixed(3)}/${c.observed.toFixed(3)}`).join(", ")}`);
  }
  console.log(`  weights: ${JSON.stringify(model.weights)}`);
  console.log(`  exposure: ${JSON.stringify(exposure)}`);

  if (!args.has("no-quality")) {
    const q = spawnChild("quality");
    const { fairness, ...quality } = q.outcome;
    console.log(`search quality (every 200th member vs all admissible candidates): ${JSON.stringify(quality)}`);
    console.log(`fair exposure, replayed in memory with the run's weights (predicted mutual likes = summed P(mutual)):`);
    for (const f of fairness) console.log(`  ${f.policy.padEnd(44)} ${JSON.stringify(f.exposure)}`);
  }

  const naive = args.has("naive") && args.get("naive") !== "false";
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

async function populate(db: SqlExecutor, data: ReturnType<typeof generate>) {
  await db.exec(`SET TIME ZONE 'UTC'`);
  const { members } = data;
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
  await insert(db, `INSERT INTO "Profile" ("userId", nickname, gender, "birthYear", height, region, job, intro, keywords, visibility, "createdAt", "updatedAt",
      education, religion, smoking, drinking, "maritalHistory", children, "marriageTiming")
    SELECT u, nk, g, y, h, r, j, i, string_to_array(k, '|'), v::jsonb, c, c, me::"Education", mr::"Religion", ms::"Smoking", md::"Drinking", mm::"MaritalHistory", mc::"Children", mt::"MarriageTiming"
      FROM unnest($1::uuid[], $2::text[], $3::"Gender"[], $4::int[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::timestamptz[],
                  $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[])
      AS x(u, nk, g, y, h, r, j, i, k, v, c, me, mr, ms, md, mm, mc, mt)`, [
    profiles.map((p) => p.userId), profiles.map((p) => p.nickname), profiles.map((p) => p.gender), profiles.map((p) => p.birthYear), profiles.map((p) => p.height),
    profiles.map((p) => p.region), profiles.map((p) => p.job), profiles.map((p) => p.intro), profiles.map((p) => p.keywords.join("|")),
    profiles.map((p) => JSON.stringify(p.visibility)), profiles.map((p) => iso(p.createdAt)),
    profiles.map((p) => p.marriage.education), profiles.map((p) => p.marriage.religion), profiles.map((p) => p.marriage.smoking), profiles.map((p) => p.marriage.drinking),
    profiles.map((p) => p.marriage.maritalHistory), profiles.map((p) => p.marriage.children), profiles.map((p) => p.marriage.marriageTiming),
  ]);
  const prefs = members.flatMap((m) => (m.preference ? [m.preference] : []));
  const arr = (col: string, type: string) => `CASE WHEN ${col} = '' THEN '{}'::"${type}"[] ELSE string_to_array(${col}, '|')::"${type}"[] END`;
  await insert(db, `INSERT INTO "Preference" ("userId", "targetGender", "ageMin", "ageMax", regions, keywords, "createdAt", "updatedAt",
      religions, smoking, drinking, "maritalHistory", children, "minEducation", "heightMin", "heightMax", "marriageTiming", "mustFields")
    SELECT u, g, a, b, CASE WHEN r = '' THEN '{}'::text[] ELSE string_to_array(r, '|') END, CASE WHEN k = '' THEN '{}'::text[] ELSE string_to_array(k, '|') END, c, c,
      ${arr("pr", "Religion")}, ${arr("ps", "Smoking")}, ${arr("pd", "Drinking")}, ${arr("pm", "MaritalHistory")}, ${arr("pc", "Children")}, pe::"Education", hmin, hmax,
      ${arr("pt", "MarriageTiming")}, ${arr("pf", "PreferenceField")}
      FROM unnest($1::uuid[], $2::"Gender"[], $3::int[], $4::int[], $5::text[], $6::text[], $7::timestamptz[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[],
                  $13::text[], $14::int[], $15::int[], $16::text[], $17::text[]) AS x(u, g, a, b, r, k, c, pr, ps, pd, pm, pc, pe, hmin, hmax, pt, pf)`, [
    prefs.map((p) => p.userId), prefs.map((p) => p.targetGender), prefs.map((p) => p.ageMin), prefs.map((p) => p.ageMax),
    prefs.map((p) => p.regions.join("|")), prefs.map((p) => p.keywords.join("|")), prefs.map((p) => iso(p.createdAt)),
    prefs.map((p) => p.marriage.religions.join("|")), prefs.map((p) => p.marriage.smoking.join("|")), prefs.map((p) => p.marriage.drinking.join("|")),
    prefs.map((p) => p.marriage.maritalHistory.join("|")), prefs.map((p) => p.marriage.children.join("|")), prefs.map((p) => p.marriage.minEducation),
    prefs.map((p) => p.marriage.heightMin), prefs.map((p) => p.marriage.heightMax), prefs.map((p) => p.marriage.marriageTiming.join("|")), prefs.map((p) => p.marriage.mustFields.join("|")),
  ]);
  // one approved photo per profile: only members with one are recommended (docs/photos.md)
  await db.exec(`INSERT INTO "Photo" ("userId", key, "publicKey", position, status, "createdAt")
    SELECT "userId", 'photos/' || "userId" || '/bench.jpg', 'photos/' || "userId" || '/public/bench.jpg', 0, 'APPROVED', "createdAt" FROM "Profile"`);
  await populateHistory(db, data.history);
  // statistics for the planner, and the setup's dirty pages flushed now rather than during the timed run
  await db.exec(`VACUUM ANALYZE`);
  await db.exec(`CHECKPOINT`).catch(() => undefined); // needs superuser or pg_checkpoint
}

/** Past weeks as the service would have lived them (bench/synthetic-history.ts), inserted in bulk. */
async function populateHistory(db: SqlExecutor, h: History) {
  const { live } = h;
  const ids = live.map((m) => m.user.id);
  await db.exec(`CREATE TEMP TABLE bench_ix (ix int PRIMARY KEY, id uuid NOT NULL)`);
  await insert(db, `INSERT INTO bench_ix SELECT * FROM unnest($1::int[], $2::uuid[])`, [ids.map((_, i) => i), ids], 20000);
  const r = new Prng(7);
  // drop the secondary indexes while bulk loading (rebuilt below, exactly as the migration made them)
  const indexes = (await db.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('ExposureLog', 'Like') AND indexname NOT LIKE '%_pkey'`,
  )).rows;
  for (const ix of indexes) await db.exec(`DROP INDEX "${ix.indexname}"`);
  const likeFrom: number[] = [];
  const likeTo: number[] = [];
  const likeWeek: string[] = [];
  for (const w of h.weeks) {
    const seen = new Date(weekStart(w.week).getTime() + 10 * 3_600_000).toISOString();
    for (let i = 0; i < w.from.length; i += 100_000) {
      await db.query(
        `INSERT INTO "ExposureLog" ("userId", "targetId", "batchWeek", "seenAt")
         SELECT a.id, b.id, $3, $4::timestamptz FROM unnest($1::int[], $2::int[]) x(u, t) JOIN bench_ix a ON a.ix = x.u JOIN bench_ix b ON b.ix = x.t`,
        [Array.from(w.from.subarray(i, i + 100_000)), Array.from(w.to.subarray(i, i + 100_000)), w.week, seen],
      );
    }
    for (let e = 0; e < w.likeFrom.length; e++) {
      likeFrom.push(w.likeFrom[e]);
      likeTo.push(w.likeTo[e]);
      likeWeek.push(w.week);
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
  // 0.5 % of members blocked someone; 1 % were reported by 1–3 members (the tastes' reports)
  const blocks: [number, number][] = [];
  const reports: [number, number][] = [];
  for (let i = 0; i < live.length; i++) {
    if (r.next() < 0.005) blocks.push([i, Math.floor(r.next() * live.length)]);
    for (let k = h.tastes.reports[i]; k > 0; k--) reports.push([Math.floor(r.next() * live.length), i]);
  }
  await insert(db, `INSERT INTO "Block" (id, "blockerId", "blockedId") SELECT gen_random_uuid(), a.id, b.id
      FROM unnest($1::int[], $2::int[]) x(u, t) JOIN bench_ix a ON a.ix = x.u JOIN bench_ix b ON b.ix = x.t WHERE x.u <> x.t ON CONFLICT DO NOTHING`,
    [blocks.map((b) => b[0]), blocks.map((b) => b[1])]);
  await insert(db, `INSERT INTO "Report" (id, "reporterId", "reportedId", reason) SELECT gen_random_uuid(), a.id, b.id, 'OTHER'
      FROM unnest($1::int[], $2::int[]) x(u, t) JOIN bench_ix a ON a.ix = x.u JOIN bench_ix b ON b.ix = x.t WHERE x.u <> x.t`,
    [reports.map((b) => b[0]), reports.map((b) => b[1])]);
}

