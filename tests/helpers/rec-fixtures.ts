// Fixtures for the weekly recommendation tests: a clean slate per test, history rows, and readers.
import { prisma } from "@/lib/db";
import { addWeeks, weekStart } from "@/lib/core/week";
import { canonicalPair } from "@/lib/matching/pair";

export const WEEK = "2026-W48";

/** Every member, recommendation, exposure, like, block, match, report and run is removed. */
export async function resetAll(): Promise<void> {
  await prisma.$executeRawUnsafe(`TRUNCATE "User", "RecommendationRun" CASCADE`);
}

/** Forgets one week's build (its recommendations, exposures and run) so it can be built again. */
export async function resetWeek(week = WEEK): Promise<void> {
  await prisma.recommendation.deleteMany({ where: { batchWeek: week } });
  await prisma.exposureLog.deleteMany({ where: { batchWeek: week } });
  await prisma.recommendationRun.deleteMany({ where: { week } });
}

/** `viewer` was shown `target` `weeksAgo` weeks before `week`. */
export async function exposure(viewer: string, target: string, weeksAgo: number, week = WEEK) {
  const batchWeek = addWeeks(week, -weeksAgo);
  await prisma.exposureLog.create({ data: { userId: viewer, targetId: target, batchWeek, seenAt: new Date(weekStart(batchWeek).getTime() + 3_600_000) } });
}

export async function like(from: string, to: string, week = addWeeks(WEEK, -1)) {
  await prisma.like.create({ data: { fromId: from, toId: to, batchWeek: week } });
}

export async function match(x: string, y: string) {
  await prisma.match.create({ data: { ...canonicalPair(x, y), status: "PENDING" } });
}

export type RecRow = { userId: string; targetId: string; rank: number; score: number; relaxLevel: number };

export async function recsOf(week = WEEK): Promise<RecRow[]> {
  return prisma.recommendation.findMany({
    where: { batchWeek: week },
    select: { userId: true, targetId: true, rank: true, score: true, relaxLevel: true },
    orderBy: [{ userId: "asc" }, { rank: "asc" }],
  });
}

export async function targetsOf(userId: string, week = WEEK): Promise<string[]> {
  const rows = await prisma.recommendation.findMany({ where: { userId, batchWeek: week }, orderBy: { rank: "asc" }, select: { targetId: true } });
  return rows.map((r) => r.targetId);
}

/** true when x was recommended to y or y to x in the week */
export async function pairedEitherWay(x: string, y: string, week = WEEK): Promise<boolean> {
  const n = await prisma.recommendation.count({ where: { batchWeek: week, OR: [{ userId: x, targetId: y }, { userId: y, targetId: x }] } });
  return n > 0;
}
