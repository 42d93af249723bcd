// Match windows: a PENDING match not paid/activated before expiresAt closes ("EXPIRED"), and members
// left without any PENDING/ACTIVE match move 매칭중 → 매칭전. Called by the weekly cron route.
//
// Set-based, in one transaction of three statements: (1) one UPDATE … RETURNING closes every
// expired match; (2) the affected members' rows are locked (FOR NO KEY UPDATE) in id order (the same order likeMember
// uses, so no deadlock); (3) one UPDATE restores their status. Statement 3 runs after the lock with
// a fresh READ COMMITTED snapshot, so a match opened concurrently by a like (which updates the same
// user rows) is either visible to it or applied after it — a member with a new pending match is
// never left 매칭전. Idempotent: a second run finds nothing to close. Both members of each closed match
// get MATCH_CLOSED from the same transaction.
import { prisma } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { closeOpenOrders } from "@/lib/payments/close-orders";

export type ExpireResult = { closedMatches: number; restoredMembers: number };

export async function expirePendingMatches({ now = new Date() }: { now?: Date } = {}): Promise<ExpireResult> {
  // timestamp(3) columns hold UTC: convert the instant explicitly instead of trusting the session time zone
  const at = now.toISOString();
  return prisma.$transaction(async (tx) => {
    const closed = await tx.$queryRaw<{ id: string; userAId: string; userBId: string }[]>`
      UPDATE "Match"
         SET "status" = 'CLOSED', "closedAt" = (${at}::timestamptz AT TIME ZONE 'UTC'),
             "closedReason" = 'EXPIRED', "updatedAt" = (${at}::timestamptz AT TIME ZONE 'UTC')
       WHERE "status" = 'PENDING' AND "expiresAt" < (${at}::timestamptz AT TIME ZONE 'UTC')
   RETURNING "id"::text AS "id", "userAId"::text AS "userAId", "userBId"::text AS "userBId"`;
    if (closed.length === 0) return { closedMatches: 0, restoredMembers: 0 };
    // their open match fees end too (a card order through Toss: docs/payments.md)
    await closeOpenOrders(tx, { matchId: { in: closed.map((m) => m.id) } }, { code: "MATCH_CLOSED", message: "결제 기한이 지나 매칭이 종료되었어요." }, now);
    // MATCH_CLOSED to both members, in this transaction (one multi-row INSERT)
    await notify(
      tx,
      closed.flatMap((m) => [m.userAId, m.userBId].map((userId) => ({ userId, kind: "MATCH_CLOSED" as const, payload: { matchId: m.id, reason: "EXPIRED" }, dedupeKey: `match:${m.id}` }))),
    );

    const members = [...new Set(closed.flatMap((m) => [m.userAId, m.userBId]))];
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ANY(${members}::uuid[]) ORDER BY id FOR NO KEY UPDATE`;
    const restored = await tx.$executeRaw`
      UPDATE "User" u
         SET "status" = 'ACTIVE', "updatedAt" = (${at}::timestamptz AT TIME ZONE 'UTC')
       WHERE u.id = ANY(${members}::uuid[])
         AND u."status" = 'MATCHING'
         AND NOT EXISTS (
               SELECT 1 FROM "Match" m
                WHERE (m."userAId" = u.id OR m."userBId" = u.id)
                  AND m."status" IN ('PENDING', 'ACTIVE'))`;
    return { closedMatches: closed.length, restoredMembers: restored };
  });
}
