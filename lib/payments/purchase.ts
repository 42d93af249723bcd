// What a payment does to the rest of the data, inside the caller's transaction: row locks in ONE
// order (Payment → Match → User, each FOR NO KEY UPDATE so the foreign-key KEY SHARE locks of
// concurrent inserts do not conflict), granting a purchase when it is paid and taking back the
// unused membership when it is refunded. Every money path (card confirm, webhook, reconciliation,
// transfer verification, admin refund) goes through these functions.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { logger } from "@/lib/logger";
import { grantMembership, revertMembership } from "./membership-period";
import { findProduct, PRODUCTS } from "./products";
import { notifyPartnerPaid, notifyPayment } from "./notify";
import { FEE_PAID_STATUSES, movePayment } from "./state-machine";

export const lockedPaymentSelect = {
  id: true,
  userId: true,
  matchId: true,
  purpose: true,
  method: true,
  status: true,
  amount: true,
  refundedAmount: true,
  orderId: true,
  orderName: true,
  productId: true,
  membershipTier: true,
  paymentKey: true,
  approvedAt: true,
  verifiedAt: true,
  periodStart: true,
  periodEnd: true,
  createdAt: true,
  refundTarget: true,
  statusBefore: true,
  failureCode: true,
  failureMessage: true,
  depositDueAt: true,
  depositSecretHash: true,
  virtualAccount: true,
} as const;
export type LockedPayment = Prisma.PaymentGetPayload<{ select: typeof lockedPaymentSelect }>;

/** Locks the payment row until the transaction ends; null when it does not exist. */
export async function lockPayment(tx: Tx, where: { id: string } | { orderId: string }): Promise<LockedPayment | null> {
  const rows =
    "id" in where
      ? await tx.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM "Payment" WHERE id = ${where.id}::uuid FOR NO KEY UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM "Payment" WHERE "orderId" = ${where.orderId} FOR NO KEY UPDATE`;
  if (rows.length === 0) return null;
  return tx.payment.findUnique({ where: { id: rows[0]!.id }, select: lockedPaymentSelect });
}

/** Locks the match row: every write that makes a match fee PAID, and activation, hold it. */
export async function lockMatch(tx: Tx, id: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM "Match" WHERE id = ${id}::uuid FOR NO KEY UPDATE`;
  if (rows.length === 0) return null;
  return tx.match.findUnique({ where: { id }, select: { id: true, status: true, userAId: true, userBId: true, activatedAt: true } });
}

/** Another PAID match fee for the same match (a second one would be a double charge). */
export function otherPaidFee(tx: Tx, matchId: string, paymentId: string) {
  return tx.payment.findFirst({ where: { matchId, purpose: "MATCH_FEE", status: { in: [...FEE_PAID_STATUSES] }, id: { not: paymentId } }, select: { id: true } });
}

function membershipProduct(p: LockedPayment) {
  const product = (p.productId ? findProduct(p.productId) : undefined) ?? PRODUCTS.find((x) => x.kind === "MEMBERSHIP" && x.tier === p.membershipTier);
  if (!product?.tier || !product.durationDays) throw new Error(`payment ${p.id}: no membership product`);
  return { tier: product.tier, durationDays: product.durationDays };
}

/**
 * Moves a PENDING (or parked) payment to PAID (state machine: CHARGED) and applies it, in the caller's
 * transaction (the payment row locked): a membership extends the member's tier and expiry; a match
 * fee makes its match activatable. A match has at most one open fee (the partial unique index
 * Payment_open_match_fee_key), so there is no other order to close here.
 */
export async function applyPaid(tx: Tx, p: LockedPayment, paid: { now: Date; approvedAt: Date; data: Omit<Prisma.PaymentUncheckedUpdateManyInput, "status"> }) {
  const data: Omit<Prisma.PaymentUncheckedUpdateManyInput, "status"> = { ...paid.data, approvedAt: paid.approvedAt, failureCode: null, failureMessage: null, reviewReason: null };
  if (p.purpose === "MEMBERSHIP") {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${p.userId}::uuid FOR NO KEY UPDATE`;
    const user = await tx.user.findUniqueOrThrow({ where: { id: p.userId }, select: { membershipTier: true, membershipExpiresAt: true } });
    const g = grantMembership({ tier: user.membershipTier, expiresAt: user.membershipExpiresAt }, membershipProduct(p), paid.now);
    await tx.user.update({ where: { id: p.userId }, data: { membershipTier: g.tier, membershipExpiresAt: g.expiresAt }, select: { id: true } });
    data.periodStart = g.periodStart;
    data.periodEnd = g.periodEnd;
  }
  if (!(await movePayment(tx, p.id, p.status, "CHARGED", data))) throw new Error(`payment ${p.id} changed status under its lock`);
  if (p.purpose === "MATCH_FEE" && p.matchId && (await otherPaidFee(tx, p.matchId, p.id))) {
    logger.error({ paymentId: p.id, matchId: p.matchId }, "a second match fee was paid: refund one of them");
  }
  await notifyPayment(tx, { kind: "PAYMENT_CONFIRMED", payment: p });
  await notifyPartnerPaid(tx, p);
}

/**
 * Records a refund of `refund` KRW (Toss already cancelled it, or the admin returned a transfer) —
 * state machine REFUNDED_FULL / REFUNDED_PART from the payment's current status — and takes back what
 * the payment granted: the unused part of a membership's period. A refunded match fee un-activates
 * nothing already disclosed; it is recorded only. A charge that never granted anything (a closing
 * order) has no period to take back.
 */
export async function applyRefund(tx: Tx, p: LockedPayment, r: { refund: number; reason: string; now: Date; raw?: Prisma.InputJsonValue }) {
  const refundedAmount = p.refundedAmount + r.refund;
  if (r.refund <= 0 || refundedAmount > p.amount) throw new Error(`payment ${p.id}: refund ${r.refund} out of range`);
  const full = refundedAmount === p.amount;
  const wasGranting = p.refundedAmount === 0 && p.purpose === "MEMBERSHIP" && p.periodStart && p.periodEnd;
  const data = { refundedAmount, refundTarget: null, statusBefore: null, cancelReason: r.reason, canceledAt: r.now, ...(r.raw ? { rawResponse: r.raw } : {}) };
  if (!(await movePayment(tx, p.id, p.status, full ? "REFUNDED_FULL" : "REFUNDED_PART", data))) throw new Error(`payment ${p.id} changed status under its lock`);
  if (!wasGranting) return;
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${p.userId}::uuid FOR NO KEY UPDATE`;
  const user = await tx.user.findUniqueOrThrow({ where: { id: p.userId }, select: { membershipTier: true, membershipExpiresAt: true } });
  const others = await tx.payment.findMany({
    where: { userId: p.userId, purpose: "MEMBERSHIP", status: "PAID", refundedAmount: 0, periodEnd: { gt: r.now }, id: { not: p.id } },
    select: { membershipTier: true },
  });
  const next = revertMembership(
    { tier: user.membershipTier, expiresAt: user.membershipExpiresAt },
    { periodStart: p.periodStart!, periodEnd: p.periodEnd! },
    others.flatMap((o) => (o.membershipTier ? [o.membershipTier] : [])),
    r.now,
  );
  await tx.user.update({ where: { id: p.userId }, data: { membershipTier: next.tier, membershipExpiresAt: next.expiresAt }, select: { id: true } });
}
