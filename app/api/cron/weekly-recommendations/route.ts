// GET /api/cron/weekly-recommendations – Vercel Cron (Monday 10:00 KST): build this week's recommendations, expire unpaid matches
import { after } from "next/server";
import { env } from "@/lib/env";
import { withCron } from "@/lib/http/route";
import { CRON_BUILD_BUDGET_MS, runWeeklyJob } from "@/lib/recommendations/run-weekly-job";

export const maxDuration = 60;
export const dynamic = "force-dynamic";

/** how many times one Monday's build may hand itself on to a fresh invocation */
const MAX_CONTINUATIONS = 40;

export const GET = withCron(async ({ req }) => {
  const result = await runWeeklyJob({ maxDurationMs: CRON_BUILD_BUDGET_MS, triggeredBy: "cron" });
  const hop = Number(new URL(req.url).searchParams.get("continuation") ?? 0);
  if (result.recommendations.status === "PARTIAL" && hop < MAX_CONTINUATIONS) {
    // Vercel Cron fires once a week: a build larger than one invocation continues in a new one.
    after(() =>
      fetch(`${env.APP_URL}/api/cron/weekly-recommendations?continuation=${hop + 1}`, {
        headers: { authorization: `Bearer ${env.CRON_SECRET}` },
        signal: AbortSignal.timeout(3000),
      }).catch(() => undefined),
    );
  }
  return result;
});
