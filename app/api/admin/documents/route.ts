// GET /api/admin/documents – the verification document review queue
import { route } from "@/lib/http/route";
import { listDocumentQueueOperation } from "@/lib/admin/document-queue";

export const GET = route(listDocumentQueueOperation);
