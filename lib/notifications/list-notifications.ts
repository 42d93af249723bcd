// GET /api/notifications use case: the caller's own notifications, newest first, keyset-paged by
// (createdAt, id), each with its Korean text and link, plus the unread count for the nav badge.
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { CURSOR_DESCRIPTION, encodeCursor, type Keyset } from "@/lib/core/cursor";
import { defineOperation } from "@/lib/core/operation";
import { ZNotificationList, ZNotificationsQuery, type NotificationDto, type NotificationList } from "./schemas";
import { campaignIdOf, campaignsById } from "./render";
import { notificationText } from "./texts";

/** how far back the centre shows notifications (older ones are kept for the record, not listed) */
export const NOTIFICATION_LIST_DAYS = 90;

export async function countUnreadNotifications(userId: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - NOTIFICATION_LIST_DAYS * 86_400_000);
  return prisma.notification.count({ where: { userId, readAt: null, createdAt: { gte: since } } });
}

export async function listNotifications({ actor, input = {}, now = new Date() }: { actor: Actor; input?: { cursor?: Keyset; limit?: number }; now?: Date }): Promise<NotificationList> {
  const me = actor.userId;
  const limit = input.limit ?? 20;
  const since = new Date(now.getTime() - NOTIFICATION_LIST_DAYS * 86_400_000);
  const c = input.cursor;
  const after = c ? { OR: [{ createdAt: { lt: c.at } }, { createdAt: c.at, id: { lt: c.id } }] } : {};
  const [rows, unreadCount, profile] = await Promise.all([
    prisma.notification.findMany({
      where: { userId: me, createdAt: { gte: since }, ...after },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit + 1,
      select: { id: true, kind: true, payload: true, createdAt: true, readAt: true },
    }),
    countUnreadNotifications(me, now),
    prisma.profile.findUnique({ where: { userId: me }, select: { nickname: true } }),
  ]);
  const page = rows.slice(0, limit);
  const campaigns = await campaignsById(page.map((n) => campaignIdOf(n.kind, n.payload)));
  const items: NotificationDto[] = page.map((n) => ({
    id: n.id,
    kind: n.kind,
    ...notificationText(n.kind, n.payload, profile?.nickname, campaigns.get(campaignIdOf(n.kind, n.payload) ?? "")),
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  }));
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null;
  return { items, nextCursor, unreadCount };
}

export const listNotificationsOperation = defineOperation({
  method: "GET",
  path: "/api/notifications",
  access: "member",
  tag: "notifications",
  summary: "내 알림 목록 (최신순, cursor 페이지)과 읽지 않은 알림 수",
  description: CURSOR_DESCRIPTION,
  query: ZNotificationsQuery,
  output: ZNotificationList,
  run: listNotifications,
});
