"use client";
// For a refund the app started on its own (the partner left) of a bank transfer: where to send it.
import type { FormAction } from "@/lib/core/form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { RefundAccountFields } from "./refund-account-fields";

/** `setAccount`: the page's action (PUT /api/payments/refunds/{id}/account) */
export function RefundAccountForm({ refundId, setAccount }: { refundId: string; setAccount: FormAction }) {
  const { state, onSubmit, pending, fieldError } = useFormAction(setAccount);
  if (state.ok) return <FormMessage state={state} />;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="refundId" value={refundId} />
      <FormMessage state={state} />
      <RefundAccountFields idPrefix={refundId} fieldError={fieldError} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "저장하는 중…" : "이 계좌로 환불 받기"}
      </Button>
    </form>
  );
}
