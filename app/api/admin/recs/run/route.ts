// POST /api/admin/recs/run – build a week's recommendations now (admin, audited)
import { route } from "@/lib/http/route";
import { runRecommendationsOperation } from "@/lib/jobs/run-weekly-job";

export const maxDuration = 60;
export const POST = route(runRecommendationsOperation);
