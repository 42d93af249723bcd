// Document badges as a person reads them (docs/documents.md): the four kinds, the fixed list of facts
// an operator may approve per kind, the fixed rejection reasons, each badge's validity and how long
// an original is kept. Shared by the member's document page, the admin queue, the badges on cards
// and the notifications; no server-only imports.

export const DOCUMENT_KINDS = ["EMPLOYMENT", "EDUCATION", "MARITAL", "INCOME"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** the badge's name, and what a member is asked to upload */
export const DOCUMENT_KIND_LABEL: Record<DocumentKind, string> = { EMPLOYMENT: "재직", EDUCATION: "학력", MARITAL: "혼인관계", INCOME: "소득" };
export const DOCUMENT_KIND_HINT: Record<DocumentKind, string> = {
  EMPLOYMENT: "재직증명서, 건강보험 자격득실확인서, 사업자등록증 중 하나",
  EDUCATION: "최종 학교의 졸업증명서 또는 학위증명서",
  MARITAL: "혼인관계증명서 (일반, 3개월 이내 발급)",
  INCOME: "근로소득 원천징수영수증 또는 소득금액증명원 (최근 1년)",
};

/** The facts an operator picks from when approving, per kind; the key is stored, the label is shown. */
export const DOCUMENT_FACTS = {
  EMPLOYMENT: {
    EMP_LARGE: "대기업 재직",
    EMP_PUBLIC: "공무원·공공기관 재직",
    EMP_PROFESSIONAL: "전문직 (의사·변호사·회계사 등)",
    EMP_FOREIGN: "외국계 기업 재직",
    EMP_COMPANY: "중견·중소기업 재직",
    EMP_BUSINESS: "사업자 (개인·법인)",
  },
  EDUCATION: {
    EDU_HIGH_SCHOOL: "고등학교 졸업",
    EDU_COLLEGE: "전문대 졸업",
    EDU_UNIVERSITY: "4년제 대학 졸업",
    EDU_MASTER: "석사 졸업",
    EDU_DOCTORATE: "박사 졸업",
  },
  MARITAL: { MARITAL_NEVER: "미혼", MARITAL_DIVORCED: "이혼" },
  INCOME: {
    INCOME_UNDER_30: "연 3천만 원 미만",
    INCOME_30_50: "연 3천만~5천만 원",
    INCOME_50_70: "연 5천만~7천만 원",
    INCOME_70_100: "연 7천만~1억 원",
    INCOME_OVER_100: "연 1억 원 이상",
  },
} as const satisfies Record<DocumentKind, Record<string, string>>;
type FactsOf<K extends DocumentKind> = keyof (typeof DOCUMENT_FACTS)[K];
export type DocumentFact = { [K in DocumentKind]: FactsOf<K> }[DocumentKind] & string;
export const DOCUMENT_FACT_KEYS = DOCUMENT_KINDS.flatMap((k) => Object.keys(DOCUMENT_FACTS[k])) as [DocumentFact, ...DocumentFact[]];

/** the facts of one kind, in the order of the queue's keys 1–6 */
export function factsOf(kind: DocumentKind): DocumentFact[] {
  return Object.keys(DOCUMENT_FACTS[kind]) as DocumentFact[];
}
export function factKind(fact: string): DocumentKind | null {
  return DOCUMENT_KINDS.find((k) => fact in DOCUMENT_FACTS[k]) ?? null;
}
export function factLabel(fact: string): string | null {
  const kind = factKind(fact);
  return kind ? (DOCUMENT_FACTS[kind] as Record<string, string>)[fact] : null;
}

/** The operator's fixed reasons, in the order of the queue's keys q w e r t y, with the text the member reads. */
export const DOCUMENT_REJECT_REASONS = {
  UNREADABLE: "문서가 흐리거나 잘려서 읽을 수 없어요",
  WRONG_DOCUMENT: "요청한 종류의 서류가 아니에요",
  NOT_THE_MEMBER: "회원님 명의의 서류가 아니에요",
  OUTDATED: "발급일이 오래된 서류예요",
  ID_NOT_MASKED: "주민등록번호 뒷자리를 가리고 다시 올려 주세요",
  SUSPECTED_FORGERY: "수정되었거나 확인할 수 없는 서류예요",
} as const;
export type DocumentRejectReason = keyof typeof DOCUMENT_REJECT_REASONS;
export const DOCUMENT_REJECT_REASON_KEYS = Object.keys(DOCUMENT_REJECT_REASONS) as [DocumentRejectReason, ...DocumentRejectReason[]];
export const DOCUMENT_REJECT_KEYS = ["q", "w", "e", "r", "t", "y"] as const;

export const DOCUMENT_STATUS_LABEL = { PENDING: "검토 중", APPROVED: "인증됨", REJECTED: "반려됨", LAPSED: "만료됨" } as const;
export const DOCUMENT_LAPSE_LABEL = { PROFILE_EDITED: "프로필의 관련 항목을 바꿔서", EXPIRED: "유효 기간이 지나서" } as const;

/**
 * How long a badge stands after approval, in days (null: for good). A job, an income and a marital
 * status change; a degree does not. docs/documents.md explains the numbers.
 */
export const DOCUMENT_VALIDITY_DAYS: Record<DocumentKind, number | null> = { EMPLOYMENT: 365, EDUCATION: null, MARITAL: 365, INCOME: 365 };

/** Days after the decision the original is deleted from storage (docs/data-retention.md). */
export const DOCUMENT_ORIGINAL_DAYS = 30;

/** The profile field whose edit lapses an approved badge of the kind (null: no such field yet). */
export const DOCUMENT_PROFILE_FIELD = { EMPLOYMENT: "job", EDUCATION: "education", MARITAL: "maritalHistory", INCOME: "incomeBand" } as const satisfies Record<DocumentKind, string>;
export type DocumentProfileField = (typeof DOCUMENT_PROFILE_FIELD)[DocumentKind];

/** A badge as shown on a card, a profile and /me: the kind and the fact it proves. */
export type Badge = { kind: DocumentKind; fact: DocumentFact; label: string };
