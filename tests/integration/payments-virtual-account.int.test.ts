// Toss 가상계좌 (virtual account) end to end against this file's local Toss server (docs/payments.md,
// "가상계좌"): the confirm issues an account (AWAITING_DEPOSIT, shown to the member), Toss's
// DEPOSIT_CALLBACK with the right secret settles it like a card payment (PAID, granted, the match
// activatable), a duplicate callback changes nothing, a wrong secret is refused (403, logged at warn,
// no secret in the log), the due date passing closes the order (job), a closing match withdraws the
// account at Toss, and a member cancels their own open order (card, transfer or account) to switch
// method — the partner can pay again.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { tossStub } from "../setup/isolated-db";
import { withdrawMember } from "@/lib/members/withdraw-member";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";
import { expirePendingMatches } from "@/lib/matching/expire-pending-matches";
import { activateMatchOperation } from "@/lib/matching/activate-match";
import { reconcileTossPayments } from "@/lib/payments/reconcile-toss";
import { adminListPaymentsOperation } from "@/lib/payments/admin-list-payments";
import { readyTossPaymentOperation } from "@/lib/payments/toss-ready";
import { createTransferIntentOperation } from "@/lib/payments/create-transfer-intent";
import { tossWebhookOperation } from "@/lib/payments/toss-webhook";
import { cancelOpenOrderOperation } from "@/lib/payments/cancel-open-order";
import { cancelPaymentOperation } from "@/lib/payments/cancel-payment";
import { getMatchFeeStatus } from "@/lib/payments/match-fee-status";
import { listMyPaymentsOperation } from "@/lib/payments/list-my-payments";
import { requestRefundOperation } from "@/lib/refunds/request-refund";
import { setRefundAccountOperation } from "@/lib/refunds/refund-account";
import { listMyRefundsOperation } from "@/lib/refunds/list-refunds";
import { approveRefundOperation } from "@/lib/refunds/decide-refund";
import { ADMIN_PAYMENT_FILTERS } from "@/lib/core/labels";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";
import { accountCheckout, cardCheckout, confirm, pendingMatch, ready } from "../helpers/toss-checkout";

type Member = Awaited<ReturnType<typeof createMember>>;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

beforeEach(() => tossStub.reset());
afterEach(() => vi.restoreAllMocks());
beforeAll(async () => {
  await callOp(readyTossPaymentOperation, { as: await createMember(), body: { productId: "unknown" } });
});

const webhook = (body: unknown) => callOp(tossWebhookOperation, { body });
const cancelOpen = async (m: Member, id: string) => callOp(cancelOpenOrderOperation, { as: m, params: { id } });
const paymentOf = (id: string) => prisma.payment.findUniqueOrThrow({ where: { id } });
const notices = (userId: string, kind: "PAYMENT_CONFIRMED" | "PAYMENT_REFUNDED") => prisma.notification.count({ where: { userId, kind } });

