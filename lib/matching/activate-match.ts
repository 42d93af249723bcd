// POST /api/admin/matches/{id}/activate use case: an admin activates a PENDING match whose
// fee is paid — a verified bank transfer or a card payment — or forces it with a written reason. The
// match becomes ACTIVE and both members 매칭완료 (MATCHED), with notifications and the audit row in
// the same transaction. matchingCount was counted when the match opened (like-member.ts), and the matched
// partner is derived from the ACTIVE match (matchedPartnerId), never stored a second time.
//
// Locks: the match row (FOR NO KEY UPDATE; the same lock every match-fee payment takes, so a payment
// being recorded and an activation cannot interleave), then both members' rows in id order.
import { z } from "zod";
import { recordAdminAction } from "@/lib/core/audit";
import { prisma, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { strictObject } from "@/lib/core/parse";
import { notify } from "@/lib/notifications/notify";
import { lockMatch } from "@/lib/payments/purchase";
import { FEE_PAID_STATUSES } from "@/lib/payments/state-machine";
import { matchDtoSelect, toMatchDto, ZMatchDto, ZMatchIdParams } from "./schemas";

export const ZActivateMatchRequest = strictObject({
  reason: z.string().trim().min(5, "강제 활성화 사유를 5자 이상 입력해 주세요.").max(500, "사유는 500자 이하로 입력해 주세요.").optional(),
});
export const ZActivateMatchResponse = z.object({ ok: z.literal(true), match: ZMatchDto, forced: z.boolean(), paymentId: z.uuid().nullable() });

/** The partner of `userId`'s ACTIVE match, or null. */
export async function matchedPartnerId(userId: string, db: Tx | typeof prisma = prisma): Promise<string | null> {
  const m = await db.match.findFirst({
    where: { status: "ACTIVE", OR: [{ userAId: userId }, { userBId: userId }] },
    orderBy: { activatedAt: "desc" },
    select: { userAId: true, userBId: true },
  });
  return m ? (m.userAId === userId ? m.userBId : m.userAId) : null;
}

/** The match-fee payment that allows activation: a card payment, or a bank transfer an admin verified. */
export function paidFeeOf(db: Tx | typeof prisma, matchId: string) {
  return db.payment.findFirst({
    where: { matchId, purpose: "MATCH_FEE", status: { in: [...FEE_PAID_STATUSES] }, OR: [{ method: "TOSS" }, { verifiedAt: { not: null } }] },
    orderBy: { approvedAt: "asc" },
    select: { id: true },
  });
}

export async function activateMatch({ actor, input, now = new Date() }: { actor: Actor; input: { id: string; reason?: string }; now?: Date }) {
  return prisma.$transaction(async (tx) => {
    const match = await lockMatch(tx, input.id);
    if (!match) throw notFound("매칭");
    const paid = await paidFeeOf(tx, match.id);
    if (match.status === "ACTIVE") return { ok: true as const, match: toMatchDto(await tx.match.findUniqueOrThrow({ where: { id: match.id }, select: matchDtoSelect })), forced: false, paymentId: paid?.id ?? null };
    if (match.status !== "PENDING") throw new AppError("CONFLICT", "종료된 매칭은 활성화할 수 없습니다.");
    if (!paid && !input.reason) throw new AppError("CONFLICT", "결제가 확인되지 않은 매칭입니다. 강제로 활성화하려면 사유를 입력해 주세요.");

    const ids = [match.userAId, match.userBId].sort();
    await tx.$queryRaw`SELECT id FROM "User" WHERE id IN (${ids[0]}::uuid, ${ids[1]}::uuid) ORDER BY id FOR NO KEY UPDATE`;
    const members = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, deletedAt: true } });
    if (members.length !== 2 || members.some((u) => u.deletedAt || !["ACTIVE", "MATCHING", "MATCHED"].includes(u.status))) {
      throw new AppError("CONFLICT", "탈퇴했거나 이용이 정지된 회원이 포함된 매칭입니다.");
    }
    const updated = await tx.match.updateMany({ where: { id: match.id, status: "PENDING" }, data: { status: "ACTIVE", activatedAt: now } });
    if (updated.count !== 1) throw new AppError("CONFLICT", "매칭 상태가 바뀌었습니다. 다시 시도해 주세요.");
    await tx.user.updateMany({ where: { id: { in: ids } }, data: { status: "MATCHED" } });
    await notify(tx, ids.map((userId) => ({ userId, kind: "MATCH_ACTIVATED" as const, payload: { matchId: match.id }, dedupeKey: `match:${match.id}` })));
    await recordAdminAction(tx, {
      adminId: actor.userId,
      action: "MATCH_ACTIVATE",
      targetType: "Match",
      targetId: match.id,
      detail: { before: { status: "PENDING" }, after: { status: "ACTIVE" }, paymentId: paid?.id ?? null, forced: !paid, reason: input.reason ?? null, members: members.map((u) => ({ id: u.id, before: u.status, after: "MATCHED" })) },
    });
    const row = await tx.match.findUniqueOrThrow({ where: { id: match.id }, select: matchDtoSelect });
    return { ok: true as const, match: toMatchDto(row), forced: !paid, paymentId: paid?.id ?? null };
  });
}

export const activateMatchOperation = defineOperation({
  method: "POST",
  path: "/api/admin/matches/{id}/activate",
  access: "admin",
  tag: "admin",
  summary: "매칭 활성화 (입금 확인 또는 카드 결제된 매칭; 아니면 사유를 적어 강제) → 두 회원 매칭완료, 감사 로그",
  params: ZMatchIdParams,
  body: ZActivateMatchRequest,
  output: ZActivateMatchResponse,
  run: activateMatch,
});
