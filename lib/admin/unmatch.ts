// DELETE /api/admin/matches/{id} (seed A's /admin/users/match/{user}): the admin ends a PENDING or
// ACTIVE match. It is CLOSED (reason ADMIN_UNMATCH), its unpaid payments are canceled, and each
// member left without an open match goes back to 매칭전. Closing a closed match is a 409.
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { pairLockKey } from "@/lib/matching/pair";
import { recordAdminAction } from "@/lib/core/audit";
import { closeMatches, loadAdminMatch } from "./match-writes";
import { ZAdminMatch, ZIdParams, type AdminMatch } from "./schemas";

export async function unmatch({ actor, input, now = new Date() }: { actor: Actor; input: { id: string }; now?: Date }): Promise<AdminMatch> {
  await prisma.$transaction(async (tx) => {
    const match = await tx.match.findUnique({ where: { id: input.id }, select: { id: true, userAId: true, userBId: true, status: true } });
    if (!match) throw notFound("매칭");
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${pairLockKey(match.userAId, match.userBId)}, 0))`;
    const [closed] = await closeMatches(tx, [match.id], "ADMIN_UNMATCH", now);
    if (!closed) throw new AppError("CONFLICT", "이미 종료된 매칭입니다.");
    await recordAdminAction(tx, {
      adminId: actor.userId,
      action: "MATCH_CLOSED",
      targetType: "Match",
      targetId: match.id,
      detail: { before: { status: closed.status }, after: { status: "CLOSED", closedReason: "ADMIN_UNMATCH" }, userAId: match.userAId, userBId: match.userBId },
    });
  });
  return (await loadAdminMatch(input.id))!;
}

export const unmatchOperation = defineOperation({
  method: "DELETE",
  path: "/api/admin/matches/{id}",
  access: "admin",
  tag: "admin",
  summary: "매칭 해제 (종료 처리, 미결제 취소, 회원 상태 복구)",
  params: ZIdParams,
  output: ZAdminMatch,
  run: unmatch,
});
