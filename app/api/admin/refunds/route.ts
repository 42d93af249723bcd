// GET /api/admin/refunds – the refund queue
import { route } from "@/lib/http/route";
import { adminListRefundsOperation } from "@/lib/refunds/list-refunds";

export const GET = route(adminListRefundsOperation);
