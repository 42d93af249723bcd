// Reaching members outside the app (issue 22) against the local Solapi server and SMTP inbox
// (tests/setup/isolated-db.ts): a mutual like → one 알림톡 per member with the registered template and
// its variables in one job run; a refused 알림톡 → the SMS; a provider 500 → retried, delivered once;
// the job twice (or twice at once) sends nothing twice; settings through the API: a switched-off kind
// is not sent, 광고 at 22:00 KST goes at 08:00 and a withdrawn consent stops it; quiet hours; the likes
// digest; e-mail with HTML and text; the admin's resend; and no phone number or address in any log line.
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { encryptPii } from "@/lib/crypto/pii";
import { nextSeoulHour } from "@/lib/core/seoul-time";
import { likeMemberOperation } from "@/lib/matching/like-member";
import { activeChannels } from "@/lib/notifications/channels";
import { deliverNotifications } from "@/lib/notifications/deliver";
import { listNotificationsOperation } from "@/lib/notifications/list-notifications";
import { notify } from "@/lib/notifications/notify";
import { getNotificationSettingsOperation, updateNotificationSettingsOperation } from "@/lib/notifications/notification-settings";
import { setNotificationEmailOperation, verifyNotificationEmailOperation } from "@/lib/notifications/notification-email";
import { listMemberDeliveriesOperation, resendDeliveryOperation } from "@/lib/admin/notification-deliveries";
import { currentWeek } from "@/lib/core/week";
import type { SmtpStub } from "@/dev/smtp/server";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";
import { accepted, captureLogs, daytime, reachPhones, solapi, to } from "../helpers/reach";

const smtp = (globalThis as { __smtpStub?: SmtpStub }).__smtpStub!;
const channels = activeChannels(["alimtalk", "sms", "email"]);
const run = (now: Date) => deliverNotifications({ now, channels });

const { phones, newPhone, withPhone } = reachPhones();
const day = daytime();
const settingsBody = (over: Partial<Record<"SERVICE" | "LIKES" | "WEEKLY" | "PHOTO" | "MARKETING", ("KAKAO" | "EMAIL")[]>> = {}, rest: { quietHours?: boolean; marketingConsent?: boolean } = {}) => ({
  channels: { SERVICE: ["KAKAO"], LIKES: ["KAKAO"], WEEKLY: ["KAKAO"], PHOTO: ["KAKAO"], MARKETING: ["KAKAO"], ...over },
  quietHours: rest.quietHours ?? true,
  marketingConsent: rest.marketingConsent ?? false,
});
/** a notification written as if at `at` (createdAt matters for the 24-hour delivery window) */
const notifyAt = (userId: string, kind: "MARKETING_NOTICE" | "LIKE_RECEIVED" | "MATCH_EXPIRING" | "MATCH_ACTIVATED", at: Date, payload: Record<string, string> = {}) =>
  prisma.notification.create({ data: { userId, kind, payload, createdAt: at } });

const logged = captureLogs();

