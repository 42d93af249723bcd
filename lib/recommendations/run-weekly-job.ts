// The weekly job behind the Vercel Cron route, the admin trigger and `npm run recs:run`: build a
// week's recommendations (resumable: a call stops at its time budget with status PARTIAL) and close
// pending matches whose payment window has passed.
import { recordAdminAction } from "@/lib/admin/audit";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { z } from "zod";
import { AppError } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { env } from "@/lib/env";
import { expirePendingMatches } from "@/lib/matching/expire-pending-matches";
import { buildWeeklyRecommendations } from "./build-weekly-recommendations";
import { ZBuildOutcome, ZRunRecsBody, type BuildOutcome } from "./schemas";
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
  await audit({ status: outcome.status, ran: outcome.ran, recommendationsCount: outcome.run.recommendationsCount, processedCount: outcome.run.processedCount });
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

/** how many times one Monday's build may hand itself on to a fresh invocation */
const MAX_CONTINUATIONS = 40;

export const weeklyCronOperation = defineOperation({
  method: "GET",
  path: "/api/cron/weekly-recommendations",
  access: "cron",
  tag: "system",
  summary: "Vercel Cron: 주간 추천 생성과 만료된 매칭 정리 (매주 월 10:00 KST)",
  query: z.object({ continuation: z.coerce.number().int().min(0).max(MAX_CONTINUATIONS).default(0) }),
  output: z.object({ week: z.string(), recommendations: ZBuildOutcome, expiredMatches: z.object({ closedMatches: z.number().int(), restoredMembers: z.number().int() }) }),
  run: async ({ input, defer }) => {
    const result = await runWeeklyJob({ maxDurationMs: CRON_BUILD_BUDGET_MS, triggeredBy: "cron" });
    const hop = input.continuation;
    if (result.recommendations.status === "PARTIAL" && hop < MAX_CONTINUATIONS) {
      // Vercel Cron fires once a week: a build larger than one invocation continues in a new one.
      defer(() =>
        fetch(`${env.APP_URL}/api/cron/weekly-recommendations?continuation=${hop + 1}`, {
          headers: { authorization: `Bearer ${env.CRON_SECRET}` },
          signal: AbortSignal.timeout(3000),
        }).catch(() => undefined),
      );
    }
    return result;
  },
});
