// POST /api/admin/consultations/slots: a manager publishes a bookable consultation time (date, time,
// length, 전화/화상/방문). Only admins with a manager profile; one slot per manager and start time.
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { recordAdminAction } from "@/lib/core/audit";
import { isUniqueViolation } from "./unique";
import { managerDto, managerSelect } from "./managers";
import { ZPublishSlotBody, ZSlot } from "./schemas";

export async function publishSlot({ actor, input, now = new Date() }: { actor: Actor; input: z.infer<typeof ZPublishSlotBody>; now?: Date }): Promise<z.input<typeof ZSlot>> {
  const startsAt = new Date(input.startsAt);
  if (startsAt <= now) throw new AppError("VALIDATION_FAILED", "지나간 시각에는 상담을 열 수 없습니다.", { fields: { startsAt: ["지나간 시각입니다."] } });
  try {
    return await prisma.$transaction(async (tx) => {
      const profile = await tx.managerProfile.findUnique({ where: { userId: actor.userId }, select: managerSelect });
      if (!profile) throw new AppError("CONFLICT", "먼저 매니저 프로필을 등록해 주세요.");
      const slot = await tx.consultationSlot.create({ data: { managerId: actor.userId, startsAt, minutes: input.minutes, mode: input.mode }, select: { id: true } });
      await recordAdminAction(tx, { adminId: actor.userId, action: "CONSULTATION_SLOT_PUBLISHED", targetType: "ConsultationSlot", targetId: slot.id, detail: { startsAt: startsAt.toISOString(), minutes: input.minutes, mode: input.mode } });
      return { id: slot.id, startsAt: startsAt.toISOString(), minutes: input.minutes, mode: input.mode, manager: managerDto(profile) };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("CONFLICT", "같은 시각에 이미 상담 시간이 있습니다.");
    throw err;
  }
}

export const publishSlotOperation = defineOperation({
  method: "POST",
  path: "/api/admin/consultations/slots",
  access: "admin",
  tag: "admin",
  summary: "상담 가능 시간 등록 (매니저)",
  body: ZPublishSlotBody,
  output: ZSlot,
  status: 201,
  run: publishSlot,
});
