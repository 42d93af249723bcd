// POST /api/admin/consultations/{id}/outcome: the manager closes a booking of theirs: DONE with the
// consultation note (it goes through the consultation record: the member's counters and a
// CONSULTATION_LOGGED audit row carrying the booking id, the history the member detail page lists),
// or NO_SHOW once the start has passed. Another manager's booking is a 404.
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { recordAdminAction } from "@/lib/core/audit";
import { lockUsers } from "@/lib/admin/match-writes";
import { ZBookingIdParams, ZConsultationStatus, ZOutcomeBody } from "./schemas";

const ZOutcome = z.object({ id: z.string(), status: ZConsultationStatus, note: z.string().nullable() });

export async function recordOutcome({ actor, input, now = new Date() }: { actor: Actor; input: z.infer<typeof ZOutcomeBody> & { id: string }; now?: Date }): Promise<z.input<typeof ZOutcome>> {
  return prisma.$transaction(async (tx) => {
    const b = await tx.consultationBooking.findFirst({ where: { id: input.id, slot: { managerId: actor.userId } }, select: { status: true, memberId: true, slot: { select: { startsAt: true } } } });
    if (!b) throw notFound("상담 예약");
    if (b.status !== "BOOKED") throw new AppError("CONFLICT", "이미 결과를 기록했거나 취소된 상담입니다.");
    if (input.outcome === "NO_SHOW" && b.slot.startsAt > now) throw new AppError("CONFLICT", "상담 시작 시각이 지난 뒤에 불참으로 기록할 수 있습니다.");
    const note = input.note || null;
    await tx.consultationBooking.update({ where: { id: input.id }, data: { status: input.outcome, note }, select: { id: true } });
    if (input.outcome === "DONE") {
      await lockUsers(tx, [b.memberId]);
      const user = await tx.user.findUniqueOrThrow({ where: { id: b.memberId }, select: { firstConsultationAt: true, consultationCount: true } });
      await tx.user.update({ where: { id: b.memberId }, data: { firstConsultationAt: user.firstConsultationAt ?? now, lastConsultationAt: now, consultationCount: { increment: 1 } }, select: { id: true } });
      await recordAdminAction(tx, { adminId: actor.userId, action: "CONSULTATION_LOGGED", targetType: "User", targetId: b.memberId, detail: { note, bookingId: input.id, before: { count: user.consultationCount } } });
    } else {
      await recordAdminAction(tx, { adminId: actor.userId, action: "CONSULTATION_OUTCOME", targetType: "ConsultationBooking", targetId: input.id, detail: { outcome: input.outcome } });
    }
    return { id: input.id, status: input.outcome, note };
  });
}

export const recordOutcomeOperation = defineOperation({
  method: "POST",
  path: "/api/admin/consultations/{id}/outcome",
  access: "admin",
  tag: "admin",
  summary: "상담 결과 기록 (상담 메모와 완료, 또는 불참)",
  params: ZBookingIdParams,
  body: ZOutcomeBody,
  output: ZOutcome,
  run: recordOutcome,
});
