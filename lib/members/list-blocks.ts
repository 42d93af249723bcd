// GET /api/blocks use case: the blocks the member made (never the blocks made against them).
import { prisma } from "@/lib/db";
import { z } from "zod";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { ZBlockDto, type BlockDto } from "./schemas";

export async function listBlocks({ actor }: { actor: Actor }): Promise<{ blocks: BlockDto[] }> {
  const rows = await prisma.block.findMany({
    where: { blockerId: actor.userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, blockedId: true, createdAt: true, blocked: { select: { status: true, profile: { select: { nickname: true } } } } },
  });
  return {
    blocks: rows.map((b) => ({
      id: b.id,
      userId: b.blockedId,
      nickname: b.blocked.status === "WITHDRAWN" ? null : (b.blocked.profile?.nickname ?? null),
      createdAt: b.createdAt.toISOString(),
    })),
  };
}

export const listBlocksOperation = defineOperation({
  method: "GET",
  path: "/api/blocks",
  access: "member",
  tag: "safety",
  summary: "내가 차단한 회원",
  output: z.object({ blocks: z.array(ZBlockDto) }),
  run: listBlocks,
});
