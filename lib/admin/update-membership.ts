// PATCH /api/admin/users/{id}/membership (seed A's PATCH /users/{id}/membership): an admin sets a
// member's tier and its expiry (e.g. after a refund or a manual grant). FREE never has an expiry.
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { recordAdminAction } from "@/lib/core/audit";
import { lockUsers } from "./match-writes";
import { ZIdParams, ZMembershipBody, ZTier, type MembershipBody } from "./schemas";

export const ZMembershipResult = z.object({ id: z.string(), tier: ZTier, expiresAt: z.string().nullable() });
export type MembershipResult = z.infer<typeof ZMembershipResult>;

export async function updateMembership({ actor, input }: { actor: Actor; input: MembershipBody & { id: string } }): Promise<MembershipResult> {
  const expiresAt = input.tier === "FREE" || input.expiresAt === null ? null : new Date(input.expiresAt);
  return prisma.$transaction(async (tx) => {
    await lockUsers(tx, [input.id]);
    const user = await tx.user.findFirst({ where: { id: input.id, role: "MEMBER" }, select: { status: true, membershipTier: true, membershipExpiresAt: true } });
    if (!user) throw notFound("회원");
    if (user.status === "WITHDRAWN") throw new AppError("CONFLICT", "탈퇴한 회원의 등급은 바꿀 수 없습니다.");
    await tx.user.update({ where: { id: input.id }, data: { membershipTier: input.tier, membershipExpiresAt: expiresAt }, select: { id: true } });
    await recordAdminAction(tx, {
      adminId: actor.userId,
      action: "MEMBERSHIP_UPDATED",
      targetType: "User",
      targetId: input.id,
      detail: {
        before: { tier: user.membershipTier, expiresAt: user.membershipExpiresAt?.toISOString() ?? null },
        after: { tier: input.tier, expiresAt: expiresAt?.toISOString() ?? null },
      },
    });
    return { id: input.id, tier: input.tier, expiresAt: expiresAt?.toISOString() ?? null };
  });
}

export const updateMembershipOperation = defineOperation({
  method: "PATCH",
  path: "/api/admin/users/{id}/membership",
  access: "admin",
  tag: "admin",
  summary: "회원 등급·만료일 변경",
  params: ZIdParams,
  body: ZMembershipBody,
  output: ZMembershipResult,
  run: updateMembership,
});
