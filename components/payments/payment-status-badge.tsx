// Payment status as a badge (labels: lib/core/labels.ts).
import { PAYMENT_STATUS_LABEL } from "@/lib/core/labels";
import type { PaymentDto } from "@/lib/payments/schemas";
import { Badge } from "@/components/ui/badge";

const TONE = { PENDING: "amber", PAID: "green", CANCELED: "neutral", FAILED: "red", EXPIRED: "neutral" } as const;

export function PaymentStatusBadge({ payment }: { payment: Pick<PaymentDto, "status" | "refundedAmount"> }) {
  if (payment.status === "PAID" && payment.refundedAmount > 0) return <Badge tone="neutral">부분 환불</Badge>;
  return <Badge tone={TONE[payment.status]}>{PAYMENT_STATUS_LABEL[payment.status]}</Badge>;
}
