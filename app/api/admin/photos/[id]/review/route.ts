// POST /api/admin/photos/{id}/review – approve a photo or reject it with a fixed reason
import { route } from "@/lib/http/route";
import { reviewPhotoOperation } from "@/lib/admin/review-photo";

export const POST = route(reviewPhotoOperation);
