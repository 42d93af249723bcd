// GET|POST|DELETE /api/photos – list, attach an uploaded photo, delete one
import { route } from "@/lib/http/route";
import { attachPhotoOperation, deletePhotoOperation, listMyPhotosOperation } from "@/lib/profiles/photos";

export const GET = route(listMyPhotosOperation);
export const POST = route(attachPhotoOperation);
export const DELETE = route(deletePhotoOperation);
