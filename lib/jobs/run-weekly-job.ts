// The weekly job behind the scheduled job "weekly-recommendations" (lib/jobs/registry.ts), the admin
// trigger and `npm run recs:run`: build a week's recommendations (resumable: a call stops at its time
// budget with status PARTIAL) and close pending matches whose payment window has passed.
import { recordAdminAction } from "@/lib/core/audit";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { expirePendingMatches } from "@/lib/matching/expire-pending-matches";
import { buildWeeklyRecommendations } from "@/lib/recommendations/build-weekly-recommendations";
import { ZBuildOutcome, ZRunRecsBody, type BuildOutcome } from "@/lib/recommendations/schemas";
import { afterWeeklyBuild } from "@/lib/recommendations/top-up-after-build";
import { currentWeek } from "@/lib/core/week";

/** Vercel functions stop at maxDuration (60 s here): leave room for the expiry and the response. */
export const CRON_BUILD_BUDGET_MS = 45_000;

export async function runWeeklyJob({ week, now = new Date(), maxDurationMs, triggeredBy }: { week?: string; now?: Date; maxDurationMs?: number; triggeredBy: string }) {
  const target = week ?? currentWeek(now);
  // the two jobs are independent: a failed build (run marked FAILED, resumable) must not keep unpaid
  // matches open, so the expiry runs either way and the build's error is raised afterwards
  let recommendations: BuildOutcome;
  try {
    recommendations = await buildWeeklyRecommendations(target, { maxDurationMs, triggeredBy });
  } catch (err) {
    await expirePendingMatches({ now });
    throw err;
  }
  const expiredMatches = await expirePendingMatches({ now });
  // a finished week: fill in short lists on a re-run, notify members of their list (idempotent)
  const afterBuild = await afterWeeklyBuild(recommendations, now);
  return { week: target, recommendations, expiredMatches, afterBuild };
}

/** POST /api/admin/recs/run: one bounded call of the build, recorded in the audit log. */
export async function runRecommendationsAsAdmin({ actor, input = {}, now = new Date() }: { actor: Actor; input?: { week?: string }; now?: Date }): Promise<BuildOutcome> {
  const { week } = input;
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "관리자만 실행할 수 있습니다.");
  const target = week ?? currentWeek(now);
  const audit = (detail: Record<string, string | number | boolean>) =>
    recordAdminAction(prisma, { adminId: actor.userId, action: "RECOMMENDATIONS_RUN", targetType: "RecommendationRun", targetId: target, detail });
  let outcome: BuildOutcome;
  try {
    outcome = await buildWeeklyRecommendations(target, { maxDurationMs: CRON_BUILD_BUDGET_MS, triggeredBy: `admin:${actor.userId}` });
  } catch (err) {
    // a failed attempt is an admin action too
    await audit({ status: "FAILED", error: err instanceof Error ? err.message.slice(0, 500) : String(err) });
    throw err;
  }
  // a re-run of a finished week fills in members below their quota (top-up-after-build.ts)
  const afterBuild = await afterWeeklyBuild(outcome, now);
  await audit({
    status: outcome.status,
    ran: outcome.ran,
    recommendationsCount: outcome.run.recommendationsCount,
    processedCount: outcome.run.processedCount,
    ...(afterBuild ? { topUpMembers: afterBuild.filled, topUpRecommendations: afterBuild.inserted } : {}),
  });
  return outcome;
}

export const runRecommendationsOperation = defineOperation({
  method: "POST",
  path: "/api/admin/recs/run",
  access: "admin",
  tag: "admin",
  summary: "주간 추천 생성 실행 (한 번의 호출은 시간 예산 안에서; 감사 로그 기록)",
  body: ZRunRecsBody,
  output: ZBuildOutcome,
  run: runRecommendationsAsAdmin,
});
