// Ending open orders (docs/payments.md, "Closing an order"). A transfer intent nobody has verified
// holds no money we know of: it is CANCELED at once. A card order may have been charged (a confirm
// that timed out or got a 5xx after Toss charged), so it is never closed inside the app alone: it
// becomes CLOSING in the caller's transaction, and resolveClosingOrder asks Toss afterwards —
// nothing charged → CANCELED; charged → refunded through Toss (refund-order.ts) and the member told;
// an answer the app cannot read, or one that does not match the order → NEEDS_REVIEW. Toss not
// answering leaves it CLOSING for the reconciliation job. Nothing confirms a CLOSING order, so a late
// success redirect can no longer charge it.
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma, type Tx } from "@/lib/db";
import { logger } from "@/lib/logger";
import { notify } from "@/lib/notifications/notify";
import { lockPayment } from "./purchase";
import { parkPayment } from "./park-payment";
import { refundOrder } from "./refund-order";
import { movePayment, movePayments, type PaymentStatus } from "./state-machine";
import { cancelTossPayment, getTossPaymentByOrderId, isRetryableTossError, storableToss, TossApiError, TossUnreadableAnswer, type TossPayment } from "./toss-client";
import { moneyOfToss } from "./money-view";

export type CloseReason = { code: string; message: string };

/** In the caller's transaction: ends every open (PENDING, AWAITING_DEPOSIT) order matching `where`; returns the Toss orders to resolve. */
export async function closeOpenOrders(tx: Tx, where: Prisma.PaymentWhereInput, why: CloseReason, now: Date): Promise<string[]> {
  const fields = { failureCode: why.code, failureMessage: why.message };
  await movePayments(tx, { ...where, method: "TRANSFER" }, "PENDING", "CLOSE_TRANSFER", { ...fields, canceledAt: now });
  const cards = await movePayments(tx, { ...where, method: "TOSS" }, "PENDING", "CLOSE_CARD", fields);
  // an issued 가상계좌 waiting for its deposit: Toss withdraws the account (resolveClosingOrder) before it ends
  const accounts = await movePayments(tx, { ...where, method: "TOSS" }, "AWAITING_DEPOSIT", "CLOSE_CARD", fields);
  return [...cards, ...accounts].map((c) => c.id);
}

/** After the closing transaction committed: asks Toss about each order; never throws (the job retries). */
export async function resolveClosingOrders(ids: string[], now = new Date()): Promise<Record<string, PaymentStatus>> {
  const out: Record<string, PaymentStatus> = {};
  for (const id of ids) {
    out[id] = await resolveClosingOrder(id, now).catch((err: unknown) => {
      logger.warn({ paymentId: id, err: (err as Error).message }, "closing order not resolved yet");
      return "CLOSING" as const;
    });
  }
  return out;
}

const NOT_CHARGED = new Set(["READY", "IN_PROGRESS", "ABORTED", "EXPIRED"]);
/** Toss keeps an authenticated checkout confirmable for 10 minutes; a little margin for clocks */
export const CONFIRM_SESSION_MS = 15 * 60_000;
const json = (v: TossPayment) => storableToss(v);

