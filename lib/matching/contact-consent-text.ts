// The separate consent to give personal data to another member (개인정보 보호법 제17조 제2항: 제공받는
// 자, 목적, 항목, 보유·이용 기간, 거부할 권리와 불이익). One text, shown at onboarding and on the match
// page; bump the version when it changes materially (ContactConsent.version records which one).
export const CONTACT_CONSENT_VERSION = "2026-12-01";

export const CONTACT_CONSENT_TERMS = [
  { label: "제공받는 자", value: "결제가 확인되어 매칭이 확정(활성화)된 상대 회원 1명" },
  { label: "제공 목적", value: "만남 약속을 위한 연락" },
  { label: "제공 항목", value: "휴대폰 번호" },
  { label: "보유·이용 기간", value: "매칭이 종료될 때까지 앱에서 열람할 수 있으며, 매칭 종료 즉시 앱에서의 열람을 중단합니다." },
  { label: "거부할 권리", value: "동의하지 않을 수 있으며, 동의하지 않으면 매칭이 확정되어도 서로의 연락처를 확인할 수 없습니다. 동의는 언제든 철회할 수 있습니다." },
] as const;

export const CONTACT_CONSENT_LABEL = "(선택) 매칭 확정 시 상대 회원에게 내 휴대폰 번호 제공에 동의합니다";
