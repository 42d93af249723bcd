// Refunds against this file's local Toss server (docs/payments.md, "Refunds"): the automatic full
// refund of a paid match fee when the partner withdraws or is banned or the operator closes the match
// (card: Toss's balance back to 0; transfer: a bank refund owed to the member's own account, sent by
// the operator), idempotent under retries and Toss outages; a member's own request with the policy's
// amount, approved (Toss cancel, membership taken back) or rejected by an operator.
import { beforeEach, describe, expect, it } from "vitest";
import { tossStub } from "../setup/isolated-db";
import { withdrawMember, withdrawSelfOperation } from "@/lib/members/withdraw-member";
import { readyTossPaymentOperation } from "@/lib/payments/toss-ready";
import { confirmTossPaymentOperation } from "@/lib/payments/toss-confirm";
import { createTransferIntentOperation } from "@/lib/payments/create-transfer-intent";
import { verifyPaymentOperation } from "@/lib/payments/verify-payment";
import { activateMatchOperation } from "@/lib/matching/activate-match";
import { banMemberOperation } from "@/lib/admin/ban-member";
import { unmatchOperation } from "@/lib/admin/unmatch";
import { adminListRefundsOperation, listMyRefundsOperation } from "@/lib/refunds/list-refunds";
import { requestRefundOperation } from "@/lib/refunds/request-refund";
import { setRefundAccountOperation } from "@/lib/refunds/refund-account";
import { adminListPaymentsOperation } from "@/lib/payments/admin-list-payments";
import { approveRefundOperation, payRefundOperation, rejectRefundOperation } from "@/lib/refunds/decide-refund";
import type { Operation } from "@/lib/core/operation";
import { prisma } from "@/lib/db";
import { canonicalPair } from "@/lib/matching/pair";
import { notificationText } from "@/lib/notifications/texts";
import { payBackDueRefunds } from "@/lib/refunds/pay-back";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";

type Member = Awaited<ReturnType<typeof createMember>>;
const ACCOUNT = { bank: "카카오뱅크", accountNumber: "3333-01-2345678", holder: "김인연" };

beforeEach(() => tossStub.reset());

async function pendingMatch() {
  const [a, b] = [await createMember(), await createMember()];
  await prisma.user.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { status: "MATCHING", matchingCount: 1 } });
  const match = await prisma.match.create({ data: { ...canonicalPair(a.id, b.id), status: "PENDING", expiresAt: new Date(Date.now() + 7 * 86_400_000) } });
  return { a, b, match };
}
/** ready → the member pays in the card window → confirm: a PAID card order */
async function payByCard(m: Member, productId: string, matchId?: string) {
  const ready = await callOp(readyTossPaymentOperation, { as: m, body: matchId ? { productId, matchId } : { productId } });
  expect(ready.status).toBe(201);
  const { orderId, amount, orderName } = ready.body.checkout;
  const { paymentKey } = tossStub.createAuthorizedPayment({ orderId, amount, orderName });
  const confirmed = await callOp(confirmTossPaymentOperation, { as: m, body: { paymentKey, orderId, amount } });
  expect(confirmed.status).toBe(200);
  return { paymentId: ready.body.payment.id as string, paymentKey };
}
async function payByTransfer(m: Member, admin: Member, matchId: string) {
  const intent = await callOp(createTransferIntentOperation, { as: m, body: { matchId } });
  const id = intent.body.payment.id as string;
  const verified = await callOp(verifyPaymentOperation, { as: admin, params: { id }, body: { depositorName: intent.body.payment.depositCode } });
  expect(verified.status).toBe(200);
  return id;
}
const activate = async (admin: Member, id: string) => expect((await callOp(activateMatchOperation, { as: admin, params: { id }, body: {} })).status).toBe(200);
const refundsOf = (paymentId: string) => prisma.refundRequest.findMany({ where: { paymentId } });
const refundNotices = async (m: Member) =>
  (await prisma.notification.findMany({ where: { userId: m.id, kind: "REFUND_UPDATED" }, orderBy: { createdAt: "asc" } })).map((n) => notificationText(n.kind, n.payload).title);
