// POST /api/admin/managers/assign: operators assign members to a manager (one member or a whole
// filtered page of the member list at once); memberIds are members, the manager must have a manager
// profile. One audit row per call with the counts (no PII).
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { recordAdminAction } from "@/lib/core/audit";
import { strictObject } from "@/lib/core/parse";
import { zId } from "@/lib/core/ids";

export const ZAssignBody = strictObject({
  managerId: zId("매니저를 골라 주세요."),
  memberIds: z.array(zId()).min(1, "배정할 회원을 골라 주세요.").max(500, "한 번에 500명까지 배정할 수 있습니다."),
});
const ZAssigned = z.object({ assigned: z.number().int() });

export async function assignMembers({ actor, input, now = new Date() }: { actor: Actor; input: z.infer<typeof ZAssignBody>; now?: Date }): Promise<z.input<typeof ZAssigned>> {
  return prisma.$transaction(async (tx) => {
    const manager = await tx.managerProfile.findUnique({ where: { userId: input.managerId }, select: { userId: true } });
    if (!manager) throw new AppError("NOT_FOUND", "매니저를 찾을 수 없습니다.");
    const members = await tx.user.findMany({ where: { id: { in: [...new Set(input.memberIds)] }, role: "MEMBER", status: { not: "WITHDRAWN" } }, select: { id: true } });
    for (const m of members) {
      await tx.memberManager.upsert({ where: { memberId: m.id }, create: { memberId: m.id, managerId: input.managerId, assignedAt: now }, update: { managerId: input.managerId, assignedAt: now }, select: { memberId: true } });
    }
    await recordAdminAction(tx, { adminId: actor.userId, action: "MANAGER_ASSIGNED", targetType: "User", targetId: input.managerId, detail: { requested: input.memberIds.length, assigned: members.length, memberIds: members.map((m) => m.id).slice(0, 500) } });
    return { assigned: members.length };
  });
}

export const assignMembersOperation = defineOperation({
  method: "POST",
  path: "/api/admin/managers/assign",
  access: "admin",
  tag: "admin",
  summary: "담당 매니저 배정 (한 명 또는 회원 목록의 여러 명)",
  body: ZAssignBody,
  output: ZAssigned,
  run: assignMembers,
});
