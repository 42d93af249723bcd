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


/** The minimum age to use the service (만 나이). */
export const MINIMUM_AGE = 19;
