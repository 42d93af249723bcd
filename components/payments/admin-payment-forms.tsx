"use client";
// /admin/payments row forms: verify a deposit (+ confirm the match), force-activate with a reason, refund.
// Each carries the queue's filter so a success returns to the same list (with a page-level notice).
import { useActionState } from "react";
import { activateMatchAction, cancelPaymentAction, verifyAndActivateAction } from "@/app/admin/payments/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export type QueueFilter = { status?: string; method?: string };

function FilterInputs({ filter }: { filter: QueueFilter }) {
  return (
    <>
      {filter.status ? <input type="hidden" name="status" value={filter.status} /> : null}
      {filter.method ? <input type="hidden" name="method" value={filter.method} /> : null}
    </>
  );
}

export function VerifyForm({ paymentId, depositCode, filter }: { paymentId: string; depositCode: string | null; filter: QueueFilter }) {
  const [state, action, pending] = useActionState(verifyAndActivateAction, { ok: false });
  return (
    <form action={action} className="space-y-2" aria-label="입금 확인">
      <input type="hidden" name="paymentId" value={paymentId} />
      <FilterInputs filter={filter} />
      {/* typed from the bank statement, never pre-filled: the server compares it with the code */}
      <Input name="depositorName" placeholder={depositCode ? `통장에 찍힌 입금자명 (코드 ${depositCode} 포함)` : "통장에 찍힌 입금자명"} aria-label="입금자명" required maxLength={40} autoComplete="off" />
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

export function ActivateForm({ matchId, needsReason, filter }: { matchId: string; needsReason: boolean; filter: QueueFilter }) {
  const [state, action, pending] = useActionState(activateMatchAction, { ok: false });
  return (
    <form action={action} className="space-y-2" aria-label="매칭 확정">
      <input type="hidden" name="matchId" value={matchId} />
      <FilterInputs filter={filter} />
      {needsReason ? <Input name="reason" placeholder="강제 확정 사유 (5자 이상)" aria-label="강제 확정 사유" required minLength={5} /> : null}
      <Button type="submit" variant="secondary" className="w-full py-2" disabled={pending}>
        {needsReason ? "사유 기록 후 강제 확정" : "매칭 확정"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

export function CancelForm({ paymentId, suggested, filter }: { paymentId: string; suggested: { amount: number; rule: string } | null; filter: QueueFilter }) {
  const [state, action, pending] = useActionState(cancelPaymentAction, { ok: false });
  return (
    <form action={action} className="space-y-2" aria-label="환불">
      <input type="hidden" name="paymentId" value={paymentId} />
      <FilterInputs filter={filter} />
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
