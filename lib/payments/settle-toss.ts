// The ONE code path that settles a card payment with Toss: the member's confirm after the success
// redirect, the webhook and the reconciliation job all end here.
//
// Money invariants (docs/payments.md): the payment row is locked (FOR NO KEY UPDATE) for the
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
import { closeOpenOrders, resolveClosingOrder } from "./close-orders";
import { parkPayment } from "./park-payment";
import { applyPaid, applyRefund, lockMatch, lockPayment, otherPaidFee, type LockedPayment } from "./purchase";
import { isEndedWithoutCharge, movePayment } from "./state-machine";
import { confirmTossPayment, getTossPayment, getTossPaymentByOrderId, isRetryableTossError, storableToss, TossApiError, TossUnreadableAnswer, type TossPayment } from "./toss-client";
import { recordPaymentOutcome } from "@/lib/observability/metrics";
import { depositSecretHash } from "./deposit-secret";
import { moneyOfToss } from "./money-view";

export type SettleSource = "confirm" | "webhook" | "reconcile";
export type SettleOutcome = { paymentId: string; status: PaymentStatus; changed: boolean; tossStatus: string | null };

/**
 * A card order Toss has no payment for after this long is abandoned: the card window was closed
 * before paying (Toss keeps an authenticated checkout 10 minutes for the confirm; this leaves the
 * member time to finish typing the card first).
 */
export const ABANDONED_AFTER_MS = 30 * 60_000;

const json = (t: TossPayment) => storableToss(t);
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
  const step = await prisma
    .$transaction((tx) => settleLocked(tx, opts.paymentId, opts.paymentKey, opts.source, now), {
      maxWait: 15_000,
      timeout: env.TOSS_TIMEOUT_MS * 3 + 10_000,
    })
    .catch(async (err: unknown) => {
      // the confirm may still be applied at Toss (5xx after charging, a timeout): remember it, so that
      // closing this order waits for Toss's session to end instead of trusting an IN_PROGRESS lookup
      if (isRetryableTossError(err)) await prisma.payment.updateMany({ where: { id: opts.paymentId, status: "PENDING" }, data: { confirmUnknownAt: now } });
      throw err;
    });
  // an order closed here (the match is gone) may still have been charged by an earlier confirm: ask Toss
  if (step.outcome.status === "CLOSING") step.outcome.status = await resolveClosingOrder(opts.paymentId, now).catch(() => "CLOSING" as const);
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
  const done: Done = (status, changed, tossStatus, error) => ({ outcome: { paymentId, status, changed, tossStatus }, error });

  if (p.status === "PAID" || p.status === "PARTIALLY_REFUNDED") return source === "confirm" ? done(p.status, false, null) : syncRefunds(tx, p, now, done);
  const ended = isEndedWithoutCharge(p.status);
  if (p.status !== "PENDING" && p.status !== "AWAITING_DEPOSIT" && !(ended && source === "webhook")) return done(p.status, false, null);
  try {
    if (ended) return await lateMoney(tx, p, now, done);
    if (p.status === "AWAITING_DEPOSIT") return await settleDeposit(tx, p, source, now, done);
    return await settlePending(tx, p, paymentKey, source, now, done);
  } catch (err) {
    if (!(err instanceof TossUnreadableAnswer)) throw err; // unknown outcome: roll back, retry with the same key
    // Toss answered, but not so the app can tell what it holds: keep the answer and let a person decide
    await parkPayment(tx, p, { reason: "TOSS_UNREADABLE", raw: { unreadable: err.raw } }, ended ? "LATE_MONEY" : "PARKED");
    return done("NEEDS_REVIEW", true, null, err);
  }
}

/**
 * Toss reports on an order the app has already ended. It can hold money there: a confirm whose
 * answer was lost may be applied by Toss after the order was closed, issuing a 가상계좌 the member
 * then deposits into. Toss's own answer decides: money held is recorded on the order (the key, the
 * account, the raw answer) and parked for a person, who returns it (a deposited account is refunded
 * only to the member's own account); no money held → nothing changes.
 */
