// /admin/money – where the money stands (docs/payments.md): today's charges and refunds, open refund
// requests, differences the daily reconciliation found with Toss, and the orders that need a person.
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/page-actor";
import { getMoneyOverview } from "@/lib/payments/money-overview";
import { formatKrw } from "@/lib/payments/products";
import { formatSeoulDateTime } from "@/lib/core/seoul-time";
import { reviewReasonLabel } from "@/lib/core/labels";
import { Card, PageTitle } from "@/components/ui/card";
import { PaymentStatusBadge } from "@/components/payments/payment-status-badge";
import { RecheckParkedForm } from "@/components/payments/recheck-parked-form";
import { recheckParkedAction } from "./actions";

export const metadata = { title: "돈 현황" };

function Figure({ label, value, sub, testId }: { label: string; value: string; sub?: string; testId: string }) {
  return (
    <Card className="p-4" data-testid={testId}>
      <p className="text-xs text-stone-500">{label}</p>
      <p className="mt-1 text-2xl font-extrabold">{value}</p>
      {sub ? <p className="text-xs text-stone-500">{sub}</p> : null}
    </Card>
  );
}

export default async function AdminMoneyPage() {
  await requireAdmin();
  const m = await getMoneyOverview();
  return (
    <>
      <PageTitle sub={`${m.day} (한국 시간) 기준. 숫자는 모두 데이터베이스에서 바로 집계합니다.`}>돈 현황</PageTitle>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Figure testId="money-charges" label="오늘 결제" value={formatKrw(m.charges.amount)} sub={`${m.charges.count}건`} />
        <Figure testId="money-refunds" label="오늘 환불" value={formatKrw(m.refunds.amount)} sub={`${m.refunds.count}건`} />
        <Figure testId="money-requests" label="처리할 환불 요청" value={`${m.openRefundRequests}건`} />
        <Figure testId="money-differences" label="토스와 다른 주문" value={`${m.differences.length}건`} sub={`확인 필요 ${m.parked.length}건`} />
      </div>

      <h2 className="mt-8 mb-2 text-lg font-bold">확인이 필요한 주문</h2>
      {m.parked.length === 0 ? (
        <p className="text-sm text-stone-500">없습니다.</p>
      ) : (
        <ul className="space-y-2">
          {m.parked.map((p) => (
            <li key={p.id}>
              <Card className="flex flex-wrap items-start justify-between gap-3 p-4">
                <div>
                  <p className="font-mono text-xs">{p.orderId}</p>
                  <p className="text-sm">
                    {formatKrw(p.amount)} · 사유 {reviewReasonLabel(p.reason)} · {formatSeoulDateTime(p.updatedAt)}
                  </p>
                </div>
                <RecheckParkedForm paymentId={p.id} recheck={recheckParkedAction} />
              </Card>
            </li>
          ))}
        </ul>
      )}

      <h2 className="mt-8 mb-2 text-lg font-bold">토스 대조 차이 (매일 04:00)</h2>
      {m.differences.length === 0 ? (
        <p className="text-sm text-stone-500">최근 대조에서 차이가 없었습니다.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-stone-500">
            <tr><th className="py-1">주문</th><th>앱 / 토스</th><th>내용</th><th>처음 발견</th></tr>
          </thead>
          <tbody>
            {m.differences.map((d) => (
              <tr key={d.id} className="border-t border-stone-200">
                <td className="py-2 font-mono text-xs">{d.orderId}</td>
                <td>{d.appStatus} / {d.tossStatus ?? "없음"}</td>
                <td>{d.detail}</td>
                <td>{formatSeoulDateTime(d.detectedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 className="mt-8 mb-2 text-lg font-bold">처리 중 (10분마다 자동 재시도)</h2>
      {m.inFlight.length === 0 ? (
        <p className="text-sm text-stone-500">없습니다.</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {m.inFlight.map((p) => (
            <li key={p.id} className="flex items-center gap-2">
              <PaymentStatusBadge payment={p} /> <span className="font-mono text-xs">{p.orderId}</span> {formatKrw(p.amount)}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6 text-sm">
        <Link href="/admin/refunds" className="text-brand-600 underline">환불 요청 처리하기</Link>
      </p>
    </>
  );
}
