// POST /api/admin/payments/{id}/cancel – refund a payment, fully or partly (audited)
import { route } from "@/lib/http/route";
import { cancelPaymentOperation } from "@/lib/payments/cancel-payment";

export const POST = route(cancelPaymentOperation);
