"use server";
// 멤버십 구매: POST /api/payments/toss/ready derived from its operation, then the card window page.
import { redirect } from "next/navigation";
import { action } from "@/lib/http/action";
import { readyTossPaymentOperation } from "@/lib/payments/toss-ready";

export const buyMembershipAction = action(readyTossPaymentOperation, {
  done: ({ checkout }) => redirect(`/checkout/${checkout.orderId}`),
});
