// POST /api/consultations/{id}/cancel: a member cancels their booking up to the cut-off; the slot
// opens again and the consultation goes back to the balance (lib/consultations/balance.ts); the
// slot's manager is notified in the same transaction.
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { notify } from "@/lib/notifications/notify";
import { CONSULTATION_CUTOFF_HOURS, canChange } from "./balance";
import { ZBookingIdParams } from "./schemas";
import { notifyManager } from "./manager-notices";

const ZCancelled = z.object({ id: z.string(), status: z.literal("CANCELLED") });

export async function cancelConsultation({ actor, input, now = new Date() }: { actor: Actor; input: { id: string }; now?: Date }): Promise<z.input<typeof ZCancelled>> {
  return prisma.$transaction(async (tx) => {
    const b = await tx.consultationBooking.findFirst({ where: { id: input.id, memberId: actor.userId }, select: { status: true, slot: { select: { startsAt: true, managerId: true } } } });
    if (!b) throw notFound("상담 예약");
    if (b.status !== "BOOKED") throw new AppError("CONFLICT", "이미 취소했거나 끝난 상담이에요.");
    if (!canChange(b.slot.startsAt, now)) throw new AppError("CONFLICT", `상담 시작 ${CONSULTATION_CUTOFF_HOURS}시간 전까지만 취소할 수 있어요. 매니저에게 1:1 문의로 알려 주세요.`);
    const { count } = await tx.consultationBooking.updateMany({ where: { id: input.id, status: "BOOKED" }, data: { status: "CANCELLED", activeSlotId: null, cancelledAt: now } });
    if (count === 0) throw new AppError("CONFLICT", "이미 취소했거나 끝난 상담이에요.");
    await notify(tx, [{ userId: actor.userId, kind: "CONSULTATION_CANCELLED", payload: { bookingId: input.id } }]);
    await notifyManager(tx, { managerId: b.slot.managerId, change: "cancelled", bookingId: input.id, memberId: actor.userId, startsAt: b.slot.startsAt });
    return { id: input.id, status: "CANCELLED" as const };
  });
}

export const cancelConsultationOperation = defineOperation({
  method: "POST",
  path: "/api/consultations/{id}/cancel",
  access: "member",
  tag: "consultations",
  summary: "상담 예약 취소 (상담 24시간 전까지, 횟수는 돌려받음)",
  params: ZBookingIdParams,
  output: ZCancelled,
  run: cancelConsultation,
});
