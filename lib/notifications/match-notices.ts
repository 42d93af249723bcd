// Scheduled notices about matches, each ONE set-based INSERT … SELECT, idempotent through the
// notification's dedupeKey (the match id), so the jobs may run as often as they like:
// - notifyExpiringMatches: a PENDING match whose payment window closes within
//   MATCH_EXPIRING_NOTICE_HOURS → MATCH_EXPIRING to each member who has not paid for it yet;
// - requestMatchFeedback: a match ACTIVE for MATCH_FEEDBACK_AFTER_DAYS → FEEDBACK_REQUEST to each
//   member who has not given feedback (matches activated long ago are not asked about on deploy).
// Recipients who are banned, withdrawn or blocked by/with the other member are skipped.
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** a feedback request is sent at most this many days after it became due */
const FEEDBACK_WINDOW_DAYS = 30;

const utc = (d: Date) => d.toISOString();

export async function notifyExpiringMatches({ now = new Date(), hours = env.MATCH_EXPIRING_NOTICE_HOURS }: { now?: Date; hours?: number } = {}) {
  const at = utc(now);
  const until = utc(new Date(now.getTime() + hours * HOUR_MS));
  const notified = await prisma.$executeRaw`
    INSERT INTO "Notification" ("id", "userId", "kind", "payload", "dedupeKey", "createdAt")
    SELECT gen_random_uuid(), p.uid, 'MATCH_EXPIRING',
           jsonb_build_object('matchId', m.id::text, 'expiresAt', to_char(m."expiresAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
           'match:' || m.id::text, (${at}::timestamptz AT TIME ZONE 'UTC')
      FROM "Match" m
     CROSS JOIN LATERAL (VALUES (m."userAId", m."userBId"), (m."userBId", m."userAId")) AS p(uid, other)
      JOIN "User" u ON u.id = p.uid
     WHERE m."status" = 'PENDING'
       AND m."expiresAt" > (${at}::timestamptz AT TIME ZONE 'UTC')
       AND m."expiresAt" <= (${until}::timestamptz AT TIME ZONE 'UTC')
       AND u."status" NOT IN ('BANNED', 'WITHDRAWN') AND u."deletedAt" IS NULL
       AND NOT EXISTS (SELECT 1 FROM "Payment" pay WHERE pay."matchId" = m.id AND pay."userId" = p.uid AND pay."status" = 'PAID')
       AND NOT EXISTS (SELECT 1 FROM "Block" b WHERE (b."blockerId" = p.uid AND b."blockedId" = p.other) OR (b."blockerId" = p.other AND b."blockedId" = p.uid))
    ON CONFLICT ("userId", "kind", "dedupeKey") DO NOTHING`;
  return { notified };
}

export async function requestMatchFeedback({ now = new Date(), afterDays = env.MATCH_FEEDBACK_AFTER_DAYS }: { now?: Date; afterDays?: number } = {}) {
  const at = utc(now);
  const dueBefore = utc(new Date(now.getTime() - afterDays * DAY_MS));
  const dueAfter = utc(new Date(now.getTime() - (afterDays + FEEDBACK_WINDOW_DAYS) * DAY_MS));
  const requested = await prisma.$executeRaw`
    INSERT INTO "Notification" ("id", "userId", "kind", "payload", "dedupeKey", "createdAt")
    SELECT gen_random_uuid(), p.uid, 'FEEDBACK_REQUEST', jsonb_build_object('matchId', m.id::text), 'match:' || m.id::text,
           (${at}::timestamptz AT TIME ZONE 'UTC')
      FROM "Match" m
     CROSS JOIN LATERAL (VALUES (m."userAId", m."userBId"), (m."userBId", m."userAId")) AS p(uid, other)
      JOIN "User" u ON u.id = p.uid
     WHERE m."activatedAt" IS NOT NULL
       AND m."activatedAt" <= (${dueBefore}::timestamptz AT TIME ZONE 'UTC')
       AND m."activatedAt" > (${dueAfter}::timestamptz AT TIME ZONE 'UTC')
       AND (m."status" = 'ACTIVE' OR (m."status" = 'CLOSED' AND m."closedAt" >= m."activatedAt" + make_interval(days => ${afterDays}::int)))
       AND u."status" NOT IN ('BANNED', 'WITHDRAWN') AND u."deletedAt" IS NULL
       AND NOT EXISTS (SELECT 1 FROM "MatchFeedback" f WHERE f."matchId" = m.id AND f."userId" = p.uid)
       AND NOT EXISTS (SELECT 1 FROM "Block" b WHERE (b."blockerId" = p.uid AND b."blockedId" = p.other) OR (b."blockerId" = p.other AND b."blockedId" = p.uid))
    ON CONFLICT ("userId", "kind", "dedupeKey") DO NOTHING`;
  return { requested };
}
