// Profile photo use cases (docs/photos.md): pre-signed upload → attach (re-encode, PENDING) →
// reorder/delete, plus display URLs and the withdrawal cleanup. Photo rows hold the order and the
// review state; the bytes live in S3. Members may manage photos from onboarding on (no profile yet).
import { z } from "zod";
import { prisma, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { logger } from "@/lib/logger";
import { deleteObjects, deletePrefix, headObject, presignGet, presignPhotoUpload } from "@/lib/storage";
import { reencodeStoredPhoto } from "./photo-reencode";
import {
  MAX_PHOTOS,
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

const FULL = `사진은 최대 ${MAX_PHOTOS}장까지 등록할 수 있어요. 새 사진을 올리려면 먼저 한 장을 삭제해 주세요.`;
const NOT_UPLOADED = "사진이 끝까지 올라가지 않았어요. 사진을 다시 올려 주세요.";
const photoSelect = { key: true, publicKey: true, status: true, rejectReason: true } as const;
type PhotoRow = { key: string; publicKey: string; status: PhotoDto["status"]; rejectReason: PhotoDto["rejectReason"] };

/**
 * Runs `fn` with the member's photo writes serialized (a row lock on the member), so two tabs
 * uploading at once cannot exceed the limit or leave two photos at one position.
 */
async function withPhotoLock<T>(userId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
    return fn(tx);
  });
}

async function rowsOf(userId: string, db: Tx | typeof prisma = prisma): Promise<PhotoRow[]> {
  return db.photo.findMany({ where: { userId }, orderBy: { position: "asc" }, select: photoSelect });
}

/** Display URLs (pre-signed GET) for storage keys, in the same order. */
export async function photoDisplayUrls(keys: readonly string[]): Promise<string[]> {
  return Promise.all(keys.map((key) => presignGet(key)));
}

/** The owner's view: every photo with its review state; the URL is always the re-encoded object. */
export async function toPhotoDtos(rows: readonly PhotoRow[]): Promise<PhotoDto[]> {
  const urls = await photoDisplayUrls(rows.map((r) => r.publicKey));
  return rows.map((r, i) => ({ key: r.key, url: urls[i], status: r.status, rejectReason: r.rejectReason }));
}

/** A member's photos with display URLs and review states, for the member themself or an admin. */
export async function listPhotosOf(userId: string): Promise<PhotoDto[]> {
  return toPhotoDtos(await rowsOf(userId));
}

/** The member's photos with display URLs and review states (profile page, onboarding). */
export async function listMyPhotos({ actor }: { actor: Actor }): Promise<PhotoDto[]> {
  return listPhotosOf(actor.userId);
}

/**
 * What others may load of each member (docs/photos.md): APPROVED photos only, as display URLs of
 * the re-encoded objects, in display order, at most `limit` per member. One query for all members.
 */
export async function approvedPhotoUrls(userIds: readonly string[], limit = MAX_PHOTOS): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (userIds.length === 0) return out;
  const rows = await prisma.photo.findMany({
    where: { userId: { in: [...new Set(userIds)] }, status: "APPROVED", position: { lt: MAX_PHOTOS } },
    orderBy: [{ userId: "asc" }, { position: "asc" }],
    select: { userId: true, publicKey: true },
  });
  const kept = rows.filter((r) => {
    const list = out.get(r.userId) ?? [];
    out.set(r.userId, list);
    if (list.length >= limit) return false;
    list.push(r.publicKey);
    return true;
  });
  const urls = await photoDisplayUrls(kept.map((r) => r.publicKey));
  const byKey = new Map(kept.map((r, i) => [r.publicKey, urls[i]]));
  for (const [userId, keys] of out) out.set(userId, keys.map((k) => byKey.get(k)!));
  return out;
}

export async function createPhotoUploadUrl({ actor, input }: { actor: Actor; input: PhotoUploadUrlRequest }): Promise<PhotoUploadUrlResponse> {
  const { contentType, size } = input;
  if ((await prisma.photo.count({ where: { userId: actor.userId } })) >= MAX_PHOTOS) throw new AppError("CONFLICT", FULL);
  const key = newPhotoKey(actor.userId, contentType);
  const upload = await presignPhotoUpload({ key, contentType, contentLength: size });
  return { key, uploadUrl: upload.url, headers: upload.headers, expiresAt: upload.expiresAt.toISOString() };
}

/**
 * Adds an uploaded object as a PENDING photo: re-encodes it into its public key (photo-reencode.ts),
 * deletes the upload (it may carry GPS), then records the row. Idempotent: attaching the same key
 * twice is a no-op.
 */
