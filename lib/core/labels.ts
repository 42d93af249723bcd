// The Korean label of every enum value a person reads: member pages, the admin console, the CSV
// export. Each map is typed by its enum, so a new value fails the typecheck until it has a label.
// Member-facing words are the admin console's words too (one name for one thing).
import type {
  Children,
  ConsultationMode,
  ConsultationStatus,
  DeliveryChannel,
  DeliveryStatus,
  Drinking,
  Education,
  Gender,
  IncomeBand,
  InquiryCategory,
  InquiryStatus,
  JobCategory,
  MaritalHistory,
  MarriageTiming,
  PreferenceField,
  Religion,
  Smoking,
  MatchSource,
  MatchStatus,
  MembershipTier,
  NotificationKind,
  PaymentMethod,
  PaymentPurpose,
  PaymentStatus,
  RecommendationRunStatus,
  ReportReason,
  Role,
  UserStatus,
  IdentityExceptionReason,
  IdentityExceptionStatus,
} from "@/lib/generated/prisma/enums";
import type { AuditAction, AuditTarget } from "./audit";

export const GENDER_LABEL: Record<Gender, string> = { M: "남성", F: "여성" };

// ── The marriage profile (issue 21): each option list is its enum, in declared order
// (lib/profiles/constants.ts MARRIAGE_OPTIONS); these are the words members and admins read.

export const EDUCATION_LABEL: Record<Education, string> = {
  HIGH_SCHOOL: "고등학교 졸업",
  ASSOCIATE: "전문대 졸업",
  BACHELOR: "대학교 졸업",
  MASTER: "석사",
  DOCTORATE: "박사",
};

export const JOB_CATEGORY_LABEL: Record<JobCategory, string> = {
  OFFICE: "회사원",
  PUBLIC_SECTOR: "공무원·공공기관",
  PROFESSIONAL: "전문직",
  EDUCATION: "교육직",
  MEDICAL: "의료직",
  IT: "IT·개발",
  FINANCE: "금융",
  BUSINESS: "사업·자영업",
  FREELANCE: "프리랜서",
  SERVICE: "서비스·판매",
  STUDENT: "학생·취업 준비",
  OTHER: "기타",
};

export const INCOME_BAND_LABEL: Record<IncomeBand, string> = {
  UNDER_30M: "연 3천만 원 미만",
  FROM_30M: "연 3천만~5천만 원",
  FROM_50M: "연 5천만~7천만 원",
  FROM_70M: "연 7천만~1억 원",
  OVER_100M: "연 1억 원 이상",
};

export const RELIGION_LABEL: Record<Religion, string> = { NONE: "무교", PROTESTANT: "기독교", CATHOLIC: "천주교", BUDDHIST: "불교", OTHER: "기타 종교" };

export const SMOKING_LABEL: Record<Smoking, string> = { NON_SMOKER: "비흡연", OCCASIONAL: "가끔 흡연", SMOKER: "흡연" };

export const DRINKING_LABEL: Record<Drinking, string> = { NONE: "술 안 마셔요", SOMETIMES: "술 가끔 마셔요", OFTEN: "술 자주 마셔요" };

export const MARITAL_HISTORY_LABEL: Record<MaritalHistory, string> = { FIRST: "초혼", REMARRIAGE: "재혼" };

export const CHILDREN_LABEL: Record<Children, string> = { NONE: "자녀 없음", LIVING_TOGETHER: "자녀 있음(함께 살아요)", LIVING_APART: "자녀 있음(따로 살아요)" };

export const MARRIAGE_TIMING_LABEL: Record<MarriageTiming, string> = { WITHIN_YEAR: "1년 안에", ONE_TO_TWO_YEARS: "1~2년 안에", UNDECIDED: "아직 정하지 않았어요" };
/** the same on a profile card, where the field's name is not shown */
export const MARRIAGE_TIMING_CARD_LABEL: Record<MarriageTiming, string> = { WITHIN_YEAR: "1년 안에 결혼 희망", ONE_TO_TWO_YEARS: "1~2년 안에 결혼 희망", UNDECIDED: "결혼 시기 미정" };

/** a preference field, as the preferences page and the "few candidates" note name it */
export const PREFERENCE_FIELD_LABEL: Record<PreferenceField, string> = {
  RELIGION: "종교",
  SMOKING: "흡연",
  DRINKING: "음주",
  MARITAL_HISTORY: "결혼 경험",
  CHILDREN: "자녀",
  EDUCATION: "최소 학력",
  HEIGHT: "키",
  MARRIAGE_TIMING: "결혼 시기",
};

