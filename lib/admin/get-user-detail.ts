// GET /api/admin/users/{id}: everything an operator needs on one
// member — account, profile with photos, preferences, consents, payments, matches, likes, reports
// made and received, consultation record and the audit trail about them. No decrypted PII here: the
// real name, phone and birth date are revealed one member at a time through POST …/pii, which is
// audited (reveal-pii.ts) — a page view must not decrypt and log PII that nobody asked to see.
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { fullAge } from "@/lib/members/age";
import { getOwnPreferences, getOwnProfile } from "@/lib/profiles/get-own-profile";
import { ZOwnProfileDto, ZPreferencesDto } from "@/lib/profiles/schemas";
import { adminMatchSelect, toAdminMatch } from "./match-writes";
import { ZAdminMatch, ZGender, ZIdParams, ZTier, ZUserStatus } from "./schemas";
import { PaymentMethod, PaymentPurpose, PaymentStatus, ReportReason } from "@/lib/generated/prisma/enums";

const LIMIT = 50;
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

const ZPerson = z.object({ id: z.string(), nickname: z.string().nullable() });
const ZReportItem = z.object({ id: z.string(), other: ZPerson, reason: z.enum(ReportReason), detail: z.string().nullable(), handled: z.boolean(), resolution: z.string().nullable(), createdAt: z.string() });
const ZLikeItem = z.object({ other: ZPerson, batchWeek: z.string(), createdAt: z.string() });
export const ZAuditItem = z.object({ id: z.string(), adminId: z.string(), action: z.string(), targetType: z.string(), targetId: z.string().nullable(), detail: z.unknown(), createdAt: z.string() });

export const ZUserDetail = z.object({
  user: z.object({
    id: z.string(),
    kakaoId: z.string().nullable(),
    name: z.string().nullable(),
    role: z.enum(["MEMBER", "ADMIN"]),
    status: ZUserStatus,
    gender: ZGender.nullable(),
    age: z.number().int().nullable(),
    hasRealName: z.boolean(),
    hasPhone: z.boolean(),
    membershipTier: ZTier,
    membershipExpiresAt: z.string().nullable(),
    matchingCount: z.number().int(),
    onboardedAt: z.string().nullable(),
    /** 본인인증 time (docs/identity.md); null = typed details (verification off when they joined) */
    identityVerifiedAt: z.string().nullable(),
    lastActiveAt: z.string().nullable(),
    bannedAt: z.string().nullable(),
    banReason: z.string().nullable(),
    deletedAt: z.string().nullable(),
    createdAt: z.string(),
  }),
  consultation: z.object({ firstConsultationAt: z.string().nullable(), lastConsultationAt: z.string().nullable(), consultationCount: z.number().int(), notes: z.array(z.object({ at: z.string(), adminId: z.string(), note: z.string().nullable() })) }),
  profile: ZOwnProfileDto.nullable(),
  preferences: ZPreferencesDto.nullable(),
  consents: z.array(z.object({ termsVersion: z.string(), privacyVersion: z.string(), refundVersion: z.string(), adultConfirmed: z.boolean(), agreedAt: z.string() })),
  payments: z.array(z.object({ id: z.string(), purpose: z.enum(PaymentPurpose), method: z.enum(PaymentMethod), amount: z.number().int(), status: z.enum(PaymentStatus), orderName: z.string(), membershipTier: ZTier.nullable(), createdAt: z.string(), paidAt: z.string().nullable() })),
  matches: z.array(ZAdminMatch),
  likes: z.object({ sentCount: z.number().int(), receivedCount: z.number().int(), sent: z.array(ZLikeItem), received: z.array(ZLikeItem) }),
  reports: z.object({ made: z.array(ZReportItem), received: z.array(ZReportItem) }),
  audit: z.array(ZAuditItem),
});
export type UserDetail = z.infer<typeof ZUserDetail>;

const personSelect = { select: { id: true, name: true, profile: { select: { nickname: true } } } } as const;
const person = (u: { id: string; name: string | null; profile: { nickname: string } | null }) => ({ id: u.id, nickname: u.profile?.nickname ?? u.name });
const reportSelect = { id: true, reason: true, detail: true, handled: true, resolution: true, createdAt: true, reporter: personSelect, reported: personSelect } as const;

