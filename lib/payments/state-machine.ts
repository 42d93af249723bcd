// The payment state machine (docs/payments.md): the ONE table of which event moves a payment from
// which status to which, and the one guarded write every writer uses. A status is never written
// anywhere else: `movePayment` updates the row only WHERE its status is still the one the caller saw
// (the row lock or the status itself serializes writers), so two writers can never both move it.
//
// The rule it encodes: an order that may have been charged is never closed inside the app alone.
// A card order is closed through CLOSING (Toss is asked: nothing charged → CANCELED, charged →
// refunded through Toss, unreadable → NEEDS_REVIEW); a refund goes through REFUND_PENDING until Toss
// confirms it.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";

export type { PaymentStatus };

export const PAYMENT_EVENTS = {
  /** Toss confirmed the charge (DONE, full balance) or an admin verified the transfer; grants the purchase */
  CHARGED: { from: ["PENDING", "AWAITING_DEPOSIT", "NEEDS_REVIEW"], to: "PAID" },
  /** Toss issued a virtual account at confirm (WAITING_FOR_DEPOSIT): nothing charged until the member deposits */
  ACCOUNT_ISSUED: { from: ["PENDING"], to: "AWAITING_DEPOSIT" },
  /** Toss refused the checkout for good (ABORTED) */
  ABORTED: { from: ["PENDING"], to: "FAILED" },
  /** the card session ended unconfirmed: Toss says EXPIRED, or has no payment for the order after the window */
  EXPIRED: { from: ["PENDING", "AWAITING_DEPOSIT"], to: "EXPIRED" },
  /** end an open Toss order — card checkout or issued virtual account (match closed, member left or switched): Toss must be asked first */
  CLOSE_CARD: { from: ["PENDING", "AWAITING_DEPOSIT"], to: "CLOSING" },
  /** end an open transfer intent: no money was received (an admin has not verified it) */
  CLOSE_TRANSFER: { from: ["PENDING"], to: "CANCELED" },
  /** Toss holds no charge for a closing (or parked) order, or cancelled an issued virtual account before any deposit */
  NOT_CHARGED: { from: ["CLOSING", "NEEDS_REVIEW", "AWAITING_DEPOSIT"], to: "CANCELED" },
  /** a refund was sent to Toss (or decided for a transfer) and is not confirmed yet */
  REFUND_SENT: { from: ["PAID", "PARTIALLY_REFUNDED", "CLOSING", "NEEDS_REVIEW"], to: "REFUND_PENDING" },
  /** Toss (or the bank) returned part of the money; the rest stays charged */
  REFUNDED_PART: { from: ["REFUND_PENDING", "PAID", "PARTIALLY_REFUNDED"], to: "PARTIALLY_REFUNDED" },
  /** everything charged has been returned (Toss balance 0) */
  REFUNDED_FULL: { from: ["REFUND_PENDING", "PAID", "PARTIALLY_REFUNDED", "CLOSING"], to: "REFUNDED" },
  /** the app cannot tell what Toss holds, or Toss refused a refund: a person decides */
  PARKED: { from: ["PENDING", "AWAITING_DEPOSIT", "CLOSING", "REFUND_PENDING", "PAID", "PARTIALLY_REFUNDED"], to: "NEEDS_REVIEW" },
  /** Toss holds money for an order the app had already ended (an account issued by a confirm Toss applied after the close, then deposited into): a person returns it */
  LATE_MONEY: { from: ["CANCELED", "EXPIRED", "FAILED"], to: "NEEDS_REVIEW" },
} as const satisfies Record<string, { from: readonly PaymentStatus[]; to: PaymentStatus }>;

export type PaymentEvent = keyof typeof PAYMENT_EVENTS;

/** Statuses in which no money movement is pending: the order is settled one way or another. */
export const FINAL_STATUSES: readonly PaymentStatus[] = ["PAID", "FAILED", "EXPIRED", "CANCELED", "PARTIALLY_REFUNDED", "REFUNDED"];
/** Statuses of an order still open for its payment: at most one per match (Payment_open_match_fee_key). */
export const OPEN_STATUSES: readonly PaymentStatus[] = ["PENDING", "AWAITING_DEPOSIT"];
/**
 * A match fee in one of these is paid: the charge, or the part of it an operator did not give back,
 * is kept — so the match may be activated and nobody may pay for it again.
 */
export const FEE_PAID_STATUSES = ["PAID", "PARTIALLY_REFUNDED"] as const satisfies readonly PaymentStatus[];
export const isFeePaid = (s: PaymentStatus) => (FEE_PAID_STATUSES as readonly PaymentStatus[]).includes(s);
/** Statuses that mean a charge happened and (part of) it is kept. */
export const CHARGED_STATUSES: readonly PaymentStatus[] = ["PAID", "PARTIALLY_REFUNDED", "REFUNDED", "REFUND_PENDING"];

export class IllegalTransition extends Error {
  constructor(
    readonly from: PaymentStatus,
    readonly event: PaymentEvent,
  ) {
    super(`payment transition ${event} is not allowed from ${from}`);
    this.name = "IllegalTransition";
  }
}

/** Pure: the status `event` moves `from` to, or null when the table does not allow it. */
export function transition(from: PaymentStatus, event: PaymentEvent): PaymentStatus | null {
  const t = PAYMENT_EVENTS[event];
  return (t.from as readonly PaymentStatus[]).includes(from) ? t.to : null;
}

export const canMove = (from: PaymentStatus, event: PaymentEvent) => transition(from, event) !== null;

/** An order the app ended without a charge it knows of (CANCELED, EXPIRED, FAILED): Toss may still report money on it (LATE_MONEY). */
export const isEndedWithoutCharge = (s: PaymentStatus) => canMove(s, "LATE_MONEY");

/**
 * The one status write: moves payment `id` from `from` by `event` (with other columns in `data`),
 * only if it is still `from`. Throws IllegalTransition when the table forbids the move; returns
 * false when another writer moved the payment first (nothing written).
 */
export async function movePayment(
  tx: Tx,
  id: string,
  from: PaymentStatus,
  event: PaymentEvent,
  data: Omit<Prisma.PaymentUncheckedUpdateManyInput, "status"> = {},
): Promise<boolean> {
  const to = transition(from, event);
  if (!to) throw new IllegalTransition(from, event);
  const { count } = await tx.payment.updateMany({ where: { id, status: from }, data: { ...data, status: to } });
  return count === 1;
}

/** Like movePayment for many rows that share a status (e.g. every open order of closed matches). */
export async function movePayments(tx: Tx, where: Prisma.PaymentWhereInput, from: PaymentStatus, event: PaymentEvent, data: Omit<Prisma.PaymentUncheckedUpdateManyInput, "status"> = {}) {
  const to = transition(from, event);
  if (!to) throw new IllegalTransition(from, event);
  return tx.payment.updateManyAndReturn({ where: { ...where, status: from }, data: { ...data, status: to }, select: { id: true, userId: true, method: true } });
}
