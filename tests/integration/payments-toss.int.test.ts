// Card payments against this file's local Toss server (tests/setup/isolated-db.ts): products, ready,
// confirm (amount tampering, double/concurrent confirms, Toss 5xx/timeouts), lookup authorization,
// the webhook (re-fetch, replay), reconciliation of a lost redirect, and admin refunds reverting tiers.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { tossStub } from "../setup/isolated-db";
import { prisma } from "@/lib/db";
import { confirmTossPayment } from "@/lib/payments/toss-client";
import { reconcileTossPayments } from "@/lib/payments/reconcile-toss";
import { cancelPaymentOperation } from "@/lib/payments/cancel-payment";
import { getTossPaymentOperation } from "@/lib/payments/get-toss-payment";
import { listMyPaymentsOperation } from "@/lib/payments/list-my-payments";
import { listProductsOperation } from "@/lib/payments/list-products";
import { confirmTossPaymentOperation } from "@/lib/payments/toss-confirm";
import { readyTossPaymentOperation } from "@/lib/payments/toss-ready";
import { tossWebhookOperation } from "@/lib/payments/toss-webhook";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";

const DAY = 86_400_000;
type Member = Awaited<ReturnType<typeof createMember>>;

beforeEach(() => tossStub.reset());
// the first request of a file loads the route stack (auth, rate limits, Prisma): not part of any test's budget
beforeAll(async () => {
  await callOp(readyTossPaymentOperation, { as: await createMember(), body: { productId: "unknown" } });
});

async function ready(member: Member, productId = "membership-basic-90d", matchId?: string) {
  return callOp(readyTossPaymentOperation, { as: member, body: matchId ? { productId, matchId } : { productId } });
}
/** ready + the member paying in the card window (Toss holds an authenticated IN_PROGRESS payment) */
async function checkout(member: Member, productId = "membership-basic-90d") {
  const res = await ready(member, productId);
  expect(res.status).toBe(201);
  const { orderId, amount, orderName } = res.body.checkout;
  const toss = tossStub.createAuthorizedPayment({ orderId, amount, orderName });
  return { paymentId: res.body.payment.id as string, orderId: orderId as string, amount: amount as number, paymentKey: toss.paymentKey };
}
async function confirm(member: Member, body: { paymentKey: string; orderId: string; amount: number }) {
  const { paymentKey, orderId, amount } = body; // exactly what Toss's success redirect carries
  return callOp(confirmTossPaymentOperation, { as: member, body: { paymentKey, orderId, amount } });
}
const userOf = (m: Member) => prisma.user.findUniqueOrThrow({ where: { id: m.id }, select: { membershipTier: true, membershipExpiresAt: true } });
const paymentOf = (id: string) => prisma.payment.findUniqueOrThrow({ where: { id } });
const daysFromNow = (d: Date | null) => (d ? Math.round((d.getTime() - Date.now()) / DAY) : null);

describe("GET /api/products", () => {
  it("lists the price table publicly (KRW, VAT included) with the refund policy link", async () => {
    const res = await callOp(listProductsOperation);
    expect(res.status).toBe(200);
    expect(res.body.refundPolicyUrl).toBe("/refund-policy");
    const ids = res.body.products.map((p: { id: string }) => p.id);
    expect(ids).toEqual(["membership-basic-90d", "membership-premium-180d", "match-fee"]);
    expect(res.body.products[0]).toMatchObject({ kind: "MEMBERSHIP", price: 99_000, durationDays: 90, tier: "BASIC", currency: "KRW", vatIncluded: true });
  });
});

