// The ONE code path that settles a card payment with Toss: the member's confirm after the success
// redirect, the webhook and the reconciliation job all end here.
//
// Money invariants (see docs in the report): the payment row is locked (FOR NO KEY UPDATE) for the
// whole settlement, including the Toss call, so concurrent or repeated settlements of one order run
// one after the other and the second finds it PAID (one charge, one upgrade). The Toss confirm
// carries an Idempotency-Key derived from (orderId, paymentKey): a retry after a timeout replays
// Toss's first answer instead of charging again. The status change and what it grants commit in the
// same transaction; a Toss 5xx/timeout throws before anything is written (rollback: the payment
// stays PENDING and retryable, nothing upgraded).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import { prisma, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/core/errors";
import { logger } from "@/lib/logger";
import { confirmIdempotencyKey } from "./ids";
import { applyPaid, applyRefund, lockMatch, lockPayment, otherPaidFee, type LockedPayment } from "./purchase";
import { confirmTossPayment, getTossPayment, getTossPaymentByOrderId, TossApiError, type TossPayment } from "./toss-client";
import { recordPaymentOutcome } from "@/lib/observability/metrics";

export type SettleSource = "confirm" | "webhook" | "reconcile";
export type SettleOutcome = { paymentId: string; status: PaymentStatus; changed: boolean; tossStatus: string | null };

/** An authenticated checkout Toss never heard of after this long is abandoned (Toss: 10-minute window). */
export const ABANDONED_AFTER_MS = 60 * 60_000;

const json = (t: TossPayment) => t as unknown as Prisma.InputJsonValue;
const parseTime = (s: string | null | undefined, fallback: Date) => (s && !Number.isNaN(Date.parse(s)) ? new Date(s) : fallback);

type Step = { outcome: SettleOutcome; error?: AppError };

/**
 * Settles one TOSS payment. With `paymentKey` (the member's confirm) Toss is asked to confirm that
 * checkout; without it Toss is asked what happened to the order (webhook, reconciliation) and an
 * authenticated but unconfirmed checkout is confirmed the same way. Throws AppError UNAVAILABLE when
 * Toss cannot answer (nothing written), or the error that ended the settlement after recording it.
 */
export async function settleTossPayment(opts: { paymentId: string; paymentKey?: string; source: SettleSource; now?: Date }): Promise<SettleOutcome> {
  const now = opts.now ?? new Date();
  const step = await prisma.$transaction((tx) => settleLocked(tx, opts.paymentId, opts.paymentKey, opts.source, now), {
    maxWait: 15_000,
    timeout: env.TOSS_TIMEOUT_MS * 3 + 10_000,
  });
  if (step.outcome.changed) recordPaymentOutcome(step.outcome.status.toLowerCase(), "TOSS");
  if (step.error) {
    recordPaymentOutcome("failed", "TOSS");
    throw step.error;
  }
  return step.outcome;
}

