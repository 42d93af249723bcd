// POST /api/inquiries/screenshot-url – a pre-signed PUT for a 1:1 문의 screenshot (private prefix, 5 minutes)
import { route } from "@/lib/http/route";
import { createScreenshotUploadUrlOperation } from "@/lib/helpdesk/screenshots";

export const POST = route(createScreenshotUploadUrlOperation);
