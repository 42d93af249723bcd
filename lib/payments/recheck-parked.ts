// POST /api/admin/payments/{id}/recheck use case: an admin resolves a parked order (NEEDS_REVIEW,
// docs/payments.md) by asking Toss again. Toss holds no charge → CANCELED. Toss holds the full charge
// → it is refunded in full through Toss (refund-order.ts): a charge the app could not settle is
// returned rather than granted, and the member may pay again. Anything else stays parked with what
// Toss said (409). Audited in the transaction of the decision; the refund records its own audit row.
import type { Prisma } from "@/lib/generated/prisma/client";
import { z } from "zod";
import { recordAdminAction } from "@/lib/core/audit";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { lockPayment } from "./purchase";
import { refundOrder } from "./refund-order";
import { paymentDtoSelect, toPaymentDto, ZOkPayment, ZPaymentIdParams } from "./schemas";
import { movePayment } from "./state-machine";
import { getTossPaymentByOrderId, storableToss, TossApiError, type TossPayment } from "./toss-client";

export const ZRecheckRequest = z.object({ note: z.string().trim().min(2, "확인한 내용을 적어 주세요.").max(300, "메모는 300자 이하로 적어 주세요.") });
const NOT_CHARGED = new Set(["READY", "IN_PROGRESS", "ABORTED", "EXPIRED"]);

export async function recheckParkedPayment({ actor, input, now = new Date() }: { actor: Actor; input: { id: string; note: string }; now?: Date }) {
  const p = await prisma.payment.findUnique({ where: { id: input.id }, select: { status: true, method: true, orderId: true, amount: true } });
  if (!p) throw notFound("결제");
  if (p.status !== "NEEDS_REVIEW" || p.method !== "TOSS") throw new AppError("CONFLICT", "확인 필요 상태의 카드 결제만 다시 확인할 수 있습니다.");
  const toss: TossPayment | null = await getTossPaymentByOrderId(p.orderId).catch((err: unknown) => {
    if (err instanceof TossApiError && err.code === "NOT_FOUND") return null;
    throw err;
  });
  const charged = toss && !NOT_CHARGED.has(toss.status);
  if (charged && !(toss.status === "DONE" && toss.orderId === p.orderId && toss.totalAmount === p.amount && toss.balanceAmount === p.amount)) {
    throw new AppError("CONFLICT", `토스 상태가 ${toss.status}(잔액 ${toss.balanceAmount.toLocaleString("ko-KR")}원)라 자동으로 처리할 수 없습니다. 토스 상점관리자에서 확인하세요.`);
  }
  await prisma.$transaction(async (tx) => {
    const locked = await lockPayment(tx, { id: input.id });
    if (locked?.status !== "NEEDS_REVIEW") throw new AppError("CONFLICT", "다른 처리로 상태가 바뀌었습니다. 새로고침해 주세요.");
    const raw = toss ? storableToss(toss) : ({ notFound: true } as Prisma.InputJsonValue);
    if (!charged) await movePayment(tx, locked.id, "NEEDS_REVIEW", "NOT_CHARGED", { canceledAt: now, rawResponse: raw, reviewReason: null });
    else await tx.payment.update({ where: { id: locked.id }, data: { paymentKey: toss!.paymentKey, approvedAt: toss!.approvedAt ? new Date(toss!.approvedAt) : now, rawResponse: raw }, select: { id: true } });
    await recordAdminAction(tx, {
      adminId: actor.userId,
      action: "PAYMENT_RECHECK",
      targetType: "Payment",
      targetId: locked.id,
      detail: { before: { status: "NEEDS_REVIEW", reviewReason: locked.failureCode }, tossStatus: toss?.status ?? null, decision: charged ? "REFUND" : "NOT_CHARGED", note: input.note },
    });
  });
  if (charged) await refundOrder({ paymentId: input.id, reason: "확인 필요 결제: 승인 금액 환불", decidedBy: actor.userId, now });
  const payment = await prisma.payment.findUniqueOrThrow({ where: { id: input.id }, select: paymentDtoSelect });
  return { ok: true as const, payment: toPaymentDto(payment, env.BANK_ACCOUNT_TEXT) };
}

export const recheckParkedPaymentOperation = defineOperation({
  method: "POST",
  path: "/api/admin/payments/{id}/recheck",
  access: "admin",
  tag: "admin",
  summary: "확인 필요 결제 다시 확인: 토스에 청구가 없으면 취소, 전액 청구면 토스로 전액 환불, 그 외는 그대로 둠 (감사 로그)",
  params: ZPaymentIdParams,
  body: ZRecheckRequest,
  output: ZOkPayment,
  run: recheckParkedPayment,
});
