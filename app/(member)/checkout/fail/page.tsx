// /checkout/fail – Toss's fail redirect (?code&message&orderId). Closing or cancelling the card window
// (PAY_PROCESS_CANCELED) is an ordinary choice, not an error; anything else gets a calm explanation.
import { requireMember } from "@/lib/auth/page-actor";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";

export const metadata = { title: "결제 결과" };

const ORDER_ID = /^[A-Za-z0-9_=-]{6,64}$/;

export default async function CheckoutFailPage({ searchParams }: { searchParams: Promise<{ code?: string; message?: string; orderId?: string }> }) {
  await requireMember();
  const { code, message, orderId } = await searchParams;
  const canceled = code === "PAY_PROCESS_CANCELED" || code === "USER_CANCEL";
  return (
    <>
      <PageTitle>{canceled ? "결제를 취소했어요" : "결제가 완료되지 않았어요"}</PageTitle>
      <Card>
        <p className="text-sm text-stone-700">
          {canceled ? "결제 금액은 청구되지 않았어요. 준비되시면 언제든 다시 결제할 수 있어요." : "카드사 또는 결제창에서 결제를 마치지 못했어요. 금액은 청구되지 않았어요."}
        </p>
        {!canceled && message ? <p className="mt-2 text-xs text-stone-500">사유: {message.slice(0, 200)}</p> : null}
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