/** 매칭전/매칭중/매칭완료, and the states around them */
export const STATUS_LABEL: Record<UserStatus, string> = {
  ONBOARDING: "가입 진행 중",
  ACTIVE: "매칭 전",
  MATCHING: "매칭 중",
  MATCHED: "매칭 완료",
  WITHDRAWN: "탈퇴",
  BANNED: "이용 정지",
};

export const ROLE_LABEL: Record<Role, string> = { MEMBER: "회원", ADMIN: "관리자" };

export const TIER_LABEL: Record<MembershipTier, string> = { FREE: "일반", BASIC: "베이직", PREMIUM: "프리미엄" };

export const REPORT_REASON_LABEL: Record<ReportReason, string> = {
  FAKE_PROFILE: "허위 프로필·사칭",
  INAPPROPRIATE_PHOTO: "부적절한 사진",
  HARASSMENT: "욕설·성희롱·괴롭힘",
  SCAM_OR_SOLICITATION: "금전 요구·영업·사기",
  MARRIED_OR_IN_RELATIONSHIP: "기혼자 또는 교제 중인 회원",
  NO_SHOW_OR_RUDE: "약속 불이행·무례한 행동",
  OTHER: "기타",
};

/** how an admin closed a report (lib/admin/reports.ts) */
export const REPORT_RESOLUTION_LABEL = { DISMISS: "기각", WARN: "경고", BAN: "이용 정지" } as const satisfies Record<string, string>;
export type ReportResolution = keyof typeof REPORT_RESOLUTION_LABEL;

export const MATCH_STATUS_LABEL: Record<MatchStatus, string> = { PENDING: "결제 대기", ACTIVE: "매칭 확정", CLOSED: "종료" };

export const MATCH_SOURCE_LABEL: Record<MatchSource, string> = { MUTUAL_LIKE: "서로 좋아요", ADMIN: "관리자 매칭" };

export const PAYMENT_STATUS_LABEL: Record<PaymentStatus, string> = {
  PENDING: "결제 대기",
  PAID: "결제 완료",
  CANCELED: "취소됨",
  FAILED: "결제 실패",
  EXPIRED: "만료됨",
  CLOSING: "취소 처리 중",
  REFUND_PENDING: "환불 처리 중",
  PARTIALLY_REFUNDED: "부분 환불",
  REFUNDED: "환불 완료",
  NEEDS_REVIEW: "확인 중",
  AWAITING_DEPOSIT: "입금 대기",
};

export const PAYMENT_METHOD_LABEL: Record<PaymentMethod, string> = { TOSS: "카드", TRANSFER: "계좌이체" };

/**
 * The admin payments queue's filters, in order: what needs a person first (the default), then every
 * payment status by its label, then by method. `q` is the query string of /admin/payments.
 */
export const ADMIN_PAYMENT_FILTERS: { label: string; q: string }[] = [
  { label: "처리할 일", q: "" },
  { label: "계좌이체 입금 확인", q: "?status=PENDING&method=TRANSFER" },
  ...(["AWAITING_DEPOSIT", "NEEDS_REVIEW", "CLOSING", "REFUND_PENDING", "PENDING", "PAID", "PARTIALLY_REFUNDED", "REFUNDED", "CANCELED", "EXPIRED", "FAILED"] as const).map((s) => ({ label: PAYMENT_STATUS_LABEL[s], q: `?status=${s}` })),
  { label: "토스 결제", q: "?method=TOSS" },
  { label: "전체", q: "?queue=all" },
];

/** How a payment was (or is being) paid: a Toss payment that issued a virtual account reads 가상계좌. */
export const paymentMethodLabel = (p: { method: PaymentMethod; virtualAccount?: unknown }) => (p.method === "TOSS" && p.virtualAccount ? "가상계좌" : PAYMENT_METHOD_LABEL[p.method]);

/**
 * Why an order waits for a person (Payment.reviewReason, lib/payments/park-payment.ts), in the
 * operator's words with what to do; the code itself stays beside it on the page. Codes built from a
 * Toss status or error code (`PENDING_TOSS_CANCELED`, `TOSS_REFUSED_REFUND:…`) are read by prefix.
 */
