// POST /api/notifications/read use case: marks some of the caller's notifications (by id) or all of
// them as read. Ids of other members' notifications simply match nothing (the owner is in the WHERE
// clause); re-marking is harmless, so the call is idempotent.
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { countUnreadNotifications } from "./list-notifications";
import { ZMarkReadRequest, ZMarkReadResponse, type MarkReadRequest, type MarkReadResponse } from "./schemas";

export async function markNotificationsRead({ actor, input, now = new Date() }: { actor: Actor; input: MarkReadRequest; now?: Date }): Promise<MarkReadResponse> {
  const me = actor.userId;
  const { count } = await prisma.notification.updateMany({
    where: { userId: me, readAt: null, ...(input.ids ? { id: { in: input.ids.map((id) => id.toLowerCase()) } } : {}) },
    data: { readAt: now },
  });
  return { updated: count, unreadCount: await countUnreadNotifications(me, now) };
}

export const markNotificationsReadOperation = defineOperation({
  method: "POST",
  path: "/api/notifications/read",
  access: "member",
  tag: "notifications",
  summary: "알림 읽음 처리 (ids 또는 all: true)",
  body: ZMarkReadRequest,
  output: ZMarkReadResponse,
  run: markNotificationsRead,
});
