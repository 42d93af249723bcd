// /admin/payments – the payments queue. By default only what needs a person (bank transfers waiting for
// a deposit check first — verify and confirm the match in one action — parked orders, closes and
// refunds Toss has not confirmed for a while, paid matches to activate); the filters show every status
// by its Korean label (lib/core/labels.ts ADMIN_PAYMENT_FILTERS), the card/가상계좌 orders, or everything.
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/page-actor";
import { adminListPayments } from "@/lib/payments/admin-list-payments";
import { formatKrw } from "@/lib/payments/products";
import { ZAdminPaymentsQuery } from "@/lib/payments/schemas";
import { Card, PageTitle } from "@/components/ui/card";
import { ActivateForm, CancelForm, VerifyForm } from "@/components/payments/admin-payment-forms";
import { activateMatchAction, cancelPaymentAction, verifyPaymentAction } from "./actions";
import { formatSeoulDateTime } from "@/lib/core/seoul-time";
import { ADMIN_PAYMENT_FILTERS, MATCH_STATUS_LABEL, PAYMENT_PURPOSE_LABEL, paymentMethodLabel } from "@/lib/core/labels";
import { PaymentStatusBadge } from "@/components/payments/payment-status-badge";

export const metadata = { title: "결제 확인" };


export default async function AdminPaymentsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireAdmin();
  const parsed = ZAdminPaymentsQuery.safeParse(await searchParams);
  const filter = parsed.success ? parsed.data : {};
  const { payments } = await adminListPayments({ actor, input: filter });
  const current = `${filter.status ? `status=${filter.status}` : ""}${filter.status && filter.method ? "&" : ""}${filter.method ? `method=${filter.method}` : ""}${!filter.status && !filter.method && filter.queue === "all" ? "queue=all" : ""}`;
  const todo = current === "";
  return (
    <>
      <PageTitle sub="계좌이체는 통장 입금자명의 코드(KM-…)와 금액을 확인한 뒤 승인하세요. 모든 처리는 감사 로그에 남습니다.">결제 확인</PageTitle>
      <nav className="mb-4 flex flex-wrap gap-2 text-sm" aria-label="결제 필터">
        {ADMIN_PAYMENT_FILTERS.map((f) => {
          const active = f.q.replace(/^\?/, "") === current;
          return (
            <Link
              key={f.label}
              href={`/admin/payments${f.q}`}
              aria-current={active ? "page" : undefined}
              className={`rounded-full border px-3 py-1 ${active ? "border-stone-900 bg-stone-900 text-white" : "border-stone-300 hover:bg-stone-100"}`}
            >
              {f.label}
            </Link>
          );
        })}
      </nav>
      {todo ? <p className="mb-3 text-sm text-stone-600">사람이 처리해야 하는 결제만 보여 줍니다: 계좌이체 입금 확인, 확인 필요, 30분 넘게 끝나지 않은 취소·환불, 결제 후 활성화 대기. 가상계좌 입금은 자동으로 확인됩니다.</p> : null}
      {payments.length === 0 ? <Card>{todo ? "지금 처리할 결제가 없습니다." : "해당하는 결제가 없습니다."}</Card> : null}
      <ul className="grid gap-3 lg:grid-cols-2">
        {payments.map((p) => (
          <li key={p.id}>
            <Card className="space-y-3 p-4" data-testid={`admin-payment-${p.id}`}>
              <div className="flex items-start justify-between gap-3">
                <div>
                  <p className="font-semibold">
                    {PAYMENT_PURPOSE_LABEL[p.purpose]} · {paymentMethodLabel(p)} · {formatKrw(p.amount)}
                  </p>
                  <p className="text-xs text-stone-500">
                    {p.payer.nickname ?? "회원"} · {formatSeoulDateTime(p.createdAt)} · 주문 {p.orderId}
                  </p>
                  {p.depositCode ? <p className="mt-1 font-mono text-sm font-bold">{p.depositCode}</p> : null}
                  {p.match ? <p className="text-xs text-stone-500">매칭 {p.match.id.slice(0, 8)} · {MATCH_STATUS_LABEL[p.match.status]}</p> : null}
                  {p.refundedAmount > 0 ? <p className="text-xs text-stone-600">환불 {formatKrw(p.refundedAmount)} · {p.cancelReason}</p> : null}
                  {p.virtualAccount && p.status === "AWAITING_DEPOSIT" ? <p className="text-xs text-stone-600">{p.virtualAccount.bankName} 가상계좌 · {formatSeoulDateTime(p.virtualAccount.dueDate)}까지 입금</p> : null}
                  {p.failureCode ? <p className="text-xs text-red-600">{p.failureCode}</p> : null}
                </div>
                <span className="shrink-0">
                  <PaymentStatusBadge payment={p} />
                </span>
              </div>
              {p.method === "TRANSFER" && p.status === "PENDING" ? <VerifyForm paymentId={p.id} depositCode={p.depositCode} verify={verifyPaymentAction} activate={activateMatchAction} /> : null}
              {p.status === "PAID" && p.match?.status === "PENDING" ? <ActivateForm matchId={p.match.id} needsReason={false} action={activateMatchAction} /> : null}
              {p.status === "PAID" && p.refundedAmount < p.amount ? <CancelForm paymentId={p.id} suggested={p.suggestedRefund} action={cancelPaymentAction} /> : null}
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
