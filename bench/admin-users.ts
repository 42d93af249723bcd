// npm run bench:admin -- --n=100000 [--reuse] [--runs=40]
// The admin console at scale: seeds a PostgreSQL database inyeon_bench_admin_<n> (DATABASE_URL = an
// admin URL) with N members from the recommendation benchmark's generator (prisma/seed/members-
// generator.ts: the same synthetic Korean members, statuses, tiers and regions), their encrypted PII
// and blind indexes (prisma/seed/fake-pii.ts), some payments, matches and reports; then calls the
// ROUTE HANDLERS in process (a real Request with an admin Bearer token, as the integration tests do:
// authentication, zod parsing, the use case, the response check outside production) and prints
// p50/p95 of GET /api/admin/users for page 1, a filtered search, searches by nickname and phone, a
// deep keyset page and a deep ?page= (OFFSET) page, the CSV export of every member, and the other
// admin lists. Figures and commands: docs/benchmarks.md ("Admin console").
import os from "node:os";
import { postgresExecutor, type SqlExecutor } from "@/lib/db/sql-executor";
import { migrate } from "@/lib/db/migrate";
import { generateMembers } from "@/prisma/seed/members-generator";

const args = new Map(process.argv.slice(2).map((a) => { const [k, v] = a.replace(/^--/, "").split("="); return [k, v ?? "true"]; }));
const n = Number(args.get("n") ?? 100_000);
const runs = Number(args.get("runs") ?? 40);
const adminUrl = process.env.DATABASE_URL?.trim() || "postgresql://postgres@127.0.0.1:5432/postgres";
const dbName = `inyeon_bench_admin_${n}`;
const dbUrl = (() => { const u = new URL(adminUrl); u.pathname = `/${dbName}`; return u.toString(); })();
const ADMIN_ID = "00000000-0000-4000-8000-00000000ad01";
// lib/env reads DATABASE_URL once: everything that imports it (PII helpers, lib/db) is imported
// dynamically after this line, so the app's modules talk to the benchmark database
process.env.DATABASE_URL = dbUrl;
process.env.LOG_LEVEL ??= "warn";
const { fakePhone, fakePiiColumns, fakeRealName } = await import("@/prisma/seed/fake-pii");

async function insert(db: SqlExecutor, sql: string, columns: unknown[][], batch = 5000) {
  for (let i = 0; i < columns[0].length; i += batch) await db.query(sql, columns.map((c) => c.slice(i, i + batch)));
}

