// The admin photo queue (docs/photos.md): PENDING photos, oldest first, each with the member's other
// photos beside it so an operator can tell whether they show the same person. Admin-only DTO: the
// URLs are pre-signed GETs of the re-encoded objects (or, for a legacy photo, its upload).
import { z } from "zod";
import { prisma } from "@/lib/db";
import { defineOperation } from "@/lib/core/operation";
import { photoDisplayUrls } from "@/lib/profiles/photos";
import { PHOTO_REJECT_REASON_KEYS } from "@/lib/core/photo-review";
import { ZMemberId } from "@/lib/core/ids";

/** one screen of decisions; the page reloads the queue as it empties */
export const PHOTO_QUEUE_PAGE = 30;

const ZQueuePhoto = z.object({ id: z.string(), url: z.string(), status: z.enum(["PENDING", "APPROVED", "REJECTED"]), rejectReason: z.enum(PHOTO_REJECT_REASON_KEYS).nullable() });
export const ZPhotoQueueItem = z.object({
  id: z.string(),
  url: z.string(),
  uploadedAt: z.string(),
  member: z.object({ id: z.string(), nickname: z.string().nullable(), gender: z.enum(["M", "F"]).nullable(), status: z.string() }),
  /** the member's other photos, in their display order */
  others: z.array(ZQueuePhoto),
});
export type PhotoQueueItem = z.infer<typeof ZPhotoQueueItem>;
export const ZPhotoQueue = z.object({ items: z.array(ZPhotoQueueItem), pending: z.number().int() });
export type PhotoQueue = z.infer<typeof ZPhotoQueue>;

/** How many photos wait for review (the dashboard's count). */
export function countPendingPhotos(): Promise<number> {
  return prisma.photo.count({ where: { status: "PENDING" } });
}

/** `userId`: only this member's pending photos (from the member's detail page) */
export const ZPhotoQueueQuery = z.object({ userId: ZMemberId.optional() });

/** Admin-only: the operation's access rule and the page guard (requireAdmin) decide who may call it. */
export async function listPhotoQueue({ input }: { input?: z.infer<typeof ZPhotoQueueQuery> } = {}): Promise<PhotoQueue> {
  const [pending, rows] = await Promise.all([
    countPendingPhotos(),
    prisma.photo.findMany({
      where: { status: "PENDING", ...(input?.userId ? { userId: input.userId } : {}) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: PHOTO_QUEUE_PAGE,
      select: { id: true, userId: true, publicKey: true, createdAt: true, user: { select: { id: true, name: true, gender: true, status: true, profile: { select: { nickname: true } } } } },
    }),
  ]);
  const userIds = [...new Set(rows.map((r) => r.userId))];
  const siblings = await prisma.photo.findMany({
    where: { userId: { in: userIds } },
    orderBy: [{ userId: "asc" }, { position: "asc" }],
    select: { id: true, userId: true, publicKey: true, status: true, rejectReason: true },
  });
  const [urls, siblingUrls] = await Promise.all([photoDisplayUrls(rows.map((r) => r.publicKey)), photoDisplayUrls(siblings.map((s) => s.publicKey))]);
  const items = rows.map((r, i) => ({
    id: r.id,
    url: urls[i],
    uploadedAt: r.createdAt.toISOString(),
    member: { id: r.user.id, nickname: r.user.profile?.nickname ?? r.user.name, gender: r.user.gender, status: r.user.status },
    others: siblings.flatMap((s, j) => (s.userId === r.userId && s.id !== r.id ? [{ id: s.id, url: siblingUrls[j], status: s.status, rejectReason: s.rejectReason }] : [])),
  }));
  return { items, pending };
}

export const listPhotoQueueOperation = defineOperation({
  method: "GET",
  path: "/api/admin/photos",
  access: "admin",
  tag: "admin",
  summary: "사진 검토 대기열 (오래된 순, 회원의 다른 사진 포함; userId로 한 회원만)",
  query: ZPhotoQueueQuery,
  output: ZPhotoQueue,
  run: listPhotoQueue,
});
