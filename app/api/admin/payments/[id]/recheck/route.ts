// POST /api/admin/payments/{id}/recheck – resolve a parked order by asking Toss again
import { route } from "@/lib/http/route";
import { recheckParkedPaymentOperation } from "@/lib/payments/recheck-parked";

export const POST = route(recheckParkedPaymentOperation);
