// /admin/refunds – the refund queue: members' requests to decide and refunds owed first (a transfer's
// account shown while it is owed), then decided ones. Amounts come from the refund policy
// (lib/payments/refund-policy.ts); every decision is audited.
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/page-actor";
import { adminListRefunds } from "@/lib/refunds/list-refunds";
import { ZAdminRefundsQuery, type AdminRefundDto } from "@/lib/refunds/schemas";
import { formatKrw } from "@/lib/payments/products";
import { formatSeoulDateTime } from "@/lib/core/seoul-time";
import { Card, PageTitle } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { PAYMENT_METHOD_LABEL, PAYMENT_PURPOSE_LABEL } from "@/lib/core/labels";
import { ApproveRefundForm, PayRefundForm, RejectRefundForm } from "@/components/refunds/admin-refund-forms";
import { approveRefundAction, payRefundAction, rejectRefundAction } from "./actions";

export const metadata = { title: "환불" };

const STATUS_LABEL: Record<AdminRefundDto["status"], string> = { REQUESTED: "요청됨", APPROVED: "환불 대기", REFUNDED: "환불 완료", REJECTED: "거절" };
const SOURCE_LABEL: Record<AdminRefundDto["source"], string> = { MEMBER_REQUEST: "회원 요청", PARTNER_WITHDRAWN: "상대 탈퇴 (자동)", PARTNER_BANNED: "상대 이용정지 (자동)", MATCH_CLOSED_BY_OPERATOR: "운영자 매칭 종료 (자동)" };
const FILTERS = [
  { label: "처리할 요청", q: "?status=REQUESTED" },
  { label: "환불 대기", q: "?status=APPROVED" },
  { label: "완료", q: "?status=REFUNDED" },
  { label: "전체", q: "" },
];

export default async function AdminRefundsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireAdmin();
  const parsed = ZAdminRefundsQuery.safeParse(await searchParams);
  const { refunds } = await adminListRefunds({ actor, input: parsed.success ? parsed.data : {} });
  return (
    <>
      <PageTitle sub="회원의 환불 요청과 자동 환불(상대 탈퇴·이용정지, 운영자 매칭 종료)입니다. 금액 기본값은 환불정책 계산값이며 모든 처리는 감사 로그에 남습니다.">환불</PageTitle>
      <nav className="mb-4 flex gap-2 text-sm" aria-label="환불 필터">
        {FILTERS.map((f) => (
          <Link key={f.label} href={`/admin/refunds${f.q}`} className="rounded-full border border-stone-300 px-3 py-1 hover:bg-stone-100">
            {f.label}
          </Link>
        ))}
      </nav>
      {refunds.length === 0 ? <Card>해당하는 환불이 없습니다.</Card> : null}
      <ul className="grid gap-3 lg:grid-cols-2">
        {refunds.map((r) => (
          <li key={r.id}>
            <Card className="space-y-3 p-4" data-testid={`admin-refund-${r.id}`}>
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0 space-y-0.5">
                  <p className="font-semibold">
                    {formatKrw(r.amount)} · {PAYMENT_PURPOSE_LABEL[r.payment.purpose]} · {PAYMENT_METHOD_LABEL[r.payment.method]}
                  </p>
                  <p className="text-xs text-stone-500">
                    {r.payer.nickname ?? "회원"} · {formatSeoulDateTime(r.createdAt)} · {SOURCE_LABEL[r.source]}
                  </p>
                  <p className="text-xs text-stone-600">
                    {r.payment.orderName} {formatKrw(r.payment.amount)} (환불됨 {formatKrw(r.payment.refundedAmount)}) · 정책: {r.rule}
                  </p>
                  <p className="text-sm text-stone-800">사유: {r.reason}</p>
                  {r.decisionNote ? <p className="text-xs text-stone-500">메모: {r.decisionNote}</p> : null}
                  {r.failureMessage && r.status === "APPROVED" ? <p className="text-xs text-red-600">{r.failureMessage}</p> : null}
                </div>
                <Badge>{STATUS_LABEL[r.status]}</Badge>
              </div>
              {r.account ? (
                <p className="rounded-lg bg-stone-50 p-2 font-mono text-sm" aria-label="환불 계좌">
                  {r.account.bank} {r.account.accountNumber} (예금주 {r.account.holder})
                </p>
              ) : r.needsAccount ? (
                <p className="rounded-lg bg-amber-50 p-2 text-xs text-amber-800">회원이 환불 계좌를 알려 주면 송금할 수 있습니다 (회원에게 알림 발송됨).</p>
              ) : null}
              {r.status === "REQUESTED" ? (
                <div className="grid gap-3 sm:grid-cols-2">
                  <ApproveRefundForm refundId={r.id} amount={r.amount} approve={approveRefundAction} />
                  <RejectRefundForm refundId={r.id} reject={rejectRefundAction} />
                </div>
              ) : null}
              {r.status === "APPROVED" && (r.payment.method === "TOSS" || r.account) ? <PayRefundForm refundId={r.id} method={r.payment.method} pay={payRefundAction} /> : null}
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
