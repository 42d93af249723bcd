"use client";
// /admin/refunds row forms: approve (the policy's amount by default), reject with a reason the member
// reads, and pay back an approved refund (card: Toss again; transfer: after sending it from the bank).
import type { FormAction } from "@/lib/core/form";
import { AdminForm } from "@/components/admin/admin-form";
import { Input } from "@/components/ui/field";
import { formatKrw } from "@/lib/payments/products";

export function ApproveRefundForm({ refundId, amount, approve }: { refundId: string; amount: number; approve: FormAction }) {
  return (
    <AdminForm action={approve} submitLabel={`${formatKrw(amount)} 승인`} confirm="환불을 승인합니다. 카드 결제는 바로 승인 취소됩니다.">
      <input type="hidden" name="refundId" value={refundId} />
      <Input name="amount" inputMode="numeric" placeholder={`금액 (기본 ${amount.toLocaleString("ko-KR")})`} aria-label="환불 금액" />
      <Input name="note" placeholder="메모 (선택)" aria-label="승인 메모" maxLength={500} />
    </AdminForm>
  );
}

export function RejectRefundForm({ refundId, reject }: { refundId: string; reject: FormAction }) {
  return (
    <AdminForm action={reject} submitLabel="거절" variant="secondary">
      <input type="hidden" name="refundId" value={refundId} />
      <Input name="note" placeholder="거절 사유 (회원에게 보입니다)" aria-label="거절 사유" required minLength={2} maxLength={500} />
    </AdminForm>
  );
}

export function PayRefundForm({ refundId, method, pay }: { refundId: string; method: "TRANSFER" | "TOSS"; pay: FormAction }) {
  return (
    <AdminForm
      action={pay}
      submitLabel={method === "TRANSFER" ? "송금 완료 기록" : "토스 취소 다시 시도"}
      confirm={method === "TRANSFER" ? "회원 계좌로 송금을 마쳤습니까? 기록 후에는 되돌릴 수 없습니다." : undefined}
    >
      <input type="hidden" name="refundId" value={refundId} />
    </AdminForm>
  );
}
