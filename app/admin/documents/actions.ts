"use server";
// The document queue's actions, derived from their operations (same access, parsing, audit and
// notification as the API): open a document (audited, 60-second URL) and decide on it.
import { action } from "@/lib/http/action";
import { reviewDocumentOperation } from "@/lib/admin/review-document";
import { viewDocumentOperation } from "@/lib/admin/view-document";

export const reviewDocumentAction = action(reviewDocumentOperation);
export const viewDocumentAction = action(viewDocumentOperation);
