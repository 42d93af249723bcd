// Withdrawal (DELETE /api/me, /me/withdraw, Kakao unlink webhook, admin delete): one transaction
// erases the member's PII and member data and closes open matches; the User row stays as a
// de-identified tombstone because payments, reports and the audit log reference it (see
// docs/data-retention.md). Photo, document and 1:1 문의 screenshot objects are deleted from storage after the commit.
import { z } from "zod";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { prisma, type Tx } from "@/lib/db";
import { logger } from "@/lib/logger";
import { closeOpenOrders } from "@/lib/payments/close-orders";
import { deleteAllPhotosOf } from "@/lib/profiles/photos";
import { deleteAllDocumentsOf } from "@/lib/documents/documents";
import { deletePrefix } from "@/lib/storage";
import { inquiryKeyPrefix } from "@/lib/core/inquiry-files";
import { openNoFaultRefunds } from "@/lib/refunds/automatic-refunds";
import { payBackRefunds } from "@/lib/refunds/pay-back";

export type WithdrawReason = "SELF" | "KAKAO_UNLINK" | "ADMIN";

const OPEN_MATCH = ["PENDING", "ACTIVE"] as const;

export type WithdrawResult = { withdrawn: boolean; closedMatches: number; refunds: string[] };

/** Withdraws the member; a second call (or an unknown id) is a no-op that reports `withdrawn: false`. */
export async function withdrawMember({
  userId,
  reason,
  now = new Date(),
  inTransaction,
}: {
  userId: string;
  reason: WithdrawReason;
  now?: Date;
  /** runs inside the erasure's transaction (the admin delete writes its audit row there) */
  inTransaction?: (tx: Tx, before: { status: string }) => Promise<void>;
}): Promise<WithdrawResult> {
  const result = await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { status: true, phoneHash: true, ciHash: true } });
    if (!user || user.status === "WITHDRAWN") return null;
    const banned = user.status === "BANNED";
    // A ban outlives the account: the blind index of the phone stays so the number cannot rejoin.
    if (banned && user.phoneHash) {
      await tx.bannedPhone.upsert({ where: { phoneHash: user.phoneHash }, update: {}, create: { phoneHash: user.phoneHash, reason: "탈퇴한 이용정지 회원" } });
    }
    // …and the CI's keyed hash, so the same person cannot rejoin with a new number (docs/identity.md)
    if (banned && user.ciHash) {
      await tx.bannedIdentity.upsert({ where: { ciHash: user.ciHash }, update: {}, create: { ciHash: user.ciHash, reason: "탈퇴한 이용정지 회원" } });
    }
    const closed = await closeOpenMatches(tx, userId, now);
    // the partners' paid fees come back in full (refund policy: no fault of theirs); paid after the commit
    const refunds = await openNoFaultRefunds(tx, { matchIds: closed, source: "PARTNER_WITHDRAWN", causedBy: userId, now });

    await tx.profile.deleteMany({ where: { userId } });
    await tx.preference.deleteMany({ where: { userId } });
    await tx.account.deleteMany({ where: { userId } });
    await tx.session.deleteMany({ where: { userId } });
    await tx.block.deleteMany({ where: { blockerId: userId } });
    // their own weekly lists, and unanswered appearances in other members' lists
    await tx.recommendation.deleteMany({ where: { OR: [{ userId }, { targetId: userId, respondedAt: null }] } });
    // an open card order may have been charged: it is closed through Toss (docs/payments.md)
    await closeOpenOrders(tx, { userId }, { code: "MEMBER_WITHDRAWN", message: "회원 탈퇴로 취소되었어요." }, now);

    const updated = await tx.user.updateMany({
      where: { id: userId, status: { not: "WITHDRAWN" } },
      data: {
        status: "WITHDRAWN",
        deletedAt: now,
        // the Kakao id is released: signing in with it again creates a brand-new member
        kakaoId: null,
        name: null,
        email: null,
        emailVerified: null,
        image: null,
        realNameEnc: null,
        phoneEnc: null,
        phoneHash: banned ? user.phoneHash : null,
        ciHash: banned ? user.ciHash : null,
        birthDate: null,
        gender: null,
        lastActiveAt: null,
      },
    });
    if (updated.count !== 1) return null;
    if (inTransaction) await inTransaction(tx, { status: user.status });
    return { closedMatches: closed.length, refunds };
  });

  if (!result) return { withdrawn: false, closedMatches: 0, refunds: [] };
  logger.info({ userId, reason, closedMatches: result.closedMatches, refunds: result.refunds.length }, "member withdrawn");
  await payBackRefunds(result.refunds, "system:withdrawal", now); // never fails the withdrawal: a refund Toss did not take is retried by its job
  await removeStoredFiles(userId);
  return { withdrawn: true, ...result };
}

