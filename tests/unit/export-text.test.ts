// "내 정보 사본 받기" as a readable file: Korean labels, Seoul times, amounts in 원, no raw enum codes.
import { describe, expect, it } from "vitest";
import { renderMyDataText } from "@/lib/members/export-my-data-text";

const data = {
  exportedAt: "2026-12-07T15:30:00.000Z",
  user: {
    id: "u1", kakaoId: "123", nickname: "새봄", role: "MEMBER", status: "ACTIVE", realName: "김새봄", phone: "010-1234-5678", birthDate: "1990-05-01", gender: "F",
    membership: { tier: "PREMIUM", expiresAt: "2027-06-01T00:00:00.000Z" }, matchingCount: 1, consultations: { first: null, last: null, count: 0 },
    onboardedAt: "2026-12-01T01:00:00.000Z", createdAt: "2026-12-01T00:50:00.000Z", updatedAt: "2026-12-01T00:50:00.000Z",
  },
  consents: [{ termsVersion: "2026-11", privacyVersion: "2026-11", refundVersion: "2026-11", adultConfirmed: true, agreedAt: "2026-12-01T01:00:00.000Z" }],
  profile: { nickname: "새봄", region: "제주", keywords: ["여행"] },
  preferences: { targetGender: "M", ageMin: 30, ageMax: 40, regions: ["제주"] },
  blocks: [], reports: [], likesSent: [],
  matches: [{ id: "m1", partnerUserId: "u2", status: "ACTIVE", source: "MUTUAL_LIKE", createdAt: "2026-12-02T03:00:00.000Z", activatedAt: "2026-12-03T03:00:00.000Z", closedAt: null, closedReason: null }],
  consultations: [{ id: "c1", startsAt: "2026-12-10T05:00:00.000Z", minutes: 30, mode: "VIDEO", status: "BOOKED", bookedAt: "2026-12-05T01:00:00.000Z", cancelledAt: null }],
  inquiries: [{ id: "q1", category: "PAYMENT", status: "ANSWERED", createdAt: "2026-12-04T01:00:00.000Z", messages: [{ from: "ME", body: "환불은 어떻게\n하나요?", screenshot: true, createdAt: "2026-12-04T01:00:00.000Z" }, { from: "STAFF", body: "결제 내역에서 요청하세요.", screenshot: false, createdAt: "2026-12-04T02:00:00.000Z" }] }],
  notificationSettings: { channels: {}, quietHours: true, email: "saebom@example.com", emailVerifiedAt: "2026-12-03T01:00:00.000Z", marketingConsentAt: null, marketingWithdrawnAt: null },
  payments: [{ id: "p1", matchId: "m1", purpose: "MATCH_FEE", method: "TOSS", amount: 50000, status: "PAID", orderId: "o1", orderName: "매칭 이용료", membershipTier: null, depositCode: null, depositorName: null, approvedAt: null, verifiedAt: null, canceledAt: null, createdAt: "2026-12-02T04:00:00.000Z" }],
} as unknown as Parameters<typeof renderMyDataText>[0];

describe("readable export", () => {
  const text = renderMyDataText(data);
  it("uses Korean labels and Seoul times", () => {
    expect(text).toContain("■ 기본 정보");
    expect(text).toContain("성별: 여성");
    expect(text).toContain("등급: 프리미엄");
    expect(text).toContain("매칭 확정");
    expect(text).toContain("50,000원");
    // 2026-12-07T15:30Z is 8 December, 00:30 in Seoul
    expect(text).toContain("2026. 12. 8. 00:30");
  });
  it("holds the consultations, the help desk thread and the notification settings", () => {
    expect(text).toContain("■ 상담 예약");
    expect(text).toContain("2026. 12. 10. 14:00 (30분, 화상) — 예약됨");
    expect(text).toContain("■ 1:1 문의");
    expect(text).toContain("나 (2026. 12. 4. 10:00): 환불은 어떻게 하나요? [스크린샷 첨부]");
    expect(text).toContain("운영팀 (2026. 12. 4. 11:00): 결제 내역에서 요청하세요.");
    expect(text).toContain("알림 이메일: saebom@example.com");
  });
  it("shows no raw enum codes or ISO instants", () => {
    expect(text).not.toMatch(/\bPREMIUM\b|\bACTIVE\b|\bMATCH_FEE\b|\bMUTUAL_LIKE\b|\bVIDEO\b|\bANSWERED\b|\bPAYMENT\b/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });
});
