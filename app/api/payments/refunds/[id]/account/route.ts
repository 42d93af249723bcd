// PUT /api/payments/refunds/{id}/account – the account a transfer refund goes to (encrypted)
import { route } from "@/lib/http/route";
import { setRefundAccountOperation } from "@/lib/refunds/refund-account";

export const PUT = route(setRefundAccountOperation);
