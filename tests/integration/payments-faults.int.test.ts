// The money lifecycle around the happy path, against this file's local Toss server (docs/payments.md):
// a charge the app was told failed is never closed inside the app alone (looked up at Toss and refunded,
// or parked), an unreadable 200 parks the order, one open payment per match, a blocked pair's match
// cannot be paid, paymentKey is validated everywhere, abandoned checkouts expire, refunds Toss did not
// answer finish later with the same key.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { tossStub } from "../setup/isolated-db";
import { prisma } from "@/lib/db";
import { expirePendingMatches } from "@/lib/matching/expire-pending-matches";
import { reconcileTossPayments } from "@/lib/payments/reconcile-toss";
import { getTossPayment } from "@/lib/payments/toss-client";
import { readyTossPaymentOperation } from "@/lib/payments/toss-ready";
import { getTossPaymentOperation } from "@/lib/payments/get-toss-payment";
import { listMyPaymentsOperation } from "@/lib/payments/list-my-payments";
import { createTransferIntentOperation } from "@/lib/payments/create-transfer-intent";
import { tossWebhookOperation } from "@/lib/payments/toss-webhook";
import { cancelPaymentOperation } from "@/lib/payments/cancel-payment";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";
import { cardCheckout, confirm, pendingMatch, ready } from "../helpers/toss-checkout";

type Member = Awaited<ReturnType<typeof createMember>>;
const MINUTE = 60_000;

beforeEach(() => tossStub.reset());
beforeAll(async () => {
  await callOp(readyTossPaymentOperation, { as: await createMember(), body: { productId: "unknown" } });
});

const paymentOf = (id: string) => prisma.payment.findUniqueOrThrow({ where: { id } });
const notices = (userId: string, kind: "PAYMENT_REFUNDED" | "PAYMENT_REVIEW" | "PAYMENT_CONFIRMED") => prisma.notification.count({ where: { userId, kind } });
const later = (minutes: number) => new Date(Date.now() + minutes * MINUTE);

