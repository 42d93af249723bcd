// The operator's side of a refund (admin refund queue): approve a member's request (the amount the
// policy gave, or another the operator decides, never more than is left), reject it with a reason the
// member reads, and pay back an approved one — a card through Toss (also "try again" after Toss was
// down), a transfer recorded once the operator has sent the money to the member's account. Each
// decision is audited in the transaction that makes it; money moves only after that commit.
import { recordAdminAction } from "@/lib/core/audit";
import { prisma, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { notifyRefund } from "./open-refund";
import { payBackRefund } from "./pay-back";
import { refundDtoSelect, toRefundDto } from "./refund-dto";
import { ZApproveRefundBody, ZRefundIdParams, ZRefundResponse, ZRejectRefundBody } from "./schemas";

async function lockRefund(tx: Tx, id: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM "RefundRequest" WHERE id = ${id}::uuid FOR NO KEY UPDATE`;
  if (rows.length === 0) throw notFound("환불 요청");
  return tx.refundRequest.findUniqueOrThrow({
    where: { id },
    select: { id: true, userId: true, status: true, source: true, amount: true, refundAccountEnc: true, payment: { select: { id: true, method: true, amount: true, refundedAmount: true, matchId: true } } },
  });
}

const result = async (id: string) => ({ refund: toRefundDto(await prisma.refundRequest.findUniqueOrThrow({ where: { id }, select: refundDtoSelect })) });

export async function approveRefund({ actor, input, now = new Date() }: { actor: Actor; input: { id: string; amount?: number; note?: string }; now?: Date }) {
  await prisma.$transaction(async (tx) => {
    const r = await lockRefund(tx, input.id);
    if (r.status !== "REQUESTED") throw new AppError("CONFLICT", "이미 처리된 환불 요청입니다.");
    const remaining = r.payment.amount - r.payment.refundedAmount;
    const amount = input.amount ?? r.amount;
    if (amount > remaining) {
      const message = `환불 가능한 금액(${remaining.toLocaleString("ko-KR")}원)을 넘을 수 없습니다.`;
      throw new AppError("VALIDATION_FAILED", message, { fields: { amount: [message] } });
    }
    await tx.refundRequest.update({ where: { id: r.id }, data: { status: "APPROVED", amount, decidedAt: now, decidedById: actor.userId, decisionNote: input.note ?? null }, select: { id: true } });
    await notifyRefund(tx, { id: r.id, userId: r.userId, status: "APPROVED", source: r.source, matchId: r.payment.matchId });
    await recordAdminAction(tx, { adminId: actor.userId, action: "REFUND_APPROVED", targetType: "RefundRequest", targetId: r.id, detail: { paymentId: r.payment.id, method: r.payment.method, policyAmount: r.amount, amount, before: { status: "REQUESTED" }, after: { status: "APPROVED" } } });
  });
  await payBackRefund(input.id, { decidedBy: actor.userId, now }); // a card goes back now; a transfer waits for the operator's bank transfer
  return result(input.id);
}

export async function rejectRefund({ actor, input, now = new Date() }: { actor: Actor; input: { id: string; note: string }; now?: Date }) {
  await prisma.$transaction(async (tx) => {
    const r = await lockRefund(tx, input.id);
    if (r.status !== "REQUESTED") throw new AppError("CONFLICT", "이미 처리된 환불 요청입니다.");
    await tx.refundRequest.update({ where: { id: r.id }, data: { status: "REJECTED", decidedAt: now, decidedById: actor.userId, decisionNote: input.note }, select: { id: true } });
    await notifyRefund(tx, { id: r.id, userId: r.userId, status: "REJECTED", source: r.source, matchId: r.payment.matchId });
    await recordAdminAction(tx, { adminId: actor.userId, action: "REFUND_REJECTED", targetType: "RefundRequest", targetId: r.id, detail: { paymentId: r.payment.id, amount: r.amount, note: input.note, before: { status: "REQUESTED" }, after: { status: "REJECTED" } } });
  });
  return result(input.id);
}

/** Card: (again) through Toss. Transfer: the operator has sent the money to the member's account. */
export async function payRefund({ actor, input, now = new Date() }: { actor: Actor; input: { id: string }; now?: Date }) {
  const r = await prisma.$transaction(async (tx) => {
    const r = await lockRefund(tx, input.id);
    if (r.status !== "APPROVED") throw new AppError("CONFLICT", r.status === "REFUNDED" ? "이미 환불이 끝났습니다." : "승인된 환불만 처리할 수 있습니다.");
    if (r.payment.method === "TRANSFER" && !r.refundAccountEnc) throw new AppError("CONFLICT", "회원이 환불 계좌를 아직 알려 주지 않았습니다.");
    await recordAdminAction(tx, { adminId: actor.userId, action: r.payment.method === "TRANSFER" ? "REFUND_BANK_SENT" : "REFUND_RETRIED", targetType: "RefundRequest", targetId: r.id, detail: { paymentId: r.payment.id, amount: r.amount } });
    return r;
  });
  const paid = await payBackRefund(r.id, { decidedBy: actor.userId, bankSent: r.payment.method === "TRANSFER", now });
  if (paid.status !== "REFUNDED") throw new AppError("UNAVAILABLE", "결제사 응답이 늦어 환불을 마치지 못했습니다. 자동으로 다시 시도합니다.");
  return result(r.id);
}

const common = { access: "admin", tag: "admin", params: ZRefundIdParams, output: ZRefundResponse } as const;

export const approveRefundOperation = defineOperation({
  ...common,
  method: "POST",
  path: "/api/admin/refunds/{id}/approve",
  summary: "환불 요청 승인 (금액 기본값은 환불정책 금액; 카드는 바로 토스 취소, 계좌이체는 송금 대기) — 감사 로그",
  body: ZApproveRefundBody,
  run: approveRefund,
});

export const rejectRefundOperation = defineOperation({
  ...common,
  method: "POST",
  path: "/api/admin/refunds/{id}/reject",
  summary: "환불 요청 거절 (회원에게 보이는 사유 필수) — 감사 로그",
  body: ZRejectRefundBody,
  run: rejectRefund,
});

export const payRefundOperation = defineOperation({
  ...common,
  method: "POST",
  path: "/api/admin/refunds/{id}/pay",
  summary: "승인된 환불 처리: 카드는 토스 취소 (재시도), 계좌이체는 회원 계좌로 송금 완료 기록 — 감사 로그",
  run: payRefund,
});