export async function resolveClosingOrder(paymentId: string, now = new Date()): Promise<PaymentStatus> {
  const p = await prisma.payment.findUnique({ where: { id: paymentId }, select: { status: true, orderId: true, failureMessage: true, confirmUnknownAt: true } });
  if (!p || p.status !== "CLOSING") return p?.status ?? "CLOSING";
  let toss: TossPayment | null;
  try {
    toss = await getTossPaymentByOrderId(p.orderId);
  } catch (err) {
    if (err instanceof TossApiError && err.code === "NOT_FOUND") toss = null;
    else if (err instanceof TossUnreadableAnswer) return park(paymentId, "TOSS_UNREADABLE", { unreadable: err.raw });
    else if (isRetryableTossError(err)) return "CLOSING";
    else throw err;
  }
  // a confirm whose answer was lost may still be applied by Toss while the checkout's session lasts:
  // IN_PROGRESS is not "never charged" yet — the job asks again once the session is over
  if (toss?.status === "IN_PROGRESS" && p.confirmUnknownAt && now.getTime() - p.confirmUnknownAt.getTime() < CONFIRM_SESSION_MS) return "CLOSING";
  if (toss?.status === "WAITING_FOR_DEPOSIT") {
    // an issued 가상계좌 nobody deposited into yet: Toss withdraws it first, so no deposit can arrive later
    try {
      toss = await cancelTossPayment(toss.paymentKey, { cancelReason: (p.failureMessage ?? "주문 취소").slice(0, 200) }, { idempotencyKey: `withdraw-account:${paymentId}` });
    } catch (err) {
      if (err instanceof TossUnreadableAnswer) return park(paymentId, "TOSS_UNREADABLE", { unreadable: err.raw });
      if (isRetryableTossError(err)) return "CLOSING";
      if (!(err instanceof TossApiError)) throw err;
      // deposited meanwhile, or already withdrawn: what Toss holds now decides below
      toss = await getTossPaymentByOrderId(p.orderId).catch(() => null);
      if (!toss) return "CLOSING";
    }
  }

  const charged = await prisma.$transaction(async (tx) => {
    const locked = await lockPayment(tx, { id: paymentId });
    if (!locked || locked.status !== "CLOSING") return null;
    // (a withdrawn 가상계좌 is CANCELED at Toss without ever having been approved: nothing charged)
    if (!toss || NOT_CHARGED.has(toss.status) || (toss.status === "CANCELED" && moneyOfToss(toss).charged === 0)) {
      await movePayment(tx, paymentId, "CLOSING", "NOT_CHARGED", { canceledAt: now, ...(toss ? { rawResponse: json(toss) } : {}) });
      return null;
    }
    if (toss.orderId !== locked.orderId || toss.totalAmount !== locked.amount || (toss.status !== "DONE" && toss.status !== "CANCELED")) {
      await parkPayment(tx, locked, { reason: `CLOSING_TOSS_${toss.status}`, raw: json(toss) });
      return null;
    }
    await tx.payment.update({ where: { id: paymentId }, data: { paymentKey: toss.paymentKey, approvedAt: toss.approvedAt ? new Date(toss.approvedAt) : now, rawResponse: json(toss) }, select: { id: true } });
    if (toss.status === "DONE" && locked.virtualAccount !== null) {
      // a deposit raced the close: Toss refunds a 가상계좌 only to the member's own account, which the
      // app does not have yet — a person asks the member (the money is recorded, the order parked)
      await parkPayment(tx, locked, { reason: "VIRTUAL_ACCOUNT_DEPOSIT_ON_CLOSED_ORDER", raw: json(toss) });
      return null;
    }
    if (toss.status === "DONE") return toss; // charged and not refunded: refund it below
    // charged and already refunded in full at Toss (e.g. from Toss's dashboard): record it
    await movePayment(tx, paymentId, "CLOSING", "REFUNDED_FULL", { refundedAmount: locked.amount, canceledAt: now, cancelReason: "토스페이먼츠에서 취소됨" });
    await notify(tx, [{ userId: locked.userId, kind: "PAYMENT_REFUNDED", payload: { paymentId, reason: locked.failureCode ?? "CLOSED" }, dedupeKey: `refund:${paymentId}` }]);
    return null;
  });
  if (charged) {
    const outcome = await refundOrder({ paymentId, reason: p.failureMessage ?? "결제가 취소된 주문의 승인 금액 환불", decidedBy: "system:closing", now });
    return outcome.status;
  }
  return (await prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { status: true } })).status;
}

async function park(paymentId: string, reason: string, raw: Prisma.InputJsonValue): Promise<PaymentStatus> {
  await prisma.$transaction(async (tx) => {
    const locked = await lockPayment(tx, { id: paymentId });
    if (locked?.status === "CLOSING") await parkPayment(tx, locked, { reason, raw });
  });
  return "NEEDS_REVIEW";
}
