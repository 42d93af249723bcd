// Withdrawal (DELETE /api/me) and data export (GET /api/me/export): one transaction erases PII and
// member data and closes open matches, photo objects leave storage, the tombstone keeps what the
// law needs (payments, consents, reports), and the Kakao id comes back only as a brand-new member.
import { randomUUID } from "node:crypto";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { blindIndex } from "@/lib/crypto/pii";
import { withdrawMember } from "@/lib/members/withdraw-member";
import { bucket, headObject, s3 } from "@/lib/storage";
import { kakaoStub } from "../setup/isolated-db";
import { blockMemberOperation } from "@/lib/members/block-member";
import { completeOnboardingOperation } from "@/lib/members/complete-onboarding";
import { exportMyDataOperation } from "@/lib/members/export-my-data";
import { exportMyDataTextOperation } from "@/lib/members/export-my-data-text";
import { getMeOperation } from "@/lib/members/get-me";
import { syncKakaoOperation } from "@/lib/auth/sync-kakao";
import { withdrawSelfOperation } from "@/lib/members/withdraw-member";
import { updatePreferencesOperation } from "@/lib/profiles/update-preferences";
import { updateProfileOperation } from "@/lib/profiles/update-profile";
import { createReportOperation } from "@/lib/reports/create-report";
import { callOp } from "../helpers/call-op";
import { tokenFor } from "../helpers/http";
import { createMember } from "../helpers/factories";
import { userRow } from "../helpers/member-state";

let phoneSeq = 20_000_000;

/** A member who went through onboarding, profile and preferences via the API. */
async function fullMember(opts: { gender?: "M" | "F"; realName?: string; phone?: string } = {}) {
  const gender = opts.gender ?? "F";
  const user = await createMember({ status: "ONBOARDING", withProfile: false });
  const token = await tokenFor(user);
  const phone = opts.phone ?? `010${++phoneSeq}`;
  const realName = opts.realName ?? "이서연";
  const ob = await callOp(completeOnboardingOperation, { as: user, body: { realName, phone, birthDate: "1992-09-14", gender, agreeTerms: true, agreePrivacy: true, agreeRefund: true, confirmAdult: true } });
  expect(ob.status).toBe(200);
  expect((await callOp(updateProfileOperation, { as: user, body: { nickname: `회원${phoneSeq % 1000}`, region: "서울", intro: "안녕하세요" } })).status).toBe(200);
  expect((await callOp(updatePreferencesOperation, { as: user, body: { targetGender: gender === "F" ? "M" : "F", ageMin: 28, ageMax: 40 } })).status).toBe(200);
  return { id: user.id, kakaoId: user.kakaoId!, token, phone, realName };
}

async function putPhoto(userId: string, folder = ""): Promise<string> {
  const key = `photos/${userId}/${folder}${randomUUID()}.png`;
  await s3().send(new PutObjectCommand({ Bucket: bucket(), Key: key, Body: Buffer.from("png-bytes"), ContentType: "image/png" }));
  return key;
}

function pair(a: string, b: string) {
  return a < b ? { userAId: a, userBId: b } : { userAId: b, userBId: a };
}

