// GET|POST /api/documents – my verification documents and badges; submit an uploaded document
import { route } from "@/lib/http/route";
import { listMyDocumentsOperation, submitDocumentOperation } from "@/lib/documents/documents";

export const GET = route(listMyDocumentsOperation);
export const POST = route(submitDocumentOperation);