const asAdmin = async <Op extends Operation>(admin: Member, op: Op, id: string, body?: object) => callOp(op, { as: admin, params: { id }, ...(body ? { body } : {}) });

describe("the partner withdraws after the match was paid and activated", () => {
  it("card: Toss's balance goes back to 0, the payer is told, and a retried withdrawal refunds nothing more", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const { a, b, match } = await pendingMatch();
    const { paymentId, paymentKey } = await payByCard(a, "match-fee", match.id);
    await activate(admin, match.id);

    const res = await callOp(withdrawSelfOperation, { as: b });
    expect(res.status).toBe(200);

    expect(tossStub.payment(paymentKey)).toMatchObject({ status: "CANCELED", balanceAmount: 0 });
    expect(await prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "REFUNDED", refundedAmount: 50_000 });
    const [refund] = await refundsOf(paymentId);
    expect(refund).toMatchObject({ source: "PARTNER_WITHDRAWN", status: "REFUNDED", amount: 50_000, userId: a.id });
    expect(await refundNotices(a)).toEqual(["환불을 준비하고 있어요", "환불이 완료되었어요"]);

    expect((await withdrawMember({ userId: b.id, reason: "SELF" })).withdrawn).toBe(false);
    expect(tossStub.stats.cancelsApplied).toBe(1);
    expect(await refundsOf(paymentId)).toHaveLength(1);
  });

  it("the withdrawing member's own fee is not refunded without asking (the policy's other rows apply)", async () => {
    const { a, match } = await pendingMatch();
    const { paymentId, paymentKey } = await payByCard(a, "match-fee", match.id);
    await withdrawMember({ userId: a.id, reason: "SELF" });
    expect(tossStub.payment(paymentKey)?.balanceAmount).toBe(50_000);
    expect(await refundsOf(paymentId)).toEqual([]);
  });

  it("Toss down at the refund: the withdrawal still completes, the refund waits APPROVED and the job pays it once", async () => {
    const { a, b, match } = await pendingMatch();
    const { paymentId, paymentKey } = await payByCard(a, "match-fee", match.id);
    tossStub.injectFault({ op: "cancel", status: 500 });
    expect((await withdrawMember({ userId: b.id, reason: "SELF" })).withdrawn).toBe(true);
    const [waiting] = await refundsOf(paymentId);
    expect(waiting).toMatchObject({ status: "APPROVED", failureMessage: expect.any(String) });
    expect(tossStub.payment(paymentKey)?.balanceAmount).toBe(50_000);

    const first = await payBackDueRefunds();
    const second = await payBackDueRefunds();
    expect(first.refunded + second.refunded).toBe(1);
    expect(tossStub.payment(paymentKey)).toMatchObject({ status: "CANCELED", balanceAmount: 0 });
    expect(tossStub.stats.cancelsApplied).toBe(1);
    expect((await refundsOf(paymentId))[0]!.status).toBe("REFUNDED");
  });
});

describe("a request already open when the partner leaves", () => {
  it("is upgraded to the full no-fault refund and paid back at once (one refund, one Toss cancel)", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const { a, b, match } = await pendingMatch();
    const { paymentId, paymentKey } = await payByCard(a, "match-fee", match.id);
    await activate(admin, match.id);
    const asked = await callOp(requestRefundOperation, { as: a, params: { id: paymentId }, body: { reason: "사정이 생겼어요" } });
    expect(asked.body.refund).toMatchObject({ status: "REQUESTED", amount: 40_000 });
    await withdrawMember({ userId: b.id, reason: "SELF" });
    expect(await refundsOf(paymentId)).toEqual([expect.objectContaining({ id: asked.body.refund.id, source: "PARTNER_WITHDRAWN", status: "REFUNDED", amount: 50_000 })]);
    expect(tossStub.payment(paymentKey)?.balanceAmount).toBe(0);
    expect(tossStub.stats.cancelsApplied).toBe(1);
  });
});

