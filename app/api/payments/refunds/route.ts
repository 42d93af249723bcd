// GET /api/payments/refunds – my payments with the policy's refund today and their refunds
import { route } from "@/lib/http/route";
import { listMyRefundsOperation } from "@/lib/refunds/list-refunds";

export const GET = route(listMyRefundsOperation);
