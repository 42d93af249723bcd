// /checkout/success – Toss's success redirect (?paymentKey&orderId&amount). The render only hands the
// three values to the confirm form, which confirms once through POST /api/payments/toss/confirm
// (amount compared with the stored order; a reload confirms again harmlessly and shows the same
// result). Nothing the page shows comes from its URL: the result is the server's.
import { requireMember } from "@/lib/auth/page-actor";
import { TossConfirm } from "@/components/payments/toss-confirm";
import { confirmTossPaymentAction } from "./actions";

export const metadata = { title: "결제 완료" };
export const dynamic = "force-dynamic";

const param = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

export default async function CheckoutSuccessPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireMember();
  const q = await searchParams;
  const input = { paymentKey: param(q.paymentKey), orderId: param(q.orderId), amount: param(q.amount) };
  return <TossConfirm input={input} confirm={confirmTossPaymentAction} />;
}
