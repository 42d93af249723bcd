// POST /api/passes/undo: takes back a "관심 없음" within a short window (the card offers 되돌리기 for
// a few seconds): the Pass row goes, and the week's recommendation counts as unanswered again. A pass
// the caller never made (or made long ago) is a 404 / 409; nothing of anyone else's is touched.
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { ZPassRequest, type PassRequest } from "./pass-schemas";

/** how long after a pass it can still be undone (the card shows 되돌리기 for 5 s; this leaves slack) */
export const UNDO_PASS_WINDOW_MS = 60_000;
const ZUndone = z.object({ ok: z.literal(true), passed: z.literal(false) });

export async function undoPass({ actor, input, now = new Date() }: { actor: Actor; input: PassRequest; now?: Date }): Promise<z.input<typeof ZUndone>> {
  return prisma.$transaction(async (tx) => {
    const pass = await tx.pass.findFirst({ where: { userId: actor.userId, targetId: input.toUserId }, select: { id: true, createdAt: true } });
    if (!pass) throw notFound("관심 없음 표시");
    if (now.getTime() - pass.createdAt.getTime() > UNDO_PASS_WINDOW_MS) throw new AppError("CONFLICT", "시간이 지나 되돌릴 수 없어요.");
    await tx.pass.delete({ where: { id: pass.id }, select: { id: true } });
    await tx.recommendation.updateMany({ where: { userId: actor.userId, targetId: input.toUserId, respondedAt: { gte: pass.createdAt } }, data: { respondedAt: null } });
    return { ok: true as const, passed: false as const };
  });
}

export const undoPassOperation = defineOperation({
  method: "POST",
  path: "/api/passes/undo",
  access: "member",
  tag: "matching",
  summary: "관심 없음 되돌리기 (표시 직후 잠깐 동안)",
  body: ZPassRequest,
  output: ZUndone,
  rateLimit: { name: "passes", limit: 60, windowMs: 60_000, by: "actor" },
  run: undoPass,
});