describe("알림톡 with the local Solapi server", () => {
  it("a mutual like: one 알림톡 per member, the registered template and variables, in one job run; a second run sends nothing", async () => {
    const week = currentWeek();
    const [a, b] = [await createMember({ gender: "M" }), await createMember({ gender: "F" })];
    const [pa, pb] = [await withPhone(a), await withPhone(b)];
    await prisma.recommendation.create({ data: { userId: a.id, targetId: b.id, batchWeek: week, rank: 1, score: 0.5 } });
    await callOp(likeMemberOperation, { as: a, body: { toUserId: b.id, batchWeek: week } });
    const res = await callOp(likeMemberOperation, { as: b, body: { toUserId: a.id, batchWeek: week } });
    const matchId = res.body.match!.id;

    const out = await run(day);
    expect(out.failed).toBe(0);
    for (const [m, phone] of [[a, pa], [b, pb]] as const) {
      const nickname = (await prisma.profile.findUniqueOrThrow({ where: { userId: m.id } })).nickname;
      const matchMsgs = to(phone).filter((x) => x.templateId === "INY_MATCH_CREATED_V1");
      expect(matchMsgs).toHaveLength(1);
      expect(matchMsgs[0]).toMatchObject({ type: "ATA", statusCode: "2000", variables: { "#{닉네임}": nickname } });
      expect(matchMsgs[0]!.text).toBe(`${nickname}님, 매칭이 성사되었어요! 두 분이 서로 좋아요를 보냈어요. 결제 기한 안에 매칭 이용료를 결제해 주세요.`);
      expect(matchMsgs[0]!.buttons).toEqual([expect.objectContaining({ buttonName: "매칭 보기", linkMo: expect.stringMatching(new RegExp(`/matches/${matchId}$`)) })]);
      // the in-app row says the same words
      const list = await callOp(listNotificationsOperation, { as: m });
      expect(list.body.items.find((i) => i.kind === "MATCH_CREATED")?.body).toBe(matchMsgs[0]!.text);
      const delivery = await prisma.notificationDelivery.findFirstOrThrow({ where: { userId: m.id, channel: "ALIMTALK", notification: { kind: "MATCH_CREATED" } } });
      expect(delivery).toMatchObject({ status: "SENT", providerMessageId: matchMsgs[0]!.messageId, attempts: 1 });
    }
    const before = solapi.messages.length;
    expect(await run(day)).toMatchObject({ claimed: 0, sent: 0 });
    expect(solapi.messages.length).toBe(before);
  });

  it("a recipient whose 알림톡 fails gets the SMS (the failure recorded, the provider id of the SMS stored)", async () => {
    const m = await createMember();
    const phone = await withPhone(m, "9999");
    await notify(prisma, [{ userId: m.id, kind: "MATCH_ACTIVATED", payload: { matchId: "00000000-0000-4000-8000-000000000002" } }]);
    await run(day);
    const rows = await prisma.notificationDelivery.findMany({ where: { userId: m.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.channel, r.status, r.failureCode])).toEqual([
      ["ALIMTALK", "FAILED", "SOLAPI_3104"],
      ["SMS", "SENT", null],
    ]);
    const sms = accepted(phone);
    expect(sms).toHaveLength(1);
    expect(sms[0]!.type).toMatch(/^(SMS|LMS)$/);
    expect(sms[0]!.text).toContain("매칭이 확정되었어요");
    expect(rows[1]!.providerMessageId).toBe(sms[0]!.messageId);
  });

  it("a provider 500 is retried after the backoff and delivered once; two runs at once never send twice", async () => {
    const m = await createMember();
    const phone = await withPhone(m);
    await notify(prisma, [{ userId: m.id, kind: "PAYMENT_REVIEW", payload: {} }]);
    solapi.failNext(500, 1);
    const first = await run(day);
    expect(first.retried).toBe(1);
    const waiting = await prisma.notificationDelivery.findFirstOrThrow({ where: { userId: m.id } });
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1, failureCode: "HTTP_500" });
    expect(accepted(phone)).toHaveLength(0);
    expect(await run(new Date(day.getTime() + 30_000))).toMatchObject({ sent: 0 }); // not yet due
    const later = new Date(day.getTime() + 61_000);
    await Promise.all([run(later), run(later)]);
    expect(accepted(phone)).toHaveLength(1);
    expect(await prisma.notificationDelivery.findFirstOrThrow({ where: { userId: m.id } })).toMatchObject({ status: "SENT", attempts: 2 });
    await run(new Date(day.getTime() + 3_600_000));
    expect(accepted(phone)).toHaveLength(1);
  });

  // needs a second connection beside the open transaction: PostgreSQL only (embedded PGlite has one)
  it.skipIf(!process.env.DATABASE_URL)("a rolled-back notification never reaches the provider (only committed rows are delivered)", async () => {
    const m = await createMember();
    const phone = await withPhone(m);
    await expect(
      prisma.$transaction(async (tx) => {
        await notify(tx, [{ userId: m.id, kind: "MATCH_ACTIVATED", payload: {} }]);
        await run(day); // runs while the transaction is open: the row is not visible to it
        throw new Error("the cause failed");
      }),
    ).rejects.toThrow("the cause failed");
    await run(day);
    expect(to(phone)).toHaveLength(0);
  });
});

