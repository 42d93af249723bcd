// Payment status as a badge, and the Korean labels of purposes and methods.
import type { PaymentDto } from "@/lib/payments/schemas";
import { Badge } from "@/components/ui/badge";

// an ended order never reads 결제 대기 (docs/payments.md): 취소됨, 만료됨, or what is happening to the money
const STATUS = {
  PENDING: { label: "결제 대기", tone: "amber" },
  PAID: { label: "결제 완료", tone: "green" },
  CANCELED: { label: "취소됨", tone: "neutral" },
  FAILED: { label: "결제 실패", tone: "red" },
  EXPIRED: { label: "만료됨", tone: "neutral" },
  CLOSING: { label: "취소 처리 중", tone: "neutral" },
  REFUND_PENDING: { label: "환불 처리 중", tone: "amber" },
  PARTIALLY_REFUNDED: { label: "부분 환불", tone: "neutral" },
  REFUNDED: { label: "환불 완료", tone: "neutral" },
  NEEDS_REVIEW: { label: "확인 중", tone: "amber" },
} as const;

export const METHOD_LABEL = { TOSS: "카드", TRANSFER: "계좌이체" } as const;
export const PURPOSE_LABEL = { MEMBERSHIP: "멤버십", MATCH_FEE: "매칭 이용료" } as const;

export function PaymentStatusBadge({ payment }: { payment: Pick<PaymentDto, "status"> }) {
  const s = STATUS[payment.status];
  return <Badge tone={s.tone}>{s.label}</Badge>;
}