const REVIEW_REASON_LABEL: Record<string, string> = {
  TOSS_UNREADABLE: "토스 응답을 읽을 수 없음 — 상점관리자에서 상태 확인",
  AMOUNT_MISMATCH: "토스 금액·주문번호가 주문과 다름 — 상점관리자에서 확인",
  TOSS_REFUND_MISMATCH: "토스 환불 금액이 요청과 다름 — 상점관리자에서 확인",
  TOSS_VIRTUAL_ACCOUNT_UNREADABLE: "가상계좌 정보를 읽을 수 없음 — 상점관리자에서 확인",
  VIRTUAL_ACCOUNT_DEPOSIT_ON_CLOSED_ORDER: "닫는 중인 주문에 가상계좌 입금 — 회원 환불 계좌를 받아 환불",
  MONEY_ON_ENDED_ORDER: "이미 끝난 주문에 토스가 돈을 받음 — 회원에게 환불",
};
const REVIEW_REASON_PREFIX: [string, string][] = [
  ["TOSS_REFUSED_REFUND:", "토스가 환불을 거절함"],
  ["PENDING_TOSS_", "승인 전 주문을 토스가 다른 상태로 보고함"],
  ["AWAITING_DEPOSIT_TOSS_", "입금 대기 주문을 토스가 다른 상태로 보고함"],
  ["CLOSING_TOSS_", "닫는 중인 주문을 토스가 다른 상태로 보고함"],
];
export function reviewReasonLabel(code: string | null): string {
  if (!code) return "-";
  const prefix = REVIEW_REASON_PREFIX.find(([p]) => code.startsWith(p));
  return `${REVIEW_REASON_LABEL[code] ?? prefix?.[1] ?? "기타"} (${code})`;
}

export const PAYMENT_PURPOSE_LABEL: Record<PaymentPurpose, string> = { MEMBERSHIP: "멤버십", MATCH_FEE: "매칭 이용료" };

export const RUN_STATUS_LABEL: Record<RecommendationRunStatus, string> = {
  RUNNING: "진행 중",
  COMPLETED: "완료",
  LOW_COVERAGE: "커버리지 낮음",
  FAILED: "실패",
};

/** why a 본인인증 was refused (the admin's identity-exceptions queue) */
export const IDENTITY_EXCEPTION_REASON_LABEL: Record<IdentityExceptionReason, string> = {
  DUPLICATE_CI: "이미 가입한 사람 (CI 중복)",
  BANNED: "이용정지된 사람",
  UNDER_AGE: "만 19세 미만",
  PHONE_IN_USE: "다른 계정의 휴대폰 번호",
  FAILED: "인증 실패",
};

export const IDENTITY_EXCEPTION_STATUS_LABEL: Record<IdentityExceptionStatus, string> = { OPEN: "검토 대기", UPHELD: "거절 유지", RETRY_ALLOWED: "재인증 허용" };

/** what a member's card and profile say about 본인인증 */
export const identityBadgeLabel = (verified: boolean) => (verified ? "본인인증 완료" : "본인인증 안 함");

export const AUDIT_ACTION_LABEL: Record<AuditAction, string> = {
  USER_BANNED: "이용 정지",
  USER_UNBANNED: "이용 정지 해제",
  USER_DELETED: "회원 삭제",
  USERS_EXPORTED: "회원 목록 내보내기",
  PII_VIEWED: "개인정보 열람",
  MEMO_UPDATED: "메모 수정",
  CONSULTATION_LOGGED: "상담 기록",
  MEMBERSHIP_UPDATED: "회원 등급 변경",
  MATCH_CREATED: "수동 매칭",
  MATCH_ACTIVATE: "매칭 확정",
  MATCH_CLOSED: "매칭 해제",
  PAYMENT_VERIFY: "입금 확인",
  PAYMENT_CANCEL: "결제 취소·환불",
  PAYMENT_RECHECK: "보류 결제 재확인",
  PAYMENT_ORDER_CANCELED: "회원 주문 취소",
  REFUND_APPROVED: "환불 요청 승인",
  REFUND_REJECTED: "환불 요청 거절",
  REFUND_BANK_SENT: "계좌 환불 송금",
  REFUND_RETRIED: "카드 환불 재시도",
  PHOTO_APPROVED: "사진 승인",
  PHOTO_REJECTED: "사진 반려",
  DOCUMENT_VIEWED: "인증 서류 열람",
  DOCUMENT_APPROVED: "인증 서류 승인",
  DOCUMENT_REJECTED: "인증 서류 반려",
  IDENTITY_EXCEPTION_UPHELD: "본인인증 거절 유지",
  IDENTITY_RETRY_ALLOWED: "본인인증 재시도 허용",
  REPORT_RESOLVED: "신고 처리",
  RECOMMENDATIONS_RUN: "주간 추천 실행",
  NOTIFICATION_RESENT: "알림 재발송",
  MARKETING_CAMPAIGN_SCHEDULED: "광고 메시지 예약",
  MARKETING_CAMPAIGN_CANCELLED: "광고 메시지 예약 취소",
  MANAGER_PROFILE_UPDATED: "매니저 프로필 수정",
  MANAGER_ASSIGNED: "담당 매니저 배정",
  CONSULTATION_SLOT_PUBLISHED: "상담 시간 등록",
  CONSULTATION_OUTCOME: "상담 결과 기록",
  INQUIRY_ANSWERED: "문의 답변",
  INQUIRY_ASSIGNED: "문의 담당자 지정",
};