describe("a charge the app was told failed (Toss charged, answered 500)", () => {
  it("while it is open the partner cannot pay by transfer; the charge is then settled once, and the member told", async () => {
    const { a, b, match } = await pendingMatch();
    const c = await cardCheckout(a, match.id);
    tossStub.injectFault({ op: "confirm", status: 500, apply: true });
    expect((await confirm(a, c)).status).toBe(503);
    expect(tossStub.payment(c.paymentKey)).toMatchObject({ status: "DONE", balanceAmount: 50_000 });
    expect((await paymentOf(c.paymentId)).status).toBe("PENDING");

    const transfer = await callOp(createTransferIntentOperation, { as: b, body: { matchId: match.id } });
    expect(transfer.status).toBe(409);
    expect(transfer.error!.message).toContain("결제가 진행 중이에요");
    expect(await prisma.payment.count({ where: { matchId: match.id } })).toBe(1);

    await reconcileTossPayments({ now: later(10) });
    expect(await paymentOf(c.paymentId)).toMatchObject({ status: "PAID", paymentKey: c.paymentKey, refundedAmount: 0 });
    expect(tossStub.stats.confirmsApplied).toBe(1);
    expect(await notices(a.id, "PAYMENT_CONFIRMED")).toBe(1);
  });

  it("the match closes before it is settled: Toss is asked, the charge refunded through Toss (balance 0), the member notified", async () => {
    const { a, match } = await pendingMatch();
    const c = await cardCheckout(a, match.id);
    tossStub.injectFault({ op: "confirm", status: 500, apply: true });
    expect((await confirm(a, c)).status).toBe(503);
    await prisma.match.update({ where: { id: match.id }, data: { expiresAt: new Date(Date.now() - MINUTE) } });
    await expirePendingMatches();
    expect((await paymentOf(c.paymentId)).status).toBe("CLOSING"); // never CANCELED inside the app alone

    await reconcileTossPayments();
    expect(tossStub.payment(c.paymentKey)).toMatchObject({ status: "CANCELED", balanceAmount: 0 });
    expect(await paymentOf(c.paymentId)).toMatchObject({ status: "REFUNDED", refundedAmount: 50_000, paymentKey: c.paymentKey, failureCode: "MATCH_CLOSED" });
    expect(await prisma.paymentRefund.findMany({ where: { paymentId: c.paymentId }, select: { amount: true, decidedBy: true } })).toEqual([{ amount: 50_000, decidedBy: "system:closing" }]);
    expect(await notices(a.id, "PAYMENT_REFUNDED")).toBe(1);
    // the late success redirect cannot charge it again
    expect((await confirm(a, c)).status).toBe(409);
    await reconcileTossPayments();
    expect(tossStub.stats).toMatchObject({ confirmsApplied: 1, cancelsApplied: 1 });
  });

  it("a closed order Toss never charged becomes CANCELED without a refund call", async () => {
    const { a, match } = await pendingMatch();
    const c = await cardCheckout(a, match.id); // authenticated, never confirmed
    await prisma.match.update({ where: { id: match.id }, data: { expiresAt: new Date(Date.now() - MINUTE) } });
    await expirePendingMatches();
    await reconcileTossPayments();
    expect(await paymentOf(c.paymentId)).toMatchObject({ status: "CANCELED", refundedAmount: 0 });
    expect(tossStub.stats).toMatchObject({ confirmsApplied: 0, cancelsApplied: 0 });
    expect(await notices(a.id, "PAYMENT_REFUNDED")).toBe(0);
  });

  it("Toss down while closing: the order stays CLOSING and the next run finishes it", async () => {
    const { a, match } = await pendingMatch();
    const c = await cardCheckout(a, match.id);
    tossStub.injectFault({ op: "confirm", status: 500, apply: true });
    await confirm(a, c);
    await prisma.match.update({ where: { id: match.id }, data: { expiresAt: new Date(Date.now() - MINUTE) } });
    await expirePendingMatches();
    tossStub.injectFault({ op: "lookup", status: 503 });
    await reconcileTossPayments();
    expect((await paymentOf(c.paymentId)).status).toBe("CLOSING");
    await reconcileTossPayments();
    expect((await paymentOf(c.paymentId)).status).toBe("REFUNDED");
    expect(tossStub.payment(c.paymentKey)?.balanceAmount).toBe(0);
  });
});

describe("a 200 the app cannot read", () => {
  it("is stored raw and parked for review, never reported as 'provider slow'", async () => {
    const m = await createMember();
    const c = await cardCheckout(m);
    tossStub.injectFault({ op: "confirm", mangle: "amount-as-text" });
    const res = await confirm(m, c);
    expect(res.status).toBe(409);
    expect(res.error!.message).toContain("확인");
    const row = await paymentOf(c.paymentId);
    expect(row).toMatchObject({ status: "NEEDS_REVIEW", reviewReason: "TOSS_UNREADABLE" });
    expect(JSON.stringify(row.rawResponse)).toContain(c.orderId);
    expect(await notices(m.id, "PAYMENT_REVIEW")).toBe(1);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: m.id } })).membershipTier).toBe("FREE");
  });

  it("a field the app does not use (orderName) may be missing: the payment settles", async () => {
    const m = await createMember();
    const c = await cardCheckout(m);
    tossStub.injectFault({ op: "confirm", mangle: "omit-orderName" });
    expect((await confirm(m, c)).status).toBe(200);
    expect((await paymentOf(c.paymentId)).status).toBe("PAID");
  });
});

