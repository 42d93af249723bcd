// npm run recs:run [-- --week=2026-W48] – the weekly job from the command line (dev default for the
// cron): builds the week to completion and expires unpaid matches. Exit code 1 if the build failed.
import { disconnectDb } from "@/lib/db";
import { runWeeklyJob } from "@/lib/jobs/run-weekly-job";
import { ZWeek } from "@/lib/core/week";

const arg = process.argv.find((a) => a.startsWith("--week="))?.slice("--week=".length);
const week = arg ? ZWeek.parse(arg) : undefined;

let result = await runWeeklyJob({ week, triggeredBy: "cli" });
// without a time budget one call finishes; loop anyway in case another process held the lease
for (let i = 0; i < 20 && ["PARTIAL", "RUNNING"].includes(result.recommendations.status); i++) {
  await new Promise((r) => setTimeout(r, 1000));
  result = await runWeeklyJob({ week: result.week, triggeredBy: "cli" });
}
const run = result.recommendations.run;
console.log(
  `recommendations ${result.week}: ${result.recommendations.status}${result.recommendations.ran ? "" : " (already built)"} · ` +
    `${run.processedCount}/${run.eligibleCount} members · ${run.recommendationsCount} recommendations · ` +
    `coverage ${run.coverage === null ? "–" : (run.coverage * 100).toFixed(1) + "%"} · expired matches ${result.expiredMatches.closedMatches}`,
);
await disconnectDb();
if (result.recommendations.status === "FAILED") process.exit(1);
