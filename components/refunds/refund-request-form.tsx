"use client";
// A member's refund request for one payment: what the refund policy gives back today and why, what
// happens next, a reason, and (bank transfer) the account to send it to.
import Link from "next/link";
import type { FormAction } from "@/lib/core/form";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { formatKrw } from "@/lib/payments/products";
import { RefundAccountFields } from "./refund-account-fields";

/** `request`: the page's action (POST /api/payments/{id}/refund-request) */
type Props = { paymentId: string; method: "TRANSFER" | "TOSS"; quote: { amount: number; rule: string }; request: FormAction };

export function RefundRequestForm({ paymentId, method, quote, request }: Props) {
  const { state, onSubmit, pending, fieldError } = useFormAction(request);
  if (state.ok) return <FormMessage state={state} />;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="paymentId" value={paymentId} />
      <div className="rounded-xl bg-brand-50 p-3 text-sm">
        <p className="font-semibold text-brand-800">환불 예정 금액 {formatKrw(quote.amount)}</p>
        <p className="text-xs text-stone-600">{quote.rule}</p>
      </div>
      <ol className="ml-5 list-decimal space-y-0.5 text-xs leading-5 text-stone-600">
        <li>운영팀이 요청을 확인하고 3영업일 안에 처리해요.</li>
        <li>{method === "TOSS" ? "카드 결제는 승인이 취소되고, 카드사에 따라 3~7영업일 안에 취소 내역이 보여요." : "계좌이체는 아래 본인 계좌로 보내 드려요."}</li>
        <li>처리되면 알림으로 알려 드려요.</li>
      </ol>
      <FormMessage state={state} />
      <Field label="환불 사유" htmlFor={`reason-${paymentId}`} error={fieldError("reason")}>
        <Textarea id={`reason-${paymentId}`} name="reason" rows={3} maxLength={500} placeholder="예: 일정이 바빠져서 이용이 어려워요" />
      </Field>
      {method === "TRANSFER" ? <RefundAccountFields idPrefix={paymentId} fieldError={fieldError} /> : null}
      <p className="text-xs text-stone-500">
        금액 기준은{" "}
        <Link href="/refund-policy" className="underline">
          환불정책
        </Link>
        을 따라요.
      </p>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "보내는 중…" : `${formatKrw(quote.amount)} 환불 요청하기`}
      </Button>
    </form>
  );
}
