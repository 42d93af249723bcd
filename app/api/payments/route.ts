// GET /api/payments – the caller's payments, newest first
import { route } from "@/lib/http/route";
import { listMyPaymentsOperation } from "@/lib/payments/list-my-payments";

export const GET = route(listMyPaymentsOperation);
