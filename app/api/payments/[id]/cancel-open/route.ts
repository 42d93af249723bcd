// POST /api/payments/{id}/cancel-open – a member cancels their own open (not yet charged) order
import { route } from "@/lib/http/route";
import { cancelOpenOrderOperation } from "@/lib/payments/cancel-open-order";

export const POST = route(cancelOpenOrderOperation);
