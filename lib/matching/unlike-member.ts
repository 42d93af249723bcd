// DELETE /api/likes/{toUserId} use case: take back a like sent by mistake, as long as it has not
// become a match. Runs under the pair's advisory lock (the same one likeMember takes), so it cannot
// interleave with the other member's like-back: either the match exists first (→ 409) or the like
// is gone before the like-back looks for it. The liked member's still-unread LIKE_RECEIVED notice is
// withdrawn with it, and the week's recommendation card becomes unanswered again.
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { findVisibleMember } from "./member-visibility";
import { canonicalPair, pairLockKey } from "./pair";
import { ZUnlikeParams, ZUnlikeResponse, type UnlikeResponse } from "./pass-schemas";

/** 404: no like from the caller to that member, or the member is unknown, hidden or blocked · 409: the pair has a match */
export async function unlikeMember({ actor, input }: { actor: Actor; input: { toUserId: string } }): Promise<UnlikeResponse> {
  const me = actor.userId;
  const target = input.toUserId;
  if (target === me || !(await findVisibleMember(me, target))) throw notFound("좋아요");
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${pairLockKey(me, target)}, 0))`;
    const like = await tx.like.findUnique({ where: { fromId_toId: { fromId: me, toId: target } }, select: { id: true } });
    if (!like) throw notFound("좋아요");
    const match = await tx.match.findUnique({ where: { userAId_userBId: canonicalPair(me, target) }, select: { id: true } });
    if (match) throw new AppError("CONFLICT", "이미 매칭이 성사되어 좋아요를 취소할 수 없어요.");
    await tx.like.delete({ where: { id: like.id } });
    await tx.recommendation.updateMany({ where: { userId: me, targetId: target }, data: { respondedAt: null } });
    await tx.notification.deleteMany({ where: { userId: target, kind: "LIKE_RECEIVED", readAt: null, payload: { path: ["likeId"], equals: like.id } } });
  });
  return { ok: true, liked: false };
}

export const unlikeMemberOperation = defineOperation({
  method: "DELETE",
  path: "/api/likes/{toUserId}",
  access: "member",
  tag: "matching",
  summary: "보낸 좋아요 취소 (매칭 전까지만; 매칭 후에는 409)",
  params: ZUnlikeParams,
  output: ZUnlikeResponse,
  rateLimit: { name: "likes-undo", limit: 30, windowMs: 60 * 60_000, by: "actor" },
  run: unlikeMember,
});
