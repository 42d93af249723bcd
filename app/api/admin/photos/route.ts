// GET /api/admin/photos – the photo review queue (oldest first)
import { route } from "@/lib/http/route";
import { listPhotoQueueOperation } from "@/lib/admin/photo-queue";

export const GET = route(listPhotoQueueOperation);
