// Top-ups of a finished week's recommendations, under the weekly build's own rules (pool, scorer,
// caps, no-repeat window, exposure log: top-up-adapter.ts):
// - a member who completes profile and preferences after the week was built gets a first list now
//   instead of next Monday (top-up-first-list.ts schedules it right after the save);
// - an admin re-run of a finished week fills in every member below their quota.
// Existing lists are never touched: only new rows are appended (ranks after the last one), each with
// its ExposureLog row (reason "top_up"), so the 12-week no-repeat rule and the per-target weekly cap
// see them. Idempotent and safe under concurrency: all top-ups of one week hold the same advisory
// lock while they write, and re-read each list inside it (a list already at its quota gets nothing).
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";
import { notify } from "@/lib/notifications/notify";
import { isFinished } from "./run-lease";
import { planTopUps, type TopUpPick } from "./top-up-adapter";

export type TopUpResult = {
  week: string;
  /** NO_FINISHED_RUN: the week has not been built yet (the build will include the member) */
  status: "DONE" | "NO_FINISHED_RUN";
  /** members examined (below quota when examined) and members who received rows */
  examined: number;
  filled: number;
  inserted: number;
};

/** members written per transaction */
const WRITE_CHUNK = 500;

export async function topUpRecommendations({ week, userIds, now = new Date() }: { week: string; userIds?: readonly string[]; now?: Date }): Promise<TopUpResult> {
  const result: TopUpResult = { week, status: "NO_FINISHED_RUN", examined: 0, filled: 0, inserted: 0 };
  const run = await prisma.recommendationRun.findUnique({ where: { week }, select: { status: true, stats: true } });
  if (!run || !isFinished(run)) return result;
  result.status = "DONE";
  if (userIds && userIds.length === 0) return result;

  const planner = await planTopUps(week, run.stats);
  const ids = (userIds ? [...new Set(userIds.map((u) => u.toLowerCase()))] : planner.ids()).filter((id) => planner.has(id));
  const lists = await currentLists(week, ids);
  // short lists only; empty ones (new members) first, so they are served before the cap fills up
  const short = ids.filter((id) => (lists.get(id)?.length ?? 0) < planner.quota(id)).sort((x, y) => (lists.get(x)?.length ?? 0) - (lists.get(y)?.length ?? 0) || (x < y ? -1 : 1));
  result.examined = short.length;

  const planned = short.map((id) => ({ userId: id, picks: planner.pick(id, lists.get(id) ?? []) })).filter((p) => p.picks.length > 0);
  for (let i = 0; i < planned.length; i += WRITE_CHUNK) {
    const { filled, inserted } = await writeTopUps(week, planned.slice(i, i + WRITE_CHUNK), planner.quota, now);
    result.filled += filled;
    result.inserted += inserted;
  }
  logger.info({ week, examined: result.examined, filled: result.filled, inserted: result.inserted, scope: userIds ? "members" : "all" }, "recommendation top-up");
  return result;
}

async function currentLists(week: string, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const lists = new Map<string, string[]>();
  if (userIds.length === 0) return lists;
  const rows = await prisma.recommendation.findMany({ where: { batchWeek: week, userId: { in: [...userIds] } }, select: { userId: true, targetId: true } });
  for (const r of rows) lists.set(r.userId, [...(lists.get(r.userId) ?? []), r.targetId]);
  return lists;
}

async function writeTopUps(week: string, planned: { userId: string; picks: TopUpPick[] }[], quota: (userId: string) => number, now: Date) {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`recs-topup:${week}`}, 0))`;
      const userIds = planned.map((p) => p.userId);
      const current = await tx.recommendation.groupBy({ by: ["userId"], where: { batchWeek: week, userId: { in: userIds } }, _count: { _all: true }, _max: { rank: true } });
      const have = new Map(current.map((c) => [c.userId, { n: c._count._all, maxRank: c._max.rank ?? 0 }]));
      const taken = new Set((await tx.recommendation.findMany({ where: { batchWeek: week, userId: { in: userIds } }, select: { userId: true, targetId: true } })).map((r) => `${r.userId}:${r.targetId}`));
      const recs: { userId: string; targetId: string; batchWeek: string; rank: number; score: number; relaxLevel: number; createdAt: Date }[] = [];
      const first: string[] = [];
      for (const { userId, picks } of planned) {
        const h = have.get(userId) ?? { n: 0, maxRank: 0 };
        const rows = picks.filter((p) => !taken.has(`${userId}:${p.targetId}`)).slice(0, Math.max(0, quota(userId) - h.n));
        if (rows.length === 0) continue;
        if (h.n === 0) first.push(userId);
        rows.forEach((p, i) => recs.push({ userId, targetId: p.targetId, batchWeek: week, rank: h.maxRank + i + 1, score: p.score, relaxLevel: p.relaxLevel, createdAt: now }));
      }
      if (recs.length === 0) return { filled: 0, inserted: 0 };
      const { count } = await tx.recommendation.createMany({ data: recs, skipDuplicates: true });
      await tx.exposureLog.createMany({ data: recs.map((r) => ({ userId: r.userId, targetId: r.targetId, batchWeek: week, reason: "top_up", seenAt: now })), skipDuplicates: true });
      // a first list is news: the same notification (and key) as the weekly one, so nobody gets both
      await notify(tx, first.map((userId) => ({ userId, kind: "WEEKLY_RECOMMENDATIONS" as const, payload: { week, reason: "first" }, dedupeKey: week })));
      return { filled: new Set(recs.map((r) => r.userId)).size, inserted: count };
    },
    { timeout: 60_000 },
  );
}
