// POST /api/blocks use case: block another member (idempotent). The block is effective both ways.
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { upsertBlock } from "./blocks";
import type { BlockDto } from "./schemas";

export async function assertBlockable(actor: Actor, userId: string) {
  if (userId === actor.userId) {
    const message = "자기 자신은 차단하거나 신고할 수 없습니다.";
    throw new AppError("VALIDATION_FAILED", message, { fields: { userId: [message] } });
  }
  const target = await prisma.user.findFirst({
    where: { id: userId, status: { not: "WITHDRAWN" } },
    select: { id: true, profile: { select: { nickname: true } } },
  });
  if (!target) throw notFound("회원");
  return target;
}

export async function blockMember({ actor, userId }: { actor: Actor; userId: string }): Promise<BlockDto & { created: boolean }> {
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
