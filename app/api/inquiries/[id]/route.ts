// GET /api/inquiries/{id} – my inquiry's thread
import { route } from "@/lib/http/route";
import { getMyInquiryOperation } from "@/lib/helpdesk/member-inquiries";

export const GET = route(getMyInquiryOperation);
