// GET /api/me/export use case (data portability / 열람 요구): everything the service holds about the
// caller, as JSON — their own PII decrypted, but of other members only ids (never their PII).
import { prisma } from "@/lib/db";
import { decryptPiiOrNull, formatPhone } from "@/lib/crypto/pii";
import type { Actor } from "@/lib/core/actor";
import { z } from "zod";
import { notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { getOwnPreferences, getOwnProfile } from "@/lib/profiles/get-own-profile";
import { fromDbDate } from "./age";

const iso = (d: Date | null) => d?.toISOString() ?? null;

export async function exportMyData({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  const id = actor.userId;
  const user = await prisma.user.findUnique({
    where: { id },
    select: {
      id: true, kakaoId: true, name: true, role: true, status: true, realNameEnc: true, phoneEnc: true, birthDate: true, gender: true,
      membershipTier: true, membershipExpiresAt: true, matchingCount: true, firstConsultationAt: true, lastConsultationAt: true,
      consultationCount: true, onboardedAt: true, createdAt: true, updatedAt: true,
    },
  });
  if (!user) throw notFound("회원");

  const [consents, profile, preferences, blocks, reports, likes, matches, payments, consultations, inquiries, notificationSetting] = await Promise.all([
    prisma.consent.findMany({ where: { userId: id }, orderBy: { agreedAt: "asc" }, select: { termsVersion: true, privacyVersion: true, refundVersion: true, adultConfirmed: true, agreedAt: true } }),
    getOwnProfile(id),
    getOwnPreferences(id),
    prisma.block.findMany({ where: { blockerId: id }, orderBy: { createdAt: "asc" }, select: { id: true, blockedId: true, createdAt: true } }),
    prisma.report.findMany({ where: { reporterId: id }, orderBy: { createdAt: "asc" }, select: { id: true, reportedId: true, reason: true, detail: true, handled: true, createdAt: true } }),
    prisma.like.findMany({ where: { fromId: id }, orderBy: { createdAt: "asc" }, select: { toId: true, batchWeek: true, createdAt: true } }),
    prisma.match.findMany({
      where: { OR: [{ userAId: id }, { userBId: id }] },
      orderBy: { createdAt: "asc" },
      select: { id: true, userAId: true, userBId: true, status: true, source: true, createdAt: true, activatedAt: true, closedAt: true, closedReason: true },
    }),
    prisma.payment.findMany({
      where: { userId: id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true, matchId: true, purpose: true, method: true, amount: true, status: true, orderId: true, orderName: true, membershipTier: true,
        depositCode: true, depositorName: true, approvedAt: true, verifiedAt: true, canceledAt: true, createdAt: true,
      },
    }),
    // the bookings' facts (the manager's consultation note is the operators' record, not part of the copy)
    prisma.consultationBooking.findMany({
      where: { memberId: id },
      orderBy: { createdAt: "asc" },
      select: { id: true, status: true, createdAt: true, cancelledAt: true, slot: { select: { startsAt: true, minutes: true, mode: true } } },
    }),
    prisma.inquiry.findMany({
      where: { memberId: id },
      orderBy: { createdAt: "asc" },
      select: { id: true, category: true, status: true, createdAt: true, messages: { orderBy: { createdAt: "asc" }, select: { fromStaff: true, body: true, attachmentKey: true, createdAt: true } } },
    }),
    prisma.notificationSetting.findUnique({ where: { userId: id }, select: { channels: true, quietHours: true, emailEnc: true, emailVerifiedAt: true, marketingConsentAt: true, marketingWithdrawnAt: true } }),
  ]);

  const phone = decryptPiiOrNull(user.phoneEnc);
  return {
    exportedAt: now.toISOString(),
    user: {
      id: user.id,
      kakaoId: user.kakaoId,
      nickname: user.name,
      role: user.role,
      status: user.status,
      realName: decryptPiiOrNull(user.realNameEnc),
      phone: phone ? formatPhone(phone) : null,
      birthDate: user.birthDate ? fromDbDate(user.birthDate) : null,
      gender: user.gender,
      membership: { tier: user.membershipTier, expiresAt: iso(user.membershipExpiresAt) },
      matchingCount: user.matchingCount,
      consultations: { first: iso(user.firstConsultationAt), last: iso(user.lastConsultationAt), count: user.consultationCount },
      onboardedAt: iso(user.onboardedAt),
      createdAt: user.createdAt.toISOString(),
      updatedAt: user.updatedAt.toISOString(),
    },
    consents: consents.map((c) => ({ ...c, agreedAt: c.agreedAt.toISOString() })),
    profile,
    preferences,
    blocks: blocks.map((b) => ({ id: b.id, blockedUserId: b.blockedId, createdAt: b.createdAt.toISOString() })),
    reports: reports.map((r) => ({ id: r.id, reportedUserId: r.reportedId, reason: r.reason, detail: r.detail, handled: r.handled, createdAt: r.createdAt.toISOString() })),
    likesSent: likes.map((l) => ({ toUserId: l.toId, batchWeek: l.batchWeek, createdAt: l.createdAt.toISOString() })),
    matches: matches.map((m) => ({
      id: m.id,
      partnerUserId: m.userAId === id ? m.userBId : m.userAId,
      status: m.status,
      source: m.source,
      createdAt: m.createdAt.toISOString(),
      activatedAt: iso(m.activatedAt),
      closedAt: iso(m.closedAt),
      closedReason: m.closedReason,
    })),
    payments: payments.map((p) => ({ ...p, approvedAt: iso(p.approvedAt), verifiedAt: iso(p.verifiedAt), canceledAt: iso(p.canceledAt), createdAt: p.createdAt.toISOString() })),
    consultations: consultations.map((c) => ({ id: c.id, startsAt: c.slot.startsAt.toISOString(), minutes: c.slot.minutes, mode: c.slot.mode, status: c.status, bookedAt: c.createdAt.toISOString(), cancelledAt: iso(c.cancelledAt) })),
    inquiries: inquiries.map((q) => ({
      id: q.id,
      category: q.category,
      status: q.status,
      createdAt: q.createdAt.toISOString(),
      messages: q.messages.map((m) => ({ from: m.fromStaff ? "STAFF" : "ME", body: m.body, screenshot: m.attachmentKey !== null, createdAt: m.createdAt.toISOString() })),
    })),
    notificationSettings: notificationSetting
      ? {
          channels: notificationSetting.channels,
          quietHours: notificationSetting.quietHours,
          email: decryptPiiOrNull(notificationSetting.emailEnc),
          emailVerifiedAt: iso(notificationSetting.emailVerifiedAt),
          marketingConsentAt: iso(notificationSetting.marketingConsentAt),
          marketingWithdrawnAt: iso(notificationSetting.marketingWithdrawnAt),
        }
      : null,
  };
}

export const exportMyDataOperation = defineOperation({
  method: "GET",
  path: "/api/me/export",
  access: "onboarding",
  tag: "members",
  summary: "내 정보 전체 내려받기 (JSON 파일)",
  output: z.record(z.string(), z.unknown()),
  file: { contentType: "application/json" },
  run: async ({ actor }) => {
    const data = await exportMyData({ actor });
    const day = data.exportedAt.slice(0, 10).replaceAll("-", "");
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="inyeon-my-data-${day}.json"`,
        "cache-control": "no-store",
      },
    });
  },
});
