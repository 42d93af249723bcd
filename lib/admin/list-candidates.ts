// GET /api/admin/users/{id}/candidates: who the admin
// could match this member with by hand — live members (매칭전/매칭중, not in an ACTIVE match) the weekly
// build could propose strictly (lib/recommendations/pair-rules.ts through candidate-scoring.ts: both-way
// filters, 꼭, and no block, match, pass (관심 없음), like or exposure of the last 12 weeks) — ranked by
// the weekly build's pair score with the weights of the latest run, each with the reasons that moved
// the score (the "꼭" marriage preferences through lib/recommendations/marriage-rules). A bounded set-based read: one candidate query (gender and birth-year range on the
// Profile index, LIMIT), then the activity statistics of those candidates in three grouped queries.
import { z } from "zod";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { NO_REPEAT_WEEKS, RELAXED_NO_REPEAT_WEEKS } from "@/lib/recommendations/policy";
import { PAIR_BLOCK_OR_MATCH, PAIR_LIKE_OLDER, PAIR_SHOWN_LAST, PAIR_SHOWN_OLDER, PAIR_SHOWN_RECENT } from "@/lib/recommendations/pair-codes";
import { addWeeks, currentWeek, weekStart, weekYear } from "@/lib/core/week";
import type { Weights } from "@/lib/recommendations/score";
import { proposable, scoreCandidate, type ScoreMember } from "./candidate-scoring";
import { ZGender, ZIdParams, ZUserStatus } from "./schemas";
import { recommendableSql } from "@/lib/core/visibility";
import { MARRIAGE_SQL, marriageOf } from "@/lib/recommendations/load-pool";
import { visibleToSql } from "@/lib/matching/member-visibility";

const POOL_LIMIT = 1000;
const TOP = 20;

export const ZCandidates = z.object({
  week: z.string(),
  weights: z.enum(["fitted", "prior"]),
  items: z.array(
    z.object({
      id: z.string(),
      nickname: z.string(),
      gender: ZGender,
      age: z.number().int(),
      region: z.string().nullable(),
      job: z.string().nullable(),
      status: ZUserStatus,
      score: z.number(),
      aLikesB: z.number(),
      bLikesA: z.number(),
      reasons: z.array(z.object({ direction: z.enum(["a→b", "b→a"]), label: z.string(), logOdds: z.number() })),
    }),
  ),
});
export type Candidates = z.infer<typeof ZCandidates>;

type Row = {
  id: string; nickname: string; gender: "M" | "F"; birthYear: number; region: string | null; job: string | null; keywords: string[];
  targetGender: "M" | "F"; ageMin: number; ageMax: number; regions: string[]; prefKeywords: string[]; status: Candidates["items"][number]["status"];
  createdAt: Date; lastActiveAt: Date | null;
} & Parameters<typeof marriageOf>[0];

const SELECT = Prisma.sql`SELECT u.id::text AS id, p.nickname, p.gender::text AS gender, p."birthYear", p.region, p.job, p.keywords,
  f."targetGender"::text AS "targetGender", f."ageMin", f."ageMax", f.regions, f.keywords AS "prefKeywords", u.status::text AS status, u."createdAt", u."lastActiveAt",
  ${Prisma.raw(MARRIAGE_SQL)}
  FROM "User" u JOIN "Profile" p ON p."userId" = u.id JOIN "Preference" f ON f."userId" = u.id`;

/** Activity of the score window (the 12 weeks before this one), as the weekly build counts it. */
async function activity(ids: string[], from: string, to: string) {
  const [shown, shownTo, given, received, reports] = await Promise.all([
    prisma.$queryRaw<{ id: string; n: number }[]>`SELECT "userId"::text AS id, count(*)::int AS n FROM "ExposureLog" WHERE "userId" = ANY(${ids}::uuid[]) AND "batchWeek" >= ${from} AND "batchWeek" < ${to} GROUP BY 1`,
    prisma.$queryRaw<{ id: string; n: number }[]>`SELECT "targetId"::text AS id, count(*)::int AS n FROM "ExposureLog" WHERE "targetId" = ANY(${ids}::uuid[]) AND "batchWeek" >= ${from} AND "batchWeek" < ${to} GROUP BY 1`,
    prisma.$queryRaw<{ id: string; n: number }[]>`SELECT "fromId"::text AS id, count(*)::int AS n FROM "Like" WHERE "fromId" = ANY(${ids}::uuid[]) AND "batchWeek" >= ${from} AND "batchWeek" < ${to} GROUP BY 1`,
    prisma.$queryRaw<{ id: string; n: number }[]>`SELECT "toId"::text AS id, count(*)::int AS n FROM "Like" WHERE "toId" = ANY(${ids}::uuid[]) AND "batchWeek" >= ${from} AND "batchWeek" < ${to} GROUP BY 1`,
    prisma.$queryRaw<{ id: string; n: number }[]>`SELECT "reportedId"::text AS id, count(DISTINCT "reporterId")::int AS n FROM "Report" WHERE "reportedId" = ANY(${ids}::uuid[]) GROUP BY 1`,
  ]);
  const map = (rows: { id: string; n: number }[]) => new Map(rows.map((r) => [r.id, r.n]));
  return { shown: map(shown), shownTo: map(shownTo), given: map(given), received: map(received), reports: map(reports) };
}

