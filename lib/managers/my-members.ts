// GET /api/admin/my-members: the manager console opens on the manager's own members: new sign-ups,
// pending (unpaid) matches and open reports involving them first. Also lists the managers, for the
// assignment picker.
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";

const ZMyMember = z.object({
  id: z.string(),
  nickname: z.string().nullable(),
  status: z.string(),
  tier: z.string(),
  createdAt: z.string(),
  isNew: z.boolean(),
  pendingMatches: z.number().int(),
  openReports: z.number().int(),
});
const ZMyMembers = z.object({ members: z.array(ZMyMember), managers: z.array(z.object({ id: z.string(), displayName: z.string() })) });
const NEW_DAYS = 14;

export async function myMembers({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<z.input<typeof ZMyMembers>> {
  const [rows, managers] = await Promise.all([
    prisma.memberManager.findMany({
      where: { managerId: actor.userId },
      take: 500,
      select: {
        member: {
          select: {
            id: true, status: true, membershipTier: true, createdAt: true, profile: { select: { nickname: true } },
            _count: { select: { matchesAsA: { where: { status: "PENDING" } }, matchesAsB: { where: { status: "PENDING" } }, reportsMade: { where: { handled: false } }, reportsReceived: { where: { handled: false } } } },
          },
        },
      },
    }),
    prisma.managerProfile.findMany({ orderBy: { displayName: "asc" }, select: { userId: true, displayName: true } }),
  ]);
  const members = rows.map(({ member: m }) => ({
    id: m.id,
    nickname: m.profile?.nickname ?? null,
    status: m.status,
    tier: m.membershipTier,
    createdAt: m.createdAt.toISOString(),
    isNew: now.getTime() - m.createdAt.getTime() < NEW_DAYS * 86_400_000,
    pendingMatches: m._count.matchesAsA + m._count.matchesAsB,
    openReports: m._count.reportsMade + m._count.reportsReceived,
  }));
  const weight = (m: (typeof members)[number]) => m.openReports * 4 + m.pendingMatches * 2 + Number(m.isNew);
  members.sort((a, b) => weight(b) - weight(a) || b.createdAt.localeCompare(a.createdAt));
  return { members, managers: managers.map((m) => ({ id: m.userId, displayName: m.displayName })) };
}

export const myMembersOperation = defineOperation({
  method: "GET",
  path: "/api/admin/my-members",
  access: "admin",
  tag: "admin",
  summary: "내 담당 회원 (신규 가입, 결제 대기 매칭, 미처리 신고 순)",
  output: ZMyMembers,
  run: myMembers,
});
