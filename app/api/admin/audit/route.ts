// GET /api/admin/audit – the audit log with filters
import { route } from "@/lib/http/route";
import { listAuditOperation } from "@/lib/admin/list-audit";

export const GET = route(listAuditOperation);
