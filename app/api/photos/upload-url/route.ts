// POST /api/photos/upload-url – a pre-signed S3 PUT URL for one new profile photo
import { route } from "@/lib/http/route";
import { createPhotoUploadUrlOperation } from "@/lib/profiles/photos";

export const POST = route(createPhotoUploadUrlOperation);
