// GET /api/inquiries – my 1:1 문의 · POST /api/inquiries – ask one
import { route } from "@/lib/http/route";
import { createInquiryOperation, listMyInquiriesOperation } from "@/lib/helpdesk/member-inquiries";

export const GET = route(listMyInquiriesOperation);
export const POST = route(createInquiryOperation);
