// /admin/payments – the payments queue: bank transfers waiting for a deposit check first (verify and
// confirm the match in one action), then everything else with refund and activation controls.
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/page-actor";
import { adminListPayments } from "@/lib/payments/admin-list-payments";
import { formatKrw } from "@/lib/payments/products";
import { ZAdminPaymentsQuery } from "@/lib/payments/schemas";
import { Card, PageTitle } from "@/components/ui/card";
import { ActivateForm, CancelForm, VerifyForm } from "@/components/payments/admin-payment-forms";
import { adminPaymentNotice } from "./notices";
import { formatSeoulDateTime } from "@/lib/core/seoul-time";
import { MATCH_STATUS_LABEL, PAYMENT_METHOD_LABEL, PAYMENT_PURPOSE_LABEL } from "@/lib/core/labels";
import { PaymentStatusBadge } from "@/components/payments/payment-status-badge";

export const metadata = { title: "결제 확인" };

const FILTERS = [
  { label: "입금 대기", q: "?status=PENDING&method=TRANSFER" },
  { label: "결제 완료", q: "?status=PAID" },
  { label: "카드", q: "?method=TOSS" },
  { label: "전체", q: "" },
];

export default async function AdminPaymentsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireAdmin();
  const { notice: noticeKey, ...query } = await searchParams;
  const parsed = ZAdminPaymentsQuery.safeParse(query);
  const filter = parsed.success ? parsed.data : {};
  const { payments } = await adminListPayments({ actor, input: filter });
  const notice = adminPaymentNotice(noticeKey);
  return (
    <>
      <PageTitle sub="계좌이체는 통장 입금자명의 코드(KM-…)와 금액을 확인한 뒤 승인하세요. 모든 처리는 감사 로그에 남습니다.">결제 확인</PageTitle>
      <nav className="mb-4 flex gap-2 text-sm" aria-label="결제 필터">
        {FILTERS.map((f) => (
          <Link key={f.label} href={`/admin/payments${f.q}`} className="rounded-full border border-stone-300 px-3 py-1 hover:bg-stone-100">
            {f.label}
          </Link>
        ))}
      </nav>
      {notice ? (
        <p role="status" className="mb-4 rounded-xl bg-emerald-50 p-3 text-sm text-emerald-800">
          {notice}
        </p>
      ) : null}
      {payments.length === 0 ? <Card>해당하는 결제가 없습니다.</Card> : null}
      <ul className="grid gap-3 lg:grid-cols-2">
        {payments.map((p) => (
          <li key={p.id}>
            <Card className="space-y-3 p-4" data-testid={`admin-payment-${p.id}`}>
              <div className="flex items-start justify-between gap-3">
                <div>
                  <p className="font-semibold">
                    {PAYMENT_PURPOSE_LABEL[p.purpose]} · {PAYMENT_METHOD_LABEL[p.method]} · {formatKrw(p.amount)}
                  </p>
                  <p className="text-xs text-stone-500">
                    {p.payer.nickname ?? "회원"} · {formatSeoulDateTime(p.createdAt)} · 주문 {p.orderId}
                  </p>
                  {p.depositCode ? <p className="mt-1 font-mono text-sm font-bold">{p.depositCode}</p> : null}
                  {p.match ? <p className="text-xs text-stone-500">매칭 {p.match.id.slice(0, 8)} · {MATCH_STATUS_LABEL[p.match.status]}</p> : null}
                  {p.refundedAmount > 0 ? <p className="text-xs text-stone-600">환불 {formatKrw(p.refundedAmount)} · {p.cancelReason}</p> : null}
                  {p.failureCode ? <p className="text-xs text-red-600">{p.failureCode}</p> : null}
                </div>
                <span className="shrink-0">
                  <PaymentStatusBadge payment={p} />
                </span>
              </div>
              {p.method === "TRANSFER" && p.status === "PENDING" ? <VerifyForm paymentId={p.id} depositCode={p.depositCode} filter={filter} /> : null}
              {p.status === "PAID" && p.match?.status === "PENDING" ? <ActivateForm matchId={p.match.id} needsReason={false} filter={filter} /> : null}
              {p.status === "PAID" && p.refundedAmount < p.amount ? <CancelForm paymentId={p.id} suggested={p.suggestedRefund} filter={filter} /> : null}
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
