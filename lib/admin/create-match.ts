// POST /api/admin/matches (seed A's /admin/users/match/{user}/{partner}): an admin pairs two members
// by hand. Refuses blocked pairs (either way), members who are banned, withdrawn or still onboarding,
// and members already in an ACTIVE match; creates the pair's PENDING match with source ADMIN (a
// CLOSED match of the same pair is reopened: one pair = one row). Same pair lock, user-row lock
// order and counters as likeMember (lib/matching/like-member.ts): 매칭전 → 매칭중, matchingCount + 1.
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { isBlockedEitherWay } from "@/lib/members/blocks";
import { canonicalPair, pairLockKey } from "@/lib/matching/pair";
import { recordAdminAction } from "@/lib/core/audit";
import { loadAdminMatch, lockUsers } from "./match-writes";
import { ZAdminMatch, ZManualMatchBody, type AdminMatch } from "./schemas";

const DAY_MS = 86_400_000;
const REFUSED: Record<string, string> = {
  BANNED: "이용정지된 회원은 매칭할 수 없습니다.",
  WITHDRAWN: "탈퇴한 회원은 매칭할 수 없습니다.",
  ONBOARDING: "가입 절차를 마치지 않은 회원은 매칭할 수 없습니다.",
};

export async function createManualMatch({ actor, input, now = new Date() }: { actor: Actor; input: { userId: string; partnerId: string }; now?: Date }): Promise<AdminMatch> {
  if (input.userId === input.partnerId) {
    throw new AppError("VALIDATION_FAILED", "같은 회원끼리는 매칭할 수 없습니다.", { fields: { partnerId: ["다른 회원을 선택해 주세요."] } });
  }
  const pair = canonicalPair(input.userId, input.partnerId);
  const id = await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${pairLockKey(pair.userAId, pair.userBId)}, 0))`;
    await lockUsers(tx, [pair.userAId, pair.userBId]);
    const users = await tx.user.findMany({ where: { id: { in: [pair.userAId, pair.userBId] }, role: "MEMBER" }, select: { id: true, status: true } });
    if (users.length !== 2) throw notFound("회원");
    for (const u of users) if (REFUSED[u.status]) throw new AppError("CONFLICT", REFUSED[u.status]);
    if (await isBlockedEitherWay(pair.userAId, pair.userBId, tx)) throw new AppError("CONFLICT", "두 회원 사이에 차단이 있어 매칭할 수 없습니다.");
    const busy = await tx.match.findFirst({
      where: { status: "ACTIVE", OR: [{ userAId: { in: [pair.userAId, pair.userBId] } }, { userBId: { in: [pair.userAId, pair.userBId] } }] },
      select: { id: true },
    });
    if (busy) throw new AppError("CONFLICT", "이미 진행 중(ACTIVE)인 매칭이 있는 회원입니다.");

    const existing = await tx.match.findUnique({ where: { userAId_userBId: pair }, select: { id: true, status: true, closedReason: true } });
    if (existing && existing.status !== "CLOSED") throw new AppError("CONFLICT", "이미 매칭된 두 회원입니다.");
    const fields = { status: "PENDING" as const, source: "ADMIN" as const, createdById: actor.userId, expiresAt: new Date(now.getTime() + env.MATCH_PENDING_DAYS * DAY_MS) };
    const match = existing
      ? await tx.match.update({ where: { id: existing.id }, data: { ...fields, activatedAt: null, closedAt: null, closedReason: null }, select: { id: true } })
      : await tx.match.create({ data: { ...pair, ...fields, createdAt: now }, select: { id: true } });

    const ids = [pair.userAId, pair.userBId];
    await tx.user.updateMany({ where: { id: { in: ids } }, data: { matchingCount: { increment: 1 } } });
    await tx.user.updateMany({ where: { id: { in: ids }, status: "ACTIVE" }, data: { status: "MATCHING" } });
    await recordAdminAction(tx, {
      adminId: actor.userId,
      action: "MATCH_CREATED",
      targetType: "Match",
      targetId: match.id,
      detail: { userId: input.userId, partnerId: input.partnerId, before: existing ? { status: existing.status, closedReason: existing.closedReason } : null, after: { status: "PENDING", source: "ADMIN" } },
    });
    return match.id;
  });
  return (await loadAdminMatch(id))!;
}

export const createManualMatchOperation = defineOperation({
  method: "POST",
  path: "/api/admin/matches",
  access: "admin",
  tag: "admin",
  summary: "수동 매칭 (차단·정지·탈퇴·진행 중 매칭이면 거절; PENDING, 출처 ADMIN)",
  body: ZManualMatchBody,
  output: ZAdminMatch,
  status: 201,
  run: createManualMatch,
});
