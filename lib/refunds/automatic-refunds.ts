// The refunds nobody has to ask for (refund policy, match fee: "상대 회원의 탈퇴·이용정지 … 회원의
// 책임 없는 사유로 만남이 이루어지지 못한 경우: 전액"; docs/payments.md, "Refunds"): when a match closes
// because the partner withdrew or was banned, or the operator closed it, the fee its payer paid is
// refunded in full. Opened APPROVED inside the transaction that closes the match; the money moves
// after the commit (payBackRefunds), so no transaction is held open across a Toss call.
import type { RefundSource } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { REFUNDABLE_STATUSES } from "./refund-context";
import { notifyRefund, openRefund } from "./open-refund";
import { refundQuote } from "@/lib/payments/refund-policy";

const REASON: Record<Exclude<RefundSource, "MEMBER_REQUEST">, string> = {
  PARTNER_WITHDRAWN: "상대 회원의 탈퇴로 매칭이 종료되었어요.",
  PARTNER_BANNED: "상대 회원의 이용정지로 매칭이 종료되었어요.",
  MATCH_CLOSED_BY_OPERATOR: "운영팀이 매칭을 종료했어요.",
};

/**
 * Opens the full refund of every paid match fee of `matchIds` (just closed, in this transaction),
 * except one paid by `causedBy` (the member who withdrew or was banned: their own refund follows the
 * policy's other rows and is theirs to ask for). Returns the refunds to pay back after the commit.
 */
export async function openNoFaultRefunds(
  tx: Tx,
  opts: { matchIds: string[]; source: Exclude<RefundSource, "MEMBER_REQUEST">; causedBy?: string; now: Date },
): Promise<string[]> {
  if (opts.matchIds.length === 0) return [];
  const fees = await tx.payment.findMany({
    where: { matchId: { in: opts.matchIds }, purpose: "MATCH_FEE", status: { in: [...REFUNDABLE_STATUSES] }, ...(opts.causedBy ? { userId: { not: opts.causedBy } } : {}) },
    select: { id: true, userId: true, matchId: true, amount: true, refundedAmount: true, approvedAt: true, match: { select: { status: true, closedReason: true } } },
    orderBy: { id: "asc" },
  });
  const ids: string[] = [];
  for (const fee of fees) {
    await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${fee.id}::uuid FOR NO KEY UPDATE`;
    const quote = refundQuote(
      { purpose: "MATCH_FEE", amount: fee.amount, refundedAmount: fee.refundedAmount, approvedAt: fee.approvedAt, periodStart: null, periodEnd: null, matchStatus: fee.match?.status, matchClosedReason: fee.match?.closedReason },
      opts.now,
    );
    if (quote.amount <= 0) continue;
    const open = { paymentId: fee.id, userId: fee.userId, matchId: fee.matchId, source: opts.source, status: "APPROVED" as const, amount: quote.amount, rule: quote.rule, reason: REASON[opts.source], now: opts.now };
    const { id, created } = await openRefund(tx, open);
    // the payer had asked already (for what the policy gave then): no fault of theirs now, so all of it, without waiting
    if (!created) {
      const upgraded = await tx.refundRequest.updateMany({ where: { id, status: "REQUESTED" }, data: { status: "APPROVED", source: opts.source, amount: quote.amount, rule: quote.rule, decidedAt: opts.now } });
      if (upgraded.count === 1) await notifyRefund(tx, { id, userId: fee.userId, status: "APPROVED", source: opts.source, matchId: fee.matchId });
    }
    ids.push(id);
  }
  return ids;
}