/**
 * The member's pair history with everyone, both directions, as the build's pair codes (load-pairs.ts):
 * exposures of the 12-week window, likes, blocks, matches of any status and passes.
 */
async function pairHistory(me: string, week: string): Promise<Map<string, number[]>> {
  const from = addWeeks(week, -NO_REPEAT_WEEKS);
  const recentFrom = addWeeks(week, -RELAXED_NO_REPEAT_WEEKS);
  const last = addWeeks(week, -1);
  const rows = await prisma.$queryRaw<{ id: string; k: number }[]>`SELECT h.other::text AS id, h.k::int AS k FROM (
      SELECT CASE WHEN "userId" = ${me}::uuid THEN "targetId" ELSE "userId" END AS other,
             CASE WHEN "batchWeek" >= ${last} COLLATE "C" THEN ${PAIR_SHOWN_LAST} WHEN "batchWeek" >= ${recentFrom} COLLATE "C" THEN ${PAIR_SHOWN_RECENT} ELSE ${PAIR_SHOWN_OLDER} END AS k
        FROM "ExposureLog" WHERE ("userId" = ${me}::uuid OR "targetId" = ${me}::uuid) AND "batchWeek" >= ${from} COLLATE "C" AND "batchWeek" < ${week} COLLATE "C"
      UNION ALL SELECT CASE WHEN "fromId" = ${me}::uuid THEN "toId" ELSE "fromId" END, ${PAIR_LIKE_OLDER} FROM "Like" WHERE "fromId" = ${me}::uuid OR "toId" = ${me}::uuid
      UNION ALL SELECT CASE WHEN "blockerId" = ${me}::uuid THEN "blockedId" ELSE "blockerId" END, ${PAIR_BLOCK_OR_MATCH} FROM "Block" WHERE "blockerId" = ${me}::uuid OR "blockedId" = ${me}::uuid
      UNION ALL SELECT CASE WHEN "userAId" = ${me}::uuid THEN "userBId" ELSE "userAId" END, ${PAIR_BLOCK_OR_MATCH} FROM "Match" WHERE "userAId" = ${me}::uuid OR "userBId" = ${me}::uuid
      UNION ALL SELECT CASE WHEN "userId" = ${me}::uuid THEN "targetId" ELSE "userId" END, ${PAIR_BLOCK_OR_MATCH} FROM "Pass" WHERE "userId" = ${me}::uuid OR "targetId" = ${me}::uuid
    ) h`;
  const out = new Map<string, number[]>();
  for (const r of rows) (out.get(r.id) ?? out.set(r.id, []).get(r.id)!).push(r.k);
  return out;
}

/** The weights the latest finished weekly run scored with (fitted on history), else the prior. */
async function latestWeights(): Promise<Weights | undefined> {
  const run = await prisma.recommendationRun.findFirst({ where: { status: { in: ["COMPLETED", "LOW_COVERAGE"] } }, orderBy: { week: "desc" }, select: { stats: true } });
  const model = (run?.stats as { model?: { source?: string; weights?: Weights } } | null)?.model;
  return model?.source === "fitted" ? model.weights : undefined;
}

