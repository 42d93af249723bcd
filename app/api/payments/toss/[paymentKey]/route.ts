// GET /api/payments/toss/{paymentKey} – a card payment by Toss's key (owner or admin)
import { route } from "@/lib/http/route";
import { getTossPaymentOperation } from "@/lib/payments/get-toss-payment";

export const GET = route(getTossPaymentOperation);
