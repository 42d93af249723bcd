// GET /api/consultations: what the consultation page shows a member: the balance (or what unlocks
// consultations), their manager, their bookings, and the open slots they may book (after the cut-off).
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { CONSULTATION_CUTOFF_HOURS, canChange, consultationBalance } from "./balance";
import { managerDto, managerOf, managerSelect } from "./managers";
import { ZMyConsultations } from "./schemas";

const slotSelect = { id: true, startsAt: true, minutes: true, mode: true, manager: { select: { managerProfile: { select: managerSelect } } } } as const;

export async function myConsultations({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<z.input<typeof ZMyConsultations>> {
  const [balance, myManager, bookings, slots] = await Promise.all([
    consultationBalance(prisma, actor.userId, now),
    managerOf(prisma, actor.userId),
    prisma.consultationBooking.findMany({
      where: { memberId: actor.userId, OR: [{ status: { not: "CANCELLED" } }, { slot: { startsAt: { gt: now } } }] },
      orderBy: { slot: { startsAt: "desc" } },
      take: 20,
      select: { id: true, status: true, slot: { select: slotSelect } },
    }),
    prisma.consultationSlot.findMany({
      where: { startsAt: { gt: new Date(now.getTime() + CONSULTATION_CUTOFF_HOURS * 3_600_000) }, bookings: { none: { activeSlotId: { not: null } } }, manager: { managerProfile: { isNot: null } } },
      orderBy: { startsAt: "asc" },
      take: 30,
      select: slotSelect,
    }),
  ]);
  const slotDto = (s: (typeof slots)[number]) => ({ id: s.id, startsAt: s.startsAt.toISOString(), minutes: s.minutes, mode: s.mode, manager: managerDto(s.manager.managerProfile!) });
  // the member's own manager's times first
  const openSlots = slots.filter((s) => s.manager.managerProfile).map(slotDto).sort((a, b) => Number(b.manager.id === myManager?.id) - Number(a.manager.id === myManager?.id));
  return {
    balance: { included: balance.included, used: balance.used, left: balance.left, unlock: balance.unlock },
    myManager,
    bookings: bookings
      .filter((b) => b.slot.manager.managerProfile)
      .map((b) => ({ ...slotDto(b.slot), id: b.id, status: b.status, changeable: b.status === "BOOKED" && canChange(b.slot.startsAt, now) })),
    openSlots,
    cutoffHours: CONSULTATION_CUTOFF_HOURS,
  };
}

export const myConsultationsOperation = defineOperation({
  method: "GET",
  path: "/api/consultations",
  access: "member",
  tag: "consultations",
  summary: "내 상담: 남은 횟수, 담당 매니저, 예약, 예약 가능한 시간",
  output: ZMyConsultations,
  run: myConsultations,
});
