// GET /api/admin/consultations?date=YYYY-MM-DD: the manager's day: their slots on that Seoul date,
// each with its booking, the member's profile summary and consultation history (the notes logged
// through the consultation record, now each linked to its booking), and the recent changes members
// made to the manager's bookings (booked, moved, cancelled: ./manager-notices.ts).
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { seoulToday } from "@/lib/core/seoul-time";
import { ZConsultationMode, ZConsultationStatus, ZDayQuery, ZManager } from "./schemas";
import { managerDto, managerSelect } from "./managers";
import { managerNotices } from "./manager-notices";

const ZHistory = z.object({ at: z.string(), note: z.string().nullable(), bookingId: z.string().nullable() });
const ZDaySlot = z.object({
  id: z.string(),
  startsAt: z.string(),
  minutes: z.number().int(),
  mode: ZConsultationMode,
  booking: z
    .object({
      id: z.string(),
      status: ZConsultationStatus,
      note: z.string().nullable(),
      member: z.object({ id: z.string(), nickname: z.string().nullable(), birthYear: z.number().int().nullable(), region: z.string().nullable(), job: z.string().nullable(), tier: z.string(), consultationCount: z.number().int() }),
      history: z.array(ZHistory),
    })
    .nullable(),
});
const ZChange = z.object({
  id: z.string(),
  change: z.enum(["booked", "rescheduled", "cancelled"]),
  title: z.string(),
  href: z.string(),
  member: z.object({ id: z.string(), nickname: z.string().nullable() }).nullable(),
  /** the consultation's Seoul date (YYYY-MM-DD) */
  day: z.string().nullable(),
  at: z.string(),
  unread: z.boolean(),
});
const ZManagerDay = z.object({ date: z.string(), profile: ZManager.nullable(), slots: z.array(ZDaySlot), changes: z.array(ZChange) });

const pad = (n: number) => String(n).padStart(2, "0");
/** the UTC instants a Seoul calendar date spans (KST has no daylight saving) */
export function seoulDayRange(date: string): { from: Date; to: Date } {
  const from = new Date(`${date}T00:00:00+09:00`);
  return { from, to: new Date(from.getTime() + 86_400_000) };
}

export async function managerDay({ actor, input, now = new Date() }: { actor: Actor; input: z.infer<typeof ZDayQuery>; now?: Date }): Promise<z.input<typeof ZManagerDay>> {
  const today = seoulToday(now);
  const date = input.date ?? `${today.year}-${pad(today.month)}-${pad(today.day)}`;
  const { from, to } = seoulDayRange(date);
  const [profile, changes, slots] = await Promise.all([
    prisma.managerProfile.findUnique({ where: { userId: actor.userId }, select: managerSelect }),
    managerNotices(actor.userId, now),
    prisma.consultationSlot.findMany({
      where: { managerId: actor.userId, startsAt: { gte: from, lt: to } },
      orderBy: { startsAt: "asc" },
      select: {
        id: true, startsAt: true, minutes: true, mode: true,
        bookings: {
          where: { activeSlotId: { not: null } },
          select: {
            id: true, status: true, note: true,
            member: { select: { id: true, membershipTier: true, consultationCount: true, profile: { select: { nickname: true, birthYear: true, region: true, job: true } } } },
          },
        },
      },
    }),
  ]);
  const memberIds = slots.flatMap((s) => s.bookings.map((b) => b.member.id));
  const logged = memberIds.length
    ? await prisma.adminAction.findMany({ where: { action: "CONSULTATION_LOGGED", targetType: "User", targetId: { in: memberIds } }, orderBy: { createdAt: "desc" }, take: 200, select: { targetId: true, createdAt: true, detail: true } })
    : [];
  return {
    date,
    profile: profile ? managerDto(profile) : null,
    changes,
    slots: slots.map((s) => {
      const b = s.bookings[0];
      return {
        id: s.id, startsAt: s.startsAt.toISOString(), minutes: s.minutes, mode: s.mode,
        booking: b
          ? {
              id: b.id, status: b.status, note: b.note,
              member: { id: b.member.id, nickname: b.member.profile?.nickname ?? null, birthYear: b.member.profile?.birthYear ?? null, region: b.member.profile?.region ?? null, job: b.member.profile?.job ?? null, tier: b.member.membershipTier, consultationCount: b.member.consultationCount },
              history: logged.filter((l) => l.targetId === b.member.id).map((l) => {
                const d = (l.detail ?? {}) as { note?: string | null; bookingId?: string | null };
                return { at: l.createdAt.toISOString(), note: d.note ?? null, bookingId: d.bookingId ?? null };
              }),
            }
          : null,
      };
    }),
  };
}

export const managerDayOperation = defineOperation({
  method: "GET",
  path: "/api/admin/consultations",
  access: "admin",
  tag: "admin",
  summary: "매니저의 하루 상담 (예약 회원의 프로필 요약과 상담 이력)과 최근 예약 변경",
  query: ZDayQuery,
  output: ZManagerDay,
  run: managerDay,
});
