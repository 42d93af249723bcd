// What one order holds in money, seen from the app's record and from Toss's Payment, in the same
// three numbers (docs/payments.md, "Invariants"): charged, refunded, balance (charged − refunded).
// The daily reconciliation compares them for every order; the model-based test asserts they are equal
// after every sequence of faults.
import type { PaymentStatus } from "./state-machine";

export type Money = { charged: number; refunded: number; balance: number };

/** statuses in which the app records that the amount was charged */
const APP_CHARGED: readonly PaymentStatus[] = ["PAID", "PARTIALLY_REFUNDED", "REFUNDED", "REFUND_PENDING"];
/** Toss statuses of a payment that was approved (charged), whatever was refunded since */
const TOSS_CHARGED = ["DONE", "PARTIAL_CANCELED", "CANCELED"];

export function moneyOfApp(p: { status: PaymentStatus; amount: number; refundedAmount: number }): Money {
  const charged = APP_CHARGED.includes(p.status) ? p.amount : 0;
  return { charged, refunded: charged ? p.refundedAmount : 0, balance: charged ? charged - p.refundedAmount : 0 };
}

export function moneyOfToss(t: { status: string; totalAmount: number; balanceAmount: number; approvedAt?: string | null } | null): Money {
  if (!t || !TOSS_CHARGED.includes(t.status) || !t.approvedAt) return { charged: 0, refunded: 0, balance: 0 };
  return { charged: t.totalAmount, refunded: t.totalAmount - t.balanceAmount, balance: t.balanceAmount };
}

export const sameMoney = (x: Money, y: Money) => x.charged === y.charged && x.refunded === y.refunded && x.balance === y.balance;
