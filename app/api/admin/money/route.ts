// GET /api/admin/money – the money page's numbers (charges, refunds, requests, differences, parked orders)
import { route } from "@/lib/http/route";
import { getMoneyOverviewOperation } from "@/lib/payments/money-overview";

export const GET = route(getMoneyOverviewOperation);
