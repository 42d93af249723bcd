// POST /api/admin/inquiries/{id}/answer – answer (notifies the member)
import { route } from "@/lib/http/route";
import { answerInquiryOperation } from "@/lib/helpdesk/admin-inquiries";

export const POST = route(answerInquiryOperation);
