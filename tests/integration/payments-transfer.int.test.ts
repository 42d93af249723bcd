// Bank transfer end to end through the route handlers: intents only for participants of a
// PENDING match, one open intent per match, unique depositor codes under concurrency, who may read a
// payment, admin verification and activation (audited, both members 매칭완료), and the contact an
// ACTIVE match discloses (consent, disclosure records, hidden from everyone else and after closing).
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { notificationText } from "@/lib/notifications/texts";
import { encryptPii } from "@/lib/crypto/pii";
import { canonicalPair } from "@/lib/matching/pair";
import { createTransferIntent } from "@/lib/payments/create-transfer-intent";
import { DEPOSIT_CODE_RE } from "@/lib/payments/ids";
import { activateMatchOperation } from "@/lib/matching/activate-match";
import { getMatchContactOperation } from "@/lib/matching/contact";
import { giveContactConsentOperation, revokeContactConsentOperation } from "@/lib/matching/contact-consent";
import { completeOnboardingOperation } from "@/lib/members/complete-onboarding";
import { adminListPaymentsOperation } from "@/lib/payments/admin-list-payments";
import { cancelPaymentOperation } from "@/lib/payments/cancel-payment";
import { createTransferIntentOperation } from "@/lib/payments/create-transfer-intent";
import { getPaymentOperation } from "@/lib/payments/get-payment";
import { verifyPaymentOperation } from "@/lib/payments/verify-payment";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";

type Member = Awaited<ReturnType<typeof createMember>>;
let phoneSeq = 10_000_000;

async function member(role: "MEMBER" | "ADMIN" = "MEMBER") {
  const m = await createMember({ role });
  await prisma.user.update({ where: { id: m.id }, data: { phoneEnc: encryptPii(`010${phoneSeq++}`) } });
  return m;
}
async function pendingMatch() {
  const [a, b] = [await member(), await member()];
  await prisma.user.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { status: "MATCHING", matchingCount: 1 } });
  const match = await prisma.match.create({ data: { ...canonicalPair(a.id, b.id), status: "PENDING", expiresAt: new Date(Date.now() + 7 * 86_400_000) } });
  return { a, b, match };
}
const intent = async (m: Member, matchId: string) => callOp(createTransferIntentOperation, { as: m, body: { matchId } });
const verify = async (admin: Member, id: string, body: object = { depositorName: "KM 홍길동" }) =>
  callOp(verifyPaymentOperation, { as: admin, params: { id }, body });
const activate = async (admin: Member, id: string, body: object = {}) => callOp(activateMatchOperation, { as: admin, params: { id }, body });
const contact = async (m: Member, id: string) => callOp(getMatchContactOperation, { as: m, params: { id } });
const consent = async (m: Member) => callOp(giveContactConsentOperation, { as: m, body: { agree: true } });

// the first request of a file loads the route stack (auth, rate limits, Prisma): not part of any test's budget
beforeAll(async () => {
  await intent(await member(), "00000000-0000-4000-8000-000000000000");
});

