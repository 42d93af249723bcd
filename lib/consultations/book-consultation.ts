// POST /api/consultations (book) and POST /api/consultations/{id}/reschedule: a member takes an open
// slot. A slot is held by at most one booking: the booking's activeSlotId is unique, and the slot row
// is locked first, so two members booking the last slot at once get one booking and one 409. The
// member's row is locked too, so two bookings at once cannot both spend the last consultation. The
// slot's manager is notified in the same transaction (./manager-notices.ts).
import { z } from "zod";
import { prisma, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { notify } from "@/lib/notifications/notify";
import { lockUsers } from "@/lib/admin/match-writes";
import { CONSULTATION_CUTOFF_HOURS, canChange, consultationBalance } from "./balance";
import { isUniqueViolation } from "./unique";
import { notifyManager } from "./manager-notices";
import { ZBookBody, ZBookingIdParams } from "./schemas";

const ZBooked = z.object({ id: z.string(), startsAt: z.string(), left: z.number().int() });
const taken = () => new AppError("CONFLICT", "방금 다른 회원이 이 시간을 예약했어요. 다른 시간을 골라 주세요.");

/** locks and checks the slot, then writes the booking holding it */
async function takeSlot(tx: Tx, memberId: string, slotId: string, periodEndsAt: Date, now: Date) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ConsultationSlot" WHERE id = ${slotId}::uuid FOR UPDATE`;
  const slot = locked.length ? await tx.consultationSlot.findUnique({ where: { id: slotId }, select: { startsAt: true, managerId: true, manager: { select: { managerProfile: { select: { userId: true } } } } } }) : null;
  if (!slot || !slot.manager.managerProfile) throw notFound("상담 시간");
  if (!canChange(slot.startsAt, now)) throw new AppError("CONFLICT", `상담은 시작 ${CONSULTATION_CUTOFF_HOURS}시간 전까지 예약할 수 있어요. 다른 시간을 골라 주세요.`);
  if (await tx.consultationBooking.findUnique({ where: { activeSlotId: slotId }, select: { id: true } })) throw taken();
  const booking = await tx.consultationBooking.create({ data: { slotId, activeSlotId: slotId, memberId, periodEndsAt }, select: { id: true } });
  return { id: booking.id, startsAt: slot.startsAt, managerId: slot.managerId };
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw taken();
    throw err;
  }
}

export async function bookConsultation({ actor, input, now = new Date() }: { actor: Actor; input: z.infer<typeof ZBookBody>; now?: Date }): Promise<z.input<typeof ZBooked>> {
  return guard(() =>
    prisma.$transaction(async (tx) => {
      await lockUsers(tx, [actor.userId]);
      const balance = await consultationBalance(tx, actor.userId, now);
      if (balance.left <= 0 || !balance.periodEndsAt) {
        throw new AppError("CONFLICT", balance.included === 0 ? (balance.unlock ?? "상담이 포함된 멤버십이 필요해요.") : "이번 멤버십 기간의 상담을 모두 예약했어요.");
      }
      const booked = await takeSlot(tx, actor.userId, input.slotId, balance.periodEndsAt, now);
      await notify(tx, [{ userId: actor.userId, kind: "CONSULTATION_BOOKED", payload: { bookingId: booked.id } }]);
      await notifyManager(tx, { managerId: booked.managerId, change: "booked", bookingId: booked.id, memberId: actor.userId, startsAt: booked.startsAt });
      return { id: booked.id, startsAt: booked.startsAt.toISOString(), left: balance.left - 1 };
    }),
  );
}

export async function rescheduleConsultation({ actor, input, now = new Date() }: { actor: Actor; input: z.infer<typeof ZBookBody> & { id: string }; now?: Date }): Promise<z.input<typeof ZBooked>> {
  return guard(() =>
    prisma.$transaction(async (tx) => {
      await lockUsers(tx, [actor.userId]);
      const old = await tx.consultationBooking.findFirst({ where: { id: input.id, memberId: actor.userId }, select: { status: true, periodEndsAt: true, slot: { select: { startsAt: true, managerId: true } } } });
      if (!old) throw notFound("상담 예약");
      if (old.status !== "BOOKED" || !canChange(old.slot.startsAt, now)) throw new AppError("CONFLICT", `상담 시작 ${CONSULTATION_CUTOFF_HOURS}시간 전까지만 바꿀 수 있어요.`);
      await tx.consultationBooking.update({ where: { id: input.id }, data: { status: "CANCELLED", activeSlotId: null, cancelledAt: now }, select: { id: true } });
      const booked = await takeSlot(tx, actor.userId, input.slotId, old.periodEndsAt, now);
      await notify(tx, [{ userId: actor.userId, kind: "CONSULTATION_BOOKED", payload: { bookingId: booked.id } }]);
      // the same manager: one "moved"; another manager: the first loses the booking, the second gets it
      if (old.slot.managerId === booked.managerId) {
        await notifyManager(tx, { managerId: booked.managerId, change: "rescheduled", bookingId: booked.id, memberId: actor.userId, startsAt: booked.startsAt });
      } else {
        await notifyManager(tx, { managerId: old.slot.managerId, change: "cancelled", bookingId: input.id, memberId: actor.userId, startsAt: old.slot.startsAt });
        await notifyManager(tx, { managerId: booked.managerId, change: "booked", bookingId: booked.id, memberId: actor.userId, startsAt: booked.startsAt });
      }
      const balance = await consultationBalance(tx, actor.userId, now);
      return { id: booked.id, startsAt: booked.startsAt.toISOString(), left: balance.left };
    }),
  );
}

export const bookConsultationOperation = defineOperation({
  method: "POST",
  path: "/api/consultations",
  access: "member",
  tag: "consultations",
  summary: "상담 예약 (남은 상담 횟수에서 1회 사용)",
  body: ZBookBody,
  output: ZBooked,
  status: 201,
  rateLimit: { name: "consultation-book", limit: 20, windowMs: 3_600_000, by: "actor" },
  run: bookConsultation,
});

export const rescheduleConsultationOperation = defineOperation({
  method: "POST",
  path: "/api/consultations/{id}/reschedule",
  access: "member",
  tag: "consultations",
  summary: "상담 시간 변경 (상담 24시간 전까지)",
  params: ZBookingIdParams,
  body: ZBookBody,
  output: ZBooked,
  rateLimit: { name: "consultation-book", limit: 20, windowMs: 3_600_000, by: "actor" },
  run: rescheduleConsultation,
});