describe("POST /api/payments/toss/ready", () => {
  it("creates a PENDING order priced from the table and returns the requestPayment parameters", async () => {
    const m = await createMember();
    const res = await ready(m, "membership-premium-180d");
    expect(res.status).toBe(201);
    expect(res.body.checkout).toMatchObject({
      clientKey: "test_ck_stub",
      sdkUrl: tossStub.sdkUrl,
      method: "카드",
      amount: 290_000,
      orderName: "프리미엄 멤버십 (6개월)",
      successUrl: expect.stringMatching(/\/checkout\/success$/),
      failUrl: expect.stringMatching(/\/checkout\/fail$/),
    });
    expect(res.body.checkout.orderId).toMatch(/^[A-Za-z0-9_=-]{20,64}$/);
    const row = await paymentOf(res.body.payment.id);
    expect(row).toMatchObject({ userId: m.id, status: "PENDING", method: "TOSS", purpose: "MEMBERSHIP", amount: 290_000, membershipTier: "PREMIUM", productId: "membership-premium-180d" });
  });

  it("refuses unknown products and client-supplied prices (422), and a match fee for someone else's match (404)", async () => {
    const m = await createMember();
    expect((await ready(m, "membership-gold")).status).toBe(422);
    const withPrice = await callOp(readyTossPaymentOperation, { as: m, body: { productId: "membership-basic-90d", amount: 100 } });
    expect(withPrice.status).toBe(422);
    const [a, b] = [await createMember({ gender: "M" }), await createMember({ gender: "F" })];
    const [userAId, userBId] = [a.id, b.id].sort();
    const match = await prisma.match.create({ data: { userAId, userBId, status: "PENDING" } });
    expect((await ready(m, "match-fee", match.id)).status).toBe(404);
    expect((await ready(a, "match-fee", match.id)).status).toBe(201);
    expect(await prisma.payment.count({ where: { userId: m.id } })).toBe(0);
  });
});