export async function listCandidates({ input, now = new Date() }: { actor: Actor; input: { id: string }; now?: Date }): Promise<Candidates> {
  const week = currentWeek(now);
  const year = weekYear(week);
  const [me] = await prisma.$queryRaw<Row[]>`${SELECT} WHERE u.id = ${input.id}::uuid AND u.role = 'MEMBER'`;
  if (!me) {
    if (await prisma.user.findFirst({ where: { id: input.id, role: "MEMBER" }, select: { id: true } })) throw new AppError("CONFLICT", "프로필과 선호 조건을 등록한 회원만 후보를 볼 수 있습니다.");
    throw notFound("회원");
  }
  if (me.status !== "ACTIVE" && me.status !== "MATCHING") throw new AppError("CONFLICT", "매칭할 수 없는 상태의 회원입니다.");
  const myAge = year - me.birthYear;
  const pool = await prisma.$queryRaw<Row[]>`${SELECT}
    WHERE ${Prisma.raw(recommendableSql("u"))} AND u.id <> ${me.id}::uuid
      AND p.gender = ${me.targetGender}::"Gender" AND f."targetGender" = ${me.gender}::"Gender"
      AND p."birthYear" BETWEEN ${year - me.ageMax} AND ${year - me.ageMin} AND f."ageMin" <= ${myAge} AND f."ageMax" >= ${myAge}
      AND ${visibleToSql(me.id, "u")}
      AND NOT EXISTS (SELECT 1 FROM "Match" m WHERE m.status IN ('PENDING', 'ACTIVE') AND ((m."userAId" = u.id AND m."userBId" = ${me.id}::uuid) OR (m."userAId" = ${me.id}::uuid AND m."userBId" = u.id)))
      AND NOT EXISTS (SELECT 1 FROM "Match" m WHERE m.status = 'ACTIVE' AND (m."userAId" = u.id OR m."userBId" = u.id))
    ORDER BY u."lastActiveAt" DESC NULLS LAST, u.id
    LIMIT ${POOL_LIMIT}`;

  const [stats, history] = await Promise.all([activity([me.id, ...pool.map((r) => r.id)], addWeeks(week, -NO_REPEAT_WEEKS), week), pairHistory(me.id, week)]);
  const toScoreMember = (r: Row): ScoreMember => {
    const marriage = marriageOf(r);
    return {
      profile: { gender: r.gender, birthYear: r.birthYear, region: r.region, keywords: r.keywords, height: marriage.height, marriage: marriage.facts },
      preference: { targetGender: r.targetGender, ageMin: r.ageMin, ageMax: r.ageMax, regions: r.regions, keywords: r.prefKeywords, marriage: marriage.prefs },
      stats: {
        joinedAt: r.createdAt, lastActiveAt: r.lastActiveAt, shown: stats.shown.get(r.id) ?? 0, likesGiven: stats.given.get(r.id) ?? 0,
        shownTo: stats.shownTo.get(r.id) ?? 0, likesReceived: stats.received.get(r.id) ?? 0, reportsReceived: stats.reports.get(r.id) ?? 0,
      },
    };
  };
  let exposures = 0;
  let likes = 0;
  for (const n of stats.shown.values()) exposures += n;
  for (const n of stats.given.values()) likes += n;
  const ctx = { now: weekStart(week), year, likeRate: exposures > 0 ? likes / exposures : undefined };
  const weights = await latestWeights();
  const a = toScoreMember(me);
  const items = pool
    .map((r) => ({ r, b: toScoreMember(r) }))
    .filter(({ r, b }) => proposable(a, b, year, history.get(r.id) ?? []))
    .map(({ r, b }) => ({ r, x: scoreCandidate(a, b, ctx, weights) }))
    .sort((p, q) => q.x.score - p.x.score || (p.r.id < q.r.id ? -1 : 1))
    .slice(0, TOP)
    .map(({ r, x }) => ({
      id: r.id, nickname: r.nickname, gender: r.gender, age: year - r.birthYear, region: r.region, job: r.job, status: r.status,
      score: x.score, aLikesB: x.aLikesB, bLikesA: x.bLikesA, reasons: x.reasons.map((s) => ({ direction: s.direction, label: s.label, logOdds: s.logOdds })),
    }));
  return { week, weights: weights ? "fitted" : "prior", items };
}

export const listCandidatesOperation = defineOperation({
  method: "GET",
  path: "/api/admin/users/{id}/candidates",
  access: "admin",
  tag: "admin",
  summary: "수동 매칭 후보 (주간 추천과 같은 양방향 조건·점수, 점수 근거 포함)",
  params: ZIdParams,
  output: ZCandidates,
  run: listCandidates,
});
