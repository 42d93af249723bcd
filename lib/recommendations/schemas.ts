// zod schemas and DTOs of the weekly build's triggers (admin run, cron) and of a RecommendationRun.
import { z } from "zod";
import type { RecommendationRun } from "@/lib/generated/prisma/client";
import { addWeeks, compareWeeks, currentWeek, ZWeek } from "@/lib/core/week";

// an admin run may (re)build only a week near the present: 4 weeks back to 2 ahead (issue 12 #10)
export const ZRunRecsBody = z.object({ week: ZWeek.refine((w) => compareWeeks(w, addWeeks(currentWeek(), -4)) >= 0 && compareWeeks(w, addWeeks(currentWeek(), 2)) <= 0, "최근 4주부터 2주 뒤까지의 주차만 실행할 수 있습니다.").optional() }).strict();
export type RunRecsBody = z.infer<typeof ZRunRecsBody>;

export const ZRecommendationRun = z.object({
  id: z.string(),
  week: z.string(),
  status: z.enum(["RUNNING", "COMPLETED", "LOW_COVERAGE", "FAILED"]),
  eligibleCount: z.number().int(),
  processedCount: z.number().int(),
  recommendationsCount: z.number().int(),
  fullCount: z.number().int(),
  emptyCount: z.number().int(),
  coverage: z.number().nullable(),
  chunks: z.number().int(),
  cursor: z.string().nullable(),
  leaseUntil: z.string().nullable(),
  triggeredBy: z.string().nullable(),
  error: z.string().nullable(),
  stats: z.unknown().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  durationMs: z.number().int().nullable(),
});
export type RecommendationRunDto = z.infer<typeof ZRecommendationRun>;

/** what one call of the build did: PARTIAL = stopped at its time budget, resume with another call */
export const ZBuildOutcome = z.object({
  week: z.string(),
  status: z.enum(["COMPLETED", "LOW_COVERAGE", "PARTIAL", "RUNNING", "FAILED"]),
  /** false when the week was already finished, or another caller holds it */
  ran: z.boolean(),
  cursor: z.string().nullable(),
  run: ZRecommendationRun,
});
export type BuildOutcome = z.infer<typeof ZBuildOutcome>;

export function toRunDto(run: RecommendationRun): RecommendationRunDto {
  return {
    id: run.id,
    week: run.week,
    status: run.status,
    eligibleCount: run.eligibleCount,
    processedCount: run.processedCount,
    recommendationsCount: run.recommendationsCount,
    fullCount: run.fullCount,
    emptyCount: run.emptyCount,
    coverage: run.coverage,
    chunks: run.chunks,
    cursor: run.cursor,
    leaseUntil: run.leaseUntil?.toISOString() ?? null,
    triggeredBy: run.triggeredBy,
    error: run.error,
    stats: run.stats ?? null,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    durationMs: run.durationMs,
  };
}
