// POST /api/payments/{id}/refund-request – a member asks for a refund (the policy's amount)
import { route } from "@/lib/http/route";
import { requestRefundOperation } from "@/lib/refunds/request-refund";

export const POST = route(requestRefundOperation);