export async function attachPhoto({ actor, input }: { actor: Actor; input: { key: string } }): Promise<{ attached: boolean; photos: PhotoDto[] }> {
  const { key } = input;
  const userId = actor.userId;
  if (photoKeyOwner(key) !== userId) throw notFound("사진");

  const before = await rowsOf(userId);
  if (before.some((p) => p.key === key)) return { attached: false, photos: await toPhotoDtos(before) };
  if (before.length >= MAX_PHOTOS) throw new AppError("CONFLICT", FULL);
  if (!(await headObject(key))) throw new AppError("VALIDATION_FAILED", NOT_UPLOADED);

  let publicKey: string | null;
  try {
    publicKey = await reencodeStoredPhoto(key);
  } catch (err) {
    if (err instanceof AppError && err.code === "VALIDATION_FAILED") await deleteObjects([key]);
    throw err;
  }
  if (!publicKey) throw new AppError("VALIDATION_FAILED", NOT_UPLOADED);

  const outcome = await withPhotoLock(userId, async (tx) => {
    const current = await rowsOf(userId, tx);
    if (current.some((p) => p.key === key)) return { attached: false, rows: current };
    if (current.length >= MAX_PHOTOS) return { attached: false, rows: null };
    await tx.photo.create({ data: { userId, key, publicKey, position: current.length } });
    return { attached: true, rows: await rowsOf(userId, tx) };
  });
  if (!outcome.rows) {
    await deleteObjects([key, publicKey]);
    throw new AppError("CONFLICT", FULL);
  }
  await deleteObjects([key]);
  return { attached: outcome.attached, photos: await toPhotoDtos(outcome.rows) };
}

export async function reorderPhotos({ actor, input }: { actor: Actor; input: { keys: string[] } }): Promise<{ photos: PhotoDto[] }> {
  const { keys } = input;
  const rows = await withPhotoLock(actor.userId, async (tx) => {
    const current = await rowsOf(actor.userId, tx);
    if (!isPermutation(current.map((p) => p.key), keys)) {
      throw new AppError("VALIDATION_FAILED", "사진 목록이 바뀌었어요. 새로고침한 뒤 다시 시도해 주세요.", {
        fields: { keys: ["현재 등록된 사진을 각각 한 번씩 모두 포함해야 합니다."] },
      });
    }
    await renumber(tx, actor.userId, keys);
    return rowsOf(actor.userId, tx);
  });
  return { photos: await toPhotoDtos(rows) };
}

async function renumber(tx: Tx, userId: string, keys: readonly string[]): Promise<void> {
  for (const [position, key] of keys.entries()) await tx.photo.updateMany({ where: { userId, key }, data: { position } });
}

/**
 * Removes a photo and its objects. The objects go first: if the row delete then fails, retrying
 * finds the row still there and completes (deleting a missing object is a no-op), so a photo is
 * never left in storage after the member was told it is gone.
 */
export async function deletePhoto({ actor, input }: { actor: Actor; input: { key: string } }): Promise<{ photos: PhotoDto[] }> {
  const { key } = input;
  const userId = actor.userId;
  const photo = await prisma.photo.findFirst({ where: { userId, key }, select: { key: true, publicKey: true } });
  if (!photo) throw notFound("사진");
  await deleteObjects([photo.key, photo.publicKey]);
  const rows = await withPhotoLock(userId, async (tx) => {
    await tx.photo.deleteMany({ where: { userId, key } });
    await renumber(tx, userId, (await rowsOf(userId, tx)).map((p) => p.key));
    return rowsOf(userId, tx);
  });
  return { photos: await toPhotoDtos(rows) };
}

/**
 * Withdrawal/erasure: deletes every object under the member's photo prefix (attached, re-encoded
 * or merely uploaded) and the photo rows. Returns how many objects were deleted.
 */
export async function deleteAllPhotosOf(userId: string): Promise<number> {
  const deleted = await deletePrefix(photoKeyPrefix(userId));
  await prisma.photo.deleteMany({ where: { userId } });
  logger.info({ userId, deleted }, "member photos deleted");
  return deleted;
}

// ── Operations (/api/photos/*) ──────────────────────────────────────────────────────────────────

export const createPhotoUploadUrlOperation = defineOperation({
  method: "POST",
  path: "/api/photos/upload-url",
  access: "onboarding",
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
  access: "onboarding",
  tag: "photos",
  summary: "내 사진 목록 (검토 상태와 반려 사유 포함)",
  output: ZPhotosResponse,
  run: async (ctx) => ({ photos: await listMyPhotos(ctx) }),
});

export const attachPhotoOperation = defineOperation({
  method: "POST",
  path: "/api/photos",
  access: "onboarding",
  tag: "photos",
  summary: "업로드한 사진을 다시 인코딩해 검토 대기(PENDING)로 추가 (이미 추가된 사진이면 200)",
  body: ZAttachPhotoRequest,
  output: ZPhotosResponse.extend({ attached: z.boolean() }),
  status: 201,
  otherStatuses: [200],
  statusOf: (out) => (out.attached ? 201 : 200),
  rateLimit: { name: "photo-attach", limit: 30, windowMs: 10 * 60_000, by: "actor" },
  run: attachPhoto,
});

export const deletePhotoOperation = defineOperation({
  method: "DELETE",
  path: "/api/photos",
  access: "onboarding",
  tag: "photos",
  summary: "사진 삭제 (저장소 객체도 삭제)",
  query: ZDeletePhotoQuery,
  output: ZPhotosResponse,
  run: deletePhoto,
});

export const reorderPhotosOperation = defineOperation({
  method: "PUT",
  path: "/api/photos/order",
  access: "onboarding",
  tag: "photos",
  summary: "사진 순서 변경 (현재 사진 키의 순열)",
  body: ZReorderPhotosRequest,
  output: ZPhotosResponse,
  run: reorderPhotos,
});
