// POST /api/admin/payments/{id}/cancel use case: an admin refunds a paid payment, fully or partly (the
// refund policy's amount is suggested on the admin page; the server enforces only that a refund never
// exceeds what is left). The money moves through the one refund primitive (refund-order.ts: Toss's
// cancel API with an idempotency key, or a recorded bank refund), which also takes back what the
// purchase granted; the audit row is written in the transaction that records the refund. Toss not
// answering leaves the payment REFUND_PENDING (the job finishes it): answered 503 with that message.
import { recordAdminAction } from "@/lib/core/audit";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/core/actor";
import { AppError } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { refundOrder } from "./refund-order";
import { paymentDtoSelect, toPaymentDto, ZCancelPaymentRequest, ZOkPayment, ZPaymentIdParams, type CancelPaymentRequest } from "./schemas";

export async function cancelPayment({ actor, input, now = new Date() }: { actor: Actor; input: { id: string } & CancelPaymentRequest; now?: Date }) {
  const outcome = await refundOrder({
    paymentId: input.id,
    amount: input.amount,
    reason: input.reason,
    decidedBy: actor.userId,
    now,
    onRefunded: (tx, { payment: p, refund, status }) =>
      recordAdminAction(tx, {
        adminId: actor.userId,
        action: "PAYMENT_CANCEL",
        targetType: "Payment",
        targetId: p.id,
        detail: { method: p.method, purpose: p.purpose, refund, reason: input.reason, before: { status: p.statusBefore ?? p.status, refundedAmount: p.refundedAmount }, after: { status, refundedAmount: p.refundedAmount + refund } },
      }),
  });
  if (outcome.pending) throw new AppError("UNAVAILABLE", "환불을 토스에 요청했지만 응답이 없습니다. 같은 요청으로 자동 재시도하며, 결과는 결제 목록에서 확인할 수 있습니다.");
  if (outcome.status === "NEEDS_REVIEW") throw new AppError("CONFLICT", "토스가 환불을 거절했거나 응답을 읽을 수 없어 확인 필요 상태로 옮겼습니다. 관리자 돈 화면에서 확인해 주세요.");
  const payment = await prisma.payment.findUniqueOrThrow({ where: { id: input.id }, select: paymentDtoSelect });
  return { ok: true as const, payment: toPaymentDto(payment, env.BANK_ACCOUNT_TEXT) };
}

export const cancelPaymentOperation = defineOperation({
  method: "POST",
  path: "/api/admin/payments/{id}/cancel",
  access: "admin",
  tag: "admin",
  summary: "결제 환불 (전액 또는 부분, 사유 필수; 카드는 토스 취소 API, 멱등키) — 부여된 멤버십 회수, 감사 로그",
  params: ZPaymentIdParams,
  body: ZCancelPaymentRequest,
  output: ZOkPayment,
  run: cancelPayment,
});
