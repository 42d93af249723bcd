"use client";
// /admin/payments row forms: verify a deposit (+ confirm the match), force-activate with a reason, refund.
import { useActionState } from "react";
import { activateMatchAction, cancelPaymentAction, verifyAndActivateAction } from "@/app/admin/payments/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export function VerifyForm({ paymentId, depositCode }: { paymentId: string; depositCode: string | null }) {
  const [state, action, pending] = useActionState(verifyAndActivateAction, { ok: false });
  return (
    <form action={action} className="space-y-2" aria-label="입금 확인">
      <input type="hidden" name="paymentId" value={paymentId} />
      <Input name="depositorName" placeholder="통장에 찍힌 입금자명" defaultValue={depositCode ?? ""} aria-label="입금자명" required maxLength={40} />
      <Input name="memo" placeholder="메모 (은행, 입금 시각 등)" aria-label="메모" maxLength={500} />
      <label className="flex items-center gap-2 text-xs text-stone-600">
        <input type="checkbox" name="activate" defaultChecked className="h-4 w-4" /> 매칭도 바로 확정
      </label>
      <Button type="submit" className="w-full py-2" disabled={pending}>
        입금 확인
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

export function ActivateForm({ matchId, needsReason }: { matchId: string; needsReason: boolean }) {
  const [state, action, pending] = useActionState(activateMatchAction, { ok: false });
  return (
    <form action={action} className="space-y-2" aria-label="매칭 확정">
      <input type="hidden" name="matchId" value={matchId} />
      {needsReason ? <Input name="reason" placeholder="강제 확정 사유 (5자 이상)" aria-label="강제 확정 사유" required minLength={5} /> : null}
      <Button type="submit" variant="secondary" className="w-full py-2" disabled={pending}>
        {needsReason ? "사유 기록 후 강제 확정" : "매칭 확정"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

export function CancelForm({ paymentId, suggested }: { paymentId: string; suggested: { amount: number; rule: string } | null }) {
  const [state, action, pending] = useActionState(cancelPaymentAction, { ok: false });
  return (
    <form action={action} className="space-y-2" aria-label="환불">
      <input type="hidden" name="paymentId" value={paymentId} />
      {suggested ? <p className="text-xs text-stone-500">정책상 환불액: {suggested.amount.toLocaleString("ko-KR")}원 ({suggested.rule})</p> : null}
      <Input name="amount" inputMode="numeric" placeholder="환불 금액 (비우면 남은 금액 전액)" aria-label="환불 금액" defaultValue={suggested ? String(suggested.amount) : ""} />
      <Input name="reason" placeholder="환불 사유" aria-label="환불 사유" required minLength={2} maxLength={200} />
      <Button type="submit" variant="danger" className="w-full py-2" disabled={pending}>
        환불
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
