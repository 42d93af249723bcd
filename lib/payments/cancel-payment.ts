// POST /api/admin/payments/{id}/cancel use case: an admin refunds a PAID payment, fully or partly (the
// refund policy's amount is suggested on the admin page; the server enforces only that a refund never
// exceeds what is left). A card payment is cancelled through Toss's cancel API with an Idempotency-Key
// derived from (payment, amount refunded before, amount): a retry after a timeout replays instead of
// refunding twice. A bank transfer is recorded after the admin returned the money. What the purchase
// granted is taken back (purchase.ts applyRefund), and the audit row is written, in ONE transaction
// that holds the payment row lock.
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAdminAction } from "@/lib/core/audit";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { logger } from "@/lib/logger";
import { cancelIdempotencyKey } from "./ids";
import { applyRefund, lockPayment } from "./purchase";
import { paymentDtoSelect, toPaymentDto, ZCancelPaymentRequest, ZOkPayment, ZPaymentIdParams, type CancelPaymentRequest } from "./schemas";
import { cancelTossPayment } from "./toss-client";

export async function cancelPayment({ actor, input, now = new Date() }: { actor: Actor; input: { id: string } & CancelPaymentRequest; now?: Date }) {
  await prisma.$transaction(
    async (tx) => {
      const p = await lockPayment(tx, { id: input.id });
      if (!p) throw notFound("결제");
      if (p.status !== "PAID") throw new AppError("CONFLICT", "결제 완료 상태의 결제만 환불할 수 있습니다.");
      const remaining = p.amount - p.refundedAmount;
      const wanted = input.amount ?? remaining;
      if (wanted > remaining) {
        const message = `환불 가능한 금액(${remaining.toLocaleString("ko-KR")}원)을 넘을 수 없습니다.`;
        throw new AppError("VALIDATION_FAILED", message, { fields: { amount: [message] } });
      }
      let refund = wanted;
      let raw: Prisma.InputJsonValue | undefined;
      if (p.method === "TOSS") {
        if (!p.paymentKey) throw new AppError("CONFLICT", "토스 결제 키가 없는 결제입니다.");
        const whole = p.refundedAmount === 0 && wanted === p.amount;
        const toss = await cancelTossPayment(
          p.paymentKey,
          whole ? { cancelReason: input.reason } : { cancelReason: input.reason, cancelAmount: wanted },
          { idempotencyKey: cancelIdempotencyKey(p.id, p.refundedAmount, wanted) },
        );
        // Toss's balance is authoritative: record what it actually refunded
        refund = toss.totalAmount - toss.balanceAmount - p.refundedAmount;
        if (refund !== wanted) logger.error({ paymentId: p.id, wanted, refund }, "toss refunded a different amount than asked");
        raw = toss as unknown as Prisma.InputJsonValue;
      }
      if (refund <= 0) throw new AppError("CONFLICT", "환불된 금액이 없습니다.");
      await applyRefund(tx, p, { refund, reason: input.reason, now, raw });
      await recordAdminAction(tx, {
        adminId: actor.userId,
        action: "PAYMENT_CANCEL",
        targetType: "Payment",
        targetId: p.id,
        detail: {
          method: p.method,
          purpose: p.purpose,
          refund,
          reason: input.reason,
          before: { status: p.status, refundedAmount: p.refundedAmount },
          after: { status: p.refundedAmount + refund === p.amount ? "CANCELED" : "PAID", refundedAmount: p.refundedAmount + refund },
        },
      });
    },
    { maxWait: 15_000, timeout: env.TOSS_TIMEOUT_MS + 10_000 },
  );
  const payment = await prisma.payment.findUniqueOrThrow({ where: { id: input.id }, select: paymentDtoSelect });
  return { ok: true as const, payment: toPaymentDto(payment, env.BANK_ACCOUNT_TEXT) };
}

export const cancelPaymentOperation = defineOperation({
  method: "POST",
  path: "/api/admin/payments/{id}/cancel",
  access: "admin",
  tag: "admin",
  summary: "결제 취소·환불 (전액 또는 부분, 사유 필수; 카드는 토스 취소 API) — 부여된 멤버십 회수, 감사 로그",
  params: ZPaymentIdParams,
  body: ZCancelPaymentRequest,
  output: ZOkPayment,
  run: cancelPayment,
});
