// Reaching members outside the app, the follow-up (issue 22), against the local Solapi server:
//  - settings per KIND: round trip through the API and the page's action; a switched-off kind is not
//    sent while its sibling of the same category is; service kinds refuse "none"; settings stored per
//    category before are read as the default of their kinds;
//  - a 알림톡 accepted at send and reported failed later (…7777): the job follows the report, records
//    the provider's code and sends the SMS exactly once (two runs at once included);
//  - 광고 campaigns from the operator's tool: only consenting members, 22:00 → 08:00, a withdrawal
//    before it goes stops it, idempotent per campaign, audited, checked text;
//  - and no phone number or address in any log line of this file.
import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { nextSeoulHour } from "@/lib/core/seoul-time";
import { activeChannels } from "@/lib/notifications/channels";
import { deliverNotifications } from "@/lib/notifications/deliver";
import { notify } from "@/lib/notifications/notify";
import { getNotificationSettingsOperation, updateNotificationSettingsOperation } from "@/lib/notifications/notification-settings";
import { listNotificationsOperation } from "@/lib/notifications/list-notifications";
import { cancelCampaignOperation, listCampaignsOperation, marketingAudienceOperation, scheduleCampaignOperation } from "@/lib/notifications/campaigns";
import { CAMPAIGN_BODY_TEMPLATE, REFUSAL_LINE } from "@/lib/notifications/campaign-rules";
import { NOTIFICATION_KINDS } from "@/lib/notifications/schemas";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";
import { accepted, captureLogs, daytime, reachPhones, solapi, to } from "../helpers/reach";
import { actAs } from "../helpers/page-session";