describe("POST /api/payments/intent", () => {
  it("gives a participant the amount, the account and a depositor code; asking again returns the same intent, the partner sees it in progress", async () => {
    const { a, b, match } = await pendingMatch();
    const first = await intent(a, match.id);
    expect(first.status).toBe(201);
    expect(first.body.payment).toMatchObject({ method: "TRANSFER", purpose: "MATCH_FEE", status: "PENDING", amount: 50_000, matchId: match.id, bankAccount: expect.stringContaining("예금주") });
    expect(first.body.payment.depositCode).toMatch(DEPOSIT_CODE_RE);
    const again = await intent(a, match.id);
    const partner = await intent(b, match.id);
    expect([again.status, partner.status]).toEqual([200, 409]);
    expect(again.body.payment.id).toBe(first.body.payment.id);
    expect(partner.error?.message).toBe("결제가 진행 중이에요. 진행 중인 결제가 끝나면 다시 시도해 주세요.");
    // the requester is reminded where the account and the code are (once); the text leads to the payment page
    const due = await prisma.notification.findMany({ where: { kind: "PAYMENT_DUE", userId: { in: [a.id, b.id] } } });
    expect(due).toMatchObject([{ userId: a.id, payload: { paymentId: first.body.payment.id, matchId: match.id } }]);
    expect(notificationText("PAYMENT_DUE", due[0].payload).href).toBe(`/payments/${first.body.payment.id}`);
  });

  it("refuses non-participants, closed matches and unknown ids with 404, writing nothing", async () => {
    const { match } = await pendingMatch();
    const outsider = await member();
    expect((await intent(outsider, match.id)).status).toBe(404);
    expect((await intent(outsider, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    const closed = await pendingMatch();
    await prisma.match.update({ where: { id: closed.match.id }, data: { status: "CLOSED", closedReason: "EXPIRED" } });
    expect((await intent(closed.a, closed.match.id)).status).toBe(404);
    expect(await prisma.payment.count({ where: { matchId: { in: [match.id, closed.match.id] } } })).toBe(0);
  });

  it("concurrent requests for one match create exactly one intent; the other member is told a payment is in progress", async () => {
    const { a, b, match } = await pendingMatch();
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => intent(i % 2 ? a : b, match.id)));
    const ok = results.filter((r) => r.status === 200 || r.status === 201);
    expect(ok.length + results.filter((r) => r.status === 409).length).toBe(6);
    expect(new Set(ok.map((r) => r.body.payment.id)).size).toBe(1);
    expect(await prisma.payment.count({ where: { matchId: match.id } })).toBe(1);
  });

  it("depositor codes stay unique under concurrent intents, and a colliding code is retried, not failed", async () => {
    const pairs = await Promise.all(Array.from({ length: 8 }, () => pendingMatch()));
    const results = await Promise.all(pairs.map((p) => intent(p.a, p.match.id)));
    const codes = results.map((r) => r.body.payment.depositCode);
    expect(new Set(codes).size).toBe(codes.length);

    const p = await pendingMatch();
    const taken = codes[0];
    const fresh = "KM-0000-ZZZ";
    const seq = [taken, taken, fresh];
    const out = await createTransferIntent({ actor: { userId: p.a.id, role: "MEMBER", status: "MATCHING" }, input: { matchId: p.match.id }, codes: () => seq.shift()! });
    expect(out.payment.depositCode).toBe(fresh);
  });
});

describe("GET /api/payments/{id}", () => {
  it("answers the payer, the match partner and admins; anyone else 404", async () => {
    const { a, b, match } = await pendingMatch();
    const [outsider, admin] = [await member(), await member("ADMIN")];
    const id = (await intent(a, match.id)).body.payment.id;
    const read = async (m: Member) => callOp(getPaymentOperation, { as: m, params: { id } });
    expect((await read(a)).status).toBe(200);
    expect((await read(b)).body.payment.depositCode).toMatch(DEPOSIT_CODE_RE);
    expect((await read(admin)).status).toBe(200);
    const denied = await read(outsider);
    expect(denied.status).toBe(404);
    expect(JSON.stringify(denied.body)).not.toContain("KM-");
  });
});

describe("admin verification, activation and the disclosed contact", () => {
  it("verify → activate: match ACTIVE, both 매칭완료, audited in the same transactions; contact only with both consents", async () => {
    const { a, b, match } = await pendingMatch();
    const [outsider, admin] = [await member(), await member("ADMIN")];
    const payment = (await intent(a, match.id)).body.payment;

    expect((await verify(a, payment.id)).status).toBe(403);
    expect((await activate(admin, match.id)).status).toBe(409); // not paid yet, no reason
    expect((await prisma.match.findUniqueOrThrow({ where: { id: match.id } })).status).toBe("PENDING");

    const queue = await callOp(adminListPaymentsOperation, { as: admin, query: { status: "PENDING", method: "TRANSFER" } });
    expect(queue.status).toBe(200);
    expect(queue.body.payments.map((p: { id: string }) => p.id)).toContain(payment.id);

    const verified = await verify(admin, payment.id, { depositorName: payment.depositCode, memo: "국민은행 입금 확인" });
    expect(verified.status).toBe(200);
    const row = await prisma.payment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(row).toMatchObject({ status: "PAID", verifiedById: admin.id, depositorName: payment.depositCode });
    expect(row.verifiedAt).toBeInstanceOf(Date);
    expect((await verify(admin, payment.id)).status).toBe(200); // repeat: same answer, one audit row
    expect(await prisma.adminAction.count({ where: { targetId: payment.id, action: "PAYMENT_VERIFY" } })).toBe(1);

    const activated = await activate(admin, match.id);
    expect(activated.status).toBe(200);
    expect(activated.body).toMatchObject({ ok: true, forced: false, paymentId: payment.id, match: { id: match.id, status: "ACTIVE" } });
    const users = await prisma.user.findMany({ where: { id: { in: [a.id, b.id] } }, select: { status: true, matchingCount: true } });
    expect(users).toEqual([
      { status: "MATCHED", matchingCount: 1 },
      { status: "MATCHED", matchingCount: 1 },
    ]);
    expect(await prisma.adminAction.count({ where: { targetId: match.id, action: "MATCH_ACTIVATE" } })).toBe(1);
    expect(await prisma.notification.count({ where: { kind: "MATCH_ACTIVATED", userId: { in: [a.id, b.id] } } })).toBe(2);

    // contact: nothing before both consented; then each other's phone, recorded
    const before = await contact(a, match.id);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ partner: { userId: b.id, phone: null }, consent: { mine: false, partner: false } });
    expect((await consent(a)).body.consent.agreed).toBe(true);
    expect((await contact(a, match.id)).body.partner.phone).toBeNull();
    await consent(b);
    const shownToA = await contact(a, match.id);
    const shownToB = await contact(b, match.id);
    expect(shownToA.body.partner.phone).toMatch(/^010-\d{4}-\d{4}$/);
    expect(shownToB.body.partner.phone).toMatch(/^010-\d{4}-\d{4}$/);
    expect(shownToA.body.partner.phone).not.toBe(shownToB.body.partner.phone);
    const disclosures = await prisma.contactDisclosure.findMany({ where: { matchId: match.id }, select: { viewerId: true, subjectId: true, fields: true } });
    expect(disclosures).toEqual(expect.arrayContaining([{ viewerId: a.id, subjectId: b.id, fields: ["phone"] }, { viewerId: b.id, subjectId: a.id, fields: ["phone"] }]));
    expect(disclosures).toHaveLength(2);

    // a third member sees none of it
    expect((await contact(outsider, match.id)).status).toBe(404);
    // withdrawing consent stops the disclosure
    expect((await callOp(revokeContactConsentOperation, { as: b })).body.consent.agreed).toBe(false);
    expect((await contact(a, match.id)).body.partner.phone).toBeNull();
    // a closed match stops showing it
    await consent(b);
    await prisma.match.update({ where: { id: match.id }, data: { status: "CLOSED", closedAt: new Date(), closedReason: "ADMIN" } });
    expect((await contact(a, match.id)).status).toBe(404);
  });

  it("a PENDING match discloses nothing; forced activation needs a written reason and is audited as forced", async () => {
    const { a, match } = await pendingMatch();
    const admin = await member("ADMIN");
    expect((await contact(a, match.id)).status).toBe(404);
    expect((await activate(admin, match.id, { reason: "짧음" })).status).toBe(422);
    const res = await activate(admin, match.id, { reason: "현장 결제 확인 (영수증 번호 1234)" });
    expect(res.status).toBe(200);
    expect(res.body.forced).toBe(true);
    const audit = await prisma.adminAction.findFirstOrThrow({ where: { targetId: match.id, action: "MATCH_ACTIVATE" } });
    expect(audit.detail).toMatchObject({ forced: true, reason: "현장 결제 확인 (영수증 번호 1234)" });
  });

  it("a transfer refund is recorded (the admin returned the money) and audited; a second verify for a paid match is refused", async () => {
    const { a, b, match } = await pendingMatch();
    const admin = await member("ADMIN");
    const first = (await intent(a, match.id)).body.payment;
    await verify(admin, first.id, { depositorName: first.depositCode });
    // a stray second intent cannot be created for a paid match
    expect((await intent(b, match.id)).status).toBe(409);
    const res = await callOp(cancelPaymentOperation, { as: admin, params: { id: first.id }, body: { reason: "매칭 활성화 전 취소 요청" } });
    expect(res.status).toBe(200);
    expect(res.body.payment).toMatchObject({ status: "REFUNDED", refundedAmount: 50_000 });
    expect(await prisma.paymentRefund.findMany({ where: { paymentId: first.id }, select: { amount: true, decidedBy: true, transactionKey: true } })).toEqual([{ amount: 50_000, decidedBy: admin.id, transactionKey: null }]);
    expect(await prisma.adminAction.count({ where: { targetId: first.id, action: "PAYMENT_CANCEL" } })).toBe(1);
  });
});

describe("contact-sharing consent at onboarding", () => {
  it("is optional; when given it is recorded with its version and source", async () => {
    const onboard = async (agreeContactSharing?: boolean) => {
      const m = await createMember({ status: "ONBOARDING", withProfile: false });
      const body = { realName: "김하늘", phone: `010${phoneSeq++}`, birthDate: "1993-04-21", gender: "F", agreeTerms: true, agreePrivacy: true, agreeRefund: true, confirmAdult: true };
      const res = await callOp(completeOnboardingOperation, { as: m, body: agreeContactSharing === undefined ? body : { ...body, agreeContactSharing } });
      expect(res.status).toBe(200);
      return prisma.contactConsent.findMany({ where: { userId: m.id }, select: { source: true, version: true, revokedAt: true } });
    };
    expect(await onboard()).toEqual([]);
    expect(await onboard(false)).toEqual([]);
    expect(await onboard(true)).toEqual([{ source: "ONBOARDING", version: expect.any(String), revokedAt: null }]);
  });
});