describe("a transfer's automatic refund is owed to the member's own account", () => {
  it("partner banned: owed until the member names an account; the operator sees it, sends the money and records it", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const { a, b, match } = await pendingMatch();
    const paymentId = await payByTransfer(a, admin, match.id);

    const ban = await asAdmin(admin, banMemberOperation, b.id, { reason: "허위 프로필" });
    expect(ban.status).toBe(200);
    const [owed] = await refundsOf(paymentId);
    expect(owed).toMatchObject({ source: "PARTNER_BANNED", status: "APPROVED", amount: 50_000, refundAccountEnc: null });

    const mine = await callOp(listMyRefundsOperation, { as: a });
    expect(mine.body.payments[0].refund).toMatchObject({ id: owed!.id, status: "APPROVED", needsAccount: true });
    const tooEarly = await asAdmin(admin, payRefundOperation, owed!.id);
    expect(tooEarly.status).toBe(409);

    const other = await createMember();
    expect((await callOp(setRefundAccountOperation, { as: other, params: { id: owed!.id }, body: { account: ACCOUNT } })).status).toBe(404);
    const put = await callOp(setRefundAccountOperation, { as: a, params: { id: owed!.id }, body: { account: ACCOUNT } });
    expect(put.status).toBe(200);
    expect(put.body.refund).toMatchObject({ hasAccount: true, needsAccount: false });
    expect(JSON.stringify(put.body)).not.toContain("2345678");
    const stored = await prisma.refundRequest.findUniqueOrThrow({ where: { id: owed!.id } });
    expect(stored.refundAccountEnc).not.toContain("2345678");

    const queue = await callOp(adminListRefundsOperation, { as: admin });
    expect(queue.body.refunds.find((r: { id: string }) => r.id === owed!.id)).toMatchObject({ account: { bank: "카카오뱅크", accountNumber: "3333012345678", holder: "김인연" }, payment: { method: "TRANSFER" } });

    const sent = await asAdmin(admin, payRefundOperation, owed!.id);
    expect(sent.status).toBe(200);
    expect(sent.body.refund.status).toBe("REFUNDED");
    expect(await prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "REFUNDED", refundedAmount: 50_000 });
    expect(await prisma.paymentRefund.count({ where: { paymentId } })).toBe(1);
    expect(await prisma.adminAction.count({ where: { targetId: owed!.id, action: "REFUND_BANK_SENT" } })).toBe(1);
    expect((await asAdmin(admin, payRefundOperation, owed!.id)).status).toBe(409);
  });

  it("operator closes a paid card match: refunded in full through Toss", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const { a, match } = await pendingMatch();
    const { paymentKey, paymentId } = await payByCard(a, "match-fee", match.id);
    expect((await asAdmin(admin, unmatchOperation, match.id)).status).toBe(200);
    expect(tossStub.payment(paymentKey)?.balanceAmount).toBe(0);
    expect((await refundsOf(paymentId))[0]).toMatchObject({ source: "MATCH_CLOSED_BY_OPERATOR", status: "REFUNDED" });
  });
});

