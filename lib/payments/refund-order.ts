// THE refund primitive: "refund this order, idempotently, recording it". Every refund — an admin's,
// a life event's (the partner left, was banned, the match was closed), an approved member request, a
// charge found on an order the app was closing — goes through refundOrder (docs/payments.md, "Refunds").
//
//   card:     1. (tx) PAID | PARTIALLY_REFUNDED | CLOSING | NEEDS_REVIEW → REFUND_PENDING, the target
//                refunded amount stored (refundTarget); 2. Toss's cancel API with an Idempotency-Key
//                derived from (payment, refunded before, amount); 3. (tx) REFUND_PENDING →
//                REFUNDED / PARTIALLY_REFUNDED with Toss's own balance, a PaymentRefund row, and what
//                the purchase granted taken back. Toss down at step 2: the outcome is `pending` (the
//                payment stays REFUND_PENDING) and the reconciliation job repeats step 2 with the same
//                key (Toss replays, never refunds twice). Toss refuses, or answers something
//                unreadable: NEEDS_REVIEW (a person decides). Neither throws: read `status`.
//   가상계좌: as a card, with Toss's refundReceiveAccount — the member's own account from the refund
//             request (refund-receive-account.ts); without one nothing is sent (409).
//   transfer: the admin returned the money from the bank: recorded at once (no Toss).
//
// `onRefunded` runs inside the transaction that records the refund (notifications, audit, a request's
// status), so it happens exactly when the refund is recorded. A refund resumed by the job has no hook:
// callers that must react to it read the payment's status (REFUNDED / PARTIALLY_REFUNDED).
import { prisma, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/core/errors";
import { logger } from "@/lib/logger";
import { notify } from "@/lib/notifications/notify";
import { cancelIdempotencyKey } from "./ids";
import { applyRefund, lockPayment, type LockedPayment } from "./purchase";
import { canMove, movePayment, type PaymentStatus } from "./state-machine";
import { cancelTossPayment, getTossPayment, isRetryableTossError, storableToss, TossApiError, TossUnreadableAnswer, type TossPayment } from "./toss-client";
import { parkPayment } from "./park-payment";
import { refundReceiveAccountOf } from "./refund-receive-account";

export type RefundOutcome = { paymentId: string; status: PaymentStatus; refunded: number; pending: boolean };
export type RefundHook = (tx: Tx, r: { payment: LockedPayment; refund: number; status: PaymentStatus }) => Promise<void>;
export type RefundInput = {
  paymentId: string;
  /** KRW; omitted = everything not refunded yet */
  amount?: number;
  reason: string;
  /** an admin's user id, or a system actor's name ("system:closing", "system:life-event", …) */
  decidedBy: string;
  now?: Date;
  onRefunded?: RefundHook;
};

const TX = { maxWait: 15_000, timeout: 20_000 };
export const VA_ACCOUNT_NEEDED = "가상계좌로 결제한 금액은 회원 본인 계좌로 환불됩니다. 회원이 환불 받을 계좌를 먼저 알려 주어야 합니다.";
const json = (t: TossPayment) => storableToss(t);

export async function refundOrder(input: RefundInput): Promise<RefundOutcome> {
  const now = input.now ?? new Date();
  const started = await prisma.$transaction(async (tx) => {
    const p = await lockPayment(tx, { id: input.paymentId });
    if (!p) throw notFound("결제");
    if (p.status === "REFUND_PENDING") throw new AppError("CONFLICT", "환불이 진행 중인 결제입니다. 잠시 후 다시 확인해 주세요.");
    if (!canMove(p.status, "REFUND_SENT")) throw new AppError("CONFLICT", "환불할 수 있는 상태의 결제가 아닙니다.");
    const remaining = p.amount - p.refundedAmount;
    const wanted = input.amount ?? remaining;
    if (wanted <= 0 || wanted > remaining) {
      const message = `환불 가능한 금액(${remaining.toLocaleString("ko-KR")}원)을 넘을 수 없습니다.`;
      throw new AppError("VALIDATION_FAILED", message, { fields: { amount: [message] } });
    }
    if (p.method === "TRANSFER") {
      // the admin sent the money back from the bank: nothing to ask anyone, record it now
      const status = await record(tx, p, wanted, input, now, `bank:${p.id}:${p.refundedAmount}:${wanted}`, null);
      return { paymentId: p.id, status, refunded: wanted, pending: false };
    }
    if (!p.paymentKey) throw new AppError("CONFLICT", "토스 결제 키가 없는 결제입니다.");
    // a deposited 가상계좌 is refunded to the member's own account: nothing is sent without it
    if (p.virtualAccount !== null && !(await refundReceiveAccountOf(tx, p.id))) throw new AppError("CONFLICT", VA_ACCOUNT_NEEDED);
    await movePayment(tx, p.id, p.status, "REFUND_SENT", { refundTarget: p.refundedAmount + wanted, statusBefore: p.status, cancelReason: input.reason });
    return null;
  }, TX);
  return started ?? sendRefund(input.paymentId, input, now);
}

/** Step 2 again for a payment left REFUND_PENDING (Toss did not answer): the same key, so Toss replays. */
export function resumeRefund(paymentId: string, now = new Date()): Promise<RefundOutcome> {
  return sendRefund(paymentId, { decidedBy: "system:reconcile", reason: "" }, now);
}

async function sendRefund(paymentId: string, input: Pick<RefundInput, "decidedBy" | "reason" | "onRefunded">, now: Date): Promise<RefundOutcome> {
  const p = await prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { status: true, amount: true, refundedAmount: true, refundTarget: true, paymentKey: true, cancelReason: true, virtualAccount: true } });
  if (p.status !== "REFUND_PENDING" || p.refundTarget === null || !p.paymentKey) return current(paymentId);
  const wanted = p.refundTarget - p.refundedAmount;
  const whole = p.refundedAmount === 0 && wanted === p.amount;
  const key = cancelIdempotencyKey(paymentId, p.refundedAmount, wanted);
  const reason = input.reason || p.cancelReason || "환불";
  let toss: TossPayment;
  try {
    const refundReceiveAccount = p.virtualAccount !== null ? ((await refundReceiveAccountOf(prisma, paymentId)) ?? undefined) : undefined;
    toss = await cancelTossPayment(p.paymentKey, { cancelReason: reason, ...(whole ? {} : { cancelAmount: wanted }), ...(refundReceiveAccount ? { refundReceiveAccount } : {}) }, { idempotencyKey: key });
  } catch (err) {
    if (!(err instanceof TossApiError && err.tossCode === "ALREADY_CANCELED_PAYMENT")) return pendingOrPark(paymentId, err);
    try {
      toss = await getTossPayment(p.paymentKey); // cancelled before (our answer was lost): record what Toss holds
    } catch (lookupErr) {
      return pendingOrPark(paymentId, lookupErr);
    }
  }
  return prisma.$transaction(async (tx) => {
    const locked = await lockPayment(tx, { id: paymentId });
    if (!locked || locked.status !== "REFUND_PENDING") return current(paymentId, tx);
    const refund = toss.totalAmount - toss.balanceAmount - locked.refundedAmount;
    if (toss.paymentKey !== locked.paymentKey || toss.totalAmount !== locked.amount || refund <= 0 || refund > locked.amount - locked.refundedAmount) {
      logger.error({ paymentId, refund }, "toss's answer to a refund does not add up");
      await parkPayment(tx, locked, { reason: "TOSS_REFUND_MISMATCH", raw: json(toss) });
      return { paymentId, status: "NEEDS_REVIEW" as const, refunded: 0, pending: false };
    }
    if (refund !== wanted) logger.error({ paymentId, wanted, refund }, "toss refunded a different amount than asked");
    const status = await record(tx, locked, refund, { ...input, reason }, now, key, toss);
    return { paymentId, status, refunded: refund, pending: false };
  }, TX);
}