vi.mock("next/headers", async () => (await import("../helpers/page-session")).pageHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const channels = activeChannels(["alimtalk", "sms", "email"]);
const run = (now: Date) => deliverNotifications({ now, channels });
type Member = Awaited<ReturnType<typeof createMember>>;

const { phones, withPhone } = reachPhones();
const day = daytime();
const minutes = (at: Date, n: number) => new Date(at.getTime() + n * 60_000);
const form = (fields: [string, string][]) => {
  const fd = new FormData();
  for (const [k, v] of fields) fd.append(k, v);
  return fd;
};
/** the page's form as a member would send it: every kind's boxes, ticked or not */
const pageForm = (ticked: Partial<Record<string, string[]>>, rest: { quietHours?: boolean; marketingConsent?: boolean } = {}) =>
  form([
    ...NOTIFICATION_KINDS.flatMap((k) => (ticked[k] ?? ["KAKAO"]).map((ch): [string, string] => [`channels.${k}`, ch])),
    ...(rest.quietHours === false ? [] : ([["quietHours", "on"]] as [string, string][])),
    ...(rest.marketingConsent ? ([["marketingConsent", "on"]] as [string, string][]) : []),
  ]);
const kindOf = (body: { categories: { kinds: { kind: string; channels: string[]; required: boolean }[] }[] }, kind: string) => body.categories.flatMap((c) => c.kinds).find((k) => k.kind === kind)!;
const consent = (m: Member) => callOp(updateNotificationSettingsOperation, { as: m, body: { channels: {}, quietHours: true, marketingConsent: true } });
const withdraw = (m: Member) => callOp(updateNotificationSettingsOperation, { as: m, body: { channels: {}, quietHours: true, marketingConsent: false } });
const campaignBody = (text: string) => `(광고) [인연] ${text}\n\n${REFUSAL_LINE}`;

const logged = captureLogs();

describe("settings per kind", () => {
  it("round-trip through the API and the page; a switched-off kind is not sent while its sibling is; service kinds keep one channel", async () => {
    const m = await createMember();
    const phone = await withPhone(m);
    const initial = await callOp(getNotificationSettingsOperation, { as: m });
    expect(initial.body.categories.map((c) => c.category)).toEqual(["SERVICE", "LIKES", "WEEKLY", "PHOTO", "MARKETING"]);
    // every member-facing kind; the manager's booking notice is an operator's, not on a member's page
    expect(initial.body.categories.flatMap((c) => c.kinds).map((k) => k.kind).sort()).toEqual(NOTIFICATION_KINDS.filter((k) => k !== "MANAGER_CONSULTATION_CHANGED").sort());
    expect(kindOf(initial.body, "MATCH_CREATED")).toEqual({ kind: "MATCH_CREATED", channels: ["KAKAO"], required: true });
    expect(kindOf(initial.body, "LIKE_RECEIVED")).toMatchObject({ channels: ["KAKAO"], required: false });

    // API: one kind of PHOTO off, its sibling on; kinds not named keep theirs
    const api = await callOp(updateNotificationSettingsOperation, { as: m, body: { channels: { PHOTO_APPROVED: [], FEEDBACK_REQUEST: [] }, quietHours: true, marketingConsent: false } });
    expect(api.status).toBe(200);
    expect(kindOf(api.body, "PHOTO_APPROVED").channels).toEqual([]);
    expect(kindOf(api.body, "PHOTO_REJECTED").channels).toEqual(["KAKAO"]);
    expect(kindOf(api.body, "FEEDBACK_REQUEST")).toMatchObject({ channels: [], required: false });
    expect((await callOp(getNotificationSettingsOperation, { as: m })).body).toEqual(api.body);

    // a service kind with no channel is refused, on its own field, whichever way it is named
    const refused = await callOp(updateNotificationSettingsOperation, { as: m, body: { channels: { MATCH_CREATED: [] }, quietHours: true, marketingConsent: false } });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain("channels.MATCH_CREATED");
    expect((await callOp(updateNotificationSettingsOperation, { as: m, body: { channels: { SERVICE: [] }, quietHours: true, marketingConsent: false } })).status).toBe(422);
    expect((await callOp(updateNotificationSettingsOperation, { as: m, body: { channels: { NOT_A_KIND: [] }, quietHours: true, marketingConsent: false } })).status).toBe(422);
    expect(kindOf((await callOp(getNotificationSettingsOperation, { as: m })).body, "MATCH_CREATED").channels).toEqual(["KAKAO"]);

    // the page: the same operation through its action; unticked boxes switch a kind off
    const { saveNotificationSettingsAction } = await import("@/app/(member)/me/notifications/actions");
    await actAs(m);
    const saved = await saveNotificationSettingsAction({ ok: false }, pageForm({ WEEKLY_RECOMMENDATIONS: [], PHOTO_APPROVED: [] }));
    expect(saved).toMatchObject({ ok: true, message: "알림 설정을 저장했어요." });
    const after = (await callOp(getNotificationSettingsOperation, { as: m })).body;
    expect(kindOf(after, "WEEKLY_RECOMMENDATIONS").channels).toEqual([]);
    expect(kindOf(after, "PHOTO_APPROVED").channels).toEqual([]);
    expect(kindOf(after, "FEEDBACK_REQUEST").channels).toEqual(["KAKAO"]);
    const pageRefused = await saveNotificationSettingsAction({ ok: false }, pageForm({ PAYMENT_DUE: [] }));
    expect(pageRefused).toMatchObject({ ok: false, fields: { "channels.PAYMENT_DUE": [expect.stringContaining("한 가지 이상")] } });

    await notify(prisma, [
      { userId: m.id, kind: "PHOTO_APPROVED", payload: {} },
      { userId: m.id, kind: "PHOTO_REJECTED", payload: { reason: "LOW_QUALITY" } },
      { userId: m.id, kind: "WEEKLY_RECOMMENDATIONS", payload: {}, dedupeKey: "w-kind" },
    ]);
    await run(day);
    expect(to(phone).map((x) => x.templateId)).toEqual(["INY_PHOTO_REJECTED_REASON_V1"]);
    // in the app, every kind is still listed
    expect((await callOp(listNotificationsOperation, { as: m })).body.items.map((i) => i.kind).sort()).toEqual(["PHOTO_APPROVED", "PHOTO_REJECTED", "WEEKLY_RECOMMENDATIONS"]);
  });

  it("settings stored per category (before per-kind settings) are the default of their kinds", async () => {
    const m = await createMember();
    const phone = await withPhone(m);
    await prisma.notificationSetting.create({ data: { userId: m.id, channels: { SERVICE: ["KAKAO"], LIKES: [], WEEKLY: ["KAKAO"], PHOTO: [], MARKETING: ["KAKAO"] } } });
    const read = (await callOp(getNotificationSettingsOperation, { as: m })).body;
    expect(kindOf(read, "LIKE_RECEIVED").channels).toEqual([]);
    expect(kindOf(read, "DOCUMENT_LAPSED").channels).toEqual([]);
    expect(kindOf(read, "MATCH_ACTIVATED").channels).toEqual(["KAKAO"]);
    await notify(prisma, [
      { userId: m.id, kind: "LIKE_RECEIVED", payload: {} },
      { userId: m.id, kind: "DOCUMENT_APPROVED", payload: { kind: "EDUCATION" } },
      { userId: m.id, kind: "MATCH_ACTIVATED", payload: {} },
    ]);
    await run(day);
    expect(to(phone).map((x) => x.templateId)).toEqual(["INY_MATCH_ACTIVE_V1"]);
    // saving one kind keeps the others as they were read, now per kind
    await callOp(updateNotificationSettingsOperation, { as: m, body: { channels: { LIKE_RECEIVED: ["KAKAO"] }, quietHours: true, marketingConsent: false } });
    const stored = (await prisma.notificationSetting.findUniqueOrThrow({ where: { userId: m.id } })).channels as Record<string, string[]>;
    expect(stored).toMatchObject({ LIKE_RECEIVED: ["KAKAO"], DOCUMENT_LAPSED: [], MATCH_ACTIVATED: ["KAKAO"] });
  });
});

describe("알림톡 refused after Solapi accepted it (delivery report)", () => {
  it("the job follows the report: …7777 is FAILED with the provider's code and gets the SMS exactly once; a delivered one is closed", async () => {
    const [bad, good] = [await createMember(), await createMember()];
    const [pBad, pGood] = [await withPhone(bad, "7777"), await withPhone(good)];
    await notify(prisma, [
      { userId: bad.id, kind: "MATCH_ACTIVATED", payload: {} },
      { userId: good.id, kind: "MATCH_ACTIVATED", payload: {} },
    ]);
    await run(day);
    // accepted at send: SENT with the provider's id, its report not final yet
    for (const m of [bad, good]) {
      expect(await prisma.notificationDelivery.findFirstOrThrow({ where: { userId: m.id } })).toMatchObject({ channel: "ALIMTALK", status: "SENT", reportedAt: null, providerMessageId: expect.stringMatching(/^M4V/) });
    }
    expect(accepted(pBad).map((x) => x.type)).toEqual(["ATA"]);

    // asked before the provider has a final answer: still waiting, asked again later
    const reportsBefore = solapi.reportRequests;
    const early = await run(minutes(day, 1));
    expect(solapi.reportRequests).toBeGreaterThan(reportsBefore);
    expect(early.reportsChecked).toBeGreaterThanOrEqual(2);
    expect(await prisma.notificationDelivery.findFirstOrThrow({ where: { userId: bad.id } })).toMatchObject({ status: "SENT", reportedAt: null, reportChecks: 1 });
    expect(to(pBad)).toHaveLength(1);

    solapi.settleReports();
    // not due yet (the next look is a minute after the last one)
    await run(minutes(day, 1.5));
    expect(to(pBad)).toHaveLength(1);
    const later = minutes(day, 3);
    const [r1, r2] = await Promise.all([run(later), run(later)]);
    expect(r1.reportsFailed + r2.reportsFailed).toBeGreaterThanOrEqual(1);
    const rows = await prisma.notificationDelivery.findMany({ where: { userId: bad.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.channel, r.status, r.failureCode])).toEqual([
      ["ALIMTALK", "FAILED", "SOLAPI_3104"],
      ["SMS", "SENT", null],
    ]);
    const sms = to(pBad).filter((x) => x.type !== "ATA");
    expect(sms).toHaveLength(1);
    expect(sms[0]!.text).toContain("매칭이 확정되었어요");
    expect(rows[1]!.providerMessageId).toBe(sms[0]!.messageId);
    expect(await prisma.notificationDelivery.findFirstOrThrow({ where: { userId: good.id } })).toMatchObject({ status: "SENT", reportedAt: later });

    // nothing more, however often the job runs
    await run(minutes(day, 30));
    await run(minutes(day, 120));
    expect(to(pBad)).toHaveLength(2);
    expect(to(pGood)).toHaveLength(1);
  });

  it("an SMS accepted and reported undelivered later (…6666) is recorded FAILED with the provider's code, once; nothing else is sent", async () => {
    const m = await createMember();
    const phone = await withPhone(m, "6666");
    await notify(prisma, [{ userId: m.id, kind: "MATCH_ACTIVATED", payload: {} }]);
    await run(day);
    solapi.settleReports();
    await run(minutes(day, 1)); // the 알림톡's report: refused → the SMS goes out
    expect(accepted(phone).map((x) => x.type)).toEqual(["ATA", "LMS"]); // the message is longer than one SMS
    const sms = await prisma.notificationDelivery.findFirstOrThrow({ where: { userId: m.id, channel: "SMS" } });
    expect(sms).toMatchObject({ status: "SENT", reportedAt: null, providerMessageId: expect.stringMatching(/^M4V/) });
    solapi.settleReports();
    const later = minutes(day, 3);
    const [r1, r2] = await Promise.all([run(later), run(later)]);
    expect(r1.reportsFailed + r2.reportsFailed).toBe(1);
    expect(await prisma.notificationDelivery.findUniqueOrThrow({ where: { id: sms.id } })).toMatchObject({ status: "FAILED", failureCode: "SOLAPI_3008", reportedAt: later });
    await run(minutes(day, 60));
    expect(to(phone)).toHaveLength(2);
    expect(await prisma.notificationDelivery.count({ where: { userId: m.id } })).toBe(2);
  });

  it("the list lookup speaks Solapi's contract: signed, messageIds repeated, messageList keyed by id with statusCode", async () => {
    const { solapiAuthorization } = await import("@/lib/notifications/solapi");
    const m = await createMember();
    await withPhone(m);
    await notify(prisma, [{ userId: m.id, kind: "PAYMENT_REVIEW", payload: {} }]);
    await run(day);
    const id = (await prisma.notificationDelivery.findFirstOrThrow({ where: { userId: m.id } })).providerMessageId!;
    const url = `${solapi.url}/messages/v4/list?messageIds=${id}&messageIds=M4V-unknown&limit=2`;
    expect((await fetch(url)).status).toBe(401);
    const res = await fetch(url, { headers: { authorization: solapiAuthorization("test-solapi-key", "test-solapi-secret") } });
    const body = (await res.json()) as { messageList: Record<string, { statusCode: string; status: string }>; limit: number };
    expect(res.status).toBe(200);
    expect(Object.keys(body.messageList)).toEqual([id]);
    expect(["3000", "4000"]).toContain(body.messageList[id]!.statusCode);
  });
});

describe("광고 campaigns (/admin/marketing)", () => {
  it("scheduled at 22:00 KST it goes out at 08:00 to consenting members only; a withdrawal before then stops it; once per campaign; audited", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const [yes, never, gone, noPhone] = [await createMember(), await createMember(), await createMember(), await createMember()];
    const [pYes, pNever, pGone] = [await withPhone(yes), await withPhone(never), await withPhone(gone)];
    const before = (await callOp(marketingAudienceOperation, { as: admin })).body;
    for (const m of [yes, gone, noPhone]) expect((await consent(m)).body.marketing.consented).toBe(true);
    const audience = (await callOp(marketingAudienceOperation, { as: admin })).body;
    expect(audience.consenting - before.consenting).toBe(3);
    expect(audience.reachable - before.reachable).toBe(2);

    const at22 = nextSeoulHour(new Date(), 22);
    const scheduled = await callOp(scheduleCampaignOperation, { as: admin, body: { title: "12월 첫 만남 이벤트", body: campaignBody("이번 주말 첫 만남 이벤트를 열어요."), scheduledAt: at22.toISOString() } });
    expect(scheduled.status).toBe(201);
    const morning = nextSeoulHour(at22, 8);
    expect(scheduled.body).toMatchObject({ status: "SCHEDULED", title: "(광고) 12월 첫 만남 이벤트", sendsAt: morning.toISOString(), recipients: null });
    expect(await prisma.adminAction.count({ where: { action: "MARKETING_CAMPAIGN_SCHEDULED", targetId: scheduled.body.id, adminId: admin.id } })).toBe(1);

    // 22:00 and all night: nothing is created, nothing is sent
    await run(at22);
    await run(minutes(morning, -1));
    expect(await prisma.notification.count({ where: { kind: "MARKETING_NOTICE", dedupeKey: scheduled.body.id } })).toBe(0);
    for (const p of [pYes, pNever, pGone]) expect(to(p)).toHaveLength(0);

    expect((await withdraw(gone)).body.marketing.consented).toBe(false);
    // 08:00: two runs at once, one campaign, one message per consenting member
    await Promise.all([run(morning), run(morning)]);
    await run(minutes(morning, 5));
    expect(accepted(pYes)).toHaveLength(1);
    expect(accepted(pYes)[0]).toMatchObject({ type: "LMS", subject: "(광고) 12월 첫 만남 이벤트" });
    expect(accepted(pYes)[0]!.text).toMatch(/^\(광고\) \[인연\] 이번 주말 첫 만남 이벤트를 열어요\.\n\n수신거부: 인연 > 내 정보 > 알림 설정\nhttp/);
    expect(to(pNever)).toHaveLength(0);
    expect(to(pGone)).toHaveLength(0);
    expect(await prisma.notification.count({ where: { kind: "MARKETING_NOTICE", dedupeKey: scheduled.body.id, userId: { in: [yes.id, noPhone.id] } } })).toBe(2);
    expect(await prisma.notification.count({ where: { kind: "MARKETING_NOTICE", dedupeKey: scheduled.body.id, userId: { in: [never.id, gone.id] } } })).toBe(0);
    const listed = (await callOp(listCampaignsOperation, { as: admin })).body.items.find((c) => c.id === scheduled.body.id)!;
    expect(listed).toMatchObject({ status: "SENT", sentAt: morning.toISOString() });
    expect(listed.recipients).toBeGreaterThanOrEqual(2);
    // the in-app row says the campaign's words
    const inApp = (await callOp(listNotificationsOperation, { as: yes })).body.items.find((i) => i.kind === "MARKETING_NOTICE")!;
    expect(inApp).toMatchObject({ title: "(광고) 12월 첫 만남 이벤트", body: campaignBody("이번 주말 첫 만남 이벤트를 열어요.") });
    // a sent campaign cannot be cancelled
    expect((await callOp(cancelCampaignOperation, { as: admin, params: { id: scheduled.body.id } })).status).toBe(409);
  });

  it("a consent withdrawn after the campaign went out (its message held past 21:00) stops that message; a cancelled campaign sends nothing", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const m = await createMember();
    const phone = await withPhone(m);
    await consent(m);
    // due at 20:59:30: released in the window, its first attempt meets a provider 500
    const late = new Date(nextSeoulHour(new Date(), 21).getTime() - 30_000);
    const c = await callOp(scheduleCampaignOperation, { as: admin, body: { title: "늦은 소식", body: campaignBody("늦은 소식이에요."), scheduledAt: late.toISOString() } });
    expect(c.status).toBe(201);
    const cancelled = await callOp(scheduleCampaignOperation, { as: admin, body: { title: "취소할 소식", body: campaignBody("보내지 않을 소식이에요."), scheduledAt: late.toISOString() } });
    expect((await callOp(cancelCampaignOperation, { as: admin, params: { id: cancelled.body.id } })).body.status).toBe("CANCELLED");
    expect(await prisma.adminAction.count({ where: { action: "MARKETING_CAMPAIGN_CANCELLED", targetId: cancelled.body.id } })).toBe(1);
    expect((await callOp(cancelCampaignOperation, { as: admin, params: { id: cancelled.body.id } })).status).toBe(409);

    solapi.failNext(500, 2);
    expect((await run(late)).campaigns).toBe(1);
    const row = await prisma.notificationDelivery.findFirstOrThrow({ where: { userId: m.id } });
    expect(row).toMatchObject({ channel: "SMS", status: "PENDING", failureCode: "HTTP_500" });
    // its retry falls at night: held to 08:00, never sent at night
    const retry = new Date(row.nextAttemptAt.getTime() + 1000);
    await run(retry);
    const morning = nextSeoulHour(retry, 8);
    expect(await prisma.notificationDelivery.findFirstOrThrow({ where: { userId: m.id } })).toMatchObject({ status: "PENDING", nextAttemptAt: morning });
    expect(accepted(phone)).toHaveLength(0);
    await withdraw(m);
    await run(morning);
    expect(accepted(phone)).toHaveLength(0);
    expect(await prisma.notificationDelivery.findFirstOrThrow({ where: { userId: m.id } })).toMatchObject({ status: "FAILED", failureCode: "CONSENT_WITHDRAWN" });
    expect(await prisma.notification.count({ where: { dedupeKey: cancelled.body.id } })).toBe(0);
  });

  it("the text is checked: (광고) first, the refusal line last, LMS length; no past times; admins only", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const member = await createMember();
    const at = nextSeoulHour(new Date(), 12).toISOString();
    const bad = async (body: Record<string, unknown>) => (await callOp(scheduleCampaignOperation, { as: admin, body: { title: "제목", body: campaignBody("내용"), scheduledAt: at, ...body } })).status;
    expect(await bad({ body: `[인연] 광고 표시가 없어요.\n${REFUSAL_LINE}` })).toBe(422);
    expect(await bad({ body: "(광고) [인연] 수신거부 안내가 없어요." })).toBe(422);
    expect(await bad({ body: CAMPAIGN_BODY_TEMPLATE })).toBe(422); // nothing to say
    expect(await bad({ body: campaignBody("가".repeat(1000)) })).toBe(422);
    expect(await bad({ title: "아주 긴 제목이라서 장문 문자 제목에 들어가지 않아요" })).toBe(422);
    expect(await bad({ scheduledAt: new Date(Date.now() - 3_600_000).toISOString() })).toBe(422);
    expect(await bad({})).toBe(201);
    expect((await callOp(scheduleCampaignOperation, { as: member, body: { title: "제목", body: campaignBody("내용"), scheduledAt: at } })).status).toBe(403);
    expect((await callOp(marketingAudienceOperation, { as: member })).status).toBe(403);
  });

  it("the same message at the same time is scheduled once, even when submitted twice at once", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const at = nextSeoulHour(new Date(), 13);
    const body = { title: "두 번 누른 소식", body: campaignBody("한 번만 가야 하는 소식이에요."), scheduledAt: at.toISOString() };
    const twice = await Promise.all([callOp(scheduleCampaignOperation, { as: admin, body }), callOp(scheduleCampaignOperation, { as: admin, body })]);
    expect(twice.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(twice.find((r) => r.status === 409)!.error!.message).toContain("이미 예약되어 있어요");
    expect(await prisma.marketingCampaign.count({ where: { title: "두 번 누른 소식" } })).toBe(1);
    const later = await callOp(scheduleCampaignOperation, { as: admin, body: { ...body, scheduledAt: new Date(at.getTime() + 3_600_000).toISOString() } });
    expect(later.status).toBe(201); // the same text at another time is another campaign
  });

  it("the admin page's actions schedule (KST date and time) and cancel through the operations", async () => {
    const { cancelCampaignAction, scheduleCampaignAction } = await import("@/app/admin/marketing/actions");
    const admin = await createMember({ role: "ADMIN" });
    await actAs(admin);
    const tomorrow = new Date(Date.now() + 86_400_000 + 9 * 3_600_000).toISOString().slice(0, 10);
    const state = await scheduleCampaignAction({ ok: false }, form([["title", "주말 이벤트"], ["body", campaignBody("주말 이벤트가 있어요.")], ["date", tomorrow], ["time", "22:00"]]));
    expect(state).toMatchObject({ ok: true, message: expect.stringContaining("08:00") });
    const row = await prisma.marketingCampaign.findFirstOrThrow({ where: { title: "주말 이벤트" } });
    expect(row.scheduledAt.toISOString()).toBe(new Date(`${tomorrow}T22:00:00+09:00`).toISOString());
    expect(await cancelCampaignAction({ ok: false }, form([["id", row.id]]))).toMatchObject({ ok: true });
    expect((await prisma.marketingCampaign.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("CANCELLED");
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
