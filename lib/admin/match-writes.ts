// Match writes shared by the admin's unmatch, ban and report resolution: close matches and put the
// members' statuses back in step (a member left without a PENDING/ACTIVE match is 매칭전 again).
// Same locking order as likeMember and expirePendingMatches (user rows FOR NO KEY UPDATE in id
// order), so these writes never deadlock with a concurrent like or the expiry job.
import type { Tx } from "@/lib/db";
import { prisma } from "@/lib/db";
import { closeOpenOrders } from "@/lib/payments/close-orders";
import type { AdminMatch } from "./schemas";
import { matchDtoSelect } from "@/lib/matching/schemas";

export type ClosedMatch = { id: string; userAId: string; userBId: string; status: "PENDING" | "ACTIVE" };

/** Closes the given open matches; returns those it closed (already-closed ones are skipped). */
export async function closeMatches(tx: Tx, matchIds: string[], reason: string, now: Date): Promise<ClosedMatch[]> {
  if (matchIds.length === 0) return [];
  const open = await tx.match.findMany({
    where: { id: { in: matchIds }, status: { in: ["PENDING", "ACTIVE"] } },
    select: { id: true, userAId: true, userBId: true, status: true },
  });
  if (open.length === 0) return [];
  const ids = open.map((m) => m.id);
  await tx.match.updateMany({ where: { id: { in: ids } }, data: { status: "CLOSED", closedAt: now, closedReason: reason } });
  // nobody pays for a match that no longer exists; a card order may have been charged, so it is closed
  // through Toss (CLOSING; the reconciliation job asks Toss and refunds: docs/payments.md)
  await closeOpenOrders(tx, { matchId: { in: ids } }, { code: "MATCH_CLOSED", message: "매칭이 종료되어 결제가 취소되었어요." }, now);
  await restoreStatuses(tx, [...new Set(open.flatMap((m) => [m.userAId, m.userBId]))]);
  return open.map((m) => ({ ...m, status: m.status as ClosedMatch["status"] }));
}

/** Members among `userIds` with no PENDING/ACTIVE match left go back from 매칭중/매칭완료 to 매칭전. */
export async function restoreStatuses(tx: Tx, userIds: string[]): Promise<void> {
  if (userIds.length === 0) return;
  await lockUsers(tx, userIds);
  await tx.$executeRaw`
    UPDATE "User" u SET "status" = 'ACTIVE', "updatedAt" = now()
     WHERE u.id = ANY(${userIds}::uuid[]) AND u."status" IN ('MATCHING', 'MATCHED')
       AND NOT EXISTS (SELECT 1 FROM "Match" m WHERE (m."userAId" = u.id OR m."userBId" = u.id) AND m."status" IN ('PENDING', 'ACTIVE'))`;
}

export async function lockUsers(tx: Tx, userIds: string[]): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ANY(${userIds}::uuid[]) ORDER BY id FOR NO KEY UPDATE`;
}

/** The member's open matches (ids), e.g. to close them all on a ban. */
export async function openMatchIdsOf(tx: Tx, userId: string): Promise<string[]> {
  const rows = await tx.match.findMany({ where: { status: { in: ["PENDING", "ACTIVE"] }, OR: [{ userAId: userId }, { userBId: userId }] }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** the member-facing match fields plus both sides' identity, for the console */
export const adminMatchSelect = {
  ...matchDtoSelect,
  userA: { select: { id: true, name: true, status: true, profile: { select: { nickname: true } } } },
  userB: { select: { id: true, name: true, status: true, profile: { select: { nickname: true } } } },
} as const;

type Side = { id: string; name: string | null; status: AdminMatch["userA"]["status"]; profile: { nickname: string } | null };
type Row = Omit<AdminMatch, "userA" | "userB" | "createdAt" | "expiresAt" | "activatedAt" | "closedAt"> & {
  createdAt: Date; expiresAt: Date | null; activatedAt: Date | null; closedAt: Date | null; userA: Side; userB: Side;
};

const side = (s: Side) => ({ id: s.id, nickname: s.profile?.nickname ?? s.name, status: s.status });
const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toAdminMatch(m: Row): AdminMatch {
  return {
    id: m.id, status: m.status, source: m.source, userA: side(m.userA), userB: side(m.userB),
    createdAt: m.createdAt.toISOString(), expiresAt: iso(m.expiresAt), activatedAt: iso(m.activatedAt), closedAt: iso(m.closedAt), closedReason: m.closedReason,
  };
}

export async function loadAdminMatch(id: string, db: Tx | typeof prisma = prisma): Promise<AdminMatch | null> {
  const m = await db.match.findUnique({ where: { id }, select: adminMatchSelect });
  return m ? toAdminMatch(m) : null;
}
