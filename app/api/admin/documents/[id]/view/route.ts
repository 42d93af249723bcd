// POST /api/admin/documents/{id}/view – open a document (audited; a 60-second URL)
import { route } from "@/lib/http/route";
import { viewDocumentOperation } from "@/lib/admin/view-document";

export const POST = route(viewDocumentOperation);