describe("가상계좌: issue, deposit, callback", () => {
  it("confirm issues an account the member is shown; the deposit callback settles it like a card payment and the match can be activated", async () => {
    const { a, b, match } = await pendingMatch();
    const c = await accountCheckout(a, match.id);
    const issued = await confirm(a, c);
    expect(issued.status).toBe(200);
    const va = issued.body.payment.virtualAccount!;
    expect(issued.body.payment.status).toBe("AWAITING_DEPOSIT");
    expect(va).toMatchObject({ bankCode: "20", bankName: "우리은행", accountNumber: tossStub.payment(c.paymentKey)!.virtualAccount!.accountNumber });
    expect(Math.round((Date.parse(va.dueDate) - Date.now()) / HOUR)).toBe(24);

    const row = await paymentOf(c.paymentId);
    expect(row).toMatchObject({ status: "AWAITING_DEPOSIT", paymentKey: c.paymentKey, approvedAt: null });
    expect(row.depositSecretHash).toMatch(/^[0-9a-f]{64}$/);
    const secret = tossStub.payment(c.paymentKey)!.secret!;
    expect(JSON.stringify(row.rawResponse)).not.toContain(secret); // only its hash is kept
    expect(row.depositSecretHash).not.toContain(secret);

    // the member's list shows it waiting for the deposit (never 결제 대기), with where to deposit
    const mine = await callOp(listMyPaymentsOperation, { as: a });
    expect(mine.body.payments.find((p: { id: string }) => p.id === c.paymentId)).toMatchObject({ status: "AWAITING_DEPOSIT", virtualAccount: { accountNumber: va.accountNumber } });
    // a reload of the success page shows the same account, asks Toss nothing new
    expect((await confirm(a, c)).body.payment.virtualAccount!.accountNumber).toBe(va.accountNumber);
    expect(tossStub.stats.confirmRequests).toBe(1);

    // one open payment per match: the partner and the other method wait
    const partner = await callOp(createTransferIntentOperation, { as: b, body: { matchId: match.id } });
    expect(partner.status).toBe(409);
    expect(partner.error!.message).toContain("결제가 진행 중이에요");

    // the member deposits: Toss sends DEPOSIT_CALLBACK with the payment's secret
    const { callback } = tossStub.deposit(c.paymentKey);
    expect(callback).toMatchObject({ status: "DONE", orderId: c.orderId, secret });
    const res = await webhook(callback);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, handled: true, status: "PAID" });
    const paid = await paymentOf(c.paymentId);
    expect(paid).toMatchObject({ status: "PAID", refundedAmount: 0 });
    expect(paid.approvedAt).not.toBeNull();
    expect(await notices(a.id, "PAYMENT_CONFIRMED")).toBe(1);

    // exactly as a card payment: the paid fee lets the operator activate the match (no forced reason)
    const admin = await createMember({ role: "ADMIN" });
    const activated = await callOp(activateMatchOperation, { as: admin, params: { id: match.id }, body: {} });
    expect(activated.status).toBe(200);
    expect(activated.body).toMatchObject({ forced: false, paymentId: c.paymentId });
  });

  it("a duplicate callback changes nothing (one charge, one notification)", async () => {
    const { a, match } = await pendingMatch();
    const c = await accountCheckout(a, match.id);
    expect((await confirm(a, c)).status).toBe(200);
    const { callback } = tossStub.deposit(c.paymentKey);
    const [first, second] = await Promise.all([webhook(callback), webhook(callback)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const third = await webhook(callback);
    expect(third.status).toBe(200);
    expect(third.body).toMatchObject({ status: "PAID" });
    // a forged replay of a settled order is still refused
    expect((await webhook({ ...callback, secret: "ps_forgedforgedforgedforged0000" })).status).toBe(403);
    expect(await paymentOf(c.paymentId)).toMatchObject({ status: "PAID" });
    expect(await notices(a.id, "PAYMENT_CONFIRMED")).toBe(1);
    expect(tossStub.stats.confirmsApplied).toBe(1);
  });

  it("the wrapped form { eventType: DEPOSIT_CALLBACK, data } is accepted too; a membership is granted on the deposit", async () => {
    const m = await createMember();
    const c = await accountCheckout(m);
    expect((await confirm(m, c)).body.payment.status).toBe("AWAITING_DEPOSIT");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: m.id } })).membershipTier).toBe("FREE");
    const { callback } = tossStub.deposit(c.paymentKey);
    expect((await webhook({ eventType: "DEPOSIT_CALLBACK", createdAt: callback.createdAt, data: callback })).body.status).toBe("PAID");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: m.id } })).membershipTier).toBe("BASIC");
  });

  it("a wrong secret is refused (403), logged at warn without the secret, and settles nothing", async () => {
    const { a, match } = await pendingMatch();
    const c = await accountCheckout(a, match.id);
    expect((await confirm(a, c)).status).toBe(200);
    const warn = vi.spyOn(logger, "warn");
    // forged before the deposit: Toss would say WAITING, but the app must not even ask
    const forged = { createdAt: "2026-12-07T12:00:00+09:00", secret: "ps_forgedforgedforgedforged0000", status: "DONE", transactionKey: "X", orderId: c.orderId };
    const res = await webhook(forged);
    expect(res.status).toBe(403);
    expect(await paymentOf(c.paymentId)).toMatchObject({ status: "AWAITING_DEPOSIT" });
    // after a real deposit a forged callback still settles nothing; the real one does
    const { callback } = tossStub.deposit(c.paymentKey, { secret: "ps_wrongwrongwrongwrongwrong000" });
    expect((await webhook(callback)).status).toBe(403);
    expect(await paymentOf(c.paymentId)).toMatchObject({ status: "AWAITING_DEPOSIT" });
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ paymentId: c.paymentId }), "toss deposit callback with a wrong secret: refused");
    expect(JSON.stringify(warn.mock.calls)).not.toContain("ps_");
    // an order without an issued account (and an unknown order) is refused the same way
    expect((await webhook({ ...forged, orderId: "order_that_does_not_exist_0001" })).status).toBe(403);
    const real = { ...callback, secret: tossStub.payment(c.paymentKey)!.secret! };
    expect((await webhook(real)).body.status).toBe("PAID");
  });

  it("the due date passes without a deposit: the job closes the order as expired, and the match is payable again", async () => {
    const { a, b, match } = await pendingMatch();
    const c = await accountCheckout(a, match.id);
    expect((await confirm(a, c)).status).toBe(200);
    await reconcileTossPayments({ now: new Date(Date.now() + 10 * MINUTE) });
    expect((await paymentOf(c.paymentId)).status).toBe("AWAITING_DEPOSIT"); // not due yet: nothing happens

    tossStub.expirePayment(c.paymentKey);
    const result = await reconcileTossPayments({ now: new Date(Date.now() + 25 * HOUR) });
    expect(result.byStatus.EXPIRED).toBe(1);
    expect(await paymentOf(c.paymentId)).toMatchObject({ status: "EXPIRED", failureCode: "DEPOSIT_EXPIRED" });
    expect(() => tossStub.deposit(c.paymentKey)).toThrow(/입금 기한/);
    expect((await cardCheckout(b, match.id)).paymentId).not.toBe(c.paymentId);
  });

  it("the match closes while the account waits: Toss withdraws the account (never closed in the app alone)", async () => {
    const { a, match } = await pendingMatch();
    const c = await accountCheckout(a, match.id);
    expect((await confirm(a, c)).status).toBe(200);
    await prisma.match.update({ where: { id: match.id }, data: { expiresAt: new Date(Date.now() - MINUTE) } });
    await expirePendingMatches();
    expect((await paymentOf(c.paymentId)).status).toBe("CLOSING");
    await reconcileTossPayments();
    expect(tossStub.payment(c.paymentKey)).toMatchObject({ status: "CANCELED", approvedAt: null });
    expect(await paymentOf(c.paymentId)).toMatchObject({ status: "CANCELED", refundedAmount: 0, failureCode: "MATCH_CLOSED" });
    expect(() => tossStub.deposit(c.paymentKey)).toThrow();
    expect(await notices(a.id, "PAYMENT_REFUNDED")).toBe(0);
  });
});

