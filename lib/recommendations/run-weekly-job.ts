// The weekly job behind the Vercel Cron route, the admin trigger and `npm run recs:run`: build a
// week's recommendations (resumable: a call stops at its time budget with status PARTIAL) and close
// pending matches whose payment window has passed.
import { recordAdminAction } from "@/lib/admin/audit";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/http/actor";
import { expirePendingMatches } from "@/lib/matching/expire-pending-matches";
import { buildWeeklyRecommendations } from "./build-weekly-recommendations";
import type { BuildOutcome } from "./schemas";
import { currentWeek } from "./week";

/** Vercel functions stop at maxDuration (60 s here): leave room for the expiry and the response. */
export const CRON_BUILD_BUDGET_MS = 45_000;

export async function runWeeklyJob({ week, now = new Date(), maxDurationMs, triggeredBy }: { week?: string; now?: Date; maxDurationMs?: number; triggeredBy: string }) {
  const target = week ?? currentWeek(now);
  const recommendations = await buildWeeklyRecommendations(target, { maxDurationMs, triggeredBy });
  const expiredMatches = await expirePendingMatches({ now });
  return { week: target, recommendations, expiredMatches };
}

/** POST /api/admin/recs/run: one bounded call of the build, recorded in the audit log. */
export async function runRecommendationsAsAdmin({ actor, week, now = new Date() }: { actor: Actor; week?: string; now?: Date }): Promise<BuildOutcome> {
  const target = week ?? currentWeek(now);
  const outcome = await buildWeeklyRecommendations(target, { maxDurationMs: CRON_BUILD_BUDGET_MS, triggeredBy: `admin:${actor.userId}` });
  await recordAdminAction(prisma, {
    adminId: actor.userId,
    action: "RECOMMENDATIONS_RUN",
    targetType: "RecommendationRun",
    targetId: target,
    detail: { status: outcome.status, ran: outcome.ran, recommendationsCount: outcome.run.recommendationsCount, processedCount: outcome.run.processedCount },
  });
  return outcome;
}
