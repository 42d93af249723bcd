// POST /api/admin/documents/{id}/review – approve a document with the fact it proves, or reject it
import { route } from "@/lib/http/route";
import { reviewDocumentOperation } from "@/lib/admin/review-document";

export const POST = route(reviewDocumentOperation);
