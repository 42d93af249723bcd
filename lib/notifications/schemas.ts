// zod schemas and DTOs of the notification centre (GET /api/notifications, POST /api/notifications/read).
import { z } from "zod";
import { zCursor } from "@/lib/core/cursor";
import { strictObject } from "@/lib/core/parse";

export const NOTIFICATION_KINDS = [
  "WEEKLY_RECOMMENDATIONS",
  "LIKE_RECEIVED",
  "MATCH_CREATED",
  "PAYMENT_DUE",
  "PAYMENT_CONFIRMED",
  "MATCH_ACTIVATED",
  "MATCH_EXPIRING",
  "MATCH_CLOSED",
  "FEEDBACK_REQUEST",
  "PAYMENT_REFUNDED",
  "PAYMENT_REVIEW",
  "REFUND_UPDATED",
  "PHOTO_APPROVED",
  "PHOTO_REJECTED",
  "DOCUMENT_APPROVED",
  "DOCUMENT_REJECTED",
  "DOCUMENT_LAPSED",
  "MATCH_PARTNER_PAID",
  "MARKETING_NOTICE",
  "IDENTITY_REVIEWED",
  "CONSULTATION_BOOKED",
  "CONSULTATION_CANCELLED",
  "CONSULTATION_REMINDER",
  "INQUIRY_ANSWERED",
  "MANAGER_CONSULTATION_CHANGED",
] as const;

/** cursor: the opaque keyset of the previous page's last item (lib/core/cursor.ts) */
export const ZNotificationsQuery = z.object({
  cursor: zCursor("페이지 정보가 올바르지 않아요. 알림 목록을 처음부터 다시 열어 주세요.").optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type NotificationsQuery = z.input<typeof ZNotificationsQuery>;

export const ZNotification = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  body: z.string(),
  /** the member page this notification is about */
  href: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationDto = z.infer<typeof ZNotification>;

export const ZNotificationList = z.object({
  items: z.array(ZNotification),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int(),
});
export type NotificationList = z.infer<typeof ZNotificationList>;

/** either some ids (at most 100) or everything: exactly one of the two */
export const ZMarkReadRequest = strictObject({
  ids: z.array(z.uuid("알림 ID 형식이 올바르지 않습니다.")).min(1, "읽음 처리할 알림을 골라 주세요.").max(100, "한 번에 100개까지 처리할 수 있어요.").optional(),
  all: z.literal(true, { error: "all은 true만 보낼 수 있어요." }).optional(),
}).refine((v) => (v.ids ? 1 : 0) + (v.all ? 1 : 0) === 1, { message: "ids 또는 all 중 하나만 보내 주세요.", path: ["ids"] });
export type MarkReadRequest = z.infer<typeof ZMarkReadRequest>;

export const ZMarkReadResponse = z.object({ updated: z.number().int(), unreadCount: z.number().int() });
export type MarkReadResponse = z.infer<typeof ZMarkReadResponse>;
