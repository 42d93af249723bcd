"use client";
// Opens Toss's payment window for a stored order: loadTossPayments(clientKey, { src }) — src is Toss's CDN
// in production and the local stand-in (dev/toss) in development and tests — then requestPayment('카드')
// or requestPayment('가상계좌') (the account is issued when the app confirms; the deposit confirms itself
// through Toss's DEPOSIT_CALLBACK). Toss redirects to successUrl / failUrl; closing the window rejects
// with a code we show calmly.
import { loadTossPayments } from "@tosspayments/payment-sdk";
import { useState } from "react";
import type { TossCheckout, TossCheckoutMethod } from "@/lib/payments/schemas";
import { Button } from "@/components/ui/button";
import { FieldMessage } from "@/components/ui/field";

export function TossCheckoutButton({ checkout, label, method = "카드", variant }: { checkout: TossCheckout; label: string; method?: TossCheckoutMethod; variant?: "secondary" }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onClick = async () => {
    setPending(true);
    setError(null);
    try {
      const toss = await loadTossPayments(checkout.clientKey, { src: checkout.sdkUrl });
      const { amount, orderId, orderName, customerName, successUrl, failUrl } = checkout;
      if (method === "가상계좌") {
        const { validHours, virtualAccountCallbackUrl } = checkout;
        await toss.requestPayment("가상계좌", { amount, orderId, orderName, customerName, successUrl, failUrl, validHours, virtualAccountCallbackUrl });
      } else {
        await toss.requestPayment("카드", { amount, orderId, orderName, customerName, successUrl, failUrl });
      }
    } catch (err) {
      const code = (err as { code?: string }).code;
      setError(code === "USER_CANCEL" || code === "PAY_PROCESS_CANCELED" ? "결제를 취소했어요. 준비되시면 다시 시도해 주세요." : "결제창을 열지 못했어요. 잠시 후 다시 시도해 주세요.");
      setPending(false);
    }
  };
  return (
    <div className="space-y-2">
      <Button type="button" className="w-full" variant={variant} disabled={pending} onClick={onClick}>
        {pending ? "결제창을 여는 중…" : label}
      </Button>
      <FieldMessage error={error} />
    </div>
  );
}
