// Page-level notices of /admin/payments after a successful action (?notice=…): the row's own form is
// usually gone by then (see backToQueue in actions.ts).
export const ADMIN_PAYMENT_NOTICES = {
  verified: "입금을 확인했습니다.",
  "verified-activated": "입금을 확인하고 매칭을 확정했습니다.",
  "verified-not-activated": "입금은 확인했지만 매칭을 확정하지 못했습니다. 해당 결제의 '매칭 확정'으로 다시 시도해 주세요.",
  activated: "매칭을 확정했습니다.",
  "force-activated": "사유를 기록하고 매칭을 강제로 확정했습니다.",
  refunded: "환불했습니다. 결제 상태와 누적 환불액을 확인해 주세요.",
} as const;

export type AdminPaymentNotice = keyof typeof ADMIN_PAYMENT_NOTICES;

export const adminPaymentNotice = (key: string | undefined): string | null =>
  key && Object.hasOwn(ADMIN_PAYMENT_NOTICES, key) ? ADMIN_PAYMENT_NOTICES[key as AdminPaymentNotice] : null;
