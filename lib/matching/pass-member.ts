// POST /api/passes use case: "관심 없음" on a recommended member (or on someone who liked the
// caller). The card disappears for good (recommendation list, 받은 좋아요), the answer is recorded as
// a Pass row — a negative signal the weekly score may use — and the week's recommendation counts as
// answered. Same visibility rules as a like: an unknown, hidden or blocked member, or one neither
// recommended to the caller that week nor a member who liked the caller, is a 404.
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { findVisibleMember } from "./member-visibility";
import { canonicalPair } from "./pair";
import { ZPassRequest, ZPassResponse, type PassRequest, type PassResponse } from "./pass-schemas";

export async function passMember({ actor, input, now = new Date() }: { actor: Actor; input: PassRequest; now?: Date }): Promise<PassResponse> {
  const me = actor.userId;
  const target = input.toUserId;
  if (target === me) throw new AppError("VALIDATION_FAILED", "자기 자신은 선택할 수 없어요.", { fields: { toUserId: ["자기 자신은 선택할 수 없어요."] } });
  if (!(await findVisibleMember(me, target))) throw notFound("회원");
  const [recommended, theirLike, myLike, match] = await Promise.all([
    prisma.recommendation.findUnique({ where: { userId_targetId_batchWeek: { userId: me, targetId: target, batchWeek: input.batchWeek } }, select: { id: true } }),
    prisma.like.findUnique({ where: { fromId_toId: { fromId: target, toId: me } }, select: { id: true } }),
    prisma.like.findUnique({ where: { fromId_toId: { fromId: me, toId: target } }, select: { id: true } }),
    prisma.match.findUnique({ where: { userAId_userBId: canonicalPair(me, target) }, select: { id: true } }),
  ]);
  if (!recommended && !theirLike) throw notFound("회원");
  if (match) throw new AppError("CONFLICT", "이미 매칭된 분이에요. 매칭 화면에서 확인해 주세요.");
  if (myLike) throw new AppError("CONFLICT", "좋아요를 보낸 상대예요. 먼저 좋아요를 취소해 주세요.");
  await prisma.$transaction([
    // a repeated pass keeps the first one (idempotent)
    prisma.pass.createMany({ data: [{ userId: me, targetId: target, batchWeek: input.batchWeek, createdAt: now }], skipDuplicates: true }),
    prisma.recommendation.updateMany({ where: { userId: me, targetId: target, respondedAt: null }, data: { respondedAt: now } }),
  ]);
  return { ok: true, passed: true };
}

export const passMemberOperation = defineOperation({
  method: "POST",
  path: "/api/passes",
  access: "member",
  tag: "matching",
  summary: "관심 없음 (추천 카드·받은 좋아요 숨기기; 다음 추천에 반영되는 신호)",
  body: ZPassRequest,
  output: ZPassResponse,
  rateLimit: { name: "passes", limit: 60, windowMs: 60_000, by: "actor" },
  run: passMember,
});