describe("DELETE /api/me", () => {
  it("erases PII and member data, closes open matches, deletes photo objects and keeps the legal records", async () => {
    const me = await fullMember({ realName: "탈퇴자", phone: "010-7777-1234" });
    const partner = await createMember({ gender: "M" });
    const other = await createMember({ gender: "M" });
    const exPartner = await createMember({ gender: "M" });
    await prisma.user.update({ where: { id: partner.id }, data: { status: "MATCHING" } });
    await prisma.user.update({ where: { id: me.id }, data: { name: "카카오닉", image: "https://k.example/p.jpg", status: "MATCHING" } });

    // photos: two attached (their re-encoded objects), one uploaded but never attached, plus another member's object
    const attached = [await putPhoto(me.id, "public/"), await putPhoto(me.id, "public/")];
    const orphan = await putPhoto(me.id);
    const foreign = await putPhoto(other.id);
    for (const [position, publicKey] of attached.entries()) {
      await prisma.photo.create({ data: { userId: me.id, key: `photos/${me.id}/${randomUUID()}.png`, publicKey, position, status: "APPROVED" } });
    }

    await prisma.account.create({ data: { userId: me.id, type: "oauth", provider: "kakao", providerAccountId: me.kakaoId, access_token: "secret" } });
    await prisma.session.create({ data: { userId: me.id, sessionToken: randomUUID(), expires: new Date(Date.now() + 86_400_000) } });
    const pending = await prisma.match.create({ data: { ...pair(me.id, partner.id), status: "PENDING" } });
    const active = await prisma.match.create({ data: { ...pair(me.id, other.id), status: "ACTIVE", activatedAt: new Date() } });
    const closedBefore = await prisma.match.create({ data: { ...pair(me.id, exPartner.id), status: "CLOSED", closedAt: new Date(0), closedReason: "EXPIRED" } });
    const paid = await prisma.payment.create({
      data: { userId: me.id, matchId: active.id, purpose: "MATCH_FEE", method: "TOSS", amount: 55000, status: "PAID", orderId: randomUUID(), orderName: "매칭 이용료" },
    });
    const waiting = await prisma.payment.create({
      data: { userId: partner.id, matchId: pending.id, purpose: "MATCH_FEE", method: "TRANSFER", amount: 55000, status: "PENDING", orderId: randomUUID(), orderName: "매칭 이용료", depositCode: `D${Date.now()}` },
    });
    await callOp(blockMemberOperation, { as: me, body: { userId: exPartner.id } });
    await callOp(createReportOperation, { as: me, body: { userId: other.id, reason: "HARASSMENT" } });
    await prisma.report.create({ data: { reporterId: partner.id, reportedId: me.id, reason: "OTHER" } });
    await prisma.like.create({ data: { fromId: me.id, toId: partner.id, batchWeek: "2026-W47" } });

    const res = await callOp(withdrawSelfOperation, { as: me });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, status: "WITHDRAWN" });

    const row = await userRow(me.id);
    expect(row).toMatchObject({
      status: "WITHDRAWN",
      kakaoId: null,
      name: null,
      email: null,
      image: null,
      realNameEnc: null,
      phoneEnc: null,
      phoneHash: null,
      birthDate: null,
      gender: null,
    });
    expect(row.deletedAt).toBeInstanceOf(Date);
    const [raw] = await prisma.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "User" WHERE id = ${me.id}::uuid`;
    const rawText = JSON.stringify(raw);
    for (const pii of ["탈퇴자", "77771234", "카카오닉", me.kakaoId, "1992-09-14"]) expect(rawText).not.toContain(pii);

    expect(await prisma.profile.count({ where: { userId: me.id } })).toBe(0);
    expect(await prisma.photo.count({ where: { userId: me.id } })).toBe(0);
    expect(await prisma.preference.count({ where: { userId: me.id } })).toBe(0);
    expect(await prisma.account.count({ where: { userId: me.id } })).toBe(0);
    expect(await prisma.session.count({ where: { userId: me.id } })).toBe(0);
    expect(await prisma.block.count({ where: { blockerId: me.id } })).toBe(0);

    for (const m of [pending, active]) {
      expect(await prisma.match.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ status: "CLOSED", closedReason: "WITHDRAWN", closedAt: expect.any(Date) });
    }
    expect(await prisma.match.findUniqueOrThrow({ where: { id: closedBefore.id } })).toMatchObject({ status: "CLOSED", closedReason: "EXPIRED" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: partner.id } })).status).toBe("ACTIVE");

    // kept: payment records (전자상거래법), consents, reports in both directions
    expect(await prisma.payment.findUniqueOrThrow({ where: { id: paid.id } })).toMatchObject({ status: "PAID", amount: 55000 });
    expect((await prisma.payment.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe("CANCELED");
    expect(await prisma.consent.count({ where: { userId: me.id } })).toBe(1);
    expect(await prisma.report.count({ where: { OR: [{ reporterId: me.id }, { reportedId: me.id }] } })).toBe(2);

    // storage: every object under the member's prefix is gone, other members' are untouched
    for (const key of [...attached, orphan]) expect(await headObject(key), key).toBeNull();
    expect(await headObject(foreign)).not.toBeNull();

    // the old token no longer works; a second withdrawal cannot happen
    expect((await callOp(getMeOperation, { as: me })).status).toBe(401);
    expect((await callOp(withdrawSelfOperation, { as: me })).status).toBe(401);
  });

  it("signing in again with the same Kakao id creates a brand-new member", async () => {
    const me = await fullMember();
    await callOp(withdrawSelfOperation, { as: me });
    const res = await callOp(syncKakaoOperation, { body: { accessToken: kakaoStub.issueAccessToken({ kakaoId: me.kakaoId, nickname: "돌아온회원" }) } });
    expect(res.status).toBe(200);
    expect(res.body.user.id).not.toBe(me.id);
    expect(res.body.user).toMatchObject({ kakaoId: me.kakaoId, status: "ONBOARDING" });
    const fresh = await callOp(getMeOperation, { as: { token: res.body.jwt } });
    expect(fresh.body).toMatchObject({ profile: null, preferences: null, account: { realName: null, phone: null } });
    // the same phone may onboard again: the withdrawn member's index was erased
    const again = await callOp(completeOnboardingOperation, { as: { token: res.body.jwt }, body: { realName: "다시가입", phone: me.phone, birthDate: "1992-09-14", gender: "F", agreeTerms: true, agreePrivacy: true, agreeRefund: true, confirmAdult: true } });
    expect(again.status).toBe(200);
  });

  it("a banned member's withdrawal keeps only the phone's blind index, so the ban survives", async () => {
    const me = await fullMember({ phone: "010-6666-1111" });
    await prisma.user.update({ where: { id: me.id }, data: { status: "BANNED", bannedAt: new Date(), banReason: "사기" } });
    expect(await withdrawMember({ userId: me.id, reason: "ADMIN" })).toMatchObject({ withdrawn: true });
    const row = await userRow(me.id);
    expect(row).toMatchObject({ status: "WITHDRAWN", realNameEnc: null, phoneEnc: null, phoneHash: blindIndex("01066661111"), kakaoId: null });
    expect(await prisma.bannedPhone.findUnique({ where: { phoneHash: blindIndex("01066661111") } })).not.toBeNull();
    expect(await withdrawMember({ userId: me.id, reason: "ADMIN" })).toEqual({ withdrawn: false, closedMatches: 0, refunds: [] });

    const newcomer = await createMember({ status: "ONBOARDING", withProfile: false });
    const res = await callOp(completeOnboardingOperation, { as: newcomer, body: { realName: "새사람", phone: "01066661111", birthDate: "1990-01-01", gender: "M", agreeTerms: true, agreePrivacy: true, agreeRefund: true, confirmAdult: true } });
    expect(res.status).toBe(403);
  });

  it("lets a member who never finished onboarding withdraw", async () => {
    const newcomer = await createMember({ status: "ONBOARDING", withProfile: false });
    const res = await callOp(withdrawSelfOperation, { as: newcomer });
    expect(res.status).toBe(200);
    expect((await userRow(newcomer.id)).status).toBe("WITHDRAWN");
  });
});

describe("GET /api/me/export", () => {
  it("downloads the member's own data (PII decrypted) and no other member's PII", async () => {
    const me = await fullMember({ realName: "내보내기", phone: "010-4242-5151" });
    const other = await fullMember({ gender: "M", realName: "상대회원", phone: "010-9090-8080" });
    await prisma.like.create({ data: { fromId: me.id, toId: other.id, batchWeek: "2026-W47" } });
    await prisma.like.create({ data: { fromId: other.id, toId: me.id, batchWeek: "2026-W47" } });
    const match = await prisma.match.create({ data: { ...pair(me.id, other.id), status: "PENDING" } });
    await prisma.payment.create({
      data: { userId: me.id, matchId: match.id, purpose: "MATCH_FEE", method: "TRANSFER", amount: 55000, orderId: randomUUID(), orderName: "매칭 이용료", depositCode: `E${Date.now()}`, depositorName: "내보내기" },
    });
    const third = await createMember();
    await callOp(blockMemberOperation, { as: me, body: { userId: third.id } });
    await callOp(createReportOperation, { as: other, body: { userId: me.id, reason: "OTHER", detail: "상대가 쓴 신고 내용" } });

    const inquiry = await prisma.inquiry.create({ data: { memberId: me.id, category: "PAYMENT", messages: { create: [{ authorId: me.id, fromStaff: false, body: "이체 영수증을 첨부해요" }] } } });

    const res = await callOp(exportMyDataOperation, { as: me });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="inyeon-my-data-\d{8}\.json"$/);
    expect(res.headers.get("content-type")).toContain("application/json");
    const data = res.body;
    expect(data.user).toMatchObject({ id: me.id, realName: "내보내기", phone: "010-4242-5151", birthDate: "1992-09-14", gender: "F", status: "ACTIVE" });
    expect(data.consents).toHaveLength(1);
    expect(data.profile).toMatchObject({ region: "서울", intro: "안녕하세요" });
    expect(data.preferences).toMatchObject({ targetGender: "M", ageMin: 28, ageMax: 40 });
    expect(data.blocks).toEqual([expect.objectContaining({ blockedUserId: third.id })]);
    expect(data.likesSent).toEqual([expect.objectContaining({ toUserId: other.id, batchWeek: "2026-W47" })]);
    expect(data.matches).toEqual([expect.objectContaining({ id: match.id, partnerUserId: other.id, status: "PENDING" })]);
    expect(data.payments).toEqual([expect.objectContaining({ amount: 55000, depositorName: "내보내기" })]);
    expect(data.reports).toEqual([]);
    expect(data.inquiries).toEqual([expect.objectContaining({ id: inquiry.id, category: "PAYMENT", messages: [expect.objectContaining({ from: "ME", body: "이체 영수증을 첨부해요", screenshot: false })] })]);
    expect(data.consultations).toEqual([]);

    const text = JSON.stringify(data);
    for (const foreign of ["상대회원", "9090", "8080", "상대가 쓴 신고 내용", other.kakaoId]) expect(text).not.toContain(foreign);
    expect(text).not.toContain("phoneEnc");
    expect(text).not.toContain("phoneHash");

    expect((await callOp(exportMyDataOperation)).status).toBe(401);

    // the same copy as a file a person reads: Korean labels, Seoul times, the inquiry thread
    const txt = await callOp(exportMyDataTextOperation, { as: me });
    expect(txt.status).toBe(200);
    expect(txt.headers.get("content-disposition")).toMatch(/^attachment; filename="inyeon-my-data-\d{8}\.txt"$/);
    expect(txt.headers.get("content-type")).toContain("text/plain");
    const readable = String(txt.body);
    expect(readable).toContain("이름(실명): 내보내기");
    expect(readable).toContain("■ 1:1 문의");
    expect(readable).toContain("나 (");
    expect(readable).toContain("이체 영수증을 첨부해요");
    for (const foreign of ["상대회원", "9090-8080", "상대가 쓴 신고 내용"]) expect(readable).not.toContain(foreign);
    expect((await callOp(exportMyDataTextOperation)).status).toBe(401);
  });
});
