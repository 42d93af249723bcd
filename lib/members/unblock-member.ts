// DELETE /api/blocks/{id} use case: only the blocker's own block; anyone else's (or none) is a 404.
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { notFound } from "@/lib/core/errors";
import { ZBlockIdParams } from "./schemas";
import { defineOperation } from "@/lib/core/operation";

export async function unblockMember({ actor, input }: { actor: Actor; input: { id: string } }) {
  const blockId = input.id;
  if (!z.guid().safeParse(blockId).success) throw notFound("차단 내역");
  const { count } = await prisma.block.deleteMany({ where: { id: blockId, blockerId: actor.userId } });
  if (count === 0) throw notFound("차단 내역");
  return { ok: true as const };
}

export const unblockMemberOperation = defineOperation({
  method: "DELETE",
  path: "/api/blocks/{id}",
  access: "member",
  tag: "safety",
  summary: "차단 해제 (내가 한 차단만; 그 외에는 404)",
  params: ZBlockIdParams,
  output: z.object({ ok: z.literal(true) }),
  run: unblockMember,
});
