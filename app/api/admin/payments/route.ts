// GET /api/admin/payments – payments queue (open transfers first)
import { route } from "@/lib/http/route";
import { adminListPaymentsOperation } from "@/lib/payments/admin-list-payments";

export const GET = route(adminListPaymentsOperation);
