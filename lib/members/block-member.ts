// POST /api/blocks use case: block another member (idempotent). The block is effective both ways.
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { HIDDEN_STATUSES } from "@/lib/core/visibility";
import { upsertBlock } from "./blocks";
import { z } from "zod";
import { ZBlockDto, ZBlockRequest, type BlockDto } from "./schemas";

/**
 * The member `actor` may block or report: not themselves (ids compared case-insensitively: the
 * schema lower-cases them, this re-checks), and live by the one visibility rule's statuses
 * (lib/matching/member-visibility): a banned, withdrawn, onboarding or deleted member is a 404, like
 * an unknown id. A block in either direction does not hide them here: a member blocked by someone
 * must still be able to block and report them.
 */
export async function assertBlockable(actor: Actor, userId: string) {
  if (userId.toLowerCase() === actor.userId.toLowerCase()) {
    const message = "자기 자신은 차단하거나 신고할 수 없어요.";
    throw new AppError("VALIDATION_FAILED", message, { fields: { userId: [message] } });
  }
  const target = await prisma.user.findFirst({
    where: { id: userId.toLowerCase(), status: { notIn: HIDDEN_STATUSES }, deletedAt: null },
    select: { id: true, profile: { select: { nickname: true } } },
  });
  if (!target) throw notFound("회원");
  return target;
}

export async function blockMember({ actor, input }: { actor: Actor; input: { userId: string } }): Promise<BlockDto & { created: boolean }> {
  const { userId } = input;
  const target = await assertBlockable(actor, userId);
  const block = await upsertBlock(prisma, actor.userId, userId);
  return {
    id: block.id,
    userId,
    nickname: target.profile?.nickname ?? null,
    createdAt: block.createdAt.toISOString(),
    created: block.created,
  };
}

export const blockMemberOperation = defineOperation({
  method: "POST",
  path: "/api/blocks",
  access: "member",
  tag: "safety",
  summary: "회원 차단 (양방향 적용; 이미 차단했으면 200)",
  body: ZBlockRequest,
  output: z.object({ block: ZBlockDto, created: z.boolean() }),
  status: 201,
  otherStatuses: [200],
  statusOf: (out) => (out.created ? 201 : 200),
  rateLimit: { name: "blocks", limit: 30, windowMs: 10 * 60_000, by: "actor" },
  run: async (ctx) => {
    const { created, ...block } = await blockMember(ctx);
    return { block, created };
  },
});
