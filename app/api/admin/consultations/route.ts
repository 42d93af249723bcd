// GET /api/admin/consultations – the manager's day
import { route } from "@/lib/http/route";
import { managerDayOperation } from "@/lib/consultations/manager-day";

export const GET = route(managerDayOperation);
