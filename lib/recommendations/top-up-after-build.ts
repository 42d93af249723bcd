// What follows a week's build, in one call the weekly job and the admin trigger make: a re-run of an
// already finished week fills in every member below their quota (members who joined since, lists the
// build could not fill), without touching existing lists; and every member with a list this week gets
// the WEEKLY_RECOMMENDATIONS notification (one set-based INSERT, once per member and week).
import { notifyWeeklyRecommendations } from "@/lib/notifications/weekly-notice";
import type { BuildOutcome } from "./schemas";
import { topUpRecommendations } from "./top-up";

export type AfterBuild = { filled: number; inserted: number; notified: number };

export async function afterWeeklyBuild(outcome: Pick<BuildOutcome, "week" | "status" | "ran">, now = new Date()): Promise<AfterBuild | null> {
  if (outcome.status !== "COMPLETED" && outcome.status !== "LOW_COVERAGE") return null;
  // ran = this call finished the week (lists are fresh); !ran = the week was already finished: a re-run
  const topUp = outcome.ran ? null : await topUpRecommendations({ week: outcome.week, now });
  const notified = await notifyWeeklyRecommendations(outcome.week, { now });
  return { filled: topUp?.filled ?? 0, inserted: topUp?.inserted ?? 0, notified };
}