describe("a member's own refund request", () => {
  it("membership within 7 days, no benefit used: the full price is offered; approval cancels at Toss and ends the membership", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const m = await createMember();
    const { paymentId, paymentKey } = await payByCard(m, "membership-basic-90d");
    const quotes = await callOp(listMyRefundsOperation, { as: m });
    expect(quotes.body.payments).toEqual([expect.objectContaining({ paymentId, quote: { amount: 99_000, rule: expect.stringContaining("청약철회") }, refund: null })]);
    // the admin's refund form suggests the same amount from the same function
    const adminRow = (await callOp(adminListPaymentsOperation, { as: admin, query: { status: "PAID" } })).body.payments.find((p: { id: string }) => p.id === paymentId);
    expect(adminRow!.suggestedRefund).toEqual(quotes.body.payments[0].quote);
    // once a weekly list was delivered in the period, the benefit was used: pro rata minus 10 % for both
    await prisma.recommendation.create({ data: { userId: m.id, targetId: admin.id, batchWeek: "2099-W01", rank: 1, score: 1 } });
    const [mineAfter, adminAfter] = [
      (await callOp(listMyRefundsOperation, { as: m })).body.payments[0].quote,
      (await callOp(adminListPaymentsOperation, { as: admin, query: { status: "PAID" } })).body.payments.find((p: { id: string }) => p.id === paymentId)!.suggestedRefund,
    ];
    expect(mineAfter).toEqual(adminAfter);
    expect(mineAfter.amount).toBe(99_000 - 1_100 - 9_900);
    await prisma.recommendation.deleteMany({ where: { userId: m.id } });

    const first = await callOp(requestRefundOperation, { as: m, params: { id: paymentId }, body: { reason: "생각보다 바빠졌어요" } });
    expect(first.status).toBe(201);
    expect(first.body.refund).toMatchObject({ status: "REQUESTED", amount: 99_000, source: "MEMBER_REQUEST" });
    const again = await callOp(requestRefundOperation, { as: m, params: { id: paymentId }, body: { reason: "다시 눌렀어요" } });
    expect(again.status).toBe(200);
    expect(again.body.refund.id).toBe(first.body.refund.id);
    const stranger = await createMember();
    expect((await callOp(requestRefundOperation, { as: stranger, params: { id: paymentId }, body: { reason: "남의 결제" } })).status).toBe(404);
    expect(tossStub.stats.cancelsApplied).toBe(0);

    const queue = await callOp(adminListRefundsOperation, { as: admin, query: { status: "REQUESTED" } });
    expect(queue.body.refunds.map((r: { id: string }) => r.id)).toContain(first.body.refund.id);
    const approved = await asAdmin(admin, approveRefundOperation, first.body.refund.id, { note: "청약철회" });
    expect(approved.status).toBe(200);
    expect(approved.body.refund.status).toBe("REFUNDED");
    expect(tossStub.payment(paymentKey)).toMatchObject({ status: "CANCELED", balanceAmount: 0 });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ membershipTier: "FREE" });
    expect(await refundNotices(m)).toEqual(["환불 요청을 받았어요", "환불을 준비하고 있어요", "환불이 완료되었어요"]);
    expect((await asAdmin(admin, approveRefundOperation, first.body.refund.id, {})).status).toBe(409);
  });

  it("a transfer needs the member's account (422); a rejection keeps the money and tells the member why", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const { a, match } = await pendingMatch();
    const paymentId = await payByTransfer(a, admin, match.id);
    await activate(admin, match.id);
    const noAccount = await callOp(requestRefundOperation, { as: a, params: { id: paymentId }, body: { reason: "일정이 맞지 않아요" } });
    expect(noAccount.status).toBe(422);
    expect(noAccount.error!.fields!.account).toBeDefined();
    const asked = await callOp(requestRefundOperation, { as: a, params: { id: paymentId }, body: { reason: "일정이 맞지 않아요", account: ACCOUNT } });
    expect(asked.status).toBe(201);
    expect(asked.body.refund).toMatchObject({ amount: 40_000, hasAccount: true, rule: expect.stringContaining("80%") });

    const rejected = await asAdmin(admin, rejectRefundOperation, asked.body.refund.id, { note: "만남 일자가 이미 확정되었습니다." });
    expect(rejected.status).toBe(200);
    expect(rejected.body.refund).toMatchObject({ status: "REJECTED", decisionNote: "만남 일자가 이미 확정되었습니다." });
    expect(await prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "PAID", refundedAmount: 0 });
    expect((await refundNotices(a)).at(-1)).toBe("환불 요청에 답변을 드렸어요");
  });
});