/** Records a refund that reached the money; returns the new status. */
async function record(tx: Tx, p: LockedPayment, refund: number, input: Pick<RefundInput, "decidedBy" | "reason" | "onRefunded">, now: Date, idempotencyKey: string, toss: TossPayment | null) {
  const wasClosing = p.statusBefore === "CLOSING";
  await applyRefund(tx, p, { refund, reason: input.reason, now, raw: toss ? json(toss) : undefined });
  await tx.paymentRefund.createMany({
    data: [{ paymentId: p.id, amount: refund, reason: input.reason, idempotencyKey, transactionKey: toss?.cancels?.at(-1)?.transactionKey ?? null, decidedBy: input.decidedBy }],
    skipDuplicates: true,
  });
  const status: PaymentStatus = p.refundedAmount + refund === p.amount ? "REFUNDED" : "PARTIALLY_REFUNDED";
  if (wasClosing) {
    // a charge the app never kept (the order was being closed): the member hears it was returned
    await notify(tx, [{ userId: p.userId, kind: "PAYMENT_REFUNDED", payload: { paymentId: p.id, reason: p.failureCode ?? "CLOSED" }, dedupeKey: `refund:${p.id}` }]);
  }
  await input.onRefunded?.(tx, { payment: p, refund, status });
  return status;
}

/** Toss did not answer (stays REFUND_PENDING, retried with the same key) or answered no (parked). */
async function pendingOrPark(paymentId: string, err: unknown): Promise<RefundOutcome> {
  if (isRetryableTossError(err)) {
    logger.warn({ paymentId }, "refund sent to toss without an answer: stays REFUND_PENDING");
    return current(paymentId);
  }
  if (!(err instanceof TossApiError || err instanceof TossUnreadableAnswer)) throw err;
  const raw = err instanceof TossUnreadableAnswer ? { unreadable: err.raw } : { code: err.tossCode, message: err.tossMessage };
  await prisma.$transaction(async (tx) => {
    const locked = await lockPayment(tx, { id: paymentId });
    if (locked?.status === "REFUND_PENDING") await parkPayment(tx, locked, { reason: err instanceof TossApiError ? `TOSS_REFUSED_REFUND:${err.tossCode}` : "TOSS_UNREADABLE", raw });
  }, TX);
  return current(paymentId);
}

async function current(paymentId: string, db: Tx | typeof prisma = prisma): Promise<RefundOutcome> {
  const p = await db.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { status: true } });
  return { paymentId, status: p.status, refunded: 0, pending: p.status === "REFUND_PENDING" };
}