describe("settings decide what is sent and when", () => {
  it("settings round-trip through the API; a switched-off kind is not sent; service news cannot be switched off", async () => {
    const m = await createMember();
    const phone = await withPhone(m);
    const initial = await callOp(getNotificationSettingsOperation, { as: m });
    expect(initial.body).toMatchObject({ quietHours: true, hasPhone: true, marketing: { consented: false }, email: { masked: null } });
    const off = await callOp(updateNotificationSettingsOperation, { as: m, body: settingsBody({ LIKES: [], WEEKLY: [] }) });
    expect(off.status).toBe(200);
    expect(off.body.categories.find((c) => c.category === "LIKES")?.kinds.map((k) => k.channels)).toEqual([[]]);
    expect((await callOp(getNotificationSettingsOperation, { as: m })).body).toEqual(off.body);
    const refused = await callOp(updateNotificationSettingsOperation, { as: m, body: settingsBody({ SERVICE: [] }) });
    expect(refused.status).toBe(422);
    const noEmail = await callOp(updateNotificationSettingsOperation, { as: m, body: settingsBody({ SERVICE: ["EMAIL"] }) });
    expect(noEmail.status).toBe(422);

    await notify(prisma, [
      { userId: m.id, kind: "LIKE_RECEIVED", payload: {} },
      { userId: m.id, kind: "WEEKLY_RECOMMENDATIONS", payload: {}, dedupeKey: "w" },
      { userId: m.id, kind: "MATCH_ACTIVATED", payload: {} },
    ]);
    await run(day);
    expect(to(phone).map((x) => x.templateId)).toEqual(["INY_MATCH_ACTIVE_V1"]);
  });

  it("광고 scheduled at 22:00 KST goes out at 08:00 (as SMS, never 알림톡); a withdrawn consent stops one still waiting", async () => {
    const [m, n] = [await createMember(), await createMember()];
    const [pm, pn] = [await withPhone(m), await withPhone(n)];
    for (const u of [m, n]) expect((await callOp(updateNotificationSettingsOperation, { as: u, body: settingsBody({}, { marketingConsent: true }) })).body.marketing.consented).toBe(true);
    const at22 = nextSeoulHour(new Date(), 22);
    await notifyAt(m.id, "MARKETING_NOTICE", at22);
    await notifyAt(n.id, "MARKETING_NOTICE", at22);
    await run(at22);
    const held = await prisma.notificationDelivery.findFirstOrThrow({ where: { userId: m.id } });
    const morning = nextSeoulHour(at22, 8);
    expect(held).toMatchObject({ channel: "SMS", status: "PENDING", nextAttemptAt: morning });
    await run(new Date(morning.getTime() - 60_000));
    expect(to(pm)).toHaveLength(0);

    const withdrawn = await callOp(updateNotificationSettingsOperation, { as: n, body: settingsBody({}, { marketingConsent: false }) });
    expect(withdrawn.body.marketing).toMatchObject({ consented: false, withdrawnAt: expect.any(String) });
    await run(morning);
    expect(accepted(pm)).toHaveLength(1);
    // "(광고)" is the very first word of the message (정보통신망법 제50조), the sender right after it
    expect(accepted(pm)[0]!.text).toMatch(/^\(광고\) \[인연\] /);
    expect(to(pn)).toHaveLength(0);
    expect(await prisma.notificationDelivery.findFirstOrThrow({ where: { userId: n.id } })).toMatchObject({ status: "FAILED", failureCode: "CONSENT_WITHDRAWN" });
  });

  it("without consent 광고 is never planned", async () => {
    const m = await createMember();
    const phone = await withPhone(m);
    const noon = nextSeoulHour(new Date(), 12);
    await notifyAt(m.id, "MARKETING_NOTICE", noon);
    await run(noon);
    expect(await prisma.notificationDelivery.count({ where: { userId: m.id } })).toBe(0);
    expect(to(phone)).toHaveLength(0);
  });

  it("quiet hours hold a non-urgent kind until 08:00; an urgent one (결제 기한) goes at night; likes arrive as one digest a day", async () => {
    const m = await createMember();
    const phone = await withPhone(m);
    const at23 = nextSeoulHour(new Date(), 23);
    await notifyAt(m.id, "MATCH_ACTIVATED", at23);
    await notifyAt(m.id, "MATCH_EXPIRING", at23, { expiresAt: new Date(at23.getTime() + 20 * 3_600_000).toISOString() });
    await notifyAt(m.id, "LIKE_RECEIVED", at23);
    await notifyAt(m.id, "LIKE_RECEIVED", new Date(at23.getTime() + 1000));
    await run(new Date(at23.getTime() + 2000));
    expect(to(phone).map((x) => x.templateId)).toEqual(["INY_MATCH_EXPIRING_V1"]);
    expect(to(phone)[0]!.variables?.["#{기한}"]).toMatch(/\d+월 \d+일 \d\d:\d\d/);
    const morning = nextSeoulHour(at23, 8);
    await run(morning);
    expect(to(phone).map((x) => x.templateId).sort()).toEqual(["INY_LIKE_DIGEST_V1", "INY_MATCH_ACTIVE_V1", "INY_MATCH_EXPIRING_V1"]);
  });
});

