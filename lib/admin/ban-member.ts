// POST /api/admin/users/{id}/ban and DELETE …/ban (unban).
// "Banned" is ONE fact, the status BANNED (bannedAt/banReason are its details). Everything else reads
// the status: sign-in (assertMaySignIn) and every request (loadActor) refuse the member at once,
// visibleToWhere drops them from every recommendation list and received likes, the weekly build
// skips them. Their open matches close (partners back to 매칭전) and the phone's blind index goes to
// BannedPhone, so a new Kakao account with the same number cannot onboard. Unban reverses the status
// and the phone entry; closed matches stay closed.
import { z } from "zod";
import { prisma, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { recordAdminAction } from "@/lib/core/audit";
import { closeMatches, lockUsers, openMatchIdsOf } from "./match-writes";
import { openNoFaultRefunds } from "@/lib/refunds/automatic-refunds";
import { payBackRefunds } from "@/lib/refunds/pay-back";
import { ZBanBody, ZIdParams, ZUserStatus } from "./schemas";

export const ZBanResult = z.object({ id: z.string(), status: ZUserStatus, bannedAt: z.string().nullable(), banReason: z.string().nullable(), closedMatches: z.number().int() });
export type BanResult = z.infer<typeof ZBanResult>;

/** The ban itself, inside the caller's transaction (the caller records the one audit row). */
export async function applyBan(tx: Tx, userId: string, reason: string, now: Date) {
  await lockUsers(tx, [userId]);
  const user = await tx.user.findFirst({ where: { id: userId }, select: { id: true, role: true, status: true, phoneHash: true, ciHash: true } });
  if (!user) throw notFound("회원");
  if (user.role === "ADMIN") throw new AppError("CONFLICT", "관리자 계정은 정지할 수 없습니다.");
  if (user.status === "WITHDRAWN") throw new AppError("CONFLICT", "탈퇴한 회원입니다.");
  if (user.status === "BANNED") throw new AppError("CONFLICT", "이미 이용정지된 회원입니다.");
  const closed = await closeMatches(tx, await openMatchIdsOf(tx, userId), "BANNED", now);
  // the partners' paid fees come back in full (refund policy); the caller pays them after its commit
  const refunds = await openNoFaultRefunds(tx, { matchIds: closed.map((m) => m.id), source: "PARTNER_BANNED", causedBy: userId, now });
  await tx.user.update({ where: { id: userId }, data: { status: "BANNED", bannedAt: now, banReason: reason }, select: { id: true } });
  if (user.phoneHash) {
    await tx.bannedPhone.upsert({ where: { phoneHash: user.phoneHash }, update: { reason }, create: { phoneHash: user.phoneHash, reason } });
  }
  // the person, not only the number: a new phone and a new Kakao account still carry the same CI
  if (user.ciHash) {
    await tx.bannedIdentity.upsert({ where: { ciHash: user.ciHash }, update: { reason }, create: { ciHash: user.ciHash, reason } });
  }
  return { before: { status: user.status }, after: { status: "BANNED" as const, banReason: reason }, closedMatches: closed.map((m) => m.id), refunds };
}

export async function banMember({ actor, input, now = new Date() }: { actor: Actor; input: { id: string; reason: string }; now?: Date }): Promise<BanResult> {
  const change = await prisma.$transaction(async (tx) => {
    const change = await applyBan(tx, input.id, input.reason, now);
    await recordAdminAction(tx, { adminId: actor.userId, action: "USER_BANNED", targetType: "User", targetId: input.id, detail: change });
    return change;
  });
  await payBackRefunds(change.refunds, actor.userId, now);
  return { id: input.id, status: "BANNED", bannedAt: now.toISOString(), banReason: input.reason, closedMatches: change.closedMatches.length };
}

export async function unbanMember({ actor, input }: { actor: Actor; input: { id: string } }): Promise<BanResult> {
  return prisma.$transaction(async (tx) => {
    await lockUsers(tx, [input.id]);
    const user = await tx.user.findFirst({ where: { id: input.id }, select: { status: true, banReason: true, bannedAt: true, phoneHash: true, ciHash: true, onboardedAt: true } });
    if (!user) throw notFound("회원");
    if (user.status !== "BANNED") throw new AppError("CONFLICT", "이용정지 상태가 아닌 회원입니다.");
    // open matches were closed by the ban: the member comes back 매칭전 (or to onboarding, if never finished)
    const status = user.onboardedAt ? "ACTIVE" : "ONBOARDING";
    await tx.user.update({ where: { id: input.id }, data: { status, bannedAt: null, banReason: null }, select: { id: true } });
    if (user.phoneHash) await tx.bannedPhone.deleteMany({ where: { phoneHash: user.phoneHash } });
    if (user.ciHash) await tx.bannedIdentity.deleteMany({ where: { ciHash: user.ciHash } });
    await recordAdminAction(tx, {
      adminId: actor.userId,
      action: "USER_UNBANNED",
      targetType: "User",
      targetId: input.id,
      detail: { before: { status: "BANNED", banReason: user.banReason, bannedAt: user.bannedAt?.toISOString() ?? null }, after: { status } },
    });
    return { id: input.id, status, bannedAt: null, banReason: null, closedMatches: 0 };
  });
}

export const banMemberOperation = defineOperation({
  method: "POST",
  path: "/api/admin/users/{id}/ban",
  access: "admin",
  tag: "admin",
  summary: "회원 이용정지 (즉시 로그인 차단, 추천·좋아요에서 제외, 휴대폰 번호 재가입 차단)",
  params: ZIdParams,
  body: ZBanBody,
  output: ZBanResult,
  run: banMember,
});

export const unbanMemberOperation = defineOperation({
  method: "DELETE",
  path: "/api/admin/users/{id}/ban",
  access: "admin",
  tag: "admin",
  summary: "이용정지 해제",
  params: ZIdParams,
  output: ZBanResult,
  run: unbanMember,
});
