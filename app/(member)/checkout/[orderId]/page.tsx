// /checkout/[orderId] – the caller's own open card order: what is bought, and the button that opens
// Toss's card window (anyone else's order is a 404).
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/page-actor";
import { AppError } from "@/lib/core/errors";
import { formatKrw } from "@/lib/payments/products";
import { getTossCheckout } from "@/lib/payments/toss-ready";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { TossCheckoutButton } from "@/components/payments/toss-checkout-button";
import { PaymentStatusBadge } from "@/components/payments/payment-status-badge";

export const metadata = { title: "결제하기" };

export default async function CheckoutPage({ params }: { params: Promise<{ orderId: string }> }) {
  const actor = await requireMember();
  const { orderId } = await params;
  if (!/^[A-Za-z0-9_=-]{6,64}$/.test(orderId)) notFound();
  const { payment, checkout } = await getTossCheckout({ actor, orderId }).catch((err) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  return (
    <>
      <PageTitle sub="토스페이먼츠 결제창에서 카드로 결제해요.">결제하기</PageTitle>
      <Card>
        <div className="flex items-center justify-between">
          <p className="font-semibold">{payment.orderName}</p>
          <PaymentStatusBadge payment={payment} />
        </div>
        <p className="mt-2 text-2xl font-extrabold">{formatKrw(payment.amount)}</p>
        <p className="mt-1 text-xs text-stone-500">부가세 포함 금액 · 주문번호 {payment.orderId}</p>
      </Card>
      <div className="mt-6">
        {checkout ? (
          <TossCheckoutButton checkout={checkout} label={`${formatKrw(payment.amount)} 카드로 결제하기`} />
        ) : (
          <ButtonLink href="/me/payments" variant="secondary" className="w-full">
            결제 내역 보기
          </ButtonLink>
        )}
      </div>
      <p className="mt-4 text-center text-xs text-stone-500">
        {payment.purpose === "MATCH_FEE" ? "매칭이 확정되기 전에 취소하면 전액 환불돼요." : "결제일로부터 7일 이내에 혜택을 이용하지 않았다면 전액 환불돼요."} 자세한 내용은 환불정책을 확인해 주세요.
      </p>
    </>
  );
}