/** Closes the member's PENDING/ACTIVE matches (returns their ids); partners left without an open match return to 매칭전. */
async function closeOpenMatches(tx: Tx, userId: string, now: Date): Promise<string[]> {
  const open = await tx.match.findMany({
    where: { status: { in: [...OPEN_MATCH] }, OR: [{ userAId: userId }, { userBId: userId }] },
    select: { id: true, userAId: true, userBId: true },
  });
  if (open.length === 0) return [];
  const matchIds = open.map((m) => m.id);
  await tx.match.updateMany({ where: { id: { in: matchIds } }, data: { status: "CLOSED", closedAt: now, closedReason: "WITHDRAWN" } });
  // nobody should be asked to pay for a match that no longer exists (a card order is closed through Toss)
  await closeOpenOrders(tx, { matchId: { in: matchIds } }, { code: "MATCH_CLOSED", message: "상대 회원이 탈퇴해 매칭이 종료되었어요." }, now);

  const partners = [...new Set(open.map((m) => (m.userAId === userId ? m.userBId : m.userAId)))];
  const stillOpen = await tx.match.findMany({
    where: { status: { in: [...OPEN_MATCH] }, OR: [{ userAId: { in: partners } }, { userBId: { in: partners } }] },
    select: { userAId: true, userBId: true },
  });
  const busy = new Set(stillOpen.flatMap((m) => [m.userAId, m.userBId]));
  const free = partners.filter((id) => !busy.has(id));
  if (free.length > 0) {
    await tx.user.updateMany({ where: { id: { in: free }, status: { in: ["MATCHING", "MATCHED"] } }, data: { status: "ACTIVE" } });
  }
  return matchIds;
}

/** Erasure of the member's 1:1 문의 screenshots (lib/helpdesk/screenshots.ts): the prefix, then the keys on their messages. */
export async function deleteAllInquiryFilesOf(memberId: string): Promise<number> {
  const prefix = inquiryKeyPrefix(memberId);
  const deleted = await deletePrefix(prefix);
  await prisma.inquiryMessage.updateMany({ where: { attachmentKey: { startsWith: prefix } }, data: { attachmentKey: null, attachmentSize: null } });
  logger.info({ userId: memberId, deleted }, "member inquiry files deleted");
  return deleted;
}

/** After the commit: the database no longer points at the objects, so a failure here leaves only orphans to sweep. */
async function removeStoredFiles(userId: string): Promise<void> {
  try {
    await deleteAllPhotosOf(userId);
  } catch (err) {
    logger.error({ userId, err: err instanceof Error ? err.message : String(err) }, "withdrawal: photo deletion failed; objects under photos/{userId}/ must be swept");
  }
  try {
    await deleteAllDocumentsOf(userId);
  } catch (err) {
    logger.error({ userId, err: err instanceof Error ? err.message : String(err) }, "withdrawal: document deletion failed; objects under documents/{userId}/ must be swept");
  }
  try {
    await deleteAllInquiryFilesOf(userId);
  } catch (err) {
    logger.error({ userId, err: err instanceof Error ? err.message : String(err) }, "withdrawal: inquiry screenshot deletion failed; objects under inquiries/{userId}/ must be swept");
  }
}

export const withdrawSelfOperation = defineOperation({
  method: "DELETE",
  path: "/api/me",
  access: "onboarding",
  tag: "members",
  summary: "회원 탈퇴 (개인정보·사진 삭제, 진행 중인 매칭 종료)",
  output: z.object({ ok: z.literal(true), status: z.literal("WITHDRAWN") }),
  run: async ({ actor }: { actor: Actor }) => {
    await withdrawMember({ userId: actor.userId, reason: "SELF" });
    return { ok: true as const, status: "WITHDRAWN" as const };
  },
});