describe("refunds through the one primitive", () => {
  async function paid(m: Member) {
    const c = await cardCheckout(m);
    expect((await confirm(m, c)).status).toBe(200);
    return c;
  }
  const cancel = async (admin: Member, id: string, body: object) => callOp(cancelPaymentOperation, { as: admin, params: { id }, body });

  it("Toss does not answer: REFUND_PENDING, then the job sends the same key once more: refunded once", async () => {
    const [m, admin] = [await createMember(), await createMember({ role: "ADMIN" })];
    const c = await paid(m);
    tossStub.injectFault({ op: "cancel", status: 500, apply: true }); // Toss refunds, then answers 500
    expect((await cancel(admin, c.paymentId, { reason: "청약철회" })).status).toBe(503);
    expect(await paymentOf(c.paymentId)).toMatchObject({ status: "REFUND_PENDING", refundTarget: 99_000, refundedAmount: 0 });
    await reconcileTossPayments();
    expect(await paymentOf(c.paymentId)).toMatchObject({ status: "REFUNDED", refundedAmount: 99_000, refundTarget: null });
    expect(tossStub.stats.cancelsApplied).toBe(1);
    expect(await prisma.paymentRefund.count({ where: { paymentId: c.paymentId } })).toBe(1);
  });

  it("Toss refuses the refund: parked for review with Toss's answer", async () => {
    const [m, admin] = [await createMember(), await createMember({ role: "ADMIN" })];
    const c = await paid(m);
    tossStub.injectFault({ op: "cancel", code: "NOT_CANCELABLE_PAYMENT" });
    expect((await cancel(admin, c.paymentId, { reason: "청약철회" })).status).toBe(409);
    expect(await paymentOf(c.paymentId)).toMatchObject({ status: "NEEDS_REVIEW", reviewReason: "TOSS_REFUSED_REFUND:NOT_CANCELABLE_PAYMENT", refundedAmount: 0 });
    expect(tossStub.payment(c.paymentKey)?.balanceAmount).toBe(99_000);
  });
});

describe("orders that end", () => {
  it("an abandoned checkout is looked up and shown 만료됨 (EXPIRED), never 결제 대기", async () => {
    const m = await createMember();
    const res = await ready(m, { productId: "membership-basic-90d" });
    await reconcileTossPayments({ now: later(31) });
    const mine = await callOp(listMyPaymentsOperation, { as: m });
    expect(mine.body.payments).toMatchObject([{ id: res.body.payment.id, status: "EXPIRED" }]);
  });

  it("one open payment per match: the partner's card checkout is refused; the member's own is reopened", async () => {
    const { a, b, match } = await pendingMatch();
    const first = await ready(a, { productId: "match-fee", matchId: match.id });
    expect(first.status).toBe(201);
    const again = await ready(a, { productId: "match-fee", matchId: match.id });
    expect(again.body.payment.id).toBe(first.body.payment.id);
    expect((await ready(b, { productId: "match-fee", matchId: match.id })).status).toBe(409);
    expect((await callOp(createTransferIntentOperation, { as: a, body: { matchId: match.id } })).status).toBe(409);
    // the database holds the rule too
    await expect(prisma.payment.create({ data: { userId: b.id, matchId: match.id, purpose: "MATCH_FEE", method: "TRANSFER", amount: 50_000, orderId: "inyeon_dup_open", orderName: "x" } })).rejects.toThrow();
  });
});

describe("visibility and paymentKey", () => {
  it("a blocked pair's match cannot be paid (404, nothing created)", async () => {
    const { a, b, match } = await pendingMatch();
    await prisma.block.create({ data: { blockerId: b.id, blockedId: a.id } });
    expect((await ready(a, { productId: "match-fee", matchId: match.id })).status).toBe(404);
    expect(await prisma.payment.count({ where: { matchId: match.id } })).toBe(0);
  });

  it("'.', '..' and '/' are never a paymentKey: confirm 422, lookup 404, webhook 422, client refuses before any request", async () => {
    const m = await createMember();
    const c = await cardCheckout(m);
    for (const paymentKey of ["..", ".", "a/b", "../cancel"]) {
      expect((await confirm(m, { ...c, paymentKey })).status).toBe(422);
      expect((await callOp(getTossPaymentOperation, { as: m, params: { paymentKey } })).status).toBe(404);
      const hook = await callOp(tossWebhookOperation, { body: { eventType: "PAYMENT_STATUS_CHANGED", data: { paymentKey } } });
      expect(hook.status).toBe(422);
      await expect(getTossPayment(paymentKey)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(tossStub.stats.confirmRequests).toBe(0);
    expect((await paymentOf(c.paymentId)).status).toBe("PENDING");
  });
});
