// DELETE /api/blocks/{id} use case: only the blocker's own block; anyone else's (or none) is a 404.
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { notFound } from "@/lib/core/errors";

export async function unblockMember({ actor, blockId }: { actor: Actor; blockId: string }) {
  if (!z.guid().safeParse(blockId).success) throw notFound("차단");
  const { count } = await prisma.block.deleteMany({ where: { id: blockId, blockerId: actor.userId } });
  if (count === 0) throw notFound("차단");
  return { ok: true as const };
}