async function lateMoney(tx: Tx, p: LockedPayment, now: Date, done: Done): Promise<Step> {
  let toss: TossPayment;
  try {
    toss = await getTossPaymentByOrderId(p.orderId);
  } catch (err) {
    if (err instanceof TossApiError && err.code === "NOT_FOUND") return done(p.status, false, null);
    throw err;
  }
  if (toss.orderId !== p.orderId || moneyOfToss(toss).balance === 0) return done(p.status, false, toss.status);
  const va = toss.virtualAccount;
  await parkPayment(
    tx,
    p,
    {
      reason: "MONEY_ON_ENDED_ORDER",
      raw: json(toss),
      data: {
        paymentKey: toss.paymentKey,
        approvedAt: parseTime(toss.approvedAt, now),
        ...(va ? { virtualAccount: accountOf(va), depositDueAt: new Date(va.dueDate) } : {}),
        ...(toss.secret ? { depositSecretHash: depositSecretHash(toss.secret) } : {}),
      },
    },
    "LATE_MONEY",
  );
  return done("NEEDS_REVIEW", true, toss.status);
}

const accountOf = (va: NonNullable<TossPayment["virtualAccount"]>): Prisma.InputJsonValue => ({ bankCode: va.bankCode, accountNumber: va.accountNumber, customerName: va.customerName ?? null, dueDate: va.dueDate });

type Done = (status: PaymentStatus, changed: boolean, tossStatus: string | null, error?: AppError) => Step;

