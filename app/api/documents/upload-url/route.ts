// POST /api/documents/upload-url – a pre-signed PUT for one verification document
import { route } from "@/lib/http/route";
import { createDocumentUploadUrlOperation } from "@/lib/documents/documents";

export const POST = route(createDocumentUploadUrlOperation);
