"use client";
// The buy button of one membership on /membership: opens the order, then the card window page. A
// refusal (rate limit, an unknown product) is shown here, in the words the server chose.
import type { FormAction } from "@/lib/core/form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

export function BuyMembershipForm({ productId, productName, buy }: { productId: string; productName: string; buy: FormAction }) {
  const { state, onSubmit, pending } = useFormAction(buy);
  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="productId" value={productId} />
      <Button type="submit" className="w-full" disabled={pending} aria-label={`${productName} 카드로 결제하기`}>
        {pending ? "결제창을 여는 중…" : "카드로 결제하기"}
      </Button>
    </form>
  );
}
