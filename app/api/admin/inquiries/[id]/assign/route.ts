// POST /api/admin/inquiries/{id}/assign – set the assignee
import { route } from "@/lib/http/route";
import { assignInquiryOperation } from "@/lib/helpdesk/admin-inquiries";

export const POST = route(assignInquiryOperation);