describe("a member cancels their own open order to switch method", () => {
  it("an issued account: withdrawn at Toss, CANCELED, audited; the partner can pay by card", async () => {
    const { a, b, match } = await pendingMatch();
    const c = await accountCheckout(a, match.id);
    expect((await confirm(a, c)).status).toBe(200);
    expect((await cancelOpen(b, c.paymentId)).status).toBe(404); // not theirs
    const res = await cancelOpen(a, c.paymentId);
    expect(res.status).toBe(200);
    expect(res.body.payment).toMatchObject({ status: "CANCELED" });
    expect(tossStub.payment(c.paymentKey)).toMatchObject({ status: "CANCELED" });
    const audit = await prisma.adminAction.findFirstOrThrow({ where: { targetId: c.paymentId, action: "PAYMENT_ORDER_CANCELED" } });
    expect(audit).toMatchObject({ adminId: a.id, targetType: "Payment", detail: expect.objectContaining({ by: "member", before: { status: "AWAITING_DEPOSIT" }, after: { status: "CLOSING" } }) });
    const card = await cardCheckout(b, match.id);
    expect((await confirm(b, card)).body.payment.status).toBe("PAID");
    expect((await cancelOpen(a, c.paymentId)).status).toBe(409); // already ended
  });

  it("a card order not charged: CANCELED after Toss is asked; then the same member pays by transfer", async () => {
    const { a, match } = await pendingMatch();
    const c = await cardCheckout(a, match.id); // authenticated in the window, never confirmed
    const res = await cancelOpen(a, c.paymentId);
    expect(res.status).toBe(200);
    expect(await paymentOf(c.paymentId)).toMatchObject({ status: "CANCELED", failureCode: "CANCELED_BY_MEMBER" });
    expect(tossStub.stats).toMatchObject({ confirmsApplied: 0, cancelsApplied: 0 });
    const transfer = await callOp(createTransferIntentOperation, { as: a, body: { matchId: match.id } });
    expect(transfer.status).toBe(201);
    // the late success redirect of the cancelled card order cannot charge it
    expect((await confirm(a, c)).status).toBe(409);
    expect(tossStub.stats.confirmsApplied).toBe(0);
  });

  it("a card order Toss charged after all (confirm answered 500): refunded through Toss, never just closed", async () => {
    const { a, match } = await pendingMatch();
    const c = await cardCheckout(a, match.id);
    tossStub.injectFault({ op: "confirm", status: 500, apply: true });
    expect((await confirm(a, c)).status).toBe(503);
    const res = await cancelOpen(a, c.paymentId);
    expect(res.status).toBe(200);
    expect(tossStub.payment(c.paymentKey)).toMatchObject({ status: "CANCELED", balanceAmount: 0 });
    expect(await paymentOf(c.paymentId)).toMatchObject({ status: "REFUNDED", refundedAmount: 50_000 });
    expect(await notices(a.id, "PAYMENT_REFUNDED")).toBe(1);
  });

  it("a transfer intent: CANCELED at once; the partner may pay; a paid order cannot be cancelled this way", async () => {
    const { a, b, match } = await pendingMatch();
    const intent = await callOp(createTransferIntentOperation, { as: a, body: { matchId: match.id } });
    expect(intent.status).toBe(201);
    const id = intent.body.payment.id as string;
    expect((await cancelOpen(a, id)).body.payment.status).toBe("CANCELED");
    const card = await cardCheckout(b, match.id);
    expect((await confirm(b, card)).status).toBe(200);
    const paid = await cancelOpen(b, card.paymentId);
    expect(paid.status).toBe(409);
    expect(paid.error!.message).toContain("환불은 결제 내역에서");
  });
});

