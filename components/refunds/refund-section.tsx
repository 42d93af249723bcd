// One payment's refund block: its refund's status, or (money left, nothing asked yet) the request form
// folded under "환불 요청". Used by /me/payments and /me/withdraw.
import type { z } from "zod";
import { formatKrw } from "@/lib/payments/products";
import type { ZMyRefundable } from "@/lib/refunds/schemas";
import { RefundRequestForm } from "./refund-request-form";
import { RefundStatus } from "./refund-status";
import type { FormAction } from "@/lib/core/form";

/** The page's refund actions (app/(member)/me/payments/actions.ts), handed down to the forms. */
export type RefundActions = { request: FormAction; setAccount: FormAction };

type Refundable = z.infer<typeof ZMyRefundable>;

export function RefundSection({ item, actions, open = false }: { item: Refundable; actions: RefundActions; open?: boolean }) {
  const active = item.refund && (item.refund.status !== "REJECTED" || item.quote.amount === 0);
  // a deposited 가상계좌 is refunded to the member's account, like a transfer (its texts and account fields)
  const method = item.refundTo === "ACCOUNT" ? "TRANSFER" : "TOSS";
  if (item.refund && active) return <RefundStatus refund={item.refund} method={method} setAccount={actions.setAccount} />;
  if (item.quote.amount <= 0) return null;
  return (
    <div className="space-y-2">
      {item.refund ? <RefundStatus refund={item.refund} method={method} setAccount={actions.setAccount} /> : null}
      <details className="rounded-xl border border-stone-200 p-3" open={open} id={`refund-${item.paymentId}`}>
        <summary className="cursor-pointer text-sm font-medium text-stone-800">환불 요청 · 지금 요청하면 {formatKrw(item.quote.amount)}</summary>
        <div className="mt-3">
          <RefundRequestForm paymentId={item.paymentId} method={method} quote={item.quote} request={actions.request} />
        </div>
      </details>
    </div>
  );
}
