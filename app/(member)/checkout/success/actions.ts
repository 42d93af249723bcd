"use server";
// Toss's success redirect lands on /checkout/success; the page confirms through POST
// /api/payments/toss/confirm derived from its operation (the page's GET render writes nothing).
import { action } from "@/lib/http/action";
import { confirmTossPaymentOperation } from "@/lib/payments/toss-confirm";

export const confirmTossPaymentAction = action(confirmTossPaymentOperation);