describe("POST /api/payments/toss/confirm", () => {
  it("confirms with Toss, stores the response and upgrades the membership in one step", async () => {
    const m = await createMember();
    const c = await checkout(m);
    const res = await confirm(m, c);
    expect(res.status).toBe(200);
    expect(res.body.payment).toMatchObject({ id: c.paymentId, status: "PAID", amount: 99_000, paymentKey: c.paymentKey, receiptUrl: expect.stringContaining(`/receipt/${c.paymentKey}`) });
    expect(res.body.membership.tier).toBe("BASIC");
    const row = await paymentOf(c.paymentId);
    expect(row.approvedAt).toBeInstanceOf(Date);
    expect(row.rawResponse).toMatchObject({ status: "DONE", orderId: c.orderId, totalAmount: 99_000 });
    const u = await userOf(m);
    expect(u.membershipTier).toBe("BASIC");
    expect(daysFromNow(u.membershipExpiresAt)).toBe(90);
    expect(row.periodEnd?.getTime()).toBe(u.membershipExpiresAt?.getTime());
    expect(await prisma.notification.count({ where: { userId: m.id, kind: "PAYMENT_CONFIRMED" } })).toBe(1);
    expect(tossStub.payment(c.paymentKey)?.status).toBe("DONE");

    const mine = await callOp(listMyPaymentsOperation, { as: m });
    expect(mine.body.payments.map((p: { id: string }) => p.id)).toEqual([c.paymentId]);
  });

  it("refuses a tampered amount with 422 and sends nothing to Toss", async () => {
    const m = await createMember();
    const c = await checkout(m);
    const res = await confirm(m, { ...c, amount: 1_000 });
    expect(res.status).toBe(422);
    expect(tossStub.stats.confirmRequests).toBe(0);
    expect((await paymentOf(c.paymentId)).status).toBe("PENDING");
    expect((await userOf(m)).membershipTier).toBe("FREE");
  });

  it("another member cannot confirm my order (404), and nothing is charged", async () => {
    const [m, other] = [await createMember(), await createMember()];
    const c = await checkout(m);
    expect((await confirm(other, c)).status).toBe(404);
    expect(tossStub.stats.confirmRequests).toBe(0);
  });

  it("a repeated confirm answers the same result, charges once and upgrades once", async () => {
    const m = await createMember();
    const c = await checkout(m);
    const first = await confirm(m, c);
    const second = await confirm(m, c);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body.payment).toEqual(first.body.payment);
    expect(tossStub.stats.confirmsApplied).toBe(1);
    expect(daysFromNow((await userOf(m)).membershipExpiresAt)).toBe(90);
  });

  it("concurrent confirms of one order charge once and upgrade once", async () => {
    const m = await createMember();
    const c = await checkout(m);
    const results = await Promise.all(Array.from({ length: 6 }, () => confirm(m, c)));
    // they queue on the payment row lock; on a loaded machine one may time out waiting for Toss (503,
    // retryable) — never a second charge or upgrade
    expect(results.every((r) => r.status === 200 || r.status === 503)).toBe(true);
    expect(results.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(1);
    expect(tossStub.stats.confirmsApplied).toBe(1);
    expect(daysFromNow((await userOf(m)).membershipExpiresAt)).toBe(90);
    expect(await prisma.notification.count({ where: { userId: m.id, kind: "PAYMENT_CONFIRMED" } })).toBe(1);
  });

  it("Toss 5xx → 503, nothing upgraded, the payment stays retryable and a retry succeeds", async () => {
    const m = await createMember();
    const c = await checkout(m);
    tossStub.injectFault({ op: "confirm", status: 500 });
    const failed = await confirm(m, c);
    expect(failed.status).toBe(503);
    expect(failed.error?.code).toBe("UNAVAILABLE");
    expect((await paymentOf(c.paymentId)).status).toBe("PENDING");
    expect((await userOf(m)).membershipTier).toBe("FREE");

    const retry = await confirm(m, c);
    expect(retry.status).toBe(200);
    expect((await userOf(m)).membershipTier).toBe("BASIC");
    expect(tossStub.stats.confirmsApplied).toBe(1);
  });

  it("a timeout while Toss still charges → 503; the retry (same idempotency key) replays Toss's answer: one charge, one upgrade", async () => {
    const m = await createMember();
    const c = await checkout(m);
    tossStub.injectFault({ op: "confirm", delayMs: 2_600 }); // TOSS_TIMEOUT_MS is 2000 in tests
    const failed = await confirm(m, c);
    expect(failed.status).toBe(503);
    expect((await userOf(m)).membershipTier).toBe("FREE");
    await new Promise((r) => setTimeout(r, 900)); // Toss finishes the delayed confirm
    expect(tossStub.stats.confirmsApplied).toBe(1);

    const retry = await confirm(m, c);
    expect(retry.status).toBe(200);
    expect(tossStub.stats.confirmsApplied).toBe(1);
    expect(daysFromNow((await userOf(m)).membershipExpiresAt)).toBe(90);
  });

  it("charged but answered 500: the retry gets the stored success, still one charge", async () => {
    const m = await createMember();
    const c = await checkout(m);
    tossStub.injectFault({ op: "confirm", status: 500, apply: true });
    expect((await confirm(m, c)).status).toBe(503);
    expect((await confirm(m, c)).status).toBe(200);
    expect(tossStub.stats.confirmsApplied).toBe(1);
    expect((await userOf(m)).membershipTier).toBe("BASIC");
  });

  it("a card refusal keeps the order open with a Korean message", async () => {
    const m = await createMember();
    const c = await checkout(m);
    tossStub.injectFault({ op: "confirm", code: "REJECT_CARD_PAYMENT" });
    const res = await confirm(m, c);
    expect(res.status).toBe(400);
    expect(res.error?.message).toContain("카드");
    const row = await paymentOf(c.paymentId);
    expect(row).toMatchObject({ status: "PENDING", failureCode: "REJECT_CARD_PAYMENT" });
    expect((await userOf(m)).membershipTier).toBe("FREE");
  });
});

