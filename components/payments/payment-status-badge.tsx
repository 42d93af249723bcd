// Payment status as a badge (labels: lib/core/labels.ts).
import { PAYMENT_STATUS_LABEL } from "@/lib/core/labels";
import type { PaymentDto } from "@/lib/payments/schemas";
import { Badge } from "@/components/ui/badge";

// an ended order never reads 결제 대기 (docs/payments.md): 취소됨, 만료됨, or what is happening to the money
const TONE = {
  PENDING: "amber",
  PAID: "green",
  CANCELED: "neutral",
  FAILED: "red",
  EXPIRED: "neutral",
  CLOSING: "neutral",
  REFUND_PENDING: "amber",
  PARTIALLY_REFUNDED: "neutral",
  REFUNDED: "neutral",
  NEEDS_REVIEW: "amber",
  AWAITING_DEPOSIT: "amber",
} as const satisfies Record<PaymentDto["status"], string>;

export function PaymentStatusBadge({ payment }: { payment: Pick<PaymentDto, "status"> }) {
  return <Badge tone={TONE[payment.status]}>{PAYMENT_STATUS_LABEL[payment.status]}</Badge>;
}