async function populate(db: SqlExecutor) {
  const members = generateMembers({ count: n, seed: 20261123, now: new Date("2026-11-30T01:00:00Z") });
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  const users = members.map((m) => ({ ...m.user, ...fakePiiColumns(m.user, m.seedKey), seedKey: m.seedKey }));
  // the exact-name blind index onboarding now writes (realNameHash), for the members that have a name
  const { blindIndex } = await import("@/lib/crypto/pii");
  const nameHash = users.map((u) => (u.realNameEnc ? blindIndex(fakeRealName(u.name)) : null));
  await db.exec(`SET TIME ZONE 'UTC'`);
  await insert(db, `INSERT INTO "User" (id, "kakaoId", name, gender, "birthDate", status, "membershipTier", "membershipExpiresAt", "matchingCount",
      "consultationCount", "createdAt", "updatedAt", "onboardedAt", "lastActiveAt", "bannedAt", "banReason", "deletedAt", "realNameEnc", "phoneEnc", "phoneHash", "realNameHash")
    SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::"Gender"[], $5::date[], $6::"UserStatus"[], $7::"MembershipTier"[], $8::timestamptz[],
      $9::int[], $10::int[], $11::timestamptz[], $12::timestamptz[], $13::timestamptz[], $14::timestamptz[], $15::timestamptz[], $16::text[], $17::timestamptz[],
      $18::text[], $19::text[], $20::text[], $21::text[])`, [
    users.map((u) => u.id), users.map((u) => u.kakaoId), users.map((u) => u.name), users.map((u) => u.gender), users.map((u) => iso(u.birthDate)?.slice(0, 10) ?? null),
    users.map((u) => u.status), users.map((u) => u.membershipTier), users.map((u) => iso(u.membershipExpiresAt)), users.map((u) => u.matchingCount),
    users.map((u) => u.consultationCount), users.map((u) => iso(u.createdAt)), users.map((u) => iso(u.updatedAt)), users.map((u) => iso(u.onboardedAt)),
    users.map((u) => iso(u.lastActiveAt)), users.map((u) => iso(u.bannedAt)), users.map((u) => u.banReason), users.map((u) => iso(u.deletedAt)),
    users.map((u) => u.realNameEnc ?? null), users.map((u) => u.phoneEnc ?? null), users.map((u) => u.phoneHash ?? null), nameHash,
  ]);
  const profiles = members.flatMap((m) => (m.profile ? [m.profile] : []));
  await insert(db, `INSERT INTO "Profile" ("userId", nickname, gender, "birthYear", height, region, job, intro, keywords, "createdAt", "updatedAt")
    SELECT u, nk, g, y, h, r, j, i, string_to_array(k, '|'), c, c FROM unnest($1::uuid[], $2::text[], $3::"Gender"[], $4::int[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::timestamptz[])
      AS x(u, nk, g, y, h, r, j, i, k, c)`, [
    profiles.map((p) => p.userId), profiles.map((p) => p.nickname), profiles.map((p) => p.gender), profiles.map((p) => p.birthYear), profiles.map((p) => p.height),
    profiles.map((p) => p.region), profiles.map((p) => p.job), profiles.map((p) => p.intro), profiles.map((p) => p.keywords.join("|")), profiles.map((p) => iso(p.createdAt)),
  ]);
  const prefs = members.flatMap((m) => (m.preference ? [m.preference] : []));
  await insert(db, `INSERT INTO "Preference" ("userId", "targetGender", "ageMin", "ageMax", regions, keywords, "createdAt", "updatedAt")
    SELECT u, g, a, b, CASE WHEN r = '' THEN '{}'::text[] ELSE string_to_array(r, '|') END, CASE WHEN k = '' THEN '{}'::text[] ELSE string_to_array(k, '|') END, c, c
      FROM unnest($1::uuid[], $2::"Gender"[], $3::int[], $4::int[], $5::text[], $6::text[], $7::timestamptz[]) AS x(u, g, a, b, r, k, c)`, [
    prefs.map((p) => p.userId), prefs.map((p) => p.targetGender), prefs.map((p) => p.ageMin), prefs.map((p) => p.ageMax),
    prefs.map((p) => p.regions.join("|")), prefs.map((p) => p.keywords.join("|")), prefs.map((p) => iso(p.createdAt)),
  ]);
  // paid memberships for members on a paid tier, a pending transfer for every 50th, matches between neighbours, reports
  await db.exec(`INSERT INTO "Payment" (id, "userId", purpose, method, amount, status, "orderId", "orderName", "membershipTier", "approvedAt", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), id, 'MEMBERSHIP', 'TOSS', CASE WHEN "membershipTier" = 'PREMIUM' THEN 99000 ELSE 49000 END, 'PAID', 'bench-' || id, '멤버십', "membershipTier",
           "createdAt" + interval '3 days', "createdAt" + interval '3 days', "createdAt" + interval '3 days'
      FROM "User" WHERE "membershipTier" <> 'FREE'`);
  await db.exec(`INSERT INTO "Payment" (id, "userId", purpose, method, amount, status, "orderId", "orderName", "depositCode", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), id, 'MATCH_FEE', 'TRANSFER', 30000, 'PENDING', 'bench-t-' || id, '매칭 수수료', 'D' || substr(md5(id::text), 1, 10), now(), now()
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM "User" WHERE status = 'MATCHING') x WHERE rn % 5 = 0`);
  await db.exec(`INSERT INTO "Match" (id, "userAId", "userBId", status, source, "createdAt", "updatedAt")
    SELECT gen_random_uuid(), LEAST(a.id, b.id), GREATEST(a.id, b.id), CASE WHEN a.rn % 3 = 0 THEN 'CLOSED' ELSE 'PENDING' END::"MatchStatus", 'MUTUAL_LIKE', a."createdAt", a."createdAt"
      FROM (SELECT u.id, u."createdAt", row_number() OVER (ORDER BY u.id) AS rn FROM "User" u JOIN "Profile" p ON p."userId" = u.id WHERE p.gender = 'M' AND u.status IN ('MATCHING', 'MATCHED')) a
      JOIN (SELECT u.id, row_number() OVER (ORDER BY u.id) AS rn FROM "User" u JOIN "Profile" p ON p."userId" = u.id WHERE p.gender = 'F' AND u.status IN ('MATCHING', 'MATCHED')) b ON a.rn = b.rn
    ON CONFLICT DO NOTHING`);
  await db.exec(`INSERT INTO "Report" (id, "reporterId", "reportedId", reason, "createdAt")
    SELECT gen_random_uuid(), a.id, b.id, 'OTHER', a."createdAt" FROM
      (SELECT id, "createdAt", row_number() OVER (ORDER BY id) AS rn FROM "User" WHERE status = 'ACTIVE') a
      JOIN (SELECT id, row_number() OVER (ORDER BY id DESC) AS rn FROM "User" WHERE status = 'ACTIVE') b ON a.rn = b.rn AND a.id <> b.id WHERE a.rn % 100 = 0`);
  await db.query(`INSERT INTO "User" (id, "kakaoId", name, role, status, "createdAt", "updatedAt") VALUES ($1, 'bench-admin', '벤치관리자', 'ADMIN', 'ACTIVE', now(), now())`, [ADMIN_ID]);
  await db.exec(`VACUUM ANALYZE`);
  return { sampleMember: members.find((m) => m.profile && m.user.status === "ACTIVE")! };
}