export const AUDIT_TARGET_LABEL: Record<AuditTarget, string> = {
  User: "회원",
  Match: "매칭",
  Payment: "결제",
  RefundRequest: "환불 요청",
  Report: "신고",
  RecommendationRun: "주간 추천",
  VerificationDocument: "인증 서류",
  NotificationDelivery: "알림 발송",
  MarketingCampaign: "광고 메시지",
  ConsultationSlot: "상담 시간",
  ConsultationBooking: "상담 예약",
  Inquiry: "1:1 문의",
};

export const DELIVERY_CHANNEL_LABEL: Record<DeliveryChannel, string> = { ALIMTALK: "알림톡", SMS: "문자", EMAIL: "이메일", LOG: "개발 로그" };
export const DELIVERY_STATUS_LABEL: Record<DeliveryStatus, string> = { PENDING: "발송 대기", SENDING: "발송 중", SENT: "발송됨", FAILED: "실패" };
export const NOTIFICATION_CATEGORY_LABEL = { SERVICE: "매칭·결제·환불 (서비스 알림)", LIKES: "받은 좋아요", WEEKLY: "주간 추천", PHOTO: "사진·서류 심사 결과", MARKETING: "이벤트·혜택 (광고)" } as const;
export const MEMBER_CHANNEL_LABEL = { KAKAO: "카카오 알림톡 (안 되면 문자)", EMAIL: "이메일" } as const;
/** each kind on /me/notifications (grouped under NOTIFICATION_CATEGORY_LABEL) */
export const NOTIFICATION_KIND_LABEL: Record<NotificationKind, string> = {
  MATCH_CREATED: "매칭 성사",
  MATCH_PARTNER_PAID: "상대방의 이용료 결제",
  MATCH_EXPIRING: "결제 기한 임박 (24시간 전)",
  MATCH_ACTIVATED: "매칭 확정",
  MATCH_CLOSED: "매칭 종료",
  PAYMENT_DUE: "입금 안내",
  PAYMENT_CONFIRMED: "결제 확인",
  PAYMENT_REVIEW: "결제 확인 중 (운영팀 검토)",
  PAYMENT_REFUNDED: "결제 취소",
  REFUND_UPDATED: "환불 진행",
  IDENTITY_REVIEWED: "본인인증 확인 결과",
  CONSULTATION_BOOKED: "상담 예약",
  CONSULTATION_CANCELLED: "상담 예약 취소",
  CONSULTATION_REMINDER: "상담 전날·1시간 전 알림",
  INQUIRY_ANSWERED: "1:1 문의 답변",
  MANAGER_CONSULTATION_CHANGED: "담당 상담 예약 변경 (매니저)",
  FEEDBACK_REQUEST: "만남 후기 요청",
  LIKE_RECEIVED: "받은 좋아요 (하루 한 번 모아서)",
  WEEKLY_RECOMMENDATIONS: "이번 주 추천 도착",
  PHOTO_APPROVED: "사진 승인",
  PHOTO_REJECTED: "사진 반려",
  DOCUMENT_APPROVED: "인증 배지 생성",
  DOCUMENT_REJECTED: "인증 서류 반려",
  DOCUMENT_LAPSED: "인증 배지 만료",
  MARKETING_NOTICE: "이벤트·혜택 소식",
};

export const CONSULTATION_MODE_LABEL: Record<ConsultationMode, string> = { PHONE: "전화", VIDEO: "화상", VISIT: "방문" };
export const CONSULTATION_STATUS_LABEL: Record<ConsultationStatus, string> = { BOOKED: "예약됨", CANCELLED: "취소됨", DONE: "상담 완료", NO_SHOW: "불참" };
export const INQUIRY_CATEGORY_LABEL: Record<InquiryCategory, string> = {
  PAYMENT: "결제·환불",
  MATCHING: "추천·매칭",
  VERIFICATION: "본인·서류 인증",
  ACCOUNT: "계정·탈퇴",
  SAFETY: "안전·신고",
  OTHER: "기타",
};
export const INQUIRY_STATUS_LABEL: Record<InquiryStatus, string> = { RECEIVED: "접수", ANSWERED: "답변 완료" };

/** A stored audit action or target (a free-text column: rows older than this list keep their code). */
export const auditActionLabel = (action: string) => AUDIT_ACTION_LABEL[action as AuditAction] ?? action;
export const auditTargetLabel = (target: string) => AUDIT_TARGET_LABEL[target as AuditTarget] ?? target;
