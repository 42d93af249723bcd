// /checkout/[orderId] – the caller's own open Toss order: what is bought, and the buttons that open
// Toss's window by card or by 가상계좌 (anyone else's order is a 404). Once a 가상계좌 is issued this is the
// deposit-waiting page: bank, account number, amount and due date; the deposit confirms itself. While
// the order is open the member may cancel it to choose another method. The ownership check runs before
// anything is sent (an HTTP 404 for anyone else's order); the rest renders inside a Suspense skeleton.
import { Suspense } from "react";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/core/actor";
import { requireMember } from "@/lib/auth/page-actor";
import { AppError } from "@/lib/core/errors";
import { formatKrw } from "@/lib/payments/products";
import { getTossCheckout, tossOrderVisibleTo } from "@/lib/payments/toss-ready";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { MemberLoading } from "@/components/ui/member-loading";
import { TossCheckoutButton } from "@/components/payments/toss-checkout-button";
import { PaymentStatusBadge } from "@/components/payments/payment-status-badge";
import { VirtualAccountDetails } from "@/components/payments/virtual-account-details";
import { CancelOpenOrderButton } from "@/components/payments/cancel-open-order-button";
import { cancelOpenOrderAction } from "./actions";

export const metadata = { title: "결제하기" };

export default async function CheckoutPage({ params }: { params: Promise<{ orderId: string }> }) {
  const actor = await requireMember();
  const { orderId } = await params;
  if (!/^[A-Za-z0-9_=-]{6,64}$/.test(orderId)) notFound();
  if (!(await tossOrderVisibleTo(actor, orderId))) notFound();
  return (
    <Suspense fallback={<MemberLoading />}>
      <CheckoutBody actor={actor} orderId={orderId} />
    </Suspense>
  );
}

async function CheckoutBody({ actor, orderId }: { actor: Actor; orderId: string }) {
  const { payment, checkout } = await getTossCheckout({ actor, orderId }).catch((err) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const waiting = payment.status === "AWAITING_DEPOSIT";
  const open = payment.status === "PENDING" || waiting;
  return (
    <>
      <PageTitle sub={waiting ? "아래 계좌로 입금하면 결제가 자동으로 완료돼요." : checkout ? "카드 또는 가상계좌(무통장 입금)로 결제할 수 있어요." : undefined}>
        {waiting ? "입금을 기다리고 있어요" : open ? "결제하기" : "주문 내역"}
      </PageTitle>
      <Card>
        <div className="flex items-center justify-between gap-3">
          <p className="font-semibold">{payment.orderName}</p>
          <PaymentStatusBadge payment={payment} />
        </div>
        <p className="mt-2 text-2xl font-extrabold">{formatKrw(payment.amount)}</p>
        <p className="mt-1 text-xs text-stone-500">부가세 포함 금액 · 주문번호 {payment.orderId}</p>
        {payment.virtualAccount ? (
          <div className="mt-4">
            <VirtualAccountDetails account={payment.virtualAccount} amount={payment.amount} status={payment.status} />
          </div>
        ) : null}
        {!open && payment.failureMessage ? <p className="mt-3 text-sm text-stone-600">{payment.failureMessage}</p> : null}
      </Card>
      <div className="mt-6 grid gap-3">
        {checkout ? (
          <>
            <TossCheckoutButton checkout={checkout} method="카드" label={`${formatKrw(payment.amount)} 카드로 결제하기`} />
            <TossCheckoutButton checkout={checkout} method="가상계좌" variant="secondary" label="가상계좌로 입금하기 (무통장 입금)" />
          </>
        ) : (
          <ButtonLink href={payment.matchId ? `/matches/${payment.matchId}` : "/me/payments"} variant={waiting ? "primary" : "secondary"} className="w-full">
            {payment.matchId ? "매칭으로 돌아가기" : "결제 내역 보기"}
          </ButtonLink>
        )}
        {open ? <CancelOpenOrderButton paymentId={payment.id} waiting={waiting} cancel={cancelOpenOrderAction} /> : null}
      </div>
      <p className="mt-4 text-center text-xs text-stone-500">
        {payment.purpose === "MATCH_FEE" ? "매칭이 확정되기 전에 취소하면 전액 환불돼요." : "결제일로부터 7일 이내에 혜택을 이용하지 않았다면 전액 환불돼요."} 자세한 내용은 환불정책을 확인해 주세요.
      </p>
    </>
  );
}
