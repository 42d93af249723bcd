// The refund policy (app/(public)/refund-policy/page.tsx) as arithmetic, pure: what an admin's cancel
// form suggests. The admin decides (cases such as the company's fault are judged by a person); the
// server only enforces that a refund never exceeds what is left of the payment.
const DAY_MS = 86_400_000;
const WITHDRAWAL_DAYS = 7; // 청약철회 기간

export type RefundInput = {
  purpose: "MATCH_FEE" | "MEMBERSHIP";
  amount: number;
  refundedAmount: number;
  approvedAt: Date | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  /** MATCH_FEE: the status of the match it paid for */
  matchStatus?: "PENDING" | "ACTIVE" | "CLOSED" | null;
};

export type RefundSuggestion = { amount: number; rule: string };

export function suggestRefund(p: RefundInput, now: Date): RefundSuggestion {
  const remaining = p.amount - p.refundedAmount;
  const cap = (amount: number, rule: string) => ({ amount: Math.max(0, Math.min(remaining, Math.floor(amount))), rule });
  if (remaining <= 0) return { amount: 0, rule: "이미 전액 환불됨" };

  if (p.purpose === "MATCH_FEE") {
    if (p.matchStatus !== "ACTIVE") return cap(p.amount, "매칭 활성화 전 취소: 전액");
    return cap(p.amount * 0.8, "매칭 활성화 후 만남 일자 확정 전 해지: 이용료의 80%");
  }

  if (p.approvedAt && now.getTime() - p.approvedAt.getTime() <= WITHDRAWAL_DAYS * DAY_MS) {
    return cap(p.amount, "결제 후 7일 이내 (혜택 미이용 시 청약철회): 전액");
  }
  if (!p.periodStart || !p.periodEnd) return cap(p.amount * 0.9, "위약금 10% 공제");
  const totalDays = Math.max(1, Math.round((p.periodEnd.getTime() - p.periodStart.getTime()) / DAY_MS));
  const usedDays = Math.min(totalDays, Math.max(0, Math.ceil((now.getTime() - p.periodStart.getTime()) / DAY_MS)));
  const used = Math.round((p.amount * usedDays) / totalDays);
  return cap(p.amount - used - Math.round(p.amount * 0.1), `이용 ${usedDays}일분과 위약금 10% 공제`);
}
