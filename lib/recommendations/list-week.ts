// The week whose list a member sees: this ISO week (Asia/Seoul) once its weekly run has finished;
// before that — Monday from 00:00 until the cron's build, or after a failed run — the previous
// week's. Nobody faces an empty page on Monday morning, and a member who completes their profile
// then gets a first list at once (a top-up of the previous week) instead of waiting for the build.
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import { FINISHED_STATUSES, isFinished } from "./run-lease";
import { addWeeks, currentWeek } from "@/lib/core/week";

export async function listWeek(now = new Date()): Promise<string> {
  const week = currentWeek(now);
  const run = await prisma.recommendationRun.findUnique({ where: { week }, select: { status: true } });
  return run && isFinished(run) ? week : addWeeks(week, -1);
}

/** The same rule as a scalar SQL expression, for reads that pick the week in their own statement. */
export function listWeekSql(now = new Date()): Prisma.Sql {
  const week = currentWeek(now);
  return Prisma.sql`(CASE WHEN EXISTS (SELECT 1 FROM "RecommendationRun" rr WHERE rr.week = ${week} AND rr.status::text IN (${Prisma.join(FINISHED_STATUSES)})) THEN ${week} ELSE ${addWeeks(week, -1)} END)`;
}
