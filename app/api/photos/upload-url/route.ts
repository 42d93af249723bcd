// POST /api/photos/upload-url – a pre-signed S3 PUT URL for one new profile photo (5 minutes)
import { parseBody } from "@/lib/core/parse";
import { withMember } from "@/lib/http/route";
import { ZPhotoUploadUrlRequest } from "@/lib/profiles/photo-schemas";
import { createPhotoUploadUrl } from "@/lib/profiles/photos";

export const POST = withMember(async ({ req, actor }) => {
  const input = await parseBody(req, ZPhotoUploadUrlRequest);
  return createPhotoUploadUrl({ actor, ...input });
});
