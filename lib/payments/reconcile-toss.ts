// Reconciliation job: a member who paid and closed the browser before the success redirect still gets
// what they paid for. Card orders left PENDING for a few minutes are looked up at Toss by orderId and
// settled through the one settlement path (settle-toss.ts): an authenticated checkout is confirmed,
// a DONE payment applied, ABORTED/EXPIRED/CANCELED recorded, and an order Toss never saw expires
// after Toss's session window (settle-toss.ts ABANDONED_AFTER_MS). It also finishes what an earlier
// step left in flight (docs/payments.md): CLOSING orders are looked up at Toss (not charged →
// CANCELED, charged → refunded), REFUND_PENDING refunds are sent again with the same idempotency key.
// Idempotent and safe to run concurrently with confirms (the payment row lock).
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";
import { resolveClosingOrder } from "./close-orders";
import { resumeRefund } from "./refund-order";
import { settleTossPayment } from "./settle-toss";

/** Leave fresh orders to the member's own redirect. */
export const RECONCILE_AFTER_MS = 5 * 60_000;
/** Toss keeps an order's payment for 15 days of lookups; older PENDING orders are not worth asking about. */
const LOOKBACK_MS = 7 * 86_400_000;

export type ReconcileResult = { checked: number; settled: number; failed: number; byStatus: Record<string, number>; incomplete: boolean };

/** `budgetMs`: stop taking new orders after this long and report `incomplete` (the job registry calls again). */
export async function reconcileTossPayments({ now = new Date(), limit = 200, budgetMs = Infinity }: { now?: Date; limit?: number; budgetMs?: number } = {}): Promise<ReconcileResult> {
  const started = Date.now();
  const due = await prisma.payment.findMany({
    where: {
      method: "TOSS",
      OR: [
        { status: "PENDING", createdAt: { lt: new Date(now.getTime() - RECONCILE_AFTER_MS), gt: new Date(now.getTime() - LOOKBACK_MS) } },
        { status: { in: ["CLOSING", "REFUND_PENDING"] } },
        // 가상계좌: a deposit whose DEPOSIT_CALLBACK never arrived is found by the lookup (PAID); past its
        // due date without a deposit the order closes as expired
        { status: "AWAITING_DEPOSIT", createdAt: { lt: new Date(now.getTime() - RECONCILE_AFTER_MS) } },
      ],
    },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true, status: true },
  });
  const result: ReconcileResult = { checked: 0, settled: 0, failed: 0, byStatus: {}, incomplete: due.length === limit };
  for (const { id, status } of due) {
    if (Date.now() - started > budgetMs) {
      result.incomplete = true;
      break;
    }
    result.checked++;
    try {
      const next =
        status === "CLOSING" ? await resolveClosingOrder(id, now)
        : status === "REFUND_PENDING" ? (await resumeRefund(id, now)).status
        : (await settleTossPayment({ paymentId: id, source: "reconcile", now })).status;
      if (next !== status) result.settled++;
      result.byStatus[next] = (result.byStatus[next] ?? 0) + 1;
    } catch (err) {
      result.failed++; // the next run retries; one bad order must not stop the others
      logger.warn({ paymentId: id, err: (err as Error).message }, "reconcile: payment not settled");
    }
  }
  if (due.length > 0) logger.info(result, "toss reconciliation");
  return result;
}
