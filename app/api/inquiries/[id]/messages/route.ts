// POST /api/inquiries/{id}/messages – a follow-up
import { route } from "@/lib/http/route";
import { addInquiryMessageOperation } from "@/lib/helpdesk/member-inquiries";

export const POST = route(addInquiryMessageOperation);
