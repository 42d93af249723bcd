// Current versions of the legal documents a member agrees to at onboarding. Bump a version (and its
// effective date) whenever the text of /terms, /privacy or /refund-policy changes materially: the
// Consent row records which version each member agreed to.

export type LegalDocument = { version: string; effectiveDate: string; title: string; path: string };

export const LEGAL_DOCUMENTS = {
  terms: { version: "2026-11-01", effectiveDate: "2026년 11월 1일", title: "이용약관", path: "/terms" },
  privacy: { version: "2026-11-01", effectiveDate: "2026년 11월 1일", title: "개인정보처리방침", path: "/privacy" },
  refund: { version: "2026-11-01", effectiveDate: "2026년 11월 1일", title: "환불정책", path: "/refund-policy" },
} as const satisfies Record<string, LegalDocument>;

export const TERMS_VERSION = LEGAL_DOCUMENTS.terms.version;
export const PRIVACY_VERSION = LEGAL_DOCUMENTS.privacy.version;
export const REFUND_VERSION = LEGAL_DOCUMENTS.refund.version;

/** The operator disclosures shown on every legal page (결혼중개업법 제10조의2: 정보 제공 의무). Placeholders until registration. */
export const OPERATOR = {
  name: "인연 주식회사",
  representative: "홍길동",
  businessNumber: "000-00-00000",
  brokerageReportNumber: "제0000-서울강남-0000호",
  mailOrderNumber: "제0000-서울강남-0000호",
  address: "서울특별시 강남구 테헤란로 000, 00층",
  phone: "1588-0000",
  email: "help@inyeon.example",
  hours: "평일 10:00–18:00 (점심 12:00–13:00, 주말·공휴일 휴무)",
  privacyOfficer: { name: "김보호", title: "개인정보 보호책임자 (CPO)", email: "privacy@inyeon.example", phone: "02-0000-0000" },
  insurance: "결혼중개업 보증보험 가입 (보험사·증권번호 등록 후 게시)",
} as const;

/** The minimum age to use the service (만 나이). */
export const MINIMUM_AGE = 19;
