// POST /api/admin/payments/{id}/verify use case (seed B §7): an admin found the deposit in the bank
// account and marks the transfer PAID (verifiedAt/verifiedBy, depositor name as seen on the statement),
// audited in the same transaction. Locks: payment, then its match (the order every money path uses);
// a match already paid by another payment refuses (409) so a fee is never recorded twice.
import { recordAdminAction } from "@/lib/core/audit";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { applyPaid, lockMatch, lockPayment, otherPaidFee } from "./purchase";
import { paymentDtoSelect, toPaymentDto, ZOkPayment, ZPaymentIdParams, ZVerifyPaymentRequest, type VerifyPaymentRequest } from "./schemas";
import { recordPaymentOutcome } from "@/lib/observability/metrics";

export async function verifyPayment({ actor, input, now = new Date() }: { actor: Actor; input: { id: string } & VerifyPaymentRequest; now?: Date }) {
  await prisma.$transaction(async (tx) => {
    const p = await lockPayment(tx, { id: input.id });
    if (!p || p.method !== "TRANSFER") throw notFound("계좌이체 결제");
    if (p.status === "PAID") return; // verified before: same answer
    if (p.status !== "PENDING") throw new AppError("CONFLICT", "취소되었거나 만료된 결제는 확인할 수 없습니다.");
    if (p.matchId) {
      await lockMatch(tx, p.matchId);
      if (await otherPaidFee(tx, p.matchId, p.id)) throw new AppError("CONFLICT", "이 매칭은 다른 결제로 이미 결제되었습니다. 입금액은 환불해 주세요.");
    }
    await applyPaid(tx, p, { now, approvedAt: now, data: { verifiedAt: now, verifiedById: actor.userId, depositorName: input.depositorName } });
    await recordAdminAction(tx, {
      adminId: actor.userId,
      action: "PAYMENT_VERIFY",
      targetType: "Payment",
      targetId: p.id,
      detail: { before: { status: "PENDING" }, after: { status: "PAID" }, matchId: p.matchId, amount: p.amount, memo: input.memo ?? null },
    });
  });
  const payment = await prisma.payment.findUniqueOrThrow({ where: { id: input.id }, select: paymentDtoSelect });
  recordPaymentOutcome("verified", "TRANSFER");
  return { ok: true as const, payment: toPaymentDto(payment, env.BANK_ACCOUNT_TEXT) };
}

export const verifyPaymentOperation = defineOperation({
  method: "POST",
  path: "/api/admin/payments/{id}/verify",
  access: "admin",
  tag: "admin",
  summary: "계좌이체 입금 확인 (입금자명, 메모; verifiedAt/verifiedBy 기록, 감사 로그)",
  params: ZPaymentIdParams,
  body: ZVerifyPaymentRequest,
  output: ZOkPayment,
  run: verifyPayment,
});
