// The weekly job behind the Vercel Cron route, the admin trigger and `npm run recs:run`: build a
// week's recommendations (resumable: a call stops at its time budget with status PARTIAL) and close
// pending matches whose payment window has passed.
import { recordAdminAction } from "@/lib/admin/audit";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError } from "@/lib/core/errors";
import { expirePendingMatches } from "@/lib/matching/expire-pending-matches";
import { buildWeeklyRecommendations } from "./build-weekly-recommendations";
import type { BuildOutcome } from "./schemas";
import { currentWeek } from "./week";

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
  return { week: target, recommendations, expiredMatches };
}

/** POST /api/admin/recs/run: one bounded call of the build, recorded in the audit log. */
export async function runRecommendationsAsAdmin({ actor, week, now = new Date() }: { actor: Actor; week?: string; now?: Date }): Promise<BuildOutcome> {
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
  await audit({ status: outcome.status, ran: outcome.ran, recommendationsCount: outcome.run.recommendationsCount, processedCount: outcome.run.processedCount });
  return outcome;
}
