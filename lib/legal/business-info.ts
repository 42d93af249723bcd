// The operator disclosures (결혼중개업법 제10조의2 정보 제공, 전자상거래법 제10조 사업자 정보 표시):
// read from BUSINESS_* (lib/env.ts). Outside production an unset value falls back to an example
// that is marked as one (isExample), so a demo never passes for a registered business; production
// refuses to start without the required values.
import { env } from "@/lib/env";

export type BusinessField = { label: string; value: string; isExample: boolean };

const EXAMPLES = {
  name: "인연 주식회사",
  representative: "홍길동",
  registrationNumber: "000-00-00000",
  brokerageReportNumber: "제0000-서울강남-0000호",
  mailOrderNumber: "제0000-서울강남-0000호",
  address: "서울특별시 강남구 테헤란로 000, 00층",
  phone: "1588-0000",
  email: "help@inyeon.example",
  hours: "평일 10:00–18:00 (점심 12:00–13:00, 주말·공휴일 휴무)",
  privacyOfficer: "김보호",
  privacyEmail: "privacy@inyeon.example",
  guaranteeInsurance: "결혼중개업 보증보험 가입 (보험사·증권번호 등록 후 게시)",
} as const;

function field(label: string, value: string | undefined, example: string): BusinessField {
  return value ? { label, value, isExample: false } : { label, value: example, isExample: true };
}

export function businessInfo() {
  const info = {
    name: field("상호", env.BUSINESS_NAME, EXAMPLES.name),
    representative: field("대표자", env.BUSINESS_REPRESENTATIVE, EXAMPLES.representative),
    registrationNumber: field("사업자등록번호", env.BUSINESS_REGISTRATION_NUMBER, EXAMPLES.registrationNumber),
    brokerageReportNumber: field("국내결혼중개업 신고번호", env.BUSINESS_BROKERAGE_REPORT_NUMBER, EXAMPLES.brokerageReportNumber),
    mailOrderNumber: field("통신판매업 신고번호", env.BUSINESS_MAIL_ORDER_NUMBER, EXAMPLES.mailOrderNumber),
    address: field("주소", env.BUSINESS_ADDRESS, EXAMPLES.address),
    phone: field("고객센터", env.BUSINESS_PHONE, EXAMPLES.phone),
    email: field("이메일", env.BUSINESS_EMAIL, EXAMPLES.email),
    hours: field("상담 시간", env.BUSINESS_HOURS, EXAMPLES.hours),
    privacyOfficer: field("개인정보 보호책임자", env.BUSINESS_PRIVACY_OFFICER, EXAMPLES.privacyOfficer),
    privacyEmail: field("개인정보 문의", env.BUSINESS_PRIVACY_EMAIL, EXAMPLES.privacyEmail),
    guaranteeInsurance: field("보증보험", env.BUSINESS_GUARANTEE_INSURANCE, EXAMPLES.guaranteeInsurance),
  };
  return { ...info, hasExamples: Object.values(info).some((f) => f.isExample) };
}

export type BusinessInfo = ReturnType<typeof businessInfo>;

/** Plain values for sentences in the legal texts ("고객센터(1588-0000, …)로 신청합니다"). */
export function operatorText() {
  const b = businessInfo();
  return {
    name: b.name.value,
    phone: b.phone.value,
    email: b.email.value,
    privacyOfficer: { title: "개인정보 보호책임자", name: b.privacyOfficer.value, phone: b.phone.value, email: b.privacyEmail.value },
  };
}
