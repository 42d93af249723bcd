// /checkout/fail – Toss's fail redirect (?code&message&orderId). Closing or cancelling the card window
// (PAY_PROCESS_CANCELED) is an ordinary choice, not an error; anything else gets a calm explanation
// chosen from the code (lib/payments/toss-fail-reasons.ts), never the redirect's `message`.
import { requireMember } from "@/lib/auth/page-actor";
import { isCanceledByMember, tossFailReason } from "@/lib/payments/toss-fail-reasons";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";

export const metadata = { title: "결제 결과" };

const ORDER_ID = /^[A-Za-z0-9_=-]{6,64}$/;

export default async function CheckoutFailPage({ searchParams }: { searchParams: Promise<{ code?: string; orderId?: string }> }) {
  await requireMember();
  const { code, orderId } = await searchParams;
  const canceled = isCanceledByMember(code);
  return (
    <>
      <PageTitle>{canceled ? "결제를 취소했어요" : "결제가 완료되지 않았어요"}</PageTitle>
      <Card>
        <p className="text-sm text-stone-700">
          {canceled ? "결제 금액은 청구되지 않았어요. 준비되시면 언제든 다시 결제할 수 있어요." : `${tossFailReason(code)} 금액은 청구되지 않았어요.`}
        </p>
      </Card>
      <div className="mt-6 grid gap-3">
        {orderId && ORDER_ID.test(orderId) ? <ButtonLink href={`/checkout/${orderId}`}>다시 결제하기</ButtonLink> : null}
        <ButtonLink href="/me/payments" variant="secondary">
          결제 내역 보기
        </ButtonLink>
      </div>
    </>
  );
}