describe("e-mail", () => {
  it("an address verified by the link gets Korean HTML + text mails; the link works once, for its member only", async () => {
    const [m, other] = [await createMember(), await createMember()];
    await withPhone(m);
    const address = `reach-${randomInt(1e6, 9e6)}@example.com`;
    const set = await callOp(setNotificationEmailOperation, { as: m, body: { email: address } });
    expect(set.body).toMatchObject({ sent: true, settings: { email: { verified: false, pending: true, masked: expect.stringContaining("****@example.com") } } });
    const mail = smtp.mails.findLast((x) => x.to.includes(address))!;
    expect(mail.subject).toBe("[인연] 이메일 주소를 인증해 주세요");
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
    expect((await callOp(verifyNotificationEmailOperation, { as: other, body: { token } })).status).toBe(404);
    expect((await callOp(verifyNotificationEmailOperation, { as: m, body: { token } })).body.settings.email.verified).toBe(true);
    expect((await callOp(verifyNotificationEmailOperation, { as: m, body: { token } })).status).toBe(404);

    await callOp(updateNotificationSettingsOperation, { as: m, body: settingsBody({ SERVICE: ["EMAIL"] }) });
    await notify(prisma, [{ userId: m.id, kind: "PAYMENT_CONFIRMED", payload: { paymentId: "p1" } }]);
    await run(day);
    const sent = smtp.mails.findLast((x) => x.to.includes(address) && x.subject === "[인연] 결제가 확인되었어요")!;
    expect(sent.text).toContain("결제가 확인되었어요. 결제해 주셔서 감사해요.");
    expect(sent.html).toContain('<html lang="ko">');
    expect(await prisma.notificationDelivery.findFirstOrThrow({ where: { userId: m.id, channel: "EMAIL" } })).toMatchObject({ status: "SENT", providerMessageId: sent.messageId });
    expect(await prisma.notificationDelivery.count({ where: { userId: m.id, channel: { in: ["ALIMTALK", "SMS"] } } })).toBe(0);
  });
});

