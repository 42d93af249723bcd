// Admin console operations (/api/admin/*): authorization of every admin operation (401 signed out,
// 403 members, with and without a middleware-bypass header), exactly one audit row per admin write,
// the memo's concurrency check and storage failures, manual match/unmatch, membership, ban (sign-in
// refused, gone from recommendations, phone blacklisted), delete, reports and the audit log.
import { describe, expect, it, beforeAll } from "vitest";
import { S3Client } from "@aws-sdk/client-s3";
import { prisma } from "@/lib/db";
import { OPERATIONS } from "@/lib/openapi/operations";
import { blindIndex, encryptPii } from "@/lib/crypto/pii";
import { addWeeks, currentWeek } from "@/lib/core/week";
import { getJson } from "@/lib/storage";
import { banMemberOperation, unbanMemberOperation } from "@/lib/admin/ban-member";
import { createManualMatchOperation } from "@/lib/admin/create-match";
import { deleteMemberOperation } from "@/lib/admin/delete-member";
import { getAdminStatsOperation } from "@/lib/admin/get-stats";
import { getUserDetailOperation } from "@/lib/admin/get-user-detail";
import { listAuditOperation } from "@/lib/admin/list-audit";
import { listCandidatesOperation } from "@/lib/admin/list-candidates";
import { listAdminMatchesOperation } from "@/lib/admin/list-matches";
import { logConsultationOperation } from "@/lib/admin/log-consultation";
import { getMemoOperation, putMemoOperation } from "@/lib/admin/memo";
import { listReportsOperation, resolveReportOperation } from "@/lib/admin/reports";
import { revealPiiOperation } from "@/lib/admin/reveal-pii";
import { unmatchOperation } from "@/lib/admin/unmatch";
import { updateMembershipOperation } from "@/lib/admin/update-membership";
import { completeOnboardingOperation } from "@/lib/members/complete-onboarding";
import { syncKakaoOperation } from "@/lib/auth/sync-kakao";
import { listMemberRecommendationsOperation } from "@/lib/member-recommendations/list-member-recommendations";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";
import { kakaoStub } from "../setup/isolated-db";

let admin: { id: string; role: "ADMIN" };
const audits = (where: object = {}) => prisma.adminAction.count({ where });

beforeAll(async () => {
  admin = (await createMember({ role: "ADMIN", withProfile: false })) as typeof admin;
});

describe("authorization of every /api/admin operation", () => {
  const adminOps = OPERATIONS.filter((op) => op.path.startsWith("/api/admin"));
  const bypass = { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" };

  it("covers the console's operations", () => {
    const paths = adminOps.map((o) => `${o.method} ${o.path}`);
    for (const p of ["GET /api/admin/users", "PUT /api/admin/users/{id}/memo", "POST /api/admin/matches", "GET /api/admin/audit", "GET /api/admin/users/export.csv"]) expect(paths).toContain(p);
    expect(adminOps.every((o) => o.access === "admin")).toBe(true);
  });

  it("answers 401 signed out and 403 to members, with or without a middleware-bypass header", async () => {
    const member = await createMember();
    const id = member.id;
    for (const op of adminOps) {
      const body = op.method === "GET" || op.method === "DELETE" ? undefined : {};
      for (const headers of [{}, bypass]) {
        const anon = await callOp(op, { params: { id }, body, headers });
        expect(anon.status, `${op.method} ${op.path} signed out`).toBe(401);
        expect(anon.error?.code).toBe("UNAUTHENTICATED");
        const asMember = await callOp(op, { as: member, params: { id }, body, headers });
        expect(asMember.status, `${op.method} ${op.path} as member`).toBe(403);
      }
    }
    expect(await audits()).toBe(0);
  });
});

describe("member detail, PII reveal, consultations", () => {
  it("shows the member without PII, and reveals PII only on request, audited once", async () => {
    const m = await createMember();
    await prisma.user.update({ where: { id: m.id }, data: { realNameEnc: encryptPii("홍길동"), phoneEnc: encryptPii("01012345678"), phoneHash: blindIndex("01012345678"), birthDate: new Date("1992-05-17") } });
    const before = await audits();
    const res = await callOp(getUserDetailOperation, { as: admin, params: { id: m.id } });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: m.id, hasPhone: true, hasRealName: true });
    expect(JSON.stringify(res.body)).not.toContain("01012345678");
    expect(await audits()).toBe(before);

    const pii = await callOp(revealPiiOperation, { as: admin, params: { id: m.id } });
    expect(pii.status).toBe(200);
    expect(pii.body).toEqual({ realName: "홍길동", phone: "010-1234-5678", birthDate: "1992-05-17" });
    expect(await audits({ action: "PII_VIEWED", targetId: m.id })).toBe(1);
    expect(await audits()).toBe(before + 1);

    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await callOp(getUserDetailOperation, { as: admin, params: { id: unknown } })).status).toBe(404);
    expect((await callOp(getUserDetailOperation, { as: admin, params: { id: "nope" } })).status).toBe(404);
  });

  it("logs a consultation: first/last/count move, one audit row with the note", async () => {
    const m = await createMember();
    const before = await audits();
    const first = await callOp(logConsultationOperation, { as: admin, params: { id: m.id }, body: { note: "첫 상담" } });
    expect(first.status).toBe(201);
    expect(first.body.consultationCount).toBe(1);
    const second = await callOp(logConsultationOperation, { as: admin, params: { id: m.id }, body: {} });
    expect(second.body.consultationCount).toBe(2);
    expect(second.body.firstConsultationAt).toBe(first.body.firstConsultationAt);
    expect(await audits()).toBe(before + 2);
    const d = await callOp(getUserDetailOperation, { as: admin, params: { id: m.id } });
    expect(d.body.consultation.notes.map((n: { note: string | null }) => n.note)).toEqual([null, "첫 상담"]);
    const bad = await callOp(logConsultationOperation, { as: admin, params: { id: m.id }, body: { extra: 1 } });
    expect(bad.status).toBe(422);
  });
});