const pct = (xs: number[], q: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };

async function main() {
  console.log(`bench:admin n=${n} db=${dbName} runs=${runs}`);
  const admin = await postgresExecutor(adminUrl);
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [dbName])).rows.length > 0;
  let sample: { phone: string; nickname: string } | null = null;
  if (!(args.has("reuse") && exists)) {
    await admin.exec(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.exec(`CREATE DATABASE ${dbName}`);
    const db = await postgresExecutor(dbUrl);
    await migrate(db);
    const t = performance.now();
    const { sampleMember } = await populate(db);
    sample = { phone: fakePhone(sampleMember.seedKey), nickname: sampleMember.profile!.nickname };
    console.log(`setup: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    await db.close();
  } else {
    const db = await postgresExecutor(dbUrl);
    await migrate(db); // new migrations (indexes) only
    await db.exec(`ANALYZE`);
    await db.close();
    console.log("reusing the existing database");
  }
  await admin.close();

  const { prisma, disconnectDb } = await import("@/lib/db");
  const { signAppJwt } = await import("@/lib/auth/app-jwt");
  const { encodeCursor } = await import("@/lib/core/cursor");
  const users = await import("@/app/api/admin/users/route");
  const csv = await import("@/app/api/admin/users/export.csv/route");
  const stats = await import("@/app/api/admin/stats/route");
  const matches = await import("@/app/api/admin/matches/route");
  const audit = await import("@/app/api/admin/audit/route");
  const reports = await import("@/app/api/admin/reports/route");
  const verify = await import("@/app/api/admin/verify/route");
  const token = await signAppJwt({ sub: ADMIN_ID, role: "ADMIN" });
  const ctx = { params: Promise.resolve({}) };
  const get = (h: (req: Request, c: typeof ctx) => Promise<Response>, path: string) =>
    h(new Request(`http://localhost:3000${path}`, { headers: { authorization: `Bearer ${token}` } }), ctx);

  if (!sample) {
    const [row] = await prisma.$queryRaw<{ kakaoId: string; nickname: string }[]>`SELECT u."kakaoId", p.nickname FROM "User" u JOIN "Profile" p ON p."userId" = u.id WHERE u.status = 'ACTIVE' AND u."kakaoId" IS NOT NULL ORDER BY u.id LIMIT 1`;
    sample = { phone: fakePhone(row.kakaoId), nickname: row.nickname };
  }
  const total = await prisma.user.count({ where: { role: "MEMBER" } });
  // a cursor 90 % deep into the newest-first list, and the same position as a page number
  const deepAt = Math.floor(total * 0.9);
  const [deep] = await prisma.$queryRaw<{ id: string; createdAt: Date }[]>`SELECT id::text AS id, "createdAt" FROM "User" WHERE role = 'MEMBER' ORDER BY "createdAt" DESC, id DESC OFFSET ${deepAt - 1} LIMIT 1`;
  const deepCursor = encodeCursor(deep.createdAt, deep.id);
  const filter = `status=ACTIVE&gender=F&region=${encodeURIComponent("서울")}&ageMin=30&ageMax=39`;
  const [deepF] = await prisma.$queryRaw<{ id: string; createdAt: Date }[]>`SELECT u.id::text AS id, u."createdAt" FROM "User" u JOIN "Profile" p ON p."userId" = u.id
    WHERE u.role = 'MEMBER' AND u.status = 'ACTIVE' AND u.gender = 'F' AND p.region = '서울' ORDER BY u."createdAt" DESC, u.id DESC OFFSET 2000 LIMIT 1`;

  const cases: [string, (req: Request, c: typeof ctx) => Promise<Response>, string][] = [
    // the floor: authentication (one User row by id) and the route adapter, no list query
    ["verify (auth + adapter only)", verify.GET, "/api/admin/verify"],
    ["users: page 1 (no filter)", users.GET, "/api/admin/users"],
    ["users: filtered (ACTIVE·F·서울·30–39)", users.GET, `/api/admin/users?${filter}`],
    ["users: filtered, deep keyset page", users.GET, `/api/admin/users?status=ACTIVE&gender=F&region=${encodeURIComponent("서울")}&cursor=${deepF ? encodeCursor(deepF.createdAt, deepF.id) : ""}`],
    ["users: deep page, keyset cursor (90 %)", users.GET, `/api/admin/users?cursor=${deepCursor}`],
    ["users: deep page, ?page= OFFSET (90 %)", users.GET, `/api/admin/users?page=${Math.floor(deepAt / 50)}`],
    ["users: search exact phone", users.GET, `/api/admin/users?query=${sample.phone}`],
    ["users: search nickname part", users.GET, `/api/admin/users?query=${encodeURIComponent(sample.nickname.slice(0, 2))}`],
    ["users: paid=true&matched=false", users.GET, `/api/admin/users?paid=true&matched=false`],
    ["stats", stats.GET, "/api/admin/stats"],
    ["matches: PENDING", matches.GET, "/api/admin/matches?status=PENDING"],
    ["reports: unhandled", reports.GET, "/api/admin/reports?handled=false"],
    ["audit", audit.GET, "/api/admin/audit"],
  ];
  console.log(`members ${total}; load average before: ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  for (const [name, h, path] of cases) {
    const times: number[] = [];
    let status = 0;
    let items = 0;
    for (let i = 0; i < runs + 3; i++) {
      const t = performance.now();
      const res = await get(h, path);
      const body = (await res.json()) as { items?: unknown[]; total?: number };
      const ms = performance.now() - t;
      status = res.status;
      items = body.items?.length ?? 0;
      if (i >= 3) times.push(ms); // warm-up excluded
    }
    console.log(`${name.padEnd(44)} status ${status} items ${String(items).padStart(3)}  p50 ${pct(times, 0.5).toFixed(1).padStart(6)} ms  p95 ${pct(times, 0.95).toFixed(1).padStart(6)} ms`);
  }
  for (const [label, qs] of [["csv export: all members", ""], ["csv export: filtered", filter]] as const) {
    const rss0 = process.memoryUsage().rss;
    let peak = rss0;
    const t = performance.now();
    const res = await get(csv.GET, `/api/admin/users/export.csv${qs ? `?${qs}` : ""}`);
    const reader = res.body!.getReader();
    let bytes = 0;
    let lines = 0;
    let first = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!first) first = performance.now() - t;
      bytes += value.length;
      for (const b of value) if (b === 10) lines++;
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    const ms = performance.now() - t;
    console.log(`${label.padEnd(44)} status ${res.status} rows ${lines - 1} (${(bytes / 1e6).toFixed(1)} MB) first byte ${first.toFixed(0)} ms, total ${(ms / 1000).toFixed(2)} s, RSS +${((peak - rss0) / 1e6).toFixed(0)} MB`);
  }
  console.log(`load average after: ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  await disconnectDb();
}

await main();
