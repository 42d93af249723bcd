// POST /api/payments/{id}/cancel-open use case: a member ends their own open order — a card checkout not
// charged yet (PENDING), an issued 가상계좌 nobody deposited into (AWAITING_DEPOSIT), or a bank-transfer
// intent nobody verified — to choose another method, or not to pay now. The order goes through the
// same closing path as a closed match (close-orders.ts, docs/payments.md): a transfer intent is
// CANCELED at once; a Toss order becomes CLOSING and Toss is asked before it ends (a card charged after
// all is refunded through Toss; an issued account is withdrawn first, so no deposit arrives later).
// The match's one open payment is released: the partner sees the match payable again. Audited (the
// member is the actor), in the transaction that closes the order. Anyone else's order: 404.
import { z } from "zod";
import { recordAdminAction } from "@/lib/core/audit";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { closeOpenOrders, resolveClosingOrder } from "./close-orders";
import { lockPayment } from "./purchase";
import { paymentDtoSelect, toPaymentDto, ZPaymentDto, ZPaymentIdParams } from "./schemas";
import { OPEN_STATUSES } from "./state-machine";

export const ZCancelOpenOrderResponse = z.object({ ok: z.literal(true), payment: ZPaymentDto });
const REASON = { code: "CANCELED_BY_MEMBER", message: "회원님이 주문을 취소했어요." };

export async function cancelOpenOrder({ actor, input, now = new Date() }: { actor: Actor; input: { id: string }; now?: Date }) {
  const closing = await prisma.$transaction(async (tx) => {
    const owned = await tx.payment.findFirst({ where: { id: input.id, userId: actor.userId }, select: { id: true } });
    if (!owned) throw notFound("결제");
    const p = await lockPayment(tx, { id: owned.id });
    if (!p) throw notFound("결제");
    if (!OPEN_STATUSES.includes(p.status)) throw new AppError("CONFLICT", p.status === "PAID" ? "이미 결제가 끝났어요. 환불은 결제 내역에서 요청해 주세요." : "이미 끝난 주문이에요. 결제 내역에서 확인해 주세요.");
    const ids = await closeOpenOrders(tx, { id: p.id }, REASON, now);
    const after = await tx.payment.findUniqueOrThrow({ where: { id: p.id }, select: { status: true } });
    await recordAdminAction(tx, {
      adminId: actor.userId,
      action: "PAYMENT_ORDER_CANCELED",
      targetType: "Payment",
      targetId: p.id,
      detail: { by: "member", method: p.method, purpose: p.purpose, matchId: p.matchId, before: { status: p.status }, after: { status: after.status } },
    });
    return ids;
  });
  // after the commit: Toss is asked (never inside a transaction); Toss silent → the job finishes it
  for (const id of closing) await resolveClosingOrder(id, now).catch(() => "CLOSING" as const);
  const payment = await prisma.payment.findUniqueOrThrow({ where: { id: input.id }, select: paymentDtoSelect });
  return { ok: true as const, payment: toPaymentDto(payment, env.BANK_ACCOUNT_TEXT) };
}

export const cancelOpenOrderOperation = defineOperation({
  method: "POST",
  path: "/api/payments/{id}/cancel-open",
  access: "member",
  tag: "payments",
  summary: "회원 본인의 진행 중인 주문 취소 (결제 전 카드·입금 전 가상계좌·확인 전 계좌이체) — 다른 결제 방법 선택용, 토스 확인 후 종료, 감사 로그",
  params: ZPaymentIdParams,
  output: ZCancelOpenOrderResponse,
  rateLimit: { name: "payments-cancel-open", limit: 10, windowMs: 60_000, by: "actor" },
  run: cancelOpenOrder,
});
