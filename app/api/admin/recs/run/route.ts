// POST /api/admin/recs/run – build a week's recommendations now (admin, audited; body { week? })
import { parseBody } from "@/lib/core/parse";
import { withAdmin } from "@/lib/http/route";
import { ZRunRecsBody } from "@/lib/recommendations/schemas";
import { runRecommendationsAsAdmin } from "@/lib/recommendations/run-weekly-job";

export const maxDuration = 60;

export const POST = withAdmin(async ({ req, actor }) => runRecommendationsAsAdmin({ actor, ...(await parseBody(req, ZRunRecsBody)) }));