describe("the admin payments queue", () => {
  it("by default lists only what needs a person; the status filters (Korean labels) show the rest", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const { a, match } = await pendingMatch();
    const account = await accountCheckout(a, match.id);
    expect((await confirm(a, account)).status).toBe(200);
    const other = await pendingMatch();
    const transfer = await callOp(createTransferIntentOperation, { as: other.a, body: { matchId: other.match.id } });
    const third = await pendingMatch();
    const card = await cardCheckout(third.a, third.match.id);
    expect((await confirm(third.a, card)).body.payment.status).toBe("PAID"); // paid, the match waits for activation

    const ids = async (query: Record<string, string>) => ((await callOp(adminListPaymentsOperation, { as: admin, query })).body.payments as { id: string }[]).map((p) => p.id);
    const todo = await ids({});
    expect(todo).toContain(transfer.body.payment.id);
    expect(todo).toContain(card.paymentId);
    expect(todo).not.toContain(account.paymentId); // a 가상계좌 confirms itself
    expect(await ids({ status: "AWAITING_DEPOSIT" })).toEqual(expect.arrayContaining([account.paymentId]));
    expect(await ids({ queue: "all" })).toEqual(expect.arrayContaining([account.paymentId, transfer.body.payment.id, card.paymentId]));
    // once the match is activated the paid fee needs nobody
    await callOp(activateMatchOperation, { as: admin, params: { id: third.match.id }, body: {} });
    expect(await ids({})).not.toContain(card.paymentId);
    // every filter has its Korean label
    for (const f of ADMIN_PAYMENT_FILTERS) expect(f.label).toMatch(/[가-힣]/);
    expect(ADMIN_PAYMENT_FILTERS.map((f) => f.label)).toEqual(expect.arrayContaining(["처리할 일", "입금 대기", "확인 중", "환불 처리 중"]));
  });
});

