// Payment status as a badge, and the Korean labels of purposes and methods.
import type { PaymentDto } from "@/lib/payments/schemas";
import { Badge } from "@/components/ui/badge";

const STATUS = {
  PENDING: { label: "결제 대기", tone: "amber" },
  PAID: { label: "결제 완료", tone: "green" },
  CANCELED: { label: "취소·환불", tone: "neutral" },
  FAILED: { label: "실패", tone: "red" },
  EXPIRED: { label: "만료", tone: "neutral" },
} as const;

export const METHOD_LABEL = { TOSS: "카드", TRANSFER: "계좌이체" } as const;
export const PURPOSE_LABEL = { MEMBERSHIP: "멤버십", MATCH_FEE: "매칭 이용료" } as const;

export function PaymentStatusBadge({ payment }: { payment: Pick<PaymentDto, "status" | "refundedAmount"> }) {
  if (payment.status === "PAID" && payment.refundedAmount > 0) return <Badge tone="neutral">부분 환불</Badge>;
  const s = STATUS[payment.status];
  return <Badge tone={s.tone}>{s.label}</Badge>;
}
