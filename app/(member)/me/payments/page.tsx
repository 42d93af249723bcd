// /me/payments – the member's payment history: what, how, status, the card receipt link, and per paid
// payment its refund (what the refund policy gives today, a request form, or where the refund stands).
import Link from "next/link";
import { requireMember } from "@/lib/auth/page-actor";
import { listMyPayments } from "@/lib/payments/list-my-payments";
import { listMyRefunds } from "@/lib/refunds/list-refunds";
import { RefundSection } from "@/components/refunds/refund-section";
import { cancelOpenOrderAction, requestRefundAction, setRefundAccountAction } from "./actions";
import { formatKrw } from "@/lib/payments/products";
import { Card, PageTitle } from "@/components/ui/card";
import { formatSeoulDate, formatSeoulDateTime } from "@/lib/core/seoul-time";
import { paymentMethodLabel } from "@/lib/core/labels";
import { VirtualAccountDetails } from "@/components/payments/virtual-account-details";
import { CancelOpenOrderButton } from "@/components/payments/cancel-open-order-button";
import { PaymentStatusBadge } from "@/components/payments/payment-status-badge";

export const metadata = { title: "결제 내역" };

export default async function MyPaymentsPage() {
  const actor = await requireMember();
  const [{ payments }, refunds] = await Promise.all([listMyPayments({ actor }), listMyRefunds({ actor })]);
  const refundOf = new Map(refunds.payments.map((r) => [r.paymentId, r]));
  return (
    <>
      <PageTitle sub="결제 기록은 관련 법령에 따라 5년간 보관돼요.">결제 내역</PageTitle>
      {payments.length === 0 ? (
        <Card>
          <p className="text-sm text-stone-600">아직 결제 내역이 없어요. 멤버십을 구매하거나 매칭 이용료를 결제하면 여기에서 확인할 수 있어요.</p>
          <Link href="/membership" className="mt-2 inline-block text-sm font-medium text-brand-600 underline">
            멤버십 알아보기
          </Link>
        </Card>
      ) : (
        <ul className="space-y-3">
          {payments.map((p) => (
            <li key={p.id}>
              <Card className="p-4">
                <div className="flex items-start justify-between gap-3">
                  <div className="min-w-0">
                    <Link href={p.method === "TOSS" && (p.status === "PENDING" || p.status === "AWAITING_DEPOSIT") ? `/checkout/${p.orderId}` : `/payments/${p.id}`} className="font-semibold text-stone-900 hover:underline">
                      {p.orderName}
                    </Link>
                    <p className="text-xs text-stone-500">
                      {paymentMethodLabel(p)} · {formatSeoulDateTime(p.createdAt)}
                    </p>
                  </div>
                  <PaymentStatusBadge payment={p} />
                </div>
                <p className="mt-2 font-bold">{formatKrw(p.amount)}</p>
                {p.status === "AWAITING_DEPOSIT" && p.virtualAccount ? (
                  <div className="mt-3">
                    <VirtualAccountDetails account={p.virtualAccount} amount={p.amount} status={p.status} />
                  </div>
                ) : null}
                {p.status === "PENDING" && p.method === "TOSS" ? <p className="mt-1 text-xs text-stone-500">아직 결제하지 않은 주문이에요. 주문을 눌러 이어서 결제할 수 있어요.</p> : null}
                {(p.status === "FAILED" || p.status === "EXPIRED" || p.status === "CANCELED") && p.failureMessage ? <p className="mt-1 text-xs text-stone-500">{p.failureMessage}</p> : null}
                {p.refundedAmount > 0 ? <p className="text-xs text-stone-600">{formatKrw(p.refundedAmount)} 환불 완료</p> : null}
                {p.periodEnd && p.status === "PAID" && p.refundedAmount === 0 ? (
                  <p className="text-xs text-stone-500">이용 기간 {formatSeoulDate(p.periodStart!)} ~ {formatSeoulDate(p.periodEnd)}</p>
                ) : null}
                {p.receiptUrl ? (
                  <a href={p.receiptUrl} target="_blank" rel="noreferrer" className="mt-1 inline-block text-xs text-brand-600 underline">
                    영수증 보기
                  </a>
                ) : null}
                {p.status === "PENDING" || p.status === "AWAITING_DEPOSIT" ? (
                  <div className="mt-3">
                    <CancelOpenOrderButton paymentId={p.id} waiting={p.status === "AWAITING_DEPOSIT"} cancel={cancelOpenOrderAction} />
                  </div>
                ) : null}
                {refundOf.has(p.id) ? (
                  <div className="mt-3">
                    <RefundSection item={refundOf.get(p.id)!} actions={{ request: requestRefundAction, setAccount: setRefundAccountAction }} />
                  </div>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
