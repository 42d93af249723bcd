// POST /api/admin/photos/{id}/review: an operator approves a PENDING photo or rejects it with one of
// the fixed reasons (docs/photos.md). The decision, its audit row and the member's notification
// commit together; a photo already decided (another operator, a second key press) is a 409.
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { notify } from "@/lib/notifications/notify";
import { scheduleFirstList } from "@/lib/recommendations/top-up-first-list";
import { reencodeStoredPhoto } from "@/lib/profiles/photo-reencode";
import { PHOTO_REJECT_REASON_KEYS } from "@/lib/core/photo-review";
import { recordAdminAction } from "@/lib/core/audit";
import { ZIdParams } from "./schemas";

export const ZReviewPhotoBody = z
  .object({
    decision: z.enum(["APPROVE", "REJECT"], { error: "승인 또는 반려를 골라 주세요." }),
    /** one of the fixed reasons; required to reject, refused with an approval */
    reason: z.enum(PHOTO_REJECT_REASON_KEYS, { error: "반려 사유를 목록에서 골라 주세요." }).optional(),
  })
  .refine((b) => (b.decision === "REJECT") === (b.reason !== undefined), { message: "반려할 때만 사유를 하나 골라 주세요.", path: ["reason"] });
export type ReviewPhotoInput = { id: string } & z.infer<typeof ZReviewPhotoBody>;
export const ZReviewPhotoResult = z.object({ id: z.string(), status: z.enum(["APPROVED", "REJECTED"]), rejectReason: z.enum(PHOTO_REJECT_REASON_KEYS).nullable() });

const decided = () => new AppError("CONFLICT", "이미 처리된 사진입니다. 대기열을 새로 불러옵니다.");

export async function reviewPhoto({ actor, input, now = new Date() }: { actor: Actor; input: ReviewPhotoInput; now?: Date }) {
  const photo = await prisma.photo.findUnique({ where: { id: input.id }, select: { id: true, userId: true, key: true, publicKey: true, status: true } });
  if (!photo) throw notFound("사진");
  if (photo.status !== "PENDING") throw decided();
  const approve = input.decision === "APPROVE";
  // A photo attached before review existed was never re-encoded (the migration marks it with
  // publicKey = key): re-encode it now, so approving never exposes the original bytes.
  let publicKey = photo.publicKey;
  if (approve && publicKey === photo.key) {
    publicKey = (await reencodeStoredPhoto(photo.key)) ?? publicKey;
    if (publicKey === photo.key) throw new AppError("CONFLICT", "원본 사진 파일이 없어 승인할 수 없습니다. 반려해 주세요.");
  }
  const rejectReason = input.decision === "REJECT" ? (input.reason ?? null) : null;
  const status = approve ? ("APPROVED" as const) : ("REJECTED" as const);

  await prisma.$transaction(async (tx) => {
    const { count } = await tx.photo.updateMany({ where: { id: photo.id, status: "PENDING" }, data: { status, rejectReason, reviewedAt: now, publicKey } });
    if (count !== 1) throw decided();
    await recordAdminAction(tx, {
      adminId: actor.userId,
      action: approve ? "PHOTO_APPROVED" : "PHOTO_REJECTED",
      targetType: "User",
      targetId: photo.userId,
      detail: { photoId: photo.id, before: "PENDING", after: status, ...(rejectReason ? { reason: rejectReason } : {}) },
    });
    await notify(tx, [{ userId: photo.userId, kind: status === "APPROVED" ? "PHOTO_APPROVED" : "PHOTO_REJECTED", payload: { photoId: photo.id, ...(rejectReason ? { reason: rejectReason } : {}) }, dedupeKey: `photo:${photo.id}` }]);
  });
  return { id: photo.id, userId: photo.userId, status, rejectReason };
}

export const reviewPhotoOperation = defineOperation({
  method: "POST",
  path: "/api/admin/photos/{id}/review",
  access: "admin",
  tag: "admin",
  summary: "사진 승인 또는 반려 (정해진 사유), 감사 기록과 회원 알림",
  params: ZIdParams,
  body: ZReviewPhotoBody,
  output: ZReviewPhotoResult,
  run: async (ctx) => {
    const out = await reviewPhoto(ctx);
    // the member's first approved photo makes them recommendable: their first list comes now
    if (out.status === "APPROVED") scheduleFirstList(ctx.defer, out.userId);
    return { id: out.id, status: out.status, rejectReason: out.rejectReason };
  },
});
