// What the refund policy (lib/payments/refund-policy.ts) needs to know about a payment beyond its own
// row: the match a fee paid for (status, why it closed) and whether a membership's benefit was used —
// a weekly recommendation list delivered since its period started is the benefit (docs/payments.md).
import { prisma, type Tx } from "@/lib/db";
import { refundQuote, type RefundInput, type RefundQuote } from "@/lib/payments/refund-policy";

export const quotablePaymentSelect = {
  id: true,
  userId: true,
  purpose: true,
  method: true,
  status: true,
  amount: true,
  refundedAmount: true,
  approvedAt: true,
  periodStart: true,
  periodEnd: true,
  orderName: true,
  matchId: true,
  virtualAccount: true,
  match: { select: { status: true, closedReason: true } },
} as const;

type Quotable = Pick<RefundInput, "purpose" | "amount" | "refundedAmount" | "approvedAt" | "periodStart" | "periodEnd"> & {
  userId: string;
  match: { status: "PENDING" | "ACTIVE" | "CLOSED"; closedReason: string | null } | null;
};

/** Statuses whose money is (partly) still with us and may be asked back. */
export const REFUNDABLE_STATUSES = ["PAID", "PARTIALLY_REFUNDED"] as const;

export async function quoteRefund(p: Quotable, now: Date, db: Tx | typeof prisma = prisma): Promise<RefundQuote> {
  const benefitUsed =
    p.purpose === "MEMBERSHIP" && p.periodStart ? (await db.recommendation.count({ where: { userId: p.userId, createdAt: { gte: p.periodStart, lte: now } } })) > 0 : undefined;
  return refundQuote({ ...p, matchStatus: p.match?.status ?? null, matchClosedReason: p.match?.closedReason ?? null, benefitUsed }, now);
}