describe("refunds of a deposited 가상계좌 go to the member's own account (Toss refundReceiveAccount)", () => {
  const ACCOUNT = { bank: "카카오뱅크", accountNumber: "3333-01-2345678", holder: "김인연" };
  async function paidByAccount(m: Member, matchId?: string) {
    const c = await accountCheckout(m, matchId);
    expect((await confirm(m, c)).status).toBe(200);
    expect((await webhook(tossStub.deposit(c.paymentKey).callback)).body.status).toBe("PAID");
    return c;
  }
  const askRefund = async (m: Member, id: string, body: object) => callOp(requestRefundOperation, { as: m, params: { id }, body });

  it("a member's request needs the account; approval refunds through Toss to it (bank code, digits, holder)", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const m = await createMember();
    const c = await paidByAccount(m);
    const mine = await callOp(listMyRefundsOperation, { as: m });
    expect(mine.body.payments.find((p: { paymentId: string }) => p.paymentId === c.paymentId)).toMatchObject({ refundTo: "ACCOUNT", quote: { amount: 99_000 } });
    expect((await askRefund(m, c.paymentId, { reason: "마음이 바뀌었어요" })).status).toBe(422);
    const asked = await askRefund(m, c.paymentId, { reason: "마음이 바뀌었어요", account: ACCOUNT });
    expect(asked.status).toBe(201);
    const approved = await callOp(approveRefundOperation, { as: admin, params: { id: asked.body.refund.id }, body: { note: "청약철회" } });
    expect(approved.status).toBe(200);
    expect(approved.body.refund.status).toBe("REFUNDED");
    const toss = tossStub.payment(c.paymentKey)!;
    expect(toss).toMatchObject({ status: "CANCELED", balanceAmount: 0 });
    expect(toss.virtualAccount!.refundReceiveAccount).toMatchObject({ bankCode: "90", holderName: "김인연" });
    expect(await paymentOf(c.paymentId)).toMatchObject({ status: "REFUNDED", refundedAmount: 99_000 });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: m.id } })).membershipTier).toBe("FREE");
  });

  it("an automatic refund (the partner withdrew) waits for the account, then Toss pays it back once", async () => {
    const { a, b, match } = await pendingMatch();
    const c = await paidByAccount(a, match.id);
    await withdrawMember({ userId: b.id, reason: "SELF" });
    const [owed] = await prisma.refundRequest.findMany({ where: { paymentId: c.paymentId } });
    expect(owed).toMatchObject({ source: "PARTNER_WITHDRAWN", status: "APPROVED", amount: 50_000, refundAccountEnc: null });
    expect(tossStub.stats.cancelsApplied).toBe(0); // nothing sent without the account
    const mine = await callOp(listMyRefundsOperation, { as: a });
    expect(mine.body.payments.find((p: { paymentId: string }) => p.paymentId === c.paymentId)!.refund).toMatchObject({ needsAccount: true });
    const put = await callOp(setRefundAccountOperation, { as: a, params: { id: owed!.id }, body: { account: ACCOUNT } });
    expect(put.status).toBe(200);
    expect(put.body.refund).toMatchObject({ status: "REFUNDED" });
    expect(tossStub.payment(c.paymentKey)).toMatchObject({ status: "CANCELED", balanceAmount: 0 });
    expect(tossStub.stats.cancelsApplied).toBe(1);
    expect(await paymentOf(c.paymentId)).toMatchObject({ status: "REFUNDED", refundedAmount: 50_000 });
  });
});

describe("a confirm whose answer was lost while the match closes (found by the model-based test)", () => {
  it("Toss still says IN_PROGRESS: the order stays CLOSING until the session ends; the late charge is refunded", async () => {
    const { a, match } = await pendingMatch();
    const c = await cardCheckout(a, match.id);
    tossStub.injectFault({ op: "confirm", delayMs: 2_600 }); // TOSS_TIMEOUT_MS is 2000 in tests: Toss applies it after we gave up
    expect((await confirm(a, c)).status).toBe(503);
    expect((await paymentOf(c.paymentId)).confirmUnknownAt).not.toBeNull();
    await prisma.match.update({ where: { id: match.id }, data: { expiresAt: new Date(Date.now() - MINUTE) } });
    await expirePendingMatches();
    await reconcileTossPayments();
    expect((await paymentOf(c.paymentId)).status).toBe("CLOSING"); // not CANCELED on an IN_PROGRESS lookup
    await tossStub.idle();
    expect(tossStub.payment(c.paymentKey)).toMatchObject({ status: "DONE" });
    await reconcileTossPayments({ now: new Date(Date.now() + 20 * MINUTE) });
    expect(tossStub.payment(c.paymentKey)).toMatchObject({ status: "CANCELED", balanceAmount: 0 });
    expect(await paymentOf(c.paymentId)).toMatchObject({ status: "REFUNDED", refundedAmount: 50_000 });
  });
});

