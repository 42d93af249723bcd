// POST /api/admin/reports/{id}/resolve – dismiss, warn or ban
import { route } from "@/lib/http/route";
import { resolveReportOperation } from "@/lib/admin/reports";

export const POST = route(resolveReportOperation);