describe("GET /api/payments/toss/{paymentKey}", () => {
  it("answers the owner and admins with Toss's live view; anyone else 404", async () => {
    const [m, other, admin] = [await createMember(), await createMember(), await createMember({ role: "ADMIN" })];
    const c = await checkout(m);
    await confirm(m, c);
    const own = await callOp(getTossPaymentOperation, { as: m, params: { paymentKey: c.paymentKey } });
    expect(own.status).toBe(200);
    expect(own.body.toss).toMatchObject({ status: "DONE", totalAmount: 99_000, balanceAmount: 99_000 });
    expect((await callOp(getTossPaymentOperation, { as: other, params: { paymentKey: c.paymentKey } })).status).toBe(404);
    expect((await callOp(getTossPaymentOperation, { as: admin, params: { paymentKey: c.paymentKey } })).status).toBe(200);
  });
});

describe("POST /api/webhooks/toss", () => {
  const hook = (paymentKey: string, status = "DONE") =>
    callOp(tossWebhookOperation, { body: { eventType: "PAYMENT_STATUS_CHANGED", createdAt: "2026-12-02T10:00:00+09:00", data: { paymentKey, status } } });

  it("settles a payment confirmed at Toss whose redirect never reached us; a replay changes nothing", async () => {
    const m = await createMember();
    const c = await checkout(m);
    await confirmTossPayment({ paymentKey: c.paymentKey, orderId: c.orderId, amount: c.amount }, { idempotencyKey: `test-${c.orderId}` }); // Toss: DONE; our row: PENDING
    const res = await hook(c.paymentKey);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, handled: true, status: "PAID" });
    const expiry = (await userOf(m)).membershipExpiresAt;
    expect(daysFromNow(expiry)).toBe(90);

    const replay = await hook(c.paymentKey);
    expect(replay.status).toBe(200);
    expect((await userOf(m)).membershipExpiresAt?.getTime()).toBe(expiry?.getTime());
    expect(await prisma.notification.count({ where: { userId: m.id, kind: "PAYMENT_CONFIRMED" } })).toBe(1);
    expect(tossStub.stats.confirmsApplied).toBe(1);
  });

  it("a cancellation made at Toss outside the app is recorded and reverts the membership", async () => {
    const m = await createMember();
    const c = await checkout(m);
    await confirm(m, c);
    const { cancelTossPayment } = await import("@/lib/payments/toss-client");
    await cancelTossPayment(c.paymentKey, { cancelReason: "토스 상점관리자에서 취소" }, { idempotencyKey: `test-cancel-${c.orderId}` });
    const res = await hook(c.paymentKey, "CANCELED");
    expect(res.body).toEqual({ ok: true, handled: true, status: "REFUNDED" });
    expect(await paymentOf(c.paymentId)).toMatchObject({ status: "REFUNDED", refundedAmount: 99_000, cancelReason: "토스 상점관리자에서 취소" });
    expect((await userOf(m)).membershipTier).toBe("FREE");
    expect((await hook(c.paymentKey, "CANCELED")).body.status).toBe("REFUNDED"); // replay: no change
  });

  it("trusts Toss, not the body: a forged DONE for an unknown payment is ignored with 200", async () => {
    const res = await hook("tstub_forged_key_that_toss_does_not_know");
    expect(res.status).toBe(200);
    expect(res.body.handled).toBe(false);
  });
});

describe("reconcileTossPayments", () => {
  it("settles a payment whose success redirect was lost, expires abandoned checkouts, and is idempotent", async () => {
    const m = await createMember();
    const lost = await checkout(m); // paid in the card window, browser closed before the redirect
    const abandoned = await ready(m); // never paid
    const later = new Date(Date.now() + 2 * 60 * 60_000);
    const first = await reconcileTossPayments({ now: later });
    expect(first.checked).toBeGreaterThanOrEqual(2); // other tests' leftovers in this file's database too
    expect((await paymentOf(lost.paymentId)).status).toBe("PAID");
    expect((await paymentOf(abandoned.body.payment.id)).status).toBe("EXPIRED");
    expect((await userOf(m)).membershipTier).toBe("BASIC");
    expect(tossStub.stats.confirmsApplied).toBe(1);

    const second = await reconcileTossPayments({ now: later });
    expect(second.checked).toBe(0);
  });

  it("leaves fresh orders to the member's own redirect", async () => {
    const m = await createMember();
    const c = await checkout(m);
    expect((await reconcileTossPayments({ now: new Date() })).checked).toBe(0);
    expect((await paymentOf(c.paymentId)).status).toBe("PENDING");
  });
});

