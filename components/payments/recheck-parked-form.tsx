"use client";
// /admin/money: resolve a parked order by asking Toss again (nothing charged → 취소, full charge → 전액 환불).
import type { FormAction } from "@/lib/core/form";
import { AdminForm } from "@/components/admin/admin-form";
import { Input } from "@/components/ui/field";

/** `recheck`: the page's action (POST /api/admin/payments/{id}/recheck) */
export function RecheckParkedForm({ paymentId, recheck }: { paymentId: string; recheck: FormAction }) {
  return (
    <AdminForm action={recheck} submitLabel="토스에 다시 확인" confirm="토스에 다시 조회합니다. 청구가 있으면 전액 환불됩니다.">
      <input type="hidden" name="paymentId" value={paymentId} />
      <Input name="note" placeholder="확인한 내용 (감사 로그)" aria-label="확인 메모" required minLength={2} maxLength={300} />
    </AdminForm>
  );
}