describe("admin", () => {
  it("lists a member's deliveries without contacts and resends a failed one once (audited); a sent one is refused", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const m = await createMember();
    const phone = await withPhone(m, "8888"); // every type fails for this number
    await notify(prisma, [{ userId: m.id, kind: "MATCH_ACTIVATED", payload: {} }]);
    await run(day);
    const list = await callOp(listMemberDeliveriesOperation, { as: admin, params: { id: m.id } });
    expect(list.body.items.map((i) => [i.channel, i.status])).toEqual(expect.arrayContaining([["ALIMTALK", "FAILED"], ["SMS", "FAILED"]]));
    expect(JSON.stringify(list.body)).not.toContain(phone);
    const failed = list.body.items.find((i) => i.channel === "SMS")!;
    await prisma.user.update({ where: { id: m.id }, data: { phoneEnc: encryptPii(newPhone()) } });
    expect((await callOp(resendDeliveryOperation, { as: admin, params: { id: failed.id } })).status).toBe(200);
    expect(await prisma.adminAction.count({ where: { action: "NOTIFICATION_RESENT", targetId: failed.id } })).toBe(1);
    // the resend is due at the real now, which is after `day` when the file runs in Seoul's daytime
    await run(new Date(Math.max(day.getTime(), Date.now())));
    expect(await prisma.notificationDelivery.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "SENT" });
    expect((await callOp(resendDeliveryOperation, { as: admin, params: { id: failed.id } })).status).toBe(409);
    expect((await callOp(listMemberDeliveriesOperation, { as: m, params: { id: m.id } })).status).toBe(403);
  });
});

describe("logs", () => {
  it("no log line of this file carries a phone number or an e-mail address", () => {
    expect(phones.length).toBeGreaterThan(5);
    expect(logged.length).toBeGreaterThan(0);
    const all = logged.join("\n");
    for (const p of phones) {
      expect(all).not.toContain(p);
      expect(all).not.toContain(p.replace(/^(\d{3})(\d{4})(\d{4})$/, "$1-$2-$3"));
    }
    expect(all).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}/);
  });
});

describe("reminders that matter", () => {
  it("the partner of a pending match hears that the match fee was paid (once); both members hear 24 h before it expires", async () => {
    const { createTransferIntentOperation } = await import("@/lib/payments/create-transfer-intent");
    const { verifyPaymentOperation } = await import("@/lib/payments/verify-payment");
    const { notifyExpiringMatches } = await import("@/lib/notifications/match-notices");
    const { canonicalPair } = await import("@/lib/matching/pair");
    const admin = await createMember({ role: "ADMIN" });
    const [a, b, c, d] = [await createMember(), await createMember(), await createMember(), await createMember()];
    const [, pb, pc, pd] = [await withPhone(a), await withPhone(b), await withPhone(c), await withPhone(d)];
    await prisma.user.updateMany({ where: { id: { in: [a.id, b.id, c.id, d.id] } }, data: { status: "MATCHING", matchingCount: 1 } });
    const paid = await prisma.match.create({ data: { ...canonicalPair(a.id, b.id), status: "PENDING", expiresAt: new Date(Date.now() + 5 * 86_400_000) } });
    const intent = await callOp(createTransferIntentOperation, { as: a, body: { matchId: paid.id } });
    expect((await callOp(verifyPaymentOperation, { as: admin, params: { id: intent.body.payment.id }, body: { depositorName: `${intent.body.payment.depositCode} 홍길동` } })).status).toBe(200);
    const expiring = await prisma.match.create({ data: { ...canonicalPair(c.id, d.id), status: "PENDING", expiresAt: new Date(Date.now() + 20 * 3_600_000) } });
    await notifyExpiringMatches({ hours: 24 });
    await notifyExpiringMatches({ hours: 24 });
    await run(day);
    expect(to(pb).filter((x) => x.templateId === "INY_PARTNER_PAID_V1")).toHaveLength(1);
    for (const p of [pc, pd]) expect(to(p).map((x) => x.templateId)).toEqual(["INY_MATCH_EXPIRING_V1"]);
    expect(to(pc)[0]!.buttons).toEqual([expect.objectContaining({ linkMo: expect.stringContaining(`/matches/${expiring.id}`) })]);
  });
});
