// /payments/[id] – one payment for the payer, the match partner or an admin (else the 404 page). For a
// bank transfer: how to pay, the depositor code to type as 입금자명 (copy button), and the live status
// (refreshed every 10 seconds until an admin confirms the deposit). The read check runs before anything
// is sent (someone else's payment is an HTTP 404); the rest renders inside a Suspense skeleton.
import { Suspense } from "react";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/core/actor";
import { requireMember } from "@/lib/auth/page-actor";
import { AppError } from "@/lib/core/errors";
import { getPayment, paymentVisibleTo } from "@/lib/payments/get-payment";
import { formatKrw } from "@/lib/payments/products";
import { ZPaymentIdParams } from "@/lib/payments/schemas";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { MemberLoading } from "@/components/ui/member-loading";
import { AutoRefresh } from "@/components/payments/auto-refresh";
import { CopyButton } from "@/components/payments/copy-button";
import { formatSeoulDateTime } from "@/lib/core/seoul-time";
import { PAYMENT_METHOD_LABEL } from "@/lib/core/labels";
import { PaymentStatusBadge } from "@/components/payments/payment-status-badge";

export const metadata = { title: "결제 안내" };

export default async function PaymentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireMember();
  const parsed = ZPaymentIdParams.safeParse(await params);
  if (!parsed.success) notFound();
  if (!(await paymentVisibleTo(actor, parsed.data.id))) notFound();
  return (
    <Suspense fallback={<MemberLoading />}>
      <PaymentBody actor={actor} id={parsed.data.id} />
    </Suspense>
  );
}

async function PaymentBody({ actor, id }: { actor: Actor; id: string }) {
  const { payment } = await getPayment({ actor, input: { id } }).catch((err) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const waiting = payment.status === "PENDING";
  return (
    <>
      <PageTitle sub={`${PAYMENT_METHOD_LABEL[payment.method]} · ${formatSeoulDateTime(payment.createdAt)}`}>{payment.orderName}</PageTitle>
      <AutoRefresh active={waiting && payment.method === "TRANSFER"} />
      <Card>
        <div className="flex items-center justify-between">
          <p className="text-2xl font-extrabold">{formatKrw(payment.amount)}</p>
          <span data-testid="payment-status">
            <PaymentStatusBadge payment={payment} />
          </span>
        </div>
        {payment.status === "PAID" ? (
          <p className="mt-3 text-sm text-emerald-700">
            {/* the match may already be confirmed by now: point to it rather than promise a future step */}
            {payment.matchId ? "결제가 확인되었어요. 매칭 확정과 연락처 공개는 매칭 화면에서 확인할 수 있어요." : "결제가 완료되었어요."}
          </p>
        ) : null}
        {payment.refundedAmount > 0 ? <p className="mt-2 text-sm text-stone-600">{formatKrw(payment.refundedAmount)} 환불 완료</p> : null}
      </Card>
      {payment.method === "TRANSFER" && waiting && payment.depositCode ? (
        <Card className="mt-4 space-y-4">
          <h2 className="font-bold">계좌이체 방법</h2>
          <ol className="list-decimal space-y-2 pl-5 text-sm text-stone-700">
            <li>
              아래 계좌로 <strong>{formatKrw(payment.amount)}</strong>을 보내 주세요.
              <p className="mt-1 rounded-lg bg-stone-50 p-2 font-medium" data-testid="bank-account">
                {payment.bankAccount}
              </p>
            </li>
            <li>
              <strong>입금자명</strong>에 이름 대신 아래 코드를 그대로 입력해 주세요.
              <div className="mt-2 flex items-center justify-between gap-3 rounded-lg border border-brand-200 bg-brand-50 p-3">
                <span className="font-mono text-lg font-bold tracking-wider" data-testid="deposit-code">
                  {payment.depositCode}
                </span>
                <CopyButton value={payment.depositCode} />
              </div>
            </li>
            <li>운영팀이 입금을 확인하면(영업일 기준 보통 1일 이내) 매칭이 확정되고 서로의 연락처가 공개돼요.</li>
          </ol>
          <p className="text-xs text-stone-500">입금이 확인되면 이 화면에 바로 반영돼요. 금액이나 입금자명이 다르면 확인이 늦어질 수 있어요.</p>
        </Card>
      ) : null}
      <div className="mt-6 grid gap-3">
        {payment.matchId ? (
          <ButtonLink href={`/matches/${payment.matchId}`} variant="secondary">
            매칭으로 돌아가기
          </ButtonLink>
        ) : null}
        <ButtonLink href="/me/payments" variant="ghost">
          결제 내역 보기
        </ButtonLink>
      </div>
    </>
  );
}
