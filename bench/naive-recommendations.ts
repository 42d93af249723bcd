// The naive reference for bench/recommendations.ts (opt-in, --naive): the rules and the LEGACY score of the weekly build before issue 10
// (same eligibility, filters both ways, no-repeat window, cap, relax levels, processing order and
// pairScore), written the obvious way — per member, a candidate query with NOT EXISTS filters and
// per-candidate statistics subqueries, then one INSERT per recommendation and per exposure.
// It is exact (every candidate is scored), so it also checks the fast build's results.
import { prisma } from "@/lib/db";
import { processingKey } from "@/lib/recommendations/order";
import { MAX_RELAX_LEVEL, NO_REPEAT_WEEKS, RECS_PER_MEMBER, RELAX_AGE_YEARS, RELAXED_NO_REPEAT_WEEKS, WEEKLY_TARGET_CAP } from "@/lib/recommendations/policy";
import { pairScore, type ScoreMember } from "./legacy-score";
import { addWeeks, weekStart, weekYear } from "@/lib/core/week";

const ELIGIBLE = `u.role = 'MEMBER' AND u.status IN ('ACTIVE', 'MATCHING') AND u."onboardedAt" IS NOT NULL AND u."bannedAt" IS NULL AND u."deletedAt" IS NULL`;

/** ids of the pool: behaviour counts only pairs of members who are in it, as the weekly build does */
const POOL = `(SELECT u2.id FROM "User" u2 JOIN "Profile" p2 ON p2."userId" = u2.id JOIN "Preference" f2 ON f2."userId" = u2.id
  WHERE ${ELIGIBLE.replaceAll("u.", "u2.")})`;

// $1 week, $2 window start, $3 — the member's statistics are computed the same way for "me" and candidates
const FEATURES = `u.id::text AS id, p.gender::text AS gender, p."birthYear", p.region, p.keywords, f."targetGender"::text AS "targetGender",
  f."ageMin", f."ageMax", f.regions, f.keywords AS "prefKeywords", u."createdAt", u."lastActiveAt",
  (SELECT count(*) FROM "ExposureLog" e WHERE e."userId" = u.id AND e."batchWeek" >= $2 AND e."batchWeek" < $1 AND e."targetId" IN ${POOL})::int AS shown,
  (SELECT count(*) FROM "ExposureLog" e WHERE e."targetId" = u.id AND e."batchWeek" >= $2 AND e."batchWeek" < $1 AND e."userId" IN ${POOL})::int AS "shownTo",
  (SELECT count(*) FROM "Like" l WHERE l."fromId" = u.id AND l."batchWeek" >= $2 AND l."batchWeek" < $1 AND l."toId" IN ${POOL})::int AS "likesGiven",
  (SELECT count(*) FROM "Like" l WHERE l."toId" = u.id AND l."batchWeek" >= $2 AND l."batchWeek" < $1 AND l."fromId" IN ${POOL})::int AS "likesReceived",
  (SELECT count(DISTINCT r."reporterId") FROM "Report" r WHERE r."reportedId" = u.id)::int AS reports`;

const ME_SQL = `SELECT ${FEATURES} FROM "User" u JOIN "Profile" p ON p."userId" = u.id JOIN "Preference" f ON f."userId" = u.id WHERE u.id = $3::uuid`;

function candidatesSql(level: number): string {
  const slack = level >= 2 ? RELAX_AGE_YEARS : 0;
  const regions = level === 0
    ? `AND (cardinality(me.regions) = 0 OR p.region = ANY(me.regions)) AND (cardinality(f.regions) = 0 OR me.region = ANY(f.regions))`
    : "";
  return `
WITH me AS (SELECT u.id, p.gender, p."birthYear", p.region, f."targetGender", f."ageMin", f."ageMax", f.regions
              FROM "User" u JOIN "Profile" p ON p."userId" = u.id JOIN "Preference" f ON f."userId" = u.id WHERE u.id = $3::uuid)
SELECT ${FEATURES}
  FROM me, "User" u JOIN "Profile" p ON p."userId" = u.id JOIN "Preference" f ON f."userId" = u.id
 WHERE ${ELIGIBLE} AND u.id <> me.id AND u.id <> ALL($6::uuid[])
   AND p.gender = me."targetGender" AND f."targetGender" = me.gender
   AND ($4 - p."birthYear") BETWEEN me."ageMin" - ${slack} AND me."ageMax" + ${slack}
   AND ($4 - me."birthYear") BETWEEN f."ageMin" - ${slack} AND f."ageMax" + ${slack}
   ${regions}
   AND NOT EXISTS (SELECT 1 FROM "Block" b WHERE (b."blockerId" = me.id AND b."blockedId" = u.id) OR (b."blockerId" = u.id AND b."blockedId" = me.id))
   AND NOT EXISTS (SELECT 1 FROM "Like" l WHERE (l."fromId" = me.id AND l."toId" = u.id) OR (l."fromId" = u.id AND l."toId" = me.id))
   AND NOT EXISTS (SELECT 1 FROM "Match" m WHERE (m."userAId" = me.id AND m."userBId" = u.id) OR (m."userAId" = u.id AND m."userBId" = me.id))
   AND NOT EXISTS (SELECT 1 FROM "ExposureLog" e WHERE ((e."userId" = me.id AND e."targetId" = u.id) OR (e."userId" = u.id AND e."targetId" = me.id))
                     AND e."batchWeek" >= $5 AND e."batchWeek" < $1)
   AND (SELECT count(*) FROM "Recommendation" r WHERE r."targetId" = u.id AND r."batchWeek" = $1) < ${WEEKLY_TARGET_CAP}`;
}

