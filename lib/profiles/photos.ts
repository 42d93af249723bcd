// Profile photo use cases: pre-signed upload → attach → reorder/delete, plus display URLs and the
// withdrawal cleanup. Profile.photos holds the S3 keys in display order; the bytes live in S3.
import { z } from "zod";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { logger } from "@/lib/logger";
import { deleteObjects, headObject, listKeys, presignGet, presignPhotoUpload } from "@/lib/storage";
import {
  MAX_PHOTO_BYTES,
  MAX_PHOTOS,
  PHOTO_CONTENT_TYPES,
  ZAttachPhotoRequest,
  ZDeletePhotoQuery,
  ZPhotoUploadUrlRequest,
  ZPhotosResponse,
  ZPhotoUploadUrlResponse,
  ZReorderPhotosRequest,
  isPermutation,
  newPhotoKey,
  photoKeyOwner,
  photoKeyPrefix,
  type PhotoDto,
  type PhotoUploadUrlRequest,
  type PhotoUploadUrlResponse,
} from "./photo-schemas";

const PROFILE_FIRST = "프로필을 먼저 저장한 뒤 사진을 등록해 주세요.";
const FULL = `사진은 최대 ${MAX_PHOTOS}장까지 등록할 수 있어요. 새 사진을 올리려면 먼저 한 장을 삭제해 주세요.`;

async function currentPhotos(userId: string): Promise<string[] | null> {
  const profile = await prisma.profile.findUnique({ where: { userId }, select: { photos: true } });
  return profile?.photos ?? null;
}

/**
 * Compare-and-set on Profile.photos: `change` sees the current keys and returns the new list (or
 * throws). The write only lands if nobody changed the list in between; otherwise it re-reads and
 * retries, so two tabs uploading at once cannot drop each other's photo or exceed the limit.
 */
async function updatePhotos(userId: string, change: (current: string[]) => string[]): Promise<string[]> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await currentPhotos(userId);
    if (current === null) throw new AppError("CONFLICT", PROFILE_FIRST);
    const next = change(current);
    if (next === current) return current;
    const { count } = await prisma.profile.updateMany({ where: { userId, photos: { equals: current } }, data: { photos: next } });
    if (count === 1) return next;
  }
  throw new AppError("CONFLICT", "다른 화면에서 사진 목록이 바뀌었어요. 새로고침한 뒤 다시 시도해 주세요.");
}

/** Display URLs (pre-signed GET) for storage keys, in the same order. */
export async function photoDisplayUrls(keys: readonly string[]): Promise<string[]> {
  return Promise.all(keys.map((key) => presignGet(key)));
}

async function toDtos(keys: readonly string[]): Promise<PhotoDto[]> {
  const urls = await photoDisplayUrls(keys);
  return keys.map((key, i) => ({ key, url: urls[i] }));
}

/** The member's photos with display URLs (for the profile page). */
export async function listMyPhotos({ actor }: { actor: Actor }): Promise<PhotoDto[]> {
  return toDtos((await currentPhotos(actor.userId)) ?? []);
}

export async function createPhotoUploadUrl({ actor, input }: { actor: Actor; input: PhotoUploadUrlRequest }): Promise<PhotoUploadUrlResponse> {
  const { contentType, size } = input;
  const photos = await currentPhotos(actor.userId);
  if (photos === null) throw new AppError("CONFLICT", PROFILE_FIRST);
  if (photos.length >= MAX_PHOTOS) throw new AppError("CONFLICT", FULL);
  const key = newPhotoKey(actor.userId, contentType);
  const upload = await presignPhotoUpload({ key, contentType, contentLength: size });
  return { key, uploadUrl: upload.url, headers: upload.headers, expiresAt: upload.expiresAt.toISOString() };
}

/** Appends an uploaded object to the profile. Idempotent: attaching the same key twice is a no-op. */
export async function attachPhoto({ actor, input }: { actor: Actor; input: { key: string } }): Promise<{ attached: boolean; photos: PhotoDto[] }> {
  const { key } = input;
  const userId = actor.userId;
  if (photoKeyOwner(key) !== userId) throw notFound("사진");

  const before = await currentPhotos(userId);
  if (before === null) throw new AppError("CONFLICT", PROFILE_FIRST);
  if (before.includes(key)) return { attached: false, photos: await toDtos(before) };
  if (before.length >= MAX_PHOTOS) throw new AppError("CONFLICT", FULL);

  const object = await headObject(key);
  if (!object) throw new AppError("VALIDATION_FAILED", "사진이 끝까지 올라가지 않았어요. 사진을 다시 올려 주세요.");
  // The upload signature already binds type and size; this guards against a misconfigured store.
  if (object.contentLength > MAX_PHOTO_BYTES || !PHOTO_CONTENT_TYPES.includes(object.contentType as never)) {
    await deleteObjects([key]);
    throw new AppError("VALIDATION_FAILED", "올릴 수 없는 사진 파일이에요. JPEG, PNG, WEBP, HEIC 형식의 사진을 골라 주세요.");
  }

  let attached = false;
  const photos = await updatePhotos(userId, (current) => {
    if (current.includes(key)) return current;
    if (current.length >= MAX_PHOTOS) throw new AppError("CONFLICT", FULL);
    attached = true;
    return [...current, key];
  });
  return { attached, photos: await toDtos(photos) };
}

