// GET /api/me/export.txt: the same copy of the member's data as GET /api/me/export, as a text file a
// person can read: Korean labels, Seoul dates and times, amounts in 원. renderMyDataText is pure
// (tests/unit/export-text.test.ts); other members appear only as ids, as in the JSON.
import { z } from "zod";
import { defineOperation } from "@/lib/core/operation";
import { CONSULTATION_MODE_LABEL, CONSULTATION_STATUS_LABEL, GENDER_LABEL, INQUIRY_CATEGORY_LABEL, INQUIRY_STATUS_LABEL, MATCH_SOURCE_LABEL, MATCH_STATUS_LABEL, PAYMENT_METHOD_LABEL, PAYMENT_PURPOSE_LABEL, PAYMENT_STATUS_LABEL, REPORT_REASON_LABEL, ROLE_LABEL, STATUS_LABEL, TIER_LABEL } from "@/lib/core/labels";
import { formatSeoulDateTime } from "@/lib/core/seoul-time";
import { formatKrw } from "@/lib/payments/products";
import { exportMyData } from "./export-my-data";

type Data = Awaited<ReturnType<typeof exportMyData>>;
const when = (iso: string | null | undefined) => (iso ? formatSeoulDateTime(iso) : "–");
const label = <K extends string>(map: Record<K, string>, k: string | null | undefined) => (k ? (map[k as K] ?? k) : "–");
const yes = (b: boolean) => (b ? "예" : "아니요");
const line = (k: string, v: unknown) => `  ${k}: ${v === null || v === undefined || v === "" ? "–" : Array.isArray(v) ? v.join(", ") || "–" : String(v)}`;

const PROFILE_KEYS: Record<string, string> = { nickname: "닉네임", gender: "성별", birthYear: "출생 연도", region: "지역", height: "키(cm)", job: "직업", education: "학력", intro: "자기소개", keywords: "관심사" };
const PREFERENCE_KEYS: Record<string, string> = { targetGender: "만나고 싶은 성별", ageMin: "최소 나이", ageMax: "최대 나이", regions: "지역", keywords: "관심사" };

function section(title: string, rows: string[]): string {
  return [`■ ${title}`, ...(rows.length ? rows : ["  (없음)"]), ""].join("\n");
}
function known(obj: unknown, keys: Record<string, string>): string[] {
  if (!obj || typeof obj !== "object") return [];
  const o = obj as Record<string, unknown>;
  return Object.entries(keys).filter(([k]) => k in o).map(([k, l]) => line(l, k.endsWith("Gender") || k === "gender" ? label(GENDER_LABEL, o[k] as string) : o[k]));
}

export function renderMyDataText(d: Data): string {
  const u = d.user;
  return [
    "인연 — 내 정보 사본",
    `내려받은 때: ${when(d.exportedAt)} (한국 시간)`,
    "",
    section("기본 정보", [
      line("회원 번호", u.id), line("카카오 회원번호", u.kakaoId), line("이름(실명)", u.realName), line("휴대폰 번호", u.phone), line("생년월일", u.birthDate),
      line("성별", label(GENDER_LABEL, u.gender)), line("구분", label(ROLE_LABEL, u.role)), line("상태", label(STATUS_LABEL, u.status)),
      line("가입 완료", when(u.onboardedAt)), line("계정 생성", when(u.createdAt)),
    ]),
    section("멤버십과 이용 현황", [
      line("등급", label(TIER_LABEL, u.membership.tier)), line("멤버십 만료", when(u.membership.expiresAt)), line("매칭 횟수", u.matchingCount),
      line("상담 횟수", u.consultations.count), line("최근 상담", when(u.consultations.last)),
    ]),
    section("약관 동의", d.consents.map((c) => `  ${when(c.agreedAt)} — 이용약관 ${c.termsVersion}, 개인정보처리방침 ${c.privacyVersion}, 환불정책 ${c.refundVersion}, 만 19세 이상 확인 ${yes(c.adultConfirmed)}`)),
    section("프로필", known(d.profile, PROFILE_KEYS)),
    section("이상형", known(d.preferences, PREFERENCE_KEYS)),
    section("매칭", d.matches.map((m) => `  ${when(m.createdAt)} — ${label(MATCH_STATUS_LABEL, m.status)} (${label(MATCH_SOURCE_LABEL, m.source)}), 상대 회원 번호 ${m.partnerUserId}${m.activatedAt ? `, 확정 ${when(m.activatedAt)}` : ""}${m.closedAt ? `, 종료 ${when(m.closedAt)}` : ""}`)),
    section("결제", d.payments.map((p) => `  ${when(p.createdAt)} — ${p.orderName} ${formatKrw(p.amount)}, ${label(PAYMENT_PURPOSE_LABEL, p.purpose)}, ${label(PAYMENT_METHOD_LABEL, p.method)}, ${label(PAYMENT_STATUS_LABEL, p.status)}`)),
    section("보낸 좋아요", d.likesSent.map((l) => `  ${when(l.createdAt)} — 회원 번호 ${l.toUserId}`)),
    section("차단", d.blocks.map((b) => `  ${when(b.createdAt)} — 회원 번호 ${b.blockedUserId}`)),
    section("신고", d.reports.map((r) => `  ${when(r.createdAt)} — ${label(REPORT_REASON_LABEL, r.reason)}, 처리 ${yes(r.handled)}`)),
    section("상담 예약", d.consultations.map((c) => `  ${when(c.startsAt)} (${c.minutes}분, ${label(CONSULTATION_MODE_LABEL, c.mode)}) — ${label(CONSULTATION_STATUS_LABEL, c.status)}, 예약 ${when(c.bookedAt)}${c.cancelledAt ? `, 취소 ${when(c.cancelledAt)}` : ""}`)),
    section("1:1 문의", d.inquiries.flatMap((q) => [`  ${when(q.createdAt)} — ${label(INQUIRY_CATEGORY_LABEL, q.category)}, ${label(INQUIRY_STATUS_LABEL, q.status)}`, ...q.messages.map((m) => `    ${m.from === "STAFF" ? "운영팀" : "나"} (${when(m.createdAt)}): ${m.body.replace(/\s+/g, " ")}${m.screenshot ? " [스크린샷 첨부]" : ""}`)])),
    section("알림 설정", d.notificationSettings ? [line("알림 이메일", d.notificationSettings.email), line("이메일 인증", when(d.notificationSettings.emailVerifiedAt)), line("야간 알림 미루기", yes(d.notificationSettings.quietHours)), line("광고성 정보 수신 동의", when(d.notificationSettings.marketingConsentAt)), line("광고성 정보 수신 철회", when(d.notificationSettings.marketingWithdrawnAt))] : []),
    "기계가 읽는 형식(JSON)이 필요하면 내 정보 화면의 'JSON 파일'을 받아 주세요.",
    "",
  ].join("\n");
}

export const exportMyDataTextOperation = defineOperation({
  method: "GET",
  path: "/api/me/export.txt",
  access: "onboarding",
  tag: "members",
  summary: "내 정보 사본 (사람이 읽는 텍스트 파일: 한국어 항목, 한국 시간)",
  output: z.string(),
  file: { contentType: "text/plain" },
  run: async ({ actor }) => {
    const data = await exportMyData({ actor });
    const day = data.exportedAt.slice(0, 10).replaceAll("-", "");
    return new Response(`\uFEFF${renderMyDataText(data)}`, {
      headers: { "content-type": "text/plain; charset=utf-8", "content-disposition": `attachment; filename="inyeon-my-data-${day}.txt"`, "cache-control": "no-store" },
    });
  },
});
