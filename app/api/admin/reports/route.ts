// GET /api/admin/reports – the report queue
import { route } from "@/lib/http/route";
import { listReportsOperation } from "@/lib/admin/reports";

export const GET = route(listReportsOperation);
