// GET /api/admin/stats – dashboard figures
import { route } from "@/lib/http/route";
import { getAdminStatsOperation } from "@/lib/admin/get-stats";

export const GET = route(getAdminStatsOperation);