describe("memo (S3 JSON, versioned)", () => {
  it("saves, reads back, refuses a stale version, and detects concurrent edits", async () => {
    const m = await createMember();
    const empty = await callOp(getMemoOperation, { as: admin, params: { id: m.id } });
    expect(empty.body).toMatchObject({ version: 0, text: "" });

    const before = await audits();
    const saved = await callOp(putMemoOperation, { as: admin, params: { id: m.id }, body: { text: "첫 메모", version: 0 } });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(1);
    expect(await audits()).toBe(before + 1);
    const stored = await getJson<{ version: number; text: string }>(`memos/${m.id}.json`);
    expect(stored?.value).toMatchObject({ version: 1, text: "첫 메모" });

    const stale = await callOp(putMemoOperation, { as: admin, params: { id: m.id }, body: { text: "덮어쓰기", version: 0 } });
    expect(stale.status).toBe(409);
    expect(stale.error?.code).toBe("CONFLICT");

    // two admins who both loaded version 1 save at the same moment: exactly one wins
    const other = await createMember({ role: "ADMIN", withProfile: false });
    const [a, b] = await Promise.all([
      callOp(putMemoOperation, { as: admin, params: { id: m.id }, body: { text: "A의 수정", version: 1 } }),
      callOp(putMemoOperation, { as: other, params: { id: m.id }, body: { text: "B의 수정", version: 1 } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? "A의 수정" : "B의 수정";
    const now = await callOp(getMemoOperation, { as: admin, params: { id: m.id } });
    expect(now.body).toMatchObject({ version: 2, text: winner });
    expect(await audits({ action: "MEMO_UPDATED", targetId: m.id })).toBe(2);
  });

  it("answers 503 with the error shape when storage is down, and writes no audit row", async () => {
    const m = await createMember();
    const g = globalThis as unknown as { __inyeonS3?: S3Client };
    const real = g.__inyeonS3;
    g.__inyeonS3 = new S3Client({ region: "ap-northeast-2", endpoint: "http://127.0.0.1:9", forcePathStyle: true, credentials: { accessKeyId: "x", secretAccessKey: "y" }, maxAttempts: 1 });
    try {
      const before = await audits();
      const res = await callOp(putMemoOperation, { as: admin, params: { id: m.id }, body: { text: "저장 안 됨", version: 0 } });
      expect(res.status).toBe(503);
      expect(res.error?.code).toBe("UNAVAILABLE");
      expect(await audits()).toBe(before);
      expect((await callOp(getMemoOperation, { as: admin, params: { id: m.id } })).status).toBe(503);
    } finally {
      g.__inyeonS3 = real;
    }
  });
});

describe("manual matching", () => {
  it("creates a PENDING admin match, refuses blocked/banned/busy members, and unmatches", async () => {
    const a = await createMember({ gender: "M" });
    const b = await createMember({ gender: "F" });
    const c = await createMember({ gender: "F" });
    const before = await audits();
    const res = await callOp(createManualMatchOperation, { as: admin, body: { userId: a.id, partnerId: b.id } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: "PENDING", source: "ADMIN" });
    expect(await audits()).toBe(before + 1);
    const users = await prisma.user.findMany({ where: { id: { in: [a.id, b.id] } }, select: { status: true, matchingCount: true } });
    expect(users.every((u) => u.status === "MATCHING" && u.matchingCount === 1)).toBe(true);
    expect((await callOp(createManualMatchOperation, { as: admin, body: { userId: b.id, partnerId: a.id } })).status).toBe(409);

    await prisma.block.create({ data: { blockerId: c.id, blockedId: a.id } });
    const blocked = await callOp(createManualMatchOperation, { as: admin, body: { userId: a.id, partnerId: c.id } });
    expect(blocked.status).toBe(409);
    const banned = await createMember({ gender: "F", status: "BANNED" });
    expect((await callOp(createManualMatchOperation, { as: admin, body: { userId: a.id, partnerId: banned.id } })).status).toBe(409);
    const d = await createMember({ gender: "F" });
    await prisma.match.update({ where: { id: res.body.id }, data: { status: "ACTIVE" } });
    expect((await callOp(createManualMatchOperation, { as: admin, body: { userId: a.id, partnerId: d.id } })).status).toBe(409);
    expect((await callOp(createManualMatchOperation, { as: admin, body: { userId: a.id, partnerId: a.id } })).status).toBe(422);
    expect(await audits()).toBe(before + 1);

    const listed = await callOp(listAdminMatchesOperation, { as: admin, query: { status: "ACTIVE" } });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((m: { id: string }) => m.id)).toContain(res.body.id);

    const closed = await callOp(unmatchOperation, { as: admin, params: { id: res.body.id } });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: "CLOSED", closedReason: "ADMIN_UNMATCH" });
    const after = await prisma.user.findMany({ where: { id: { in: [a.id, b.id] } }, select: { status: true } });
    expect(after.every((u) => u.status === "ACTIVE")).toBe(true);
    expect(await audits({ action: "MATCH_CLOSED", targetId: res.body.id })).toBe(1);
    expect((await callOp(unmatchOperation, { as: admin, params: { id: res.body.id } })).status).toBe(409);

    // the pair can be matched again: the closed row is reopened (one pair = one row)
    const again = await callOp(createManualMatchOperation, { as: admin, body: { userId: a.id, partnerId: b.id } });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(res.body.id);
  });

  it("lists candidates passing both-way filters with the score's reasons", async () => {
    const me = await createMember({ gender: "M", birthYear: 1990, ageMin: 28, ageMax: 40, targetGender: "F" });
    const fits = await createMember({ gender: "F", birthYear: 1993, ageMin: 30, ageMax: 40, targetGender: "M" });
    const tooYoungForHer = await createMember({ gender: "F", birthYear: 1993, ageMin: 20, ageMax: 30, targetGender: "M" });
    const blocked = await createMember({ gender: "F", birthYear: 1993, targetGender: "M" });
    await prisma.block.create({ data: { blockerId: me.id, blockedId: blocked.id } });
    const res = await callOp(listCandidatesOperation, { as: admin, params: { id: me.id } });
    expect(res.status).toBe(200);
    const ids = res.body.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(fits.id);
    expect(ids).not.toContain(tooYoungForHer.id);
    expect(ids).not.toContain(blocked.id);
    const item = res.body.items.find((i: { id: string }) => i.id === fits.id);
    expect(item!.score).toBeGreaterThan(0);
    expect(item!.reasons.length).toBeGreaterThan(0);
  });

  it("offers nobody the weekly build would not propose: passed (관심 없음) either way, liked, matched before, shown in the last 12 weeks (issue 24)", async () => {
    const me = await createMember({ gender: "M", birthYear: 1990, ageMin: 28, ageMax: 40, targetGender: "F" });
    const woman = () => createMember({ gender: "F", birthYear: 1993, ageMin: 30, ageMax: 40, targetGender: "M" });
    const [fresh, iPassed, passedMe, iLiked, likedMe, oldMatch, shownRecently, shownLongAgo] = [await woman(), await woman(), await woman(), await woman(), await woman(), await woman(), await woman(), await woman()];
    const week = currentWeek();
    await prisma.pass.create({ data: { userId: me.id, targetId: iPassed.id, batchWeek: addWeeks(week, -1) } });
    await prisma.pass.create({ data: { userId: passedMe.id, targetId: me.id, batchWeek: addWeeks(week, -2) } });
    await prisma.like.create({ data: { fromId: me.id, toId: iLiked.id, batchWeek: addWeeks(week, -30) } });
    await prisma.like.create({ data: { fromId: likedMe.id, toId: me.id, batchWeek: addWeeks(week, -3) } });
    await prisma.match.create({ data: { userAId: me.id, userBId: oldMatch.id, status: "CLOSED", source: "MUTUAL_LIKE" } });
    await prisma.exposureLog.create({ data: { userId: shownRecently.id, targetId: me.id, batchWeek: addWeeks(week, -12) } });
    await prisma.exposureLog.create({ data: { userId: me.id, targetId: shownLongAgo.id, batchWeek: addWeeks(week, -13) } });
    const res = await callOp(listCandidatesOperation, { as: admin, params: { id: me.id } });
    expect(res.status).toBe(200);
    const ids = new Set(res.body.items.map((i: { id: string }) => i.id));
    expect(ids.has(fresh.id)).toBe(true);
    expect(ids.has(shownLongAgo.id)).toBe(true); // 13 weeks ago: outside the window
    for (const [name, m] of Object.entries({ iPassed, passedMe, iLiked, likedMe, oldMatch, shownRecently })) expect(ids.has(m.id), name).toBe(false);
  });
});

describe("membership, ban and delete", () => {
  it("sets the tier and expiry with one audit row holding before/after", async () => {
    const m = await createMember();
    const res = await callOp(updateMembershipOperation, { as: admin, params: { id: m.id }, body: { tier: "PREMIUM", expiresAt: "2027-06-30T15:00:00.000Z" } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: m.id, tier: "PREMIUM", expiresAt: "2027-06-30T15:00:00.000Z" });
    const row = await prisma.adminAction.findFirstOrThrow({ where: { action: "MEMBERSHIP_UPDATED", targetId: m.id } });
    expect(row.detail).toMatchObject({ before: { tier: "FREE" }, after: { tier: "PREMIUM" } });
    expect((await callOp(updateMembershipOperation, { as: admin, params: { id: m.id }, body: { tier: "GOLD", expiresAt: null } })).status).toBe(422);
  });

  it("a ban refuses sign-in at once, hides the member from recommendations, blacklists the phone; unban reverses", async () => {
    const viewer = await createMember({ gender: "M" });
    const target = await createMember({ gender: "F" });
    await prisma.user.update({ where: { id: target.id }, data: { phoneHash: blindIndex("01055556666") } });
    const week = currentWeek();
    await prisma.recommendation.create({ data: { userId: viewer.id, targetId: target.id, batchWeek: week, rank: 1, score: 0.5 } });
    const shown = await callOp(listMemberRecommendationsOperation, { as: viewer, query: { week } });
    expect(shown.body.items.map((i: { profile: { userId?: string; id?: string } }) => i.profile.userId ?? i.profile.id)).toContain(target.id);

    const before = await audits();
    const res = await callOp(banMemberOperation, { as: admin, params: { id: target.id }, body: { reason: "사기 의심" } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "BANNED", banReason: "사기 의심" });
    expect(await audits()).toBe(before + 1);

    const signIn = await callOp(syncKakaoOperation, { body: { accessToken: kakaoStub.issueAccessToken({ kakaoId: target.kakaoId! }) } });
    expect(signIn.status).toBe(403);
    const hidden = await callOp(listMemberRecommendationsOperation, { as: viewer, query: { week } });
    expect(hidden.status).toBe(200);
    expect(hidden.body.items).toHaveLength(0);
    expect(await prisma.bannedPhone.count({ where: { phoneHash: blindIndex("01055556666") } })).toBe(1);

    // a new Kakao account with the same phone cannot onboard
    const fresh = await createMember({ status: "ONBOARDING" });
    const onboard = await callOp(completeOnboardingOperation, { as: fresh, body: { realName: "김새롬", phone: "010-5555-6666", birthDate: "1990-01-01", gender: "F", agreeTerms: true, agreePrivacy: true, agreeRefund: true, confirmAdult: true } });
    expect(onboard.status).toBe(403);
    expect((await callOp(banMemberOperation, { as: admin, params: { id: target.id }, body: { reason: "중복" } })).status).toBe(409);

    const lifted = await callOp(unbanMemberOperation, { as: admin, params: { id: target.id } });
    expect(lifted.status).toBe(200);
    expect(lifted.body.status).toBe("ACTIVE");
    expect(await prisma.bannedPhone.count()).toBe(0);
    expect(await audits()).toBe(before + 2);
    const back = await callOp(syncKakaoOperation, { body: { accessToken: kakaoStub.issueAccessToken({ kakaoId: target.kakaoId! }) } });
    expect(back.status).toBe(200);
  });

  it("deletes a member like their own withdrawal, memo object included, with one audit row", async () => {
    const m = await createMember();
    await callOp(putMemoOperation, { as: admin, params: { id: m.id }, body: { text: "삭제될 메모", version: 0 } });
    const before = await audits();
    const res = await callOp(deleteMemberOperation, { as: admin, params: { id: m.id } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "WITHDRAWN" });
    expect(await audits()).toBe(before + 1);
    const row = await prisma.user.findUniqueOrThrow({ where: { id: m.id }, select: { status: true, kakaoId: true, name: true } });
    expect(row).toEqual({ status: "WITHDRAWN", kakaoId: null, name: null });
    expect(await prisma.profile.count({ where: { userId: m.id } })).toBe(0);
    expect(await getJson(`memos/${m.id}.json`)).toBeNull();
    expect((await callOp(deleteMemberOperation, { as: admin, params: { id: m.id } })).status).toBe(409);
  });
});

describe("reports queue and audit log", () => {
  it("resolves a report with BAN through the ban use case, one audit row; lists and filters the audit log", async () => {
    const reporter = await createMember();
    const reported = await createMember();
    const report = await prisma.report.create({ data: { reporterId: reporter.id, reportedId: reported.id, reason: "HARASSMENT", detail: "욕설" } });
    const open = await callOp(listReportsOperation, { as: admin, query: { handled: "false" } });
    expect(open.status).toBe(200);
    expect(open.body.items.map((r: { id: string }) => r.id)).toContain(report.id);

    const before = await audits();
    const res = await callOp(resolveReportOperation, { as: admin, params: { id: report.id }, body: { resolution: "BAN", note: "반복 욕설" } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ handled: true, resolution: "BAN", reported: { status: "BANNED" } });
    expect(await audits()).toBe(before + 1);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: reported.id }, select: { status: true } })).status).toBe("BANNED");
    expect((await callOp(resolveReportOperation, { as: admin, params: { id: report.id }, body: { resolution: "DISMISS" } })).status).toBe(409);

    const log = await callOp(listAuditOperation, { as: admin, query: { action: "REPORT_RESOLVED", targetId: report.id } });
    expect(log.status).toBe(200);
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({ adminId: admin.id, action: "REPORT_RESOLVED" });
    const none = await callOp(listAuditOperation, { as: admin, query: { from: "2000-01-01", to: "2000-01-02" } });
    expect(none.body.items).toHaveLength(0);
    expect((await callOp(listAuditOperation, { as: admin, query: { from: "yesterday" } })).status).toBe(422);
  });

  it("answers the dashboard figures", async () => {
    const res = await callOp(getAdminStatsOperation, { as: admin });
    expect(res.status).toBe(200);
    expect(res.body.members.total).toBeGreaterThan(0);
    expect(res.body.signupsPerWeek).toHaveLength(12);
    expect(res.body.signupsPerWeek.at(-1)!.count).toBeGreaterThan(0);
  });
});