async function settleLocked(tx: Tx, paymentId: string, paymentKey: string | undefined, source: SettleSource, now: Date): Promise<Step> {
  const p = await lockPayment(tx, { id: paymentId });
  if (!p || p.method !== "TOSS") throw new AppError("NOT_FOUND", "결제 정보를 찾을 수 없어요.");
  const done = (status: PaymentStatus, changed: boolean, tossStatus: string | null, error?: AppError): Step => ({ outcome: { paymentId, status, changed, tossStatus }, error });

  if (p.status === "PAID") return source === "confirm" ? done("PAID", false, null) : syncRefunds(tx, p, now, done);
  if (p.status !== "PENDING") return done(p.status, false, null);

  let toss: TossPayment | null = null;
  let confirmKey = paymentKey;
  if (!confirmKey) {
    try {
      toss = await getTossPaymentByOrderId(p.orderId);
    } catch (err) {
      if (!(err instanceof TossApiError && err.code === "NOT_FOUND")) throw err;
      // the member never finished the card window: expire the order once Toss's window is long gone
      if (source === "reconcile" && now.getTime() - p.createdAt.getTime() > ABANDONED_AFTER_MS) {
        await tx.payment.update({ where: { id: p.id }, data: { status: "EXPIRED", failureCode: "CHECKOUT_ABANDONED", failureMessage: "결제창에서 결제를 마치지 않았어요." }, select: { id: true } });
        return done("EXPIRED", true, null);
      }
      return done("PENDING", false, null);
    }
    if (toss.status === "IN_PROGRESS") confirmKey = toss.paymentKey;
  }

  if (confirmKey) {
    const refused = await refuseMatchFee(tx, p, now);
    if (refused) return done("CANCELED", true, null, refused);
    try {
      toss = await confirmTossPayment({ paymentKey: confirmKey, orderId: p.orderId, amount: p.amount }, { idempotencyKey: confirmIdempotencyKey(p.orderId, confirmKey) });
    } catch (err) {
      if (err instanceof TossApiError && err.tossCode === "ALREADY_PROCESSED_PAYMENT") {
        toss = await getTossPayment(confirmKey); // confirmed before (e.g. our answer was lost): settle what Toss holds
      } else if (err instanceof TossApiError && err.code !== "UNAVAILABLE" && err.code !== "INTERNAL") {
        // refused (card rejected, session expired…): the member may check out again; keep why
        await tx.payment.update({ where: { id: p.id }, data: { failureCode: err.tossCode, failureMessage: err.message }, select: { id: true } });
        return done("PENDING", false, null, err);
      } else {
        throw err; // unknown outcome: roll back, retry later with the same idempotency key
      }
    }
  }
  if (!toss) return done("PENDING", false, null);

  if (toss.orderId !== p.orderId || toss.totalAmount !== p.amount) {
    logger.error({ paymentId: p.id, tossStatus: toss.status }, "toss payment does not match the stored order (amount or order id)");
    await tx.payment.update({ where: { id: p.id }, data: { status: "FAILED", failureCode: "AMOUNT_MISMATCH", failureMessage: "결제 금액이 주문 금액과 달라요.", rawResponse: json(toss) }, select: { id: true } });
    return done("FAILED", true, toss.status, new AppError("CONFLICT", "결제 금액이 주문 금액과 달라요. 고객센터로 문의해 주세요."));
  }

  switch (toss.status) {
    case "DONE":
      await applyPaid(tx, p, { now, approvedAt: parseTime(toss.approvedAt, now), data: { paymentKey: toss.paymentKey, rawResponse: json(toss) } });
      return done("PAID", true, toss.status);
    case "CANCELED":
    case "PARTIAL_CANCELED":
      await tx.payment.update({ where: { id: p.id }, data: { status: "CANCELED", canceledAt: now, paymentKey: toss.paymentKey, rawResponse: json(toss) }, select: { id: true } });
      return done("CANCELED", true, toss.status);
    case "ABORTED":
      await tx.payment.update({ where: { id: p.id }, data: { status: "FAILED", failureCode: toss.failure?.code ?? "ABORTED", failureMessage: "결제가 승인되지 않았어요. 다시 결제해 주세요.", rawResponse: json(toss) }, select: { id: true } });
      return done("FAILED", true, toss.status);
    case "EXPIRED":
      await tx.payment.update({ where: { id: p.id }, data: { status: "EXPIRED", failureCode: "EXPIRED", failureMessage: "결제 시간이 지났어요. 처음부터 다시 결제해 주세요.", rawResponse: json(toss) }, select: { id: true } });
      return done("EXPIRED", true, toss.status);
    default:
      return done("PENDING", false, toss.status);
  }
}

/**
 * A match fee is charged only for an open match that nobody has paid for yet: otherwise the order is
 * cancelled here and Toss is never asked to confirm (the member's card is not charged).
 */
async function refuseMatchFee(tx: Tx, p: LockedPayment, now: Date): Promise<AppError | null> {
  if (p.purpose !== "MATCH_FEE" || !p.matchId) return null;
  const match = await lockMatch(tx, p.matchId);
  const reason = !match || match.status === "CLOSED" ? ["MATCH_CLOSED", "이미 종료된 매칭이라 결제할 수 없어요."] : (await otherPaidFee(tx, p.matchId, p.id)) ? ["ALREADY_PAID", "이미 결제가 끝난 매칭이에요. 매칭 화면에서 확인해 주세요."] : null;
  if (!reason) return null;
  await tx.payment.update({ where: { id: p.id }, data: { status: "CANCELED", canceledAt: now, failureCode: reason[0], failureMessage: reason[1] }, select: { id: true } });
  return new AppError("CONFLICT", reason[1]);
}

/** A PAID payment cancelled at Toss outside this app (e.g. Toss's dashboard): record it and revert. */
async function syncRefunds(tx: Tx, p: LockedPayment, now: Date, done: (s: PaymentStatus, c: boolean, t: string | null) => Step): Promise<Step> {
  if (!p.paymentKey) return done("PAID", false, null);
  const toss = await getTossPayment(p.paymentKey);
  const refundedAtToss = toss.totalAmount - toss.balanceAmount;
  if (toss.paymentKey !== p.paymentKey || refundedAtToss <= p.refundedAmount || refundedAtToss > p.amount) return done("PAID", false, toss.status);
  const last = toss.cancels?.at(-1);
  await applyRefund(tx, p, { refund: refundedAtToss - p.refundedAmount, reason: last?.cancelReason ?? "토스페이먼츠에서 취소됨", now, raw: json(toss) });
  return done(refundedAtToss === p.amount ? "CANCELED" : "PAID", true, toss.status);
}
