// DELETE /api/admin/users/{id} (seed A's /admin/users/{id}): the same erasure as a member's own
// withdrawal (lib/members/withdraw-member.ts: PII and member data erased, open matches closed, a
// de-identified tombstone kept), with the audit row in its transaction; after the commit the
// member's S3 objects go too: photos (withdrawMember) and the admin memo.
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { logger } from "@/lib/logger";
import { withdrawMember } from "@/lib/members/withdraw-member";
import { deleteObjects } from "@/lib/storage";
import { recordAdminAction } from "@/lib/core/audit";
import { memoKey } from "./memo";
import { ZIdParams } from "./schemas";

export const ZDeleteResult = z.object({ id: z.string(), status: z.literal("WITHDRAWN"), closedMatches: z.number().int() });

export async function deleteMember({ actor, input, now = new Date() }: { actor: Actor; input: { id: string }; now?: Date }) {
  const user = await prisma.user.findFirst({ where: { id: input.id }, select: { role: true, status: true } });
  if (!user) throw notFound("회원");
  if (user.role === "ADMIN") throw new AppError("CONFLICT", "관리자 계정은 여기서 삭제할 수 없습니다.");
  if (user.status === "WITHDRAWN") throw new AppError("CONFLICT", "이미 탈퇴 처리된 회원입니다.");
  const result = await withdrawMember({
    userId: input.id,
    reason: "ADMIN",
    now,
    inTransaction: (tx, before) =>
      recordAdminAction(tx, { adminId: actor.userId, action: "USER_DELETED", targetType: "User", targetId: input.id, detail: { before, after: { status: "WITHDRAWN" } } }),
  });
  if (!result.withdrawn) throw new AppError("CONFLICT", "이미 탈퇴 처리된 회원입니다.");
  try {
    await deleteObjects([memoKey(input.id)]);
  } catch (err) {
    logger.error({ userId: input.id, err: err instanceof Error ? err.name : String(err) }, "admin delete: memo deletion failed; memos/{userId}.json must be swept");
  }
  return { id: input.id, status: "WITHDRAWN" as const, closedMatches: result.closedMatches };
}

export const deleteMemberOperation = defineOperation({
  method: "DELETE",
  path: "/api/admin/users/{id}",
  access: "admin",
  tag: "admin",
  summary: "회원 탈퇴 처리 (본인 탈퇴와 같은 삭제; 사진·메모 포함)",
  params: ZIdParams,
  output: ZDeleteResult,
  run: deleteMember,
});
