// Money you can audit (docs/payments.md): the daily reconciliation records every difference between an
// order and Toss and resolves it once they agree; GET /api/admin/money counts from SQL; a parked order
// is resolved by POST /api/admin/payments/{id}/recheck through Toss (refunded or closed), audited.
import { beforeEach, describe, expect, it } from "vitest";
import { tossStub } from "../setup/isolated-db";
import { prisma } from "@/lib/db";
import { reconcileDaily } from "@/lib/payments/reconcile-daily";
import { cancelTossPayment } from "@/lib/payments/toss-client";
import { findJob } from "@/lib/jobs/registry";
import { readyTossPaymentOperation } from "@/lib/payments/toss-ready";
import { confirmTossPaymentOperation } from "@/lib/payments/toss-confirm";
import { getMoneyOverviewOperation } from "@/lib/payments/money-overview";
import { recheckParkedPaymentOperation } from "@/lib/payments/recheck-parked";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";

type Member = Awaited<ReturnType<typeof createMember>>;
beforeEach(() => tossStub.reset());

async function paidCard(m: Member, fault?: Parameters<typeof tossStub.injectFault>[0]) {
  const res = await callOp(readyTossPaymentOperation, { as: m, body: { productId: "membership-basic-90d" } });
  const { orderId, amount, orderName } = res.body.checkout;
  const { paymentKey } = tossStub.createAuthorizedPayment({ orderId, amount, orderName });
  if (fault) tossStub.injectFault(fault);
  const confirmed = await callOp(confirmTossPaymentOperation, { as: m, body: { paymentKey, orderId, amount } });
  return { paymentId: res.body.payment.id as string, paymentKey, orderId: orderId as string, status: confirmed.status };
}
const money = async (admin: Member) => (await callOp(getMoneyOverviewOperation, { as: admin })).body;

describe("daily reconciliation", () => {
  it("is a registered job, records a difference (a refund made at Toss the app never heard of) and resolves it once both agree", async () => {
    expect(findJob("reconcile-toss-daily")?.schedule).toBe("0 19 * * *");
    const [m, admin] = [await createMember(), await createMember({ role: "ADMIN" })];
    const c = await paidCard(m);
    const clean = await reconcileDaily();
    expect(clean.differences).toBe(0);
    await cancelTossPayment(c.paymentKey, { cancelReason: "상점관리자 취소" }, { idempotencyKey: `audit-${c.orderId}` });

    const found = await reconcileDaily();
    expect(found.differences).toBe(1);
    await reconcileDaily(); // a second run refreshes the same open row
    const rows = await prisma.paymentDiscrepancy.findMany({ where: { paymentId: c.paymentId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ appStatus: "PAID", appCharged: 99_000, appBalance: 99_000, tossStatus: "CANCELED", tossCharged: 99_000, tossBalance: 0, resolvedAt: null });
    expect((await money(admin)).differences).toMatchObject([{ paymentId: c.paymentId, orderId: c.orderId, detail: expect.stringContaining("토스: 결제 99,000원, 환불 99,000원, 잔액 0원") }]);

    // the app learns of the refund (the 10-minute job / webhook path) → the next daily run resolves it
    await prisma.payment.update({ where: { id: c.paymentId }, data: { status: "REFUNDED", refundedAmount: 99_000 } });
    expect((await reconcileDaily()).resolved).toBe(1);
    expect(await prisma.paymentDiscrepancy.count({ where: { paymentId: c.paymentId, resolvedAt: null } })).toBe(0);
  });
});

describe("GET /api/admin/money and the parked-order recheck", () => {
  it("counts today's charges and refunds from SQL, lists a parked order, and resolves it through Toss (full refund), audited", async () => {
    const [m, admin] = [await createMember(), await createMember({ role: "ADMIN" })];
    const before = await money(admin);
    await paidCard(m);
    const parked = await paidCard(m, { op: "confirm", mangle: "truncated" }); // Toss charged; the answer unreadable
    expect(parked.status).toBe(409);
    const now = await money(admin);
    expect(now.charges).toEqual({ count: before.charges.count + 1, amount: before.charges.amount + 99_000 });
    expect(now.parked).toMatchObject([{ id: parked.paymentId, status: "NEEDS_REVIEW", reason: "TOSS_UNREADABLE" }]);

    const members403 = await callOp(recheckParkedPaymentOperation, { as: m, params: { id: parked.paymentId }, body: { note: "확인" } });
    expect(members403.status).toBe(403);
    const res = await callOp(recheckParkedPaymentOperation, { as: admin, params: { id: parked.paymentId }, body: { note: "토스 상점관리자에서 승인 확인" } });
    expect(res.status).toBe(200);
    expect(res.body.payment).toMatchObject({ status: "REFUNDED", refundedAmount: 99_000 });
    expect(tossStub.payment(parked.paymentKey)).toMatchObject({ status: "CANCELED", balanceAmount: 0 });
    expect(await prisma.adminAction.count({ where: { targetId: parked.paymentId, action: "PAYMENT_RECHECK" } })).toBe(1);
    const after = await money(admin);
    expect(after.parked).toEqual([]);
    expect(after.refunds).toEqual({ count: before.refunds.count + 1, amount: before.refunds.amount + 99_000 });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: m.id } })).membershipTier).toBe("BASIC"); // the first purchase only
  });
});
