// The Korean label of every enum value a person reads: member pages, the admin console, the CSV
// export. Each map is typed by its enum, so a new value fails the typecheck until it has a label.
// Member-facing words are the admin console's words too (one name for one thing).
import type {
  ConsultationMode,
  ConsultationStatus,
  Gender,
  InquiryCategory,
  InquiryStatus,
  MatchSource,
  MatchStatus,
  MembershipTier,
  PaymentMethod,
  PaymentPurpose,
  PaymentStatus,
  RecommendationRunStatus,
  ReportReason,
  Role,
  UserStatus,
} from "@/lib/generated/prisma/enums";
import type { AuditAction, AuditTarget } from "./audit";

export const GENDER_LABEL: Record<Gender, string> = { M: "남성", F: "여성" };

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
};

export const PAYMENT_METHOD_LABEL: Record<PaymentMethod, string> = { TOSS: "카드", TRANSFER: "계좌이체" };

export const PAYMENT_PURPOSE_LABEL: Record<PaymentPurpose, string> = { MEMBERSHIP: "멤버십", MATCH_FEE: "매칭 이용료" };

export const RUN_STATUS_LABEL: Record<RecommendationRunStatus, string> = {
  RUNNING: "진행 중",
  COMPLETED: "완료",
  LOW_COVERAGE: "커버리지 낮음",
  FAILED: "실패",
};

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
  REFUND_APPROVED: "환불 요청 승인",
  REFUND_REJECTED: "환불 요청 거절",
  REFUND_BANK_SENT: "계좌 환불 송금",
  REFUND_RETRIED: "카드 환불 재시도",
  PHOTO_APPROVED: "사진 승인",
  PHOTO_REJECTED: "사진 반려",
  DOCUMENT_VIEWED: "인증 서류 열람",
  DOCUMENT_APPROVED: "인증 서류 승인",
  DOCUMENT_REJECTED: "인증 서류 반려",
  REPORT_RESOLVED: "신고 처리",
  RECOMMENDATIONS_RUN: "주간 추천 실행",
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
  ConsultationSlot: "상담 시간",
  ConsultationBooking: "상담 예약",
  Inquiry: "1:1 문의",
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
