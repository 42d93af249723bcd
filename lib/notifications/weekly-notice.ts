// WEEKLY_RECOMMENDATIONS for a finished week: ONE set-based INSERT … SELECT over the week's lists
// (never a loop over members). Idempotent: dedupeKey = the week, so re-runs, resumed builds and the
// first-list top-ups of the same week never notify a member twice.
import { prisma, type Db, type Tx } from "@/lib/db";

export async function notifyWeeklyRecommendations(week: string, { db = prisma, now = new Date() }: { db?: Db | Tx; now?: Date } = {}): Promise<number> {
  const at = now.toISOString();
  return db.$executeRaw`
    INSERT INTO "Notification" ("id", "userId", "kind", "payload", "dedupeKey", "createdAt")
    SELECT gen_random_uuid(), r."userId", 'WEEKLY_RECOMMENDATIONS', jsonb_build_object('week', ${week}::text), ${week}::text,
           (${at}::timestamptz AT TIME ZONE 'UTC')
      FROM (SELECT DISTINCT "userId" FROM "Recommendation" WHERE "batchWeek" = ${week}) r
      JOIN "User" u ON u.id = r."userId"
     WHERE u."status" NOT IN ('BANNED', 'WITHDRAWN') AND u."deletedAt" IS NULL
    ON CONFLICT ("userId", "kind", "dedupeKey") DO NOTHING`;
}