describe("POST /api/admin/payments/{id}/cancel", () => {
  async function paidMembership(m: Member, productId = "membership-basic-90d") {
    const c = await checkout(m, productId);
    expect((await confirm(m, c)).status).toBe(200);
    return c;
  }
  const cancel = async (admin: Member, id: string, body: object) => callOp(cancelPaymentOperation, { as: admin, params: { id }, body });

  it("a full refund cancels at Toss, reverts the tier and is audited", async () => {
    const [m, admin] = [await createMember(), await createMember({ role: "ADMIN" })];
    const c = await paidMembership(m);
    const res = await cancel(admin, c.paymentId, { reason: "결제 후 7일 이내 청약철회" });
    expect(res.status).toBe(200);
    expect(res.body.payment).toMatchObject({ status: "REFUNDED", refundedAmount: 99_000 });
    expect(tossStub.payment(c.paymentKey)).toMatchObject({ status: "CANCELED", balanceAmount: 0 });
    expect(await prisma.paymentRefund.findMany({ where: { paymentId: c.paymentId }, select: { amount: true, decidedBy: true } })).toEqual([{ amount: 99_000, decidedBy: admin.id }]);
    expect(await userOf(m)).toEqual({ membershipTier: "FREE", membershipExpiresAt: null });
    const audit = await prisma.adminAction.findFirstOrThrow({ where: { targetId: c.paymentId, action: "PAYMENT_CANCEL" } });
    expect(audit).toMatchObject({ adminId: admin.id, targetType: "Payment" });
    // a second full cancel is refused: nothing left to refund
    expect((await cancel(admin, c.paymentId, { reason: "중복 요청" })).status).toBe(409);
    expect(tossStub.stats.cancelsApplied).toBe(1);
  });

  it("a partial refund per the policy ends that payment's period; refunds never exceed what is left", async () => {
    const [m, admin] = [await createMember(), await createMember({ role: "ADMIN" })];
    const first = await paidMembership(m);
    const second = await paidMembership(m); // stacked: 180 days of BASIC
    expect(daysFromNow((await userOf(m)).membershipExpiresAt)).toBe(180);
    expect((await cancel(admin, second.paymentId, { reason: "과다 환불", amount: 100_000 })).status).toBe(422);

    const res = await cancel(admin, second.paymentId, { reason: "이용 일수와 위약금 공제 후 환불", amount: 79_200 });
    expect(res.status).toBe(200);
    expect(res.body.payment).toMatchObject({ status: "PARTIALLY_REFUNDED", refundedAmount: 79_200 });
    expect(tossStub.payment(second.paymentKey)).toMatchObject({ status: "PARTIAL_CANCELED", balanceAmount: 19_800 });
    const u = await userOf(m);
    expect(u.membershipTier).toBe("BASIC"); // the first purchase still runs
    expect(daysFromNow(u.membershipExpiresAt)).toBe(90);
    expect((await paymentOf(first.paymentId)).refundedAmount).toBe(0);
  });

  it("members cannot refund (403) and unknown payments are 404", async () => {
    const [m, admin] = [await createMember(), await createMember({ role: "ADMIN" })];
    const c = await paidMembership(m);
    expect((await cancel(m, c.paymentId, { reason: "내가 환불" })).status).toBe(403);
    expect((await cancel(admin, "00000000-0000-4000-8000-000000000000", { reason: "없는 결제" })).status).toBe(404);
    expect((await userOf(m)).membershipTier).toBe("BASIC");
  });
});
