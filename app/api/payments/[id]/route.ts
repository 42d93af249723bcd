// GET /api/payments/{id} – one payment (payer, the match partner, or admin)
import { route } from "@/lib/http/route";
import { getPaymentOperation } from "@/lib/payments/get-payment";

export const GET = route(getPaymentOperation);
