// The one mapping from a RefundRequest row to what members and operators see.
import type { RefundDto } from "./schemas";
import { refundsToAccount } from "@/lib/payments/refund-receive-account";

export const refundDtoSelect = {
  id: true,
  paymentId: true,
  source: true,
  status: true,
  amount: true,
  rule: true,
  reason: true,
  refundAccountEnc: true,
  decisionNote: true,
  createdAt: true,
  decidedAt: true,
  refundedAt: true,
  payment: { select: { method: true, virtualAccount: true } },
} as const;

type Row = Omit<RefundDto, "hasAccount" | "needsAccount" | "createdAt" | "decidedAt" | "refundedAt"> & {
  refundAccountEnc: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  refundedAt: Date | null;
  payment: { method: "TRANSFER" | "TOSS"; virtualAccount: unknown };
};

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toRefundDto(r: Row): RefundDto {
  const hasAccount = r.refundAccountEnc !== null;
  return {
    id: r.id,
    paymentId: r.paymentId,
    source: r.source,
    status: r.status,
    amount: r.amount,
    rule: r.rule,
    reason: r.reason,
    hasAccount,
    needsAccount: refundsToAccount(r.payment) && !hasAccount && (r.status === "REQUESTED" || r.status === "APPROVED"),
    decisionNote: r.decisionNote,
    createdAt: r.createdAt.toISOString(),
    decidedAt: iso(r.decidedAt),
    refundedAt: iso(r.refundedAt),
  };
}
