// Daily reconciliation (docs/payments.md, "Invariants"): every card order of the last 15 days (Toss
// answers lookups for that long) is compared with what Toss holds — charged, refunded, balance — and
// every difference is recorded in PaymentDiscrepancy: one open row per order, refreshed while it lasts
// and resolved by the first run that finds both sides equal again. Orders still in flight (PENDING in
// Toss's window, CLOSING, REFUND_PENDING) are left to the 10-minute job; parked orders are a person's.
// Read-only towards Toss (lookups only); idempotent; stops at its time budget and reports `incomplete`.
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";
import { moneyOfApp, moneyOfToss, sameMoney, type Money } from "./money-view";
import { ABANDONED_AFTER_MS } from "./settle-toss";
import { getTossPaymentByOrderId, TossApiError, TossUnreadableAnswer, type TossPayment } from "./toss-client";

const WINDOW_MS = 15 * 86_400_000;
const IN_FLIGHT = ["CLOSING", "REFUND_PENDING", "NEEDS_REVIEW"] as const;

export type DailyReconcileResult = { checked: number; differences: number; resolved: number; unreachable: number; incomplete: boolean };

export async function reconcileDaily({ now = new Date(), budgetMs = Infinity, limit = 2_000 }: { now?: Date; budgetMs?: number; limit?: number } = {}): Promise<DailyReconcileResult> {
  const started = Date.now();
  const orders = await prisma.payment.findMany({
    where: { method: "TOSS", createdAt: { gte: new Date(now.getTime() - WINDOW_MS) }, status: { notIn: [...IN_FLIGHT] } },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true, orderId: true, status: true, amount: true, refundedAmount: true, createdAt: true },
  });
  const result: DailyReconcileResult = { checked: 0, differences: 0, resolved: 0, unreachable: 0, incomplete: orders.length === limit };
  for (const p of orders) {
    if (Date.now() - started > budgetMs) {
      result.incomplete = true;
      break;
    }
    if (p.status === "PENDING" && now.getTime() - p.createdAt.getTime() < ABANDONED_AFTER_MS) continue;
    let toss: TossPayment | null = null;
    let unreadable = false;
    try {
      toss = await getTossPaymentByOrderId(p.orderId);
    } catch (err) {
      if (err instanceof TossUnreadableAnswer) unreadable = true;
      else if (!(err instanceof TossApiError && err.code === "NOT_FOUND")) {
        result.unreachable++; // Toss down: tomorrow's run (or a rerun) compares it
        continue;
      }
    }
    result.checked++;
    const app = moneyOfApp(p);
    const theirs = unreadable ? null : moneyOfToss(toss);
    if (theirs && sameMoney(app, theirs)) {
      const { count } = await prisma.paymentDiscrepancy.updateMany({ where: { paymentId: p.id, resolvedAt: null }, data: { resolvedAt: now } });
      result.resolved += count;
      continue;
    }
    result.differences++;
    await record(p.id, p.status, app, toss?.status ?? null, theirs, unreadable ? "토스 응답을 읽을 수 없음" : describe(app, theirs!), now);
  }
  if (result.differences > 0) logger.error(result, "daily reconciliation found differences with Toss");
  else logger.info(result, "daily reconciliation");
  return result;
}

const won = (n: number) => `${n.toLocaleString("ko-KR")}원`;
function describe(app: Money, toss: Money): string {
  return `앱: 결제 ${won(app.charged)}, 환불 ${won(app.refunded)}, 잔액 ${won(app.balance)} / 토스: 결제 ${won(toss.charged)}, 환불 ${won(toss.refunded)}, 잔액 ${won(toss.balance)}`;
}

async function record(paymentId: string, appStatus: string, app: Money, tossStatus: string | null, toss: Money | null, detail: string, now: Date) {
  const fields = { appStatus, appCharged: app.charged, appBalance: app.balance, tossStatus, tossCharged: toss?.charged ?? null, tossBalance: toss?.balance ?? null, detail, lastSeenAt: now };
  const { count } = await prisma.paymentDiscrepancy.updateMany({ where: { paymentId, resolvedAt: null }, data: fields });
  if (count === 0) await prisma.paymentDiscrepancy.create({ data: { paymentId, detectedAt: now, ...fields }, select: { id: true } });
}
