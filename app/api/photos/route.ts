// GET|POST|DELETE /api/photos – list, attach an uploaded photo ({ key }), delete one (?key=)
import { parseBody, parseQuery } from "@/lib/core/parse";
import { json, withMember } from "@/lib/http/route";
import { ZAttachPhotoRequest, ZDeletePhotoQuery } from "@/lib/profiles/photo-schemas";
import { attachPhoto, deletePhoto, listMyPhotos } from "@/lib/profiles/photos";

export const GET = withMember(async ({ actor }) => ({ photos: await listMyPhotos({ actor }) }));

export const POST = withMember(async ({ req, actor }) => {
  const { key } = await parseBody(req, ZAttachPhotoRequest);
  const { attached, photos } = await attachPhoto({ actor, key });
  // 201 when the photo was added now; 200 when it already was (the call is idempotent)
  return json({ photos }, { status: attached ? 201 : 200 });
});

export const DELETE = withMember(async ({ req, actor }) => {
  const { key } = parseQuery(req, ZDeletePhotoQuery);
  return deletePhoto({ actor, key });
});