type Row = {
  id: string; gender: "M" | "F"; birthYear: number; region: string | null; keywords: string[]; targetGender: "M" | "F"; ageMin: number; ageMax: number;
  regions: string[]; prefKeywords: string[]; createdAt: Date; lastActiveAt: Date | null; shown: number; shownTo: number; likesGiven: number;
  likesReceived: number; reports: number;
};

const toScoreMember = (r: Row): ScoreMember => ({
  profile: { gender: r.gender, birthYear: r.birthYear, region: r.region, keywords: r.keywords },
  preference: { targetGender: r.targetGender, ageMin: r.ageMin, ageMax: r.ageMax, regions: r.regions, keywords: r.prefKeywords },
  stats: { joinedAt: r.createdAt, lastActiveAt: r.lastActiveAt, shown: r.shown, likesGiven: r.likesGiven, shownTo: r.shownTo, likesReceived: r.likesReceived, reportsReceived: r.reports },
});

export async function naiveBuild(week: string, { limit }: { limit?: number } = {}) {
  const from = addWeeks(week, -NO_REPEAT_WEEKS);
  const recentFrom = addWeeks(week, -RELAXED_NO_REPEAT_WEEKS);
  const year = weekYear(week);
  let queries = 0;
  const q = <T>(sql: string, ...params: unknown[]) => {
    queries++;
    return prisma.$queryRawUnsafe<T[]>(sql, ...params);
  };
  const [rate] = await q<{ exposures: number; likes: number }>(
    `SELECT (SELECT count(*) FROM "ExposureLog" WHERE "batchWeek" >= $1 AND "batchWeek" < $2 AND "userId" IN ${POOL} AND "targetId" IN ${POOL})::float8 AS exposures,
            (SELECT count(*) FROM "Like" WHERE "batchWeek" >= $1 AND "batchWeek" < $2 AND "fromId" IN ${POOL} AND "toId" IN ${POOL})::float8 AS likes`, from, week);
  const ctx = { now: weekStart(week), year, likeRate: rate.exposures > 0 ? rate.likes / rate.exposures : 0 };
  const eligible = (await q<{ id: string }>(`SELECT u.id::text AS id FROM "User" u JOIN "Profile" p ON p."userId" = u.id JOIN "Preference" f ON f."userId" = u.id WHERE ${ELIGIBLE}`))
    .map((r) => ({ id: r.id, key: processingKey(week, r.id) }))
    .sort((x, y) => (x.key < y.key ? -1 : 1))
    .slice(0, limit ?? Infinity);

  let recommendations = 0;
  for (const { id } of eligible) {
    const [meRow] = await q<Row>(ME_SQL, week, from, id);
    const me = toScoreMember(meRow);
    const picks: { id: string; score: number; level: number }[] = [];
    for (let level = 0; level <= MAX_RELAX_LEVEL && picks.length < RECS_PER_MEMBER; level++) {
      // level 3 lets pairs shown to each other 5–12 weeks ago through
      const rows = await q<Row>(candidatesSql(level), week, from, id, year, level >= 3 ? recentFrom : from, picks.map((p) => p.id));
      const scored = rows
        .map((r) => ({ id: r.id, score: pairScore(me, toScoreMember(r), ctx), level }))
        .sort((x, y) => y.score - x.score);
      picks.push(...scored.slice(0, RECS_PER_MEMBER - picks.length));
    }
    for (const [i, p] of picks.entries()) {
      queries += 2;
      await prisma.recommendation.create({ data: { userId: id, targetId: p.id, batchWeek: week, rank: i + 1, score: p.score, relaxLevel: p.level } });
      await prisma.exposureLog.create({ data: { userId: id, targetId: p.id, batchWeek: week } });
    }
    recommendations += picks.length;
  }
  return { processed: eligible.length, recommendations, queries, limited: limit !== undefined };
}
