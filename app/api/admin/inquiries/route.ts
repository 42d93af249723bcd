// GET /api/admin/inquiries – the help desk inbox
import { route } from "@/lib/http/route";
import { listInquiriesOperation } from "@/lib/helpdesk/admin-inquiries";

export const GET = route(listInquiriesOperation);