async function settlePending(tx: Tx, p: LockedPayment, paymentKey: string | undefined, source: SettleSource, now: Date, done: Done): Promise<Step> {
  let toss: TossPayment | null = null;
  let confirmKey = paymentKey;
  if (!confirmKey) {
    try {
      toss = await getTossPaymentByOrderId(p.orderId);
    } catch (err) {
      if (!(err instanceof TossApiError && err.code === "NOT_FOUND")) throw err;
      // the member never finished the card window: expire the order once Toss's window is long gone
      if (source === "reconcile" && now.getTime() - p.createdAt.getTime() > ABANDONED_AFTER_MS) {
        await movePayment(tx, p.id, "PENDING", "EXPIRED", { failureCode: "CHECKOUT_ABANDONED", failureMessage: "결제창에서 결제를 마치지 않았어요." });
        return done("EXPIRED", true, null);
      }
      return done("PENDING", false, null);
    }
    if (toss.status === "IN_PROGRESS") confirmKey = toss.paymentKey;
  }

  if (confirmKey) {
    const refused = await refuseMatchFee(tx, p);
    if (refused) return done("CLOSING", true, null, refused);
    try {
      toss = await confirmTossPayment({ paymentKey: confirmKey, orderId: p.orderId, amount: p.amount }, { idempotencyKey: confirmIdempotencyKey(p.orderId, confirmKey) });
    } catch (err) {
      if (err instanceof TossApiError && err.tossCode === "ALREADY_PROCESSED_PAYMENT") {
        toss = await getTossPayment(confirmKey); // confirmed before (e.g. our answer was lost): settle what Toss holds
      } else if (err instanceof TossApiError && err.code !== "UNAVAILABLE" && err.code !== "INTERNAL") {
        // refused (card rejected, session expired…): nothing was charged. The member may check out
        // again; once Toss's window is long gone (the job), the order ends as expired
        if (source === "reconcile" && now.getTime() - p.createdAt.getTime() > ABANDONED_AFTER_MS) {
          await movePayment(tx, p.id, "PENDING", "EXPIRED", { failureCode: err.tossCode, failureMessage: "결제가 승인되지 않은 채 결제 시간이 지났어요." });
          return done("EXPIRED", true, null);
        }
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
    await parkPayment(tx, p, { reason: "AMOUNT_MISMATCH", raw: json(toss) });
    return done("NEEDS_REVIEW", true, toss.status, new AppError("CONFLICT", "결제 금액이 주문 금액과 달라 운영팀이 확인하고 있어요. 확인이 끝나면 알려 드릴게요."));
  }

  switch (toss.status) {
    case "DONE":
      await applyPaid(tx, p, { now, approvedAt: parseTime(toss.approvedAt, now), data: { paymentKey: toss.paymentKey, rawResponse: json(toss) } });
      return done("PAID", true, toss.status);
    case "CANCELED":
    case "PARTIAL_CANCELED":
      // charged and (partly) refunded at Toss before this app ever confirmed it: a person looks
      await parkPayment(tx, p, { reason: `PENDING_TOSS_${toss.status}`, raw: json(toss) });
      return done("NEEDS_REVIEW", true, toss.status);
    case "ABORTED":
      await movePayment(tx, p.id, "PENDING", "ABORTED", { failureCode: toss.failure?.code ?? "ABORTED", failureMessage: "결제가 승인되지 않았어요. 다시 결제해 주세요.", rawResponse: json(toss) });
      return done("FAILED", true, toss.status);
    case "EXPIRED":
      await movePayment(tx, p.id, "PENDING", "EXPIRED", { failureCode: "EXPIRED", failureMessage: "결제 시간이 지났어요. 처음부터 다시 결제해 주세요.", rawResponse: json(toss) });
      return done("EXPIRED", true, toss.status);
    case "WAITING_FOR_DEPOSIT":
      return issueAccount(tx, p, toss, done);
    default:
      return done("PENDING", false, toss.status);
  }
}

/**
 * 가상계좌: Toss confirmed the checkout by issuing an account (WAITING_FOR_DEPOSIT). Nothing is charged
 * yet: the order waits for the deposit (AWAITING_DEPOSIT) with the account the member is shown, its
 * due date, and only a hash of the secret Toss's DEPOSIT_CALLBACK must carry.
 */
async function issueAccount(tx: Tx, p: LockedPayment, toss: TossPayment, done: Done): Promise<Step> {
  const va = toss.virtualAccount;
  if (!va || !toss.secret) {
    await parkPayment(tx, p, { reason: "TOSS_VIRTUAL_ACCOUNT_UNREADABLE", raw: json(toss) });
    return done("NEEDS_REVIEW", true, toss.status, new AppError("CONFLICT", "가상계좌 정보를 확인하지 못해 운영팀이 확인하고 있어요. 확인이 끝나면 알려 드릴게요."));
  }
  await movePayment(tx, p.id, "PENDING", "ACCOUNT_ISSUED", {
    paymentKey: toss.paymentKey,
    virtualAccount: accountOf(va),
    depositDueAt: new Date(va.dueDate),
    depositSecretHash: depositSecretHash(toss.secret),
    rawResponse: json(toss),
    failureCode: null,
    failureMessage: null,
  });
  return done("AWAITING_DEPOSIT", true, toss.status);
}

/**
 * 가상계좌 waiting for its deposit: what Toss holds decides (the DEPOSIT_CALLBACK body is only a hint).
 * DONE → PAID and granted exactly as a card payment; the due date passed without a deposit → EXPIRED
 * (the reconciliation job); Toss cancelled the issued account before any deposit → CANCELED; still
 * waiting → nothing changes. An answer that does not match the order, or money Toss already returned,
 * is parked for a person.
 */
async function settleDeposit(tx: Tx, p: LockedPayment, source: SettleSource, now: Date, done: Done): Promise<Step> {
  if (!p.paymentKey) return done(p.status, false, null);
  const toss = await getTossPayment(p.paymentKey);
  if (toss.orderId !== p.orderId || toss.totalAmount !== p.amount) {
    logger.error({ paymentId: p.id, tossStatus: toss.status }, "toss virtual account does not match the stored order (amount or order id)");
    await parkPayment(tx, p, { reason: "AMOUNT_MISMATCH", raw: json(toss) });
    return done("NEEDS_REVIEW", true, toss.status);
  }
  const charged = moneyOfToss(toss).charged > 0;
  if (toss.status === "DONE") {
    const refused = await refuseMatchFee(tx, p);
    if (refused) return done("CLOSING", true, toss.status, refused);
    await applyPaid(tx, p, { now, approvedAt: parseTime(toss.approvedAt, now), data: { rawResponse: json(toss) } });
    return done("PAID", true, toss.status);
  }
  const due = toss.virtualAccount?.dueDate ? new Date(toss.virtualAccount.dueDate) : p.depositDueAt;
  const pastDue = toss.status === "EXPIRED" || toss.virtualAccount?.expired === true || (due !== null && due.getTime() <= now.getTime());
  if (toss.status === "WAITING_FOR_DEPOSIT" || toss.status === "EXPIRED") {
    if (!pastDue || (source !== "reconcile" && toss.status !== "EXPIRED")) return done(p.status, false, toss.status);
    await movePayment(tx, p.id, "AWAITING_DEPOSIT", "EXPIRED", { failureCode: "DEPOSIT_EXPIRED", failureMessage: "입금 기한이 지나 주문이 닫혔어요. 다시 결제해 주세요.", rawResponse: json(toss) });
    return done("EXPIRED", true, toss.status);
  }
  if ((toss.status === "CANCELED" || toss.status === "ABORTED") && !charged) {
    await movePayment(tx, p.id, "AWAITING_DEPOSIT", "NOT_CHARGED", { canceledAt: now, failureCode: "DEPOSIT_CANCELED", failureMessage: "가상계좌가 취소되었어요.", rawResponse: json(toss) });
    return done("CANCELED", true, toss.status);
  }
  await parkPayment(tx, p, { reason: `AWAITING_DEPOSIT_TOSS_${toss.status}`, raw: json(toss) });
  return done("NEEDS_REVIEW", true, toss.status);
}

/**
 * A match fee is charged only for an open match that nobody has paid for yet: otherwise Toss is not
 * asked to confirm, and the order is closed (CLOSING: an earlier confirm may still have charged it;
 * settleTossPayment asks Toss right after this transaction).
 */
async function refuseMatchFee(tx: Tx, p: LockedPayment): Promise<AppError | null> {
  if (p.purpose !== "MATCH_FEE" || !p.matchId) return null;
  const match = await lockMatch(tx, p.matchId);
  const reason = !match || match.status === "CLOSED" ? { code: "MATCH_CLOSED", message: "이미 종료된 매칭이라 결제할 수 없어요." } : (await otherPaidFee(tx, p.matchId, p.id)) ? { code: "ALREADY_PAID", message: "이미 결제가 끝난 매칭이에요. 매칭 화면에서 확인해 주세요." } : null;
  if (!reason) return null;
  await closeOpenOrders(tx, { id: p.id }, reason, new Date());
  return new AppError("CONFLICT", reason.message);
}

/** A PAID payment cancelled at Toss outside this app (e.g. Toss's dashboard): record it and revert. */
async function syncRefunds(tx: Tx, p: LockedPayment, now: Date, done: Done): Promise<Step> {
  if (!p.paymentKey) return done(p.status, false, null);
  const toss = await getTossPayment(p.paymentKey);
  const refundedAtToss = toss.totalAmount - toss.balanceAmount;
  if (toss.paymentKey !== p.paymentKey || refundedAtToss <= p.refundedAmount || refundedAtToss > p.amount) return done(p.status, false, toss.status);
  const last = toss.cancels?.at(-1);
  await applyRefund(tx, p, { refund: refundedAtToss - p.refundedAmount, reason: last?.cancelReason ?? "토스페이먼츠에서 취소됨", now, raw: json(toss) });
  return done(refundedAtToss === p.amount ? "REFUNDED" : "PARTIALLY_REFUNDED", true, toss.status);
}
