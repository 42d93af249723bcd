// GET /api/admin/stats: members by status and gender, sign-ups per ISO week
// (Asia/Seoul), matches by status, paid payments and revenue per week (Payment rows with status PAID,
// dated by approval or verification), and the latest weekly recommendation run with its coverage.
// A handful of aggregate queries, each one index range or one scan of User: no per-member work.
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { addWeeks, currentWeek, weekStart } from "@/lib/core/week";
import { ZGender, ZUserStatus } from "./schemas";

export const STATS_WEEKS = 12;

const ZWeekCount = z.object({ week: z.string(), count: z.number().int() });
export const ZAdminStats = z.object({
  generatedAt: z.string(),
  members: z.object({
    total: z.number().int(),
    byStatus: z.array(z.object({ status: ZUserStatus, count: z.number().int() })),
    byGender: z.array(z.object({ gender: ZGender.nullable(), count: z.number().int() })),
    byStatusGender: z.array(z.object({ status: ZUserStatus, gender: ZGender.nullable(), count: z.number().int() })),
  }),
  signupsPerWeek: z.array(ZWeekCount),
  matches: z.object({ byStatus: z.array(z.object({ status: z.enum(["PENDING", "ACTIVE", "CLOSED"]), count: z.number().int() })) }),
  paymentsPerWeek: z.array(z.object({ week: z.string(), count: z.number().int(), revenue: z.number().int() })),
  revenueTotal: z.number().int(),
  latestRun: z
    .object({ week: z.string(), status: z.enum(["RUNNING", "COMPLETED", "LOW_COVERAGE", "FAILED"]), coverage: z.number().nullable(), eligibleCount: z.number().int(), recommendationsCount: z.number().int(), emptyCount: z.number().int(), startedAt: z.string(), finishedAt: z.string().nullable() })
    .nullable(),
});
export type AdminStats = z.infer<typeof ZAdminStats>;

/** a timestamp(3) column holds UTC wall time: an instant as that column's literal */
const wall = (d: Date) => d.toISOString().slice(0, 23).replace("T", " ");

export async function getAdminStats({ now = new Date() }: { actor: Actor; now?: Date }): Promise<AdminStats> {
  const last = currentWeek(now);
  const weeks = Array.from({ length: STATS_WEEKS }, (_, i) => addWeeks(last, i - STATS_WEEKS + 1));
  // the weeks' bounds (Monday 00:00 in Seoul, as UTC wall time) and the end of this week: each row finds
  // its week by a binary search of these 13 values (width_bucket), not by formatting its own date in
  // Asia/Seoul (to_char … AT TIME ZONE per row was most of the dashboard's time at 100k members)
  const bounds = [...weeks, addWeeks(last, 1)].map((w) => wall(weekStart(w)));
  const [statusGender, signups, matches, payments, revenue, run] = await Promise.all([
    prisma.user.groupBy({ by: ["status", "gender"], where: { role: "MEMBER" }, _count: { _all: true } }),
    prisma.$queryRaw<{ b: number; n: number }[]>`
      SELECT width_bucket("createdAt", ${bounds}::timestamp[]) AS b, count(*)::int AS n FROM "User"
       WHERE role = 'MEMBER' AND "createdAt" >= ${bounds[0]}::timestamp AND "createdAt" < ${bounds[STATS_WEEKS]}::timestamp GROUP BY 1`,
    prisma.match.groupBy({ by: ["status"], _count: { _all: true } }),
    prisma.$queryRaw<{ b: number; n: number; revenue: number }[]>`
      SELECT width_bucket(COALESCE("approvedAt", "verifiedAt", "updatedAt"), ${bounds}::timestamp[]) AS b, count(*)::int AS n, COALESCE(sum(amount), 0)::int AS revenue
        FROM "Payment" WHERE status = 'PAID' AND COALESCE("approvedAt", "verifiedAt", "updatedAt") >= ${bounds[0]}::timestamp
         AND COALESCE("approvedAt", "verifiedAt", "updatedAt") < ${bounds[STATS_WEEKS]}::timestamp GROUP BY 1`,
    prisma.payment.aggregate({ where: { status: "PAID" }, _sum: { amount: true } }),
    prisma.recommendationRun.findFirst({ orderBy: [{ week: "desc" }] }),
  ]);
  const byStatus = new Map<string, number>();
  const byGender = new Map<string | null, number>();
  for (const r of statusGender) {
    byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + r._count._all);
    byGender.set(r.gender, (byGender.get(r.gender) ?? 0) + r._count._all);
  }
  // bucket i (1…12) is weeks[i − 1]
  const signupOf = new Map(signups.map((s) => [weeks[s.b - 1], s.n]));
  const payOf = new Map(payments.map((p) => [weeks[p.b - 1], p]));
  return {
    generatedAt: now.toISOString(),
    members: {
      total: statusGender.reduce((s, r) => s + r._count._all, 0),
      byStatus: ZUserStatus.options.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
      byGender: [...byGender].map(([gender, count]) => ({ gender: gender as "M" | "F" | null, count })),
      byStatusGender: statusGender.map((r) => ({ status: r.status, gender: r.gender, count: r._count._all })),
    },
    signupsPerWeek: weeks.map((week) => ({ week, count: signupOf.get(week) ?? 0 })),
    matches: { byStatus: (["PENDING", "ACTIVE", "CLOSED"] as const).map((status) => ({ status, count: matches.find((m) => m.status === status)?._count._all ?? 0 })) },
    paymentsPerWeek: weeks.map((week) => ({ week, count: payOf.get(week)?.n ?? 0, revenue: payOf.get(week)?.revenue ?? 0 })),
    revenueTotal: revenue._sum.amount ?? 0,
    latestRun: run
      ? { week: run.week, status: run.status, coverage: run.coverage, eligibleCount: run.eligibleCount, recommendationsCount: run.recommendationsCount, emptyCount: run.emptyCount, startedAt: run.startedAt.toISOString(), finishedAt: run.finishedAt?.toISOString() ?? null }
      : null,
  };
}

export const getAdminStatsOperation = defineOperation({
  method: "GET",
  path: "/api/admin/stats",
  access: "admin",
  tag: "admin",
  summary: "통계 대시보드 (회원 상태·성별, 주별 가입, 매칭 상태, 주별 결제·매출, 최근 추천 실행)",
  output: ZAdminStats,
  run: getAdminStats,
});
