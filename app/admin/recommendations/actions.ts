"use server";
// /admin/recommendations action: run this week's (or a chosen week's) build now, derived from
// POST /api/admin/recs/run (audited there). A blank week is this week.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/http/action";
import { filled } from "@/lib/http/form-input";
import { runRecommendationsOperation } from "@/lib/jobs/run-weekly-job";

export const runRecommendationsAction = action(runRecommendationsOperation, {
  form: (fd) => filled(fd, "week"),
  done: (outcome) => {
    revalidatePath("/admin/recommendations");
    const what = outcome.ran ? "생성했습니다" : "이미 생성되어 있습니다";
    return { message: `${outcome.week} 추천을 ${what} (${outcome.status}, ${outcome.run.recommendationsCount}건).` };
  },
});
