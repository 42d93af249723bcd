// GET /api/admin/money use case: the money page's numbers, all from SQL (docs/payments.md) — today's
// charges and refunds on the Seoul calendar, open refund requests, the differences the daily
// reconciliation found, and the orders that need a person (parked) or are still in flight.
import { z } from "zod";
import { prisma } from "@/lib/db";
import { defineOperation } from "@/lib/core/operation";
import { seoulToday } from "@/lib/core/seoul-time";
import { ZPaymentStatus } from "./schemas";

const ZOrder = z.object({ id: z.uuid(), orderId: z.string(), status: ZPaymentStatus, amount: z.number().int(), refundedAmount: z.number().int(), reason: z.string().nullable(), updatedAt: z.string() });
export const ZMoneyOverview = z.object({
  day: z.string(),
  charges: z.object({ count: z.number().int(), amount: z.number().int() }),
  refunds: z.object({ count: z.number().int(), amount: z.number().int() }),
  openRefundRequests: z.number().int(),
  differences: z.array(z.object({ id: z.uuid(), paymentId: z.uuid(), orderId: z.string(), appStatus: z.string(), tossStatus: z.string().nullable(), detail: z.string(), detectedAt: z.string(), lastSeenAt: z.string() })),
  parked: z.array(ZOrder),
  inFlight: z.array(ZOrder),
});
export type MoneyOverview = z.infer<typeof ZMoneyOverview>;

type Sum = { count: bigint | number; amount: bigint | number | null };
const n = (v: bigint | number | null) => Number(v ?? 0);

export async function getMoneyOverview({ now = new Date() }: { now?: Date } = {}): Promise<MoneyOverview> {
  const { year, month, day } = seoulToday(now);
  const dayStr = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const from = new Date(`${dayStr}T00:00:00+09:00`);
  const to = new Date(from.getTime() + 86_400_000);
  const orderSelect = { id: true, orderId: true, status: true, amount: true, refundedAmount: true, reviewReason: true, failureCode: true, updatedAt: true } as const;
  const [[charges], [refunds], openRefundRequests, differences, parked, inFlight] = await Promise.all([
    prisma.$queryRaw<Sum[]>`SELECT count(*) AS count, sum(amount) AS amount FROM "Payment" WHERE "approvedAt" >= ${from} AND "approvedAt" < ${to} AND status IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'REFUND_PENDING')`,
    prisma.$queryRaw<Sum[]>`SELECT count(*) AS count, sum(amount) AS amount FROM "PaymentRefund" WHERE "createdAt" >= ${from} AND "createdAt" < ${to}`,
    prisma.refundRequest.count({ where: { status: { in: ["REQUESTED", "APPROVED"] } } }),
    prisma.paymentDiscrepancy.findMany({ where: { resolvedAt: null }, orderBy: { detectedAt: "desc" }, take: 100, include: { payment: { select: { orderId: true } } } }),
    prisma.payment.findMany({ where: { status: "NEEDS_REVIEW" }, orderBy: { updatedAt: "asc" }, take: 100, select: orderSelect }),
    prisma.payment.findMany({ where: { status: { in: ["CLOSING", "REFUND_PENDING"] } }, orderBy: { updatedAt: "asc" }, take: 100, select: orderSelect }),
  ]);
  const order = (p: (typeof parked)[number]) => ({ id: p.id, orderId: p.orderId, status: p.status, amount: p.amount, refundedAmount: p.refundedAmount, reason: p.reviewReason ?? p.failureCode, updatedAt: p.updatedAt.toISOString() });
  return {
    day: dayStr,
    charges: { count: n(charges!.count), amount: n(charges!.amount) },
    refunds: { count: n(refunds!.count), amount: n(refunds!.amount) },
    openRefundRequests,
    differences: differences.map((d) => ({ id: d.id, paymentId: d.paymentId, orderId: d.payment.orderId, appStatus: d.appStatus, tossStatus: d.tossStatus, detail: d.detail, detectedAt: d.detectedAt.toISOString(), lastSeenAt: d.lastSeenAt.toISOString() })),
    parked: parked.map(order),
    inFlight: inFlight.map(order),
  };
}

export const getMoneyOverviewOperation = defineOperation({
  method: "GET",
  path: "/api/admin/money",
  access: "admin",
  tag: "admin",
  summary: "돈 현황: 오늘의 결제·환불 합계, 미처리 환불 요청, 토스 대조 차이, 확인이 필요한 주문과 처리 중인 주문",
  output: ZMoneyOverview,
  run: () => getMoneyOverview(),
});
