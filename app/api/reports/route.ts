// POST /api/reports – report a member (reporting also blocks them)
import { route } from "@/lib/http/route";
import { createReportOperation } from "@/lib/reports/create-report";

export const POST = route(createReportOperation);
