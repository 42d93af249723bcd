// POST /api/admin/payments/{id}/verify – confirm a bank-transfer deposit (audited)
import { route } from "@/lib/http/route";
import { verifyPaymentOperation } from "@/lib/payments/verify-payment";

export const POST = route(verifyPaymentOperation);
