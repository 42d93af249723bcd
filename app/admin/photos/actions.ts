"use server";
// The photo queue's decision, derived from POST /api/admin/photos/{id}/review (same access, parsing,
// audit and notification as the API). Nothing to revalidate: the queue and the dashboard render per request.
import { action } from "@/lib/http/action";
import { reviewPhotoOperation } from "@/lib/admin/review-photo";

export const reviewPhotoAction = action(reviewPhotoOperation);
