// PUT /api/photos/order – reorder the profile photos ({ keys }: a permutation of the current keys)
import { parseBody } from "@/lib/core/parse";
import { withMember } from "@/lib/http/route";
import { ZReorderPhotosRequest } from "@/lib/profiles/photo-schemas";
import { reorderPhotos } from "@/lib/profiles/photos";

export const PUT = withMember(async ({ req, actor }) => {
  const { keys } = await parseBody(req, ZReorderPhotosRequest);
  return reorderPhotos({ actor, keys });
});
