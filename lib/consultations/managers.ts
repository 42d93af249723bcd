// Managers (커플매니저): admins with a manager profile. The profile is what members see (name, photo,
// intro); PUT /api/admin/manager-profile lets an admin become one or edit theirs (audited).
import { z } from "zod";
import { prisma, type Db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { recordAdminAction } from "@/lib/core/audit";
import { ZManager, ZManagerProfileBody, type ManagerDto } from "./schemas";

export const managerSelect = { userId: true, displayName: true, intro: true, photoUrl: true } as const;
type ManagerRow = { userId: string; displayName: string; intro: string; photoUrl: string | null };
export const managerDto = (m: ManagerRow): ManagerDto => ({ id: m.userId, displayName: m.displayName, intro: m.intro, photoUrl: m.photoUrl });

/** the member's assigned manager, or null */
export async function managerOf(db: Tx | Db, memberId: string): Promise<ManagerDto | null> {
  const row = await db.memberManager.findUnique({ where: { memberId }, select: { manager: { select: { managerProfile: { select: managerSelect } } } } });
  const p = row?.manager.managerProfile;
  return p ? managerDto(p) : null;
}

export async function putManagerProfile({ actor, input }: { actor: Actor; input: z.infer<typeof ZManagerProfileBody> }): Promise<ManagerDto> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.managerProfile.findUnique({ where: { userId: actor.userId }, select: managerSelect });
    const data = { displayName: input.displayName, intro: input.intro, photoUrl: input.photoUrl ?? null };
    const row = await tx.managerProfile.upsert({ where: { userId: actor.userId }, create: { userId: actor.userId, ...data }, update: data, select: managerSelect });
    await recordAdminAction(tx, { adminId: actor.userId, action: "MANAGER_PROFILE_UPDATED", targetType: "User", targetId: actor.userId, detail: { created: !before } });
    return managerDto(row);
  });
}

export const putManagerProfileOperation = defineOperation({
  method: "PUT",
  path: "/api/admin/manager-profile",
  access: "admin",
  tag: "admin",
  summary: "내 매니저 프로필 등록·수정 (회원에게 보이는 이름, 사진, 소개)",
  body: ZManagerProfileBody,
  output: ZManager,
  run: putManagerProfile,
});

/** every manager (id and name), for the operators' assignment picker */
export async function listManagers(): Promise<{ id: string; displayName: string }[]> {
  const rows = await prisma.managerProfile.findMany({ orderBy: { displayName: "asc" }, select: { userId: true, displayName: true } });
  return rows.map((r) => ({ id: r.userId, displayName: r.displayName }));
}
