"use server";
// Admin console action: run this week's (or a chosen week's) build now — the same use case as
// POST /api/admin/recs/run, audited.
import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/auth/page-actor";
import { AppError } from "@/lib/core/errors";
import { runRecommendationsAsAdmin } from "@/lib/jobs/run-weekly-job";
import { ZRunRecsBody } from "@/lib/recommendations/schemas";

export type RunRecsState = { message: string | null; error: boolean };

export async function runRecommendationsAction(_prev: RunRecsState, formData: FormData): Promise<RunRecsState> {
  const actor = await requireAdmin();
  const week = String(formData.get("week") ?? "").trim();
  const parsed = ZRunRecsBody.safeParse(week ? { week } : {});
  if (!parsed.success) return { message: "주차 형식은 2026-W48 처럼 입력해 주세요.", error: true };
  try {
    const outcome = await runRecommendationsAsAdmin({ actor, input: parsed.data });
    revalidatePath("/admin/recommendations");
    const done = outcome.ran ? "생성했습니다" : "이미 생성되어 있습니다";
    return { message: `${outcome.week} 추천을 ${done} (${outcome.status}, ${outcome.run.recommendationsCount}건).`, error: false };
  } catch (err) {
    return { message: err instanceof AppError ? err.message : "추천 생성 중 오류가 발생했습니다.", error: true };
  }
}