describe("an account Toss issued after the app ended the order (found by the model-based test)", () => {
  it("the deposit into it is asked at Toss, recorded and parked for a person — never refused and forgotten", async () => {
    const { a, match } = await pendingMatch();
    const c = await accountCheckout(a, match.id);
    tossStub.injectFault({ op: "confirm", delayMs: 2_600 }); // TOSS_TIMEOUT_MS is 2000 in tests: Toss applies it after we gave up
    expect((await confirm(a, c)).status).toBe(503);
    await withdrawMember({ userId: a.id, reason: "SELF" });
    // the job runs while Toss still holds the confirm (IN_PROGRESS) and after the session it trusts: not charged
    await reconcileTossPayments({ now: new Date(Date.now() + 20 * MINUTE) });
    expect(await paymentOf(c.paymentId)).toMatchObject({ status: "CANCELED", virtualAccount: null });
    await tossStub.idle(); // …and then Toss applies it: an account is issued for an order the app has ended
    expect(tossStub.payment(c.paymentKey)).toMatchObject({ status: "WAITING_FOR_DEPOSIT" });

    const { callback } = tossStub.deposit(c.paymentKey);
    const forged = await webhook({ ...callback, secret: "ps_forgedforgedforgedforged00" });
    expect(forged.status).toBe(200); // only a hint: Toss's answer decides, the secret is not what lets money in
    const first = await paymentOf(c.paymentId);
    expect(first).toMatchObject({ status: "NEEDS_REVIEW", reviewReason: "MONEY_ON_ENDED_ORDER", paymentKey: c.paymentKey });
    expect(first.virtualAccount).toMatchObject({ accountNumber: tossStub.payment(c.paymentKey)!.virtualAccount!.accountNumber });
    expect(await prisma.notification.count({ where: { userId: a.id, kind: "PAYMENT_REVIEW" } })).toBe(1);

    // Toss retries its callback: now the secret is known and checked; nothing changes twice
    expect((await webhook(callback)).status).toBe(200);
    expect((await webhook({ ...callback, secret: "ps_forgedforgedforgedforged00" })).status).toBe(403);
    expect(await paymentOf(c.paymentId)).toMatchObject({ status: "NEEDS_REVIEW", updatedAt: first.updatedAt });
    expect(tossStub.payment(c.paymentKey)).toMatchObject({ status: "DONE", balanceAmount: c.amount });
  });

  it("an ended order Toss holds nothing for stays as it is (the lookup answers, nothing moves)", async () => {
    const { a, match } = await pendingMatch();
    const c = await cardCheckout(a, match.id);
    await cancelOpen(a, c.paymentId);
    expect((await paymentOf(c.paymentId)).status).toBe("CANCELED");
    const res = await webhook({ eventType: "PAYMENT_STATUS_CHANGED", data: { paymentKey: c.paymentKey, status: "DONE" } });
    expect(res.status).toBe(200);
    expect((await paymentOf(c.paymentId)).status).toBe("CANCELED");
  });
});

describe("a match fee an operator partly refunded is still paid (found by the model-based test)", () => {
  it("nobody can pay it again, the match page shows it paid, and the match can be activated", async () => {
    const { a, b, match } = await pendingMatch();
    const c = await cardCheckout(a, match.id);
    expect((await confirm(a, c)).status).toBe(200);
    const admin = await createMember({ role: "ADMIN" });
    const refund = await callOp(cancelPaymentOperation, { as: admin, params: { id: c.paymentId }, body: { reason: "일부 환불(운영 판단)", amount: 10_000 } });
    expect(refund.status).toBe(200);
    expect((await paymentOf(c.paymentId)).status).toBe("PARTIALLY_REFUNDED");

    for (const [m, pay] of [[a, () => ready(a, { productId: "match-fee", matchId: match.id })], [b, () => callOp(createTransferIntentOperation, { as: b, body: { matchId: match.id } })]] as const) {
      const again = await pay();
      expect(again.status, `member ${m.id} paid a partly refunded fee again`).toBe(409);
      expect(again.error!.message).toContain("이미 결제가 끝난 매칭이에요");
    }
    const fee = await getMatchFeeStatus({ actor: { userId: b.id, role: "MEMBER", status: "MATCHING" }, matchId: match.id });
    expect(fee).toMatchObject({ paid: { id: c.paymentId, status: "PARTIALLY_REFUNDED" }, open: null });
    const activated = await callOp(activateMatchOperation, { as: admin, params: { id: match.id }, body: {} });
    expect(activated.status).toBe(200);
    expect(activated.body).toMatchObject({ forced: false, paymentId: c.paymentId });
  });
});
