// The admin's view of a member's external messages (GET /api/admin/users/{id}/deliveries: the last
// 50 delivery rows with kind, channel, status, attempts, provider id and failure code; never the
// contact itself) and POST /api/admin/deliveries/{id}/resend: a FAILED row goes back to PENDING,
// due now, for the next delivery-job run (audited). A SENT row is never resent: at most once per
// notification and channel.
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { recordAdminAction } from "@/lib/core/audit";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { ZIdParams } from "./schemas";

export const ZDelivery = z.object({
  id: z.uuid(),
  notificationId: z.uuid(),
  kind: z.string(),
  channel: z.enum(["ALIMTALK", "SMS", "EMAIL", "LOG"]),
  status: z.enum(["PENDING", "SENDING", "SENT", "FAILED"]),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  providerMessageId: z.string().nullable(),
  failureCode: z.string().nullable(),
  sentAt: z.string().nullable(),
  /** a 알림톡's delivery report: null while it is awaited (or for channels without one) */
  reportedAt: z.string().nullable(),
  createdAt: z.string(),
});
export const ZDeliveryList = z.object({ items: z.array(ZDelivery) });
export type DeliveryDto = z.infer<typeof ZDelivery>;

export async function listMemberDeliveries({ input }: { actor: Actor; input: { id: string } }) {
  const user = await prisma.user.findUnique({ where: { id: input.id }, select: { id: true } });
  if (!user) throw notFound("회원");
  const rows = await prisma.notificationDelivery.findMany({
    where: { userId: input.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    include: { notification: { select: { kind: true } } },
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      notificationId: r.notificationId,
      kind: r.notification.kind,
      channel: r.channel,
      status: r.status,
      attempts: r.attempts,
      nextAttemptAt: r.nextAttemptAt.toISOString(),
      providerMessageId: r.providerMessageId,
      failureCode: r.failureCode,
      sentAt: r.sentAt?.toISOString() ?? null,
      reportedAt: r.reportedAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}

export async function resendDelivery({ actor, input, now = new Date() }: { actor: Actor; input: { id: string }; now?: Date }) {
  return prisma.$transaction(async (tx) => {
    const row = await tx.notificationDelivery.findUnique({ where: { id: input.id }, select: { id: true, status: true, userId: true, channel: true, failureCode: true } });
    if (!row) throw notFound("알림 발송");
    if (row.status !== "FAILED") throw new AppError("CONFLICT", "실패한 발송만 다시 보낼 수 있습니다. 이미 보냈거나 보내는 중인 알림은 다시 보내지 않습니다.");
    await tx.notificationDelivery.update({ where: { id: row.id }, data: { status: "PENDING", nextAttemptAt: now, attempts: 0, failureCode: null }, select: { id: true } });
    await recordAdminAction(tx, {
      adminId: actor.userId,
      action: "NOTIFICATION_RESENT",
      targetType: "NotificationDelivery",
      targetId: row.id,
      detail: { userId: row.userId, channel: row.channel, failureCode: row.failureCode },
    });
    return { id: row.id, status: "PENDING" as const };
  });
}

export const listMemberDeliveriesOperation = defineOperation({
  method: "GET",
  path: "/api/admin/users/{id}/deliveries",
  access: "admin",
  tag: "admin",
  summary: "회원의 외부 알림 발송 기록 (최근 50건; 연락처는 보이지 않음)",
  params: ZIdParams,
  output: ZDeliveryList,
  run: listMemberDeliveries,
});

export const resendDeliveryOperation = defineOperation({
  method: "POST",
  path: "/api/admin/deliveries/{id}/resend",
  access: "admin",
  tag: "admin",
  summary: "실패한 알림 발송을 다음 발송 작업에서 다시 보내기 (감사 기록)",
  params: ZIdParams,
  output: z.object({ id: z.uuid(), status: z.literal("PENDING") }),
  run: resendDelivery,
});
