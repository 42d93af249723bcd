"use client";
// /admin/payments row forms: verify a deposit (+ confirm the match), force-activate with a reason,
// refund. The actions come from the page (app/admin/payments/actions.ts, derived from the operations);
// a success revalidates the queue in place and shows its notice through the console's provider.
import type { ActionState, CallAction, FormAction } from "@/lib/core/form";
import { AdminForm } from "@/components/admin/admin-form";
import { Input } from "@/components/ui/field";

type Verified = { payment: { matchId: string | null } };

type VerifyProps = {
  paymentId: string;
  depositCode: string | null;
  verify: FormAction<Verified>;
  activate: CallAction<{ id: string }>;
};

/**
 * 입금 확인, and (checked by default) 매칭 확정 right after: two operations in sequence, each with its
 * own transaction and audit row (why: app/admin/payments/actions.ts). A refused activation leaves the
 * deposit recorded, and the row then offers 매칭 확정 again.
 */
export function VerifyForm({ paymentId, depositCode, verify, activate }: VerifyProps) {
  const verifyThenActivate = async (prev: ActionState, fd: FormData): Promise<ActionState> => {
    const verified = await verify(prev as ActionState<Verified>, fd);
    const matchId = verified.result?.payment.matchId;
    if (!verified.ok || fd.get("activate") !== "on" || !matchId) return verified;
    const activated = await activate({ id: matchId });
    return activated.ok
      ? { ok: true, message: "입금을 확인하고 매칭을 확정했습니다." }
      : { ok: true, message: `입금은 확인했지만 매칭을 확정하지 못했습니다: ${activated.message ?? ""} 해당 결제의 '매칭 확정'으로 다시 시도해 주세요.` };
  };
  return (
    <AdminForm action={verifyThenActivate} submitLabel="입금 확인" aria-label="입금 확인" className="[&>button]:w-full">
      <input type="hidden" name="id" value={paymentId} />
      {/* typed from the bank statement, never pre-filled: the server compares it with the code */}
      <Input name="depositorName" placeholder={depositCode ? `통장에 찍힌 입금자명 (코드 ${depositCode} 포함)` : "통장에 찍힌 입금자명"} aria-label="입금자명" required maxLength={40} autoComplete="off" />
      <Input name="memo" placeholder="메모 (은행, 입금 시각 등)" aria-label="메모" maxLength={500} />
      <label className="flex items-center gap-2 text-xs text-stone-600">
        <input type="checkbox" name="activate" defaultChecked className="h-4 w-4" /> 매칭도 바로 확정
      </label>
    </AdminForm>
  );
}

export function ActivateForm({ matchId, needsReason, action }: { matchId: string; needsReason: boolean; action: FormAction }) {
  return (
    <AdminForm action={action} submitLabel={needsReason ? "사유 기록 후 강제 확정" : "매칭 확정"} variant="secondary" aria-label="매칭 확정" className="[&>button]:w-full">
      <input type="hidden" name="id" value={matchId} />
      {needsReason ? <Input name="reason" placeholder="강제 확정 사유 (5자 이상)" aria-label="강제 확정 사유" required minLength={5} /> : null}
    </AdminForm>
  );
}

type CancelProps = { paymentId: string; suggested: { amount: number; rule: string } | null; action: FormAction };

export function CancelForm({ paymentId, suggested, action }: CancelProps) {
  return (
    <AdminForm action={action} submitLabel="환불" variant="danger" aria-label="환불" className="[&>button]:w-full">
      <input type="hidden" name="id" value={paymentId} />
      {suggested ? <p className="text-xs text-stone-500">정책상 환불액: {suggested.amount.toLocaleString("ko-KR")}원 ({suggested.rule})</p> : null}
      <Input name="amount" inputMode="numeric" placeholder="환불 금액 (비우면 남은 금액 전액)" aria-label="환불 금액" defaultValue={suggested ? String(suggested.amount) : ""} />
      <Input name="reason" placeholder="환불 사유" aria-label="환불 사유" required minLength={2} maxLength={200} />
    </AdminForm>
  );
}