export async function getUserDetail({ input, now = new Date() }: { actor: Actor; input: { id: string }; now?: Date }): Promise<UserDetail> {
  const id = input.id;
  const u = await prisma.user.findUnique({
    where: { id },
    select: {
      id: true, kakaoId: true, name: true, role: true, status: true, gender: true, birthDate: true, realNameEnc: true, phoneEnc: true,
      membershipTier: true, membershipExpiresAt: true, matchingCount: true, firstConsultationAt: true, lastConsultationAt: true, consultationCount: true,
      onboardedAt: true, identityVerifiedAt: true, lastActiveAt: true, bannedAt: true, banReason: true, deletedAt: true, createdAt: true,
    },
  });
  if (!u) throw notFound("회원");
  const [profile, preferences, consents, payments, matches, sentCount, receivedCount, sent, received, made, got, audit] = await Promise.all([
    getOwnProfile(id),
    getOwnPreferences(id),
    prisma.consent.findMany({ where: { userId: id }, orderBy: { agreedAt: "desc" }, take: LIMIT }),
    prisma.payment.findMany({ where: { userId: id }, orderBy: { createdAt: "desc" }, take: LIMIT }),
    prisma.match.findMany({ where: { OR: [{ userAId: id }, { userBId: id }] }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: LIMIT, select: adminMatchSelect }),
    prisma.like.count({ where: { fromId: id } }),
    prisma.like.count({ where: { toId: id } }),
    prisma.like.findMany({ where: { fromId: id }, orderBy: { createdAt: "desc" }, take: 20, select: { batchWeek: true, createdAt: true, to: personSelect } }),
    prisma.like.findMany({ where: { toId: id }, orderBy: { createdAt: "desc" }, take: 20, select: { batchWeek: true, createdAt: true, from: personSelect } }),
    prisma.report.findMany({ where: { reporterId: id }, orderBy: { createdAt: "desc" }, take: LIMIT, select: reportSelect }),
    prisma.report.findMany({ where: { reportedId: id }, orderBy: { createdAt: "desc" }, take: LIMIT, select: reportSelect }),
    prisma.adminAction.findMany({ where: { targetType: "User", targetId: id }, orderBy: { createdAt: "desc" }, take: 100 }),
  ]);
  const b = u.birthDate;
  return {
    user: {
      id: u.id, kakaoId: u.kakaoId, name: u.name, role: u.role, status: u.status, gender: u.gender,
      age: b ? fullAge({ year: b.getUTCFullYear(), month: b.getUTCMonth() + 1, day: b.getUTCDate() }, now) : null,
      hasRealName: u.realNameEnc !== null, hasPhone: u.phoneEnc !== null,
      membershipTier: u.membershipTier, membershipExpiresAt: iso(u.membershipExpiresAt), matchingCount: u.matchingCount,
      onboardedAt: iso(u.onboardedAt), identityVerifiedAt: iso(u.identityVerifiedAt), lastActiveAt: iso(u.lastActiveAt), bannedAt: iso(u.bannedAt), banReason: u.banReason, deletedAt: iso(u.deletedAt), createdAt: u.createdAt.toISOString(),
    },
    consultation: {
      firstConsultationAt: iso(u.firstConsultationAt),
      lastConsultationAt: iso(u.lastConsultationAt),
      consultationCount: u.consultationCount,
      notes: audit.filter((a) => a.action === "CONSULTATION_LOGGED").map((a) => ({ at: a.createdAt.toISOString(), adminId: a.adminId, note: ((a.detail as { note?: string | null } | null)?.note ?? null) })),
    },
    profile,
    preferences,
    consents: consents.map((c) => ({ termsVersion: c.termsVersion, privacyVersion: c.privacyVersion, refundVersion: c.refundVersion, adultConfirmed: c.adultConfirmed, agreedAt: c.agreedAt.toISOString() })),
    payments: payments.map((p) => ({
      id: p.id, purpose: p.purpose, method: p.method, amount: p.amount, status: p.status, orderName: p.orderName, membershipTier: p.membershipTier,
      createdAt: p.createdAt.toISOString(), paidAt: iso(p.approvedAt ?? p.verifiedAt),
    })),
    matches: matches.map(toAdminMatch),
    likes: {
      sentCount, receivedCount,
      sent: sent.map((l) => ({ other: person(l.to), batchWeek: l.batchWeek, createdAt: l.createdAt.toISOString() })),
      received: received.map((l) => ({ other: person(l.from), batchWeek: l.batchWeek, createdAt: l.createdAt.toISOString() })),
    },
    reports: {
      made: made.map((r) => ({ id: r.id, other: person(r.reported), reason: r.reason, detail: r.detail, handled: r.handled, resolution: r.resolution, createdAt: r.createdAt.toISOString() })),
      received: got.map((r) => ({ id: r.id, other: person(r.reporter), reason: r.reason, detail: r.detail, handled: r.handled, resolution: r.resolution, createdAt: r.createdAt.toISOString() })),
    },
    audit: audit.map((a) => ({ id: a.id, adminId: a.adminId, action: a.action, targetType: a.targetType, targetId: a.targetId, detail: a.detail ?? null, createdAt: a.createdAt.toISOString() })),
  };
}

export const getUserDetailOperation = defineOperation({
  method: "GET",
  path: "/api/admin/users/{id}",
  access: "admin",
  tag: "admin",
  summary: "회원 상세 (프로필·사진·선호·동의·결제·매칭·좋아요·신고·상담·감사 기록; 개인정보는 별도 열람)",
  params: ZIdParams,
  output: ZUserDetail,
  run: getUserDetail,
});
