// The refund policy (/refund-policy) as arithmetic, pure: the ONE function that says how much of a
// payment goes back. The /refund-policy page reads its numbers from REFUND_POLICY, the admin's refund
// form shows refundQuote's amount, a member's request is created with it, and the automatic refunds
// (docs/payments.md, "Refunds") use its no-fault row. Property tests: tests/unit/refund-policy.test.ts.
const DAY_MS = 86_400_000;

export const REFUND_POLICY = {
  /** 청약철회: a membership bought this many days ago or less, no benefit used → everything back */
  withdrawalDays: 7,
  /** membership after that: what was used, pro rata by day, and this share of the price are kept */
  membershipPenaltyRate: 0.1,
  /** match fee after activation, before a meeting date was set, the member's own choice */
  matchFeeAfterActivationRate: 0.8,
  /** the company's fault: the full fee plus this share as compensation (paid by the operator, outside Toss) */
  companyFaultCompensationRate: 0.2,
} as const;

export const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** Match closed without the payer's fault: the partner withdrew or was banned, or the operator closed it. */
export const NO_FAULT_CLOSE_REASONS = ["WITHDRAWN", "BANNED", "ADMIN_UNMATCH"] as const;

export type RefundInput = {
  purpose: "MATCH_FEE" | "MEMBERSHIP";
  amount: number;
  refundedAmount: number;
  approvedAt: Date | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  /** MATCH_FEE: the match it paid for */
  matchStatus?: "PENDING" | "ACTIVE" | "CLOSED" | null;
  matchClosedReason?: string | null;
  /** MEMBERSHIP: a benefit of it was used (a weekly list delivered in its period); unknown = used */
  benefitUsed?: boolean;
};

export type RefundRule =
  | "ALREADY_REFUNDED"
  | "NO_FAULT"
  | "MATCH_BEFORE_ACTIVATION"
  | "MATCH_AFTER_ACTIVATION"
  | "MATCH_CLOSED"
  | "MEMBERSHIP_WITHDRAWAL"
  | "MEMBERSHIP_PRO_RATA";

export type RefundQuote = { amount: number; rule: string; ruleId: RefundRule };

export function usedDays(p: Pick<RefundInput, "periodStart" | "periodEnd">, now: Date): { used: number; total: number } {
  if (!p.periodStart || !p.periodEnd) return { used: 0, total: 1 };
  const total = Math.max(1, Math.round((p.periodEnd.getTime() - p.periodStart.getTime()) / DAY_MS));
  const used = Math.min(total, Math.max(0, Math.ceil((now.getTime() - p.periodStart.getTime()) / DAY_MS)));
  return { used, total };
}

/** What the policy gives back today: never negative, never more than is left of the payment. */
export function refundQuote(p: RefundInput, now: Date): RefundQuote {
  const remaining = Math.max(0, p.amount - p.refundedAmount);
  const quote = (amount: number, ruleId: RefundRule, rule: string): RefundQuote => ({ amount: Math.max(0, Math.min(remaining, Math.floor(amount))), rule, ruleId });
  if (remaining === 0) return { amount: 0, rule: "이미 전액 환불됐어요", ruleId: "ALREADY_REFUNDED" };

  if (p.purpose === "MATCH_FEE") {
    if (p.matchStatus === "CLOSED" && NO_FAULT_CLOSE_REASONS.some((r) => r === p.matchClosedReason)) {
      return quote(p.amount, "NO_FAULT", "상대 회원의 탈퇴·이용정지나 운영자의 매칭 종료로 만남이 이루어지지 못함: 전액");
    }
    if (p.matchStatus === "ACTIVE") {
      const rate = REFUND_POLICY.matchFeeAfterActivationRate;
      return quote(p.amount * rate, "MATCH_AFTER_ACTIVATION", `매칭 활성화 후 만남 일자 확정 전 해지: 이용료의 ${percent(rate)}`);
    }
    if (p.matchStatus === "CLOSED") return quote(p.amount, "MATCH_CLOSED", "매칭 활성화 없이 종료된 매칭: 전액");
    return quote(p.amount, "MATCH_BEFORE_ACTIVATION", "매칭 활성화 전 취소: 전액");
  }

  const days = REFUND_POLICY.withdrawalDays;
  const withinWithdrawal = p.approvedAt !== null && now.getTime() - p.approvedAt.getTime() <= days * DAY_MS;
  if (withinWithdrawal && p.benefitUsed === false) return quote(p.amount, "MEMBERSHIP_WITHDRAWAL", `결제 후 ${days}일 이내, 혜택 미이용 (청약철회): 전액`);
  const { used, total } = usedDays(p, now);
  const rate = REFUND_POLICY.membershipPenaltyRate;
  const kept = Math.round((p.amount * used) / total) + Math.round(p.amount * rate);
  return quote(p.amount - kept, "MEMBERSHIP_PRO_RATA", `이용 ${used}일분과 위약금 ${percent(rate)} 공제`);
}
