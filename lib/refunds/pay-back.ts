// Paying back an APPROVED refund: the money moves through the refund primitive (lib/payments/
// refund-order.ts: Toss's cancel API for a card, idempotently; a recorded bank refund for a
// transfer), ALWAYS after the transaction that approved it has committed — never a transaction held
// open across a Toss call. A card refund Toss did not answer stays APPROVED (failureMessage says why)
// and the pay-back-refunds job tries again; the primitive's idempotency key makes every retry safe.
// A transfer is paid by a person from the bank: it is recorded when the operator says it was sent.
import type { Tx } from "@/lib/db";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";
import { refundOrder, resumeRefund } from "@/lib/payments/refund-order";
import { notifyRefund } from "./open-refund";

export type PayBackResult = { id: string; status: "REFUNDED" | "APPROVED" | "SKIPPED"; reason?: string };

async function markRefunded(tx: Tx, id: string, now: Date) {
  const [row] = await tx.refundRequest.updateManyAndReturn({
    where: { id, status: "APPROVED" },
    data: { status: "REFUNDED", refundedAt: now, failureMessage: null },
    select: { id: true, userId: true, source: true, payment: { select: { matchId: true } } },
  });
  if (row) await notifyRefund(tx, { id: row.id, userId: row.userId, status: "REFUNDED", source: row.source, matchId: row.payment.matchId });
}

/**
 * Pays back one APPROVED refund. Cards only, unless `bankSent` (the operator sent a transfer's money).
 * Never throws for a provider failure: the refund stays APPROVED with the reason, for the next try.
 */
export async function payBackRefund(id: string, opts: { decidedBy: string; bankSent?: boolean; now?: Date }): Promise<PayBackResult> {
  const now = opts.now ?? new Date();
  const r = await prisma.refundRequest.findUnique({
    where: { id },
    select: { status: true, amount: true, reason: true, decidedAt: true, refundAccountEnc: true, payment: { select: { id: true, method: true, status: true, amount: true, refundedAmount: true, virtualAccount: true } } },
  });
  if (!r || r.status !== "APPROVED") return { id, status: "SKIPPED", reason: "not approved" };
  const p = r.payment;
  if (p.method === "TRANSFER" && !opts.bankSent) return { id, status: "APPROVED", reason: "bank refund owed" };
  const waiting = (message: string): Promise<PayBackResult> =>
    prisma.refundRequest.updateMany({ where: { id, status: "APPROVED" }, data: { failureMessage: message.slice(0, 300) } }).then(() => ({ id, status: "APPROVED" as const, reason: message }));
  // a deposited 가상계좌: Toss sends the money to the member's own account, once the member named it
  if (p.method === "TOSS" && p.virtualAccount !== null && !r.refundAccountEnc && p.status !== "REFUND_PENDING") return waiting("회원이 환불 받을 계좌를 알려 주기를 기다리고 있습니다 (가상계좌 결제).");
  try {
    let outcome;
    if (p.status === "REFUND_PENDING") {
      // an earlier try reached Toss without an answer: the same key again (Toss replays, never twice)
      outcome = await resumeRefund(p.id, now);
      if (!outcome.pending && outcome.status !== "NEEDS_REVIEW") await prisma.$transaction((tx) => markRefunded(tx, id, now));
    } else {
      // the reconciliation job finished an earlier try (it has no hook for us): never refund twice
      const finished = await prisma.paymentRefund.findFirst({ where: { paymentId: p.id, amount: r.amount, createdAt: { gte: r.decidedAt ?? new Date(0) } }, select: { id: true } });
      if (p.status === "REFUNDED" || finished) {
        await prisma.$transaction((tx) => markRefunded(tx, id, now));
        return { id, status: "REFUNDED" };
      }
      const amount = Math.min(r.amount, p.amount - p.refundedAmount);
      outcome = await refundOrder({ paymentId: p.id, amount, reason: r.reason, decidedBy: opts.decidedBy, now, onRefunded: (tx) => markRefunded(tx, id, now) });
    }
    if (outcome.pending) return waiting("토스페이먼츠의 환불 응답을 기다리고 있습니다 (자동으로 다시 확인).");
    if (outcome.status === "NEEDS_REVIEW") return waiting("토스페이먼츠가 환불을 거절했거나 응답을 확인할 수 없어 결제 확인이 필요합니다.");
    return { id, status: "REFUNDED" };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    logger.warn({ refundRequestId: id, paymentId: p.id, err: message }, "refund not paid back yet; retried by the pay-back-refunds job");
    return waiting(message);
  }
}

/** After a commit that opened refunds (withdrawal, ban, unmatch, approval): pay the card ones back now. */
export async function payBackRefunds(ids: string[], decidedBy: string, now?: Date): Promise<PayBackResult[]> {
  const results: PayBackResult[] = [];
  for (const id of ids) results.push(await payBackRefund(id, { decidedBy, now }));
  return results;
}

/** The job: every APPROVED card refund not paid back yet (Toss was down, the process stopped after the commit). */
export async function payBackDueRefunds({ now = new Date(), budgetMs = Infinity, limit = 100 }: { now?: Date; budgetMs?: number; limit?: number } = {}) {
  const started = Date.now();
  // a payment parked for review waits for a person (/admin/money), not for another automatic try
  const due = await prisma.refundRequest.findMany({ where: { status: "APPROVED", payment: { method: "TOSS", status: { not: "NEEDS_REVIEW" } } }, orderBy: { decidedAt: "asc" }, take: limit, select: { id: true } });
  const summary = { checked: 0, refunded: 0, waiting: 0, incomplete: due.length === limit };
  for (const { id } of due) {
    if (Date.now() - started > budgetMs) {
      summary.incomplete = true;
      break;
    }
    summary.checked++;
    const r = await payBackRefund(id, { decidedBy: "system:refunds", now });
    if (r.status === "REFUNDED") summary.refunded++;
    else summary.waiting++;
  }
  return summary;
}
