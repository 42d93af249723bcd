"use client";
// The member's own open order (a card checkout not paid yet, a 가상계좌 not deposited into, a transfer not
// verified): cancel it to pick another method. Asks once more inline, then the page's action
// (POST /api/payments/{id}/cancel-open) ends it; the match becomes payable again for both members.
import { useActionState, useState } from "react";
import type { ActionState, FormAction } from "@/lib/core/form";
import { Button } from "@/components/ui/button";
import { FieldMessage } from "@/components/ui/field";

export function CancelOpenOrderButton({ paymentId, waiting, cancel }: { paymentId: string; waiting: boolean; cancel: FormAction }) {
  const [asking, setAsking] = useState(false);
  const [state, formAction, pending] = useActionState<ActionState, FormData>(cancel, { ok: false });
  if (state.ok) {
    return (
      <p role="status" className="text-center text-sm text-stone-700">
        {state.message ?? "주문을 취소했어요."}
      </p>
    );
  }
  if (!asking) {
    return (
      <button type="button" className="text-center text-sm text-stone-500 underline" onClick={() => setAsking(true)}>
        {waiting ? "입금하지 않고 다른 방법으로 결제할래요" : "이 주문을 취소하고 다른 방법으로 결제할래요"}
      </button>
    );
  }
  return (
    <form action={formAction} className="rounded-xl border border-stone-200 bg-white p-4">
      <input type="hidden" name="paymentId" value={paymentId} />
      <p className="text-sm text-stone-700">
        {waiting ? "발급된 가상계좌가 취소돼요. 이 계좌로는 더 이상 입금할 수 없어요." : "이 주문을 취소해요. 결제된 금액은 없어요."} 취소한 뒤 매칭 화면에서 다른 방법으로 결제할 수 있어요.
      </p>
      <div className="mt-3 grid grid-cols-2 gap-2">
        <Button type="button" variant="secondary" onClick={() => setAsking(false)} disabled={pending}>
          그대로 둘게요
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? "취소하는 중…" : "주문 취소"}
        </Button>
      </div>
      <FieldMessage error={state.message ?? null} />
    </form>
  );
}
