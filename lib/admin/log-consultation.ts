// POST /api/admin/users/{id}/consultations (seed A's consultation record: first/last consultation
// and their count on the member): an admin logs one consultation; the optional note is kept in the
// audit trail, where the detail page lists the consultation history.
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { recordAdminAction } from "@/lib/core/audit";
import { lockUsers } from "./match-writes";
import { ZConsultationBody, ZIdParams } from "./schemas";

export const ZConsultationRecord = z.object({
  firstConsultationAt: z.string().nullable(),
  lastConsultationAt: z.string().nullable(),
  consultationCount: z.number().int(),
});
export type ConsultationRecord = z.infer<typeof ZConsultationRecord>;

export async function logConsultation({ actor, input, now = new Date() }: { actor: Actor; input: { id: string; note?: string }; now?: Date }): Promise<ConsultationRecord> {
  return prisma.$transaction(async (tx) => {
    await lockUsers(tx, [input.id]);
    const user = await tx.user.findFirst({ where: { id: input.id, role: "MEMBER" }, select: { status: true, firstConsultationAt: true, lastConsultationAt: true, consultationCount: true } });
    if (!user) throw notFound("회원");
    if (user.status === "WITHDRAWN") throw new AppError("CONFLICT", "탈퇴한 회원입니다.");
    const after = await tx.user.update({
      where: { id: input.id },
      data: { firstConsultationAt: user.firstConsultationAt ?? now, lastConsultationAt: now, consultationCount: { increment: 1 } },
      select: { firstConsultationAt: true, lastConsultationAt: true, consultationCount: true },
    });
    const iso = (d: Date | null) => d?.toISOString() ?? null;
    await recordAdminAction(tx, {
      adminId: actor.userId,
      action: "CONSULTATION_LOGGED",
      targetType: "User",
      targetId: input.id,
      detail: { note: input.note || null, before: { count: user.consultationCount, last: iso(user.lastConsultationAt) }, after: { count: after.consultationCount, last: iso(after.lastConsultationAt) } },
    });
    return { firstConsultationAt: iso(after.firstConsultationAt), lastConsultationAt: iso(after.lastConsultationAt), consultationCount: after.consultationCount };
  });
}

export const logConsultationOperation = defineOperation({
  method: "POST",
  path: "/api/admin/users/{id}/consultations",
  access: "admin",
  tag: "admin",
  summary: "상담 기록 추가 (최초·최근 상담일, 상담 횟수)",
  params: ZIdParams,
  body: ZConsultationBody,
  output: ZConsultationRecord,
  status: 201,
  run: logConsultation,
});
