// PUT /api/photos/order – reorder the profile photos
import { route } from "@/lib/http/route";
import { reorderPhotosOperation } from "@/lib/profiles/photos";

export const PUT = route(reorderPhotosOperation);