export async function reorderPhotos({ actor, input }: { actor: Actor; input: { keys: string[] } }): Promise<{ photos: PhotoDto[] }> {
  const { keys } = input;
  const photos = await updatePhotos(actor.userId, (current) => {
    if (!isPermutation(current, keys)) {
      throw new AppError("VALIDATION_FAILED", "사진 목록이 바뀌었어요. 새로고침한 뒤 다시 시도해 주세요.", {
        fields: { keys: ["현재 등록된 사진을 각각 한 번씩 모두 포함해야 합니다."] },
      });
    }
    return keys.every((k, i) => k === current[i]) ? current : keys;
  });
  return { photos: await toDtos(photos) };
}

/**
 * Removes a photo from the profile and deletes the object. The object goes first: if the profile
 * update then fails, retrying finds the key still listed and completes (deleting a missing object
 * is a no-op), so a photo is never left in storage after the member was told it is gone.
 */
export async function deletePhoto({ actor, input }: { actor: Actor; input: { key: string } }): Promise<{ photos: PhotoDto[] }> {
  const { key } = input;
  const userId = actor.userId;
  const current = await currentPhotos(userId);
  if (!current?.includes(key)) throw notFound("사진");
  await deleteObjects([key]);
  const photos = await updatePhotos(userId, (list) => (list.includes(key) ? list.filter((k) => k !== key) : list));
  return { photos: await toDtos(photos) };
}

/**
 * Withdrawal/erasure: deletes every object under the member's photo prefix (attached or merely
 * uploaded) and empties Profile.photos. Returns how many objects were deleted.
 */
export async function deleteAllPhotosOf(userId: string): Promise<number> {
  const attached = (await currentPhotos(userId)) ?? [];
  const uploaded = await listKeys(photoKeyPrefix(userId));
  const keys = [...new Set([...attached, ...uploaded])];
  await deleteObjects(keys);
  await prisma.profile.updateMany({ where: { userId }, data: { photos: [] } });
  logger.info({ userId, deleted: keys.length }, "member photos deleted");
  return keys.length;
}

// ── Operations (/api/photos/*) ──────────────────────────────────────────────────────────────────

export const createPhotoUploadUrlOperation = defineOperation({
  method: "POST",
  path: "/api/photos/upload-url",
  access: "member",
  tag: "photos",
  summary: "사진 업로드용 pre-signed PUT URL (5분)",
  body: ZPhotoUploadUrlRequest,
  output: ZPhotoUploadUrlResponse,
  rateLimit: { name: "photo-upload-url", limit: 30, windowMs: 10 * 60_000, by: "actor" },
  run: createPhotoUploadUrl,
});

export const listMyPhotosOperation = defineOperation({
  method: "GET",
  path: "/api/photos",
  access: "member",
  tag: "photos",
  summary: "내 사진 목록",
  output: ZPhotosResponse,
  run: async (ctx) => ({ photos: await listMyPhotos(ctx) }),
});

export const attachPhotoOperation = defineOperation({
  method: "POST",
  path: "/api/photos",
  access: "member",
  tag: "photos",
  summary: "업로드한 사진을 프로필에 추가 (이미 추가된 사진이면 200)",
  body: ZAttachPhotoRequest,
  output: ZPhotosResponse.extend({ attached: z.boolean() }),
  status: 201,
  otherStatuses: [200],
  statusOf: (out) => (out.attached ? 201 : 200),
  run: attachPhoto,
});

export const deletePhotoOperation = defineOperation({
  method: "DELETE",
  path: "/api/photos",
  access: "member",
  tag: "photos",
  summary: "사진 삭제 (저장소 객체도 삭제)",
  query: ZDeletePhotoQuery,
  output: ZPhotosResponse,
  run: deletePhoto,
});

export const reorderPhotosOperation = defineOperation({
  method: "PUT",
  path: "/api/photos/order",
  access: "member",
  tag: "photos",
  summary: "사진 순서 변경 (현재 사진 키의 순열)",
  body: ZReorderPhotosRequest,
  output: ZPhotosResponse,
  run: reorderPhotos,
});
