// /checkout/success – Toss's success redirect (?paymentKey&orderId&amount): confirms through the same
// use case as POST /api/payments/toss/confirm (amount compared with the stored order; repeated loads
// are harmless) and shows the result.
import Link from "next/link";
import { requireMember } from "@/lib/auth/page-actor";
import { toErrorBody } from "@/lib/core/errors";
import { parseWith } from "@/lib/core/parse";
import { formatKrw, membershipLabel } from "@/lib/payments/products";
import { ZTossConfirmRequest } from "@/lib/payments/schemas";
import { confirmTossPaymentForMember, type TossConfirmResponse } from "@/lib/payments/toss-confirm";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { formatSeoulDate } from "@/lib/core/seoul-time";

export const metadata = { title: "결제 완료" };
export const dynamic = "force-dynamic";


export default async function CheckoutSuccessPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireMember();
  const q = await searchParams;
  let result: TossConfirmResponse | null = null;
  let problem: { message: string; retryable: boolean } | null = null;
  try {
    result = await confirmTossPaymentForMember({ actor, input: parseWith(ZTossConfirmRequest, { paymentKey: q.paymentKey, orderId: q.orderId, amount: q.amount }) });
  } catch (err) {
    const { status, body } = toErrorBody(err);
    problem = { message: body.error.message, retryable: status === 503 };
  }
  if (!result) {
    return (
      <>
        <PageTitle>결제를 완료하지 못했어요</PageTitle>
        <Card>
          <p role="alert" className="text-sm text-stone-700">
            {problem?.message}
          </p>
          {problem?.retryable ? <p className="mt-2 text-xs text-stone-500">카드 결제가 이미 승인되었다면 잠시 후 자동으로 반영돼요. 중복으로 청구되지 않아요.</p> : null}
        </Card>
        <div className="mt-6 grid gap-3">
          {problem?.retryable ? <ButtonLink href={`/checkout/success?${new URLSearchParams(q as Record<string, string>)}`}>다시 확인하기</ButtonLink> : null}
          <ButtonLink href="/me/payments" variant="secondary">
            결제 내역 보기
          </ButtonLink>
        </div>
      </>
    );
  }
  const { payment, membership } = result;
  return (
    <>
      <PageTitle sub="결제해 주셔서 감사해요.">결제가 완료되었어요</PageTitle>
      <Card>
        <p className="font-semibold">{payment.orderName}</p>
        <p className="mt-1 text-xl font-extrabold">{formatKrw(payment.amount)}</p>
        {payment.purpose === "MEMBERSHIP" ? (
          <p className="mt-3 text-sm text-stone-700" data-testid="membership-result">
            {membershipLabel(membership.tier)}
            {membership.expiresAt ? ` · ${formatSeoulDate(membership.expiresAt)}까지` : ""}
          </p>
        ) : (
          <p className="mt-3 text-sm text-stone-700">운영팀이 확인한 뒤 매칭이 확정되고 연락처가 공개돼요.</p>
        )}
        {payment.receiptUrl ? (
          <a href={payment.receiptUrl} target="_blank" rel="noreferrer" className="mt-3 inline-block text-sm text-brand-600 underline">
            카드 영수증 보기
          </a>
        ) : null}
      </Card>
      <div className="mt-6 grid gap-3">
        {payment.matchId ? <ButtonLink href={`/matches/${payment.matchId}`}>매칭으로 돌아가기</ButtonLink> : <ButtonLink href="/me">내 정보로 가기</ButtonLink>}
        <Link href="/me/payments" className="text-center text-sm text-stone-500 underline">
          결제 내역 보기
        </Link>
      </div>
    </>
  );
}
